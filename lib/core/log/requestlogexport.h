#pragma once

#include "core/net/requestlogentry.h"

#include <QCoreApplication>
#include <QList>

namespace ems {

// The network log for people and other tools: a detail view, curl, HAR 1.2, plain text.
// Entries are redacted already; curl puts $CELONIS_API_TOKEN where the key was.
class RequestLogExport
{
    Q_DECLARE_TR_FUNCTIONS(RequestLogExport)

public:
    static constexpr qsizetype shortBodyBytes = 16 * 1024;

    // Everything about one attempt; bodies longer than shortBodyBytes are cut unless showAll.
    static QString details(const RequestLogEntry &entry, bool showAll);
    // Why the key type check's refusal is not a failure.
    static QString expectedRefusalNote();
    static bool hasLongBody(const RequestLogEntry &entry);
    static QString curl(const RequestLogEntry &entry);
    static QByteArray har(const QList<RequestLogEntry> &entries);
    // One PyCelonis-style line per attempt; verbose adds the headers.
    static QString text(const QList<RequestLogEntry> &entries, bool verbose);

private:
    static QString body(const QByteArray &bytes, bool showAll);
};

} // namespace ems
