#pragma once

#include "core/api/resource.h"
#include "core/net/apierror.h"

#include <QObject>

namespace ems {

class ApiJob;

// A list or a single object from the API, decoded into Resources. Entries that fail to
// decode are left out and described in invalidObjects(); an answer of the wrong shape as a
// whole is a BadResponse error. Finishes once, then deletes itself (like ApiJob).
class ResourceQuery : public QObject
{
    Q_OBJECT

public:
    ResourceQuery(ApiJob *job, Resource::Family family, bool single, QObject *parent = nullptr);

    const QList<Resource> &resources() const { return m_resources; }
    const QStringList &invalidObjects() const { return m_invalid; }
    const ApiError &error() const { return m_error; }
    quint64 requestId() const { return m_requestId; }
    void cancel();

    struct Decoded
    {
        QList<Resource> resources;
        QStringList invalid;
        QString shapeError;
    };
    // The decoder itself: whatever the server sent, a result and never a crash (fuzzed).
    static Decoded decode(Resource::Family family, bool single, const QJsonValue &json);

Q_SIGNALS:
    void finished();

private:
    void jobFinished();
    void done(const Decoded &decoded);

    ApiJob *m_job;
    Resource::Family m_family;
    bool m_single;
    quint64 m_requestId;
    QList<Resource> m_resources;
    QStringList m_invalid;
    ApiError m_error;
};

} // namespace ems
