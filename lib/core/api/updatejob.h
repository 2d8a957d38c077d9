#pragma once

#include "core/api/resource.h"
#include "core/net/apierror.h"

#include <QObject>
#include <QPointer>

namespace ems {

class ApiJob;
class Session;

// A write as ems-api.md §9.4 and §9.7 want it: fetch the latest, compare it with the
// version the user started from (the edited fields and the change timestamp), then PUT
// the full latest object with the changes (a Studio node: its staging node, validated
// first). A mismatch ends as a Conflict carrying both
// versions and writes nothing. With overwrite the comparison is skipped.
class UpdateJob : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Running, Updated, Conflict, Failed };
    Q_ENUM(Outcome)

    UpdateJob(Session *session, const Resource &original, const QJsonObject &changes,
              bool overwrite, QObject *parent = nullptr);

    Outcome outcome() const { return m_outcome; }
    const Resource &original() const { return m_original; }
    const QJsonObject &changes() const { return m_changes; }
    const Resource &latest() const { return m_latest; } // the server's version before the PUT
    const Resource &result() const { return m_result; } // the server's answer to the PUT
    const ApiError &error() const { return m_error; }

    // Whether latest differs from original where it matters for these changes.
    static bool conflicts(const Resource &original, const Resource &latest,
                          const QJsonObject &changes);

Q_SIGNALS:
    void finished();

private:
    void latestFetched();
    // A Studio node: through its staging node, after a dry run.
    void writeNode();
    // Ends as Failed when the job failed or the team was disconnected meanwhile; hint
    // replaces the error's hint.
    bool failed(const ApiJob *job, const QString &hint = {});
    void written();
    void end(Outcome outcome);

    QPointer<Session> m_session; // gone when the team was disconnected meanwhile
    Resource m_original;
    QJsonObject m_changes;
    bool m_overwrite;
    Outcome m_outcome = Outcome::Running;
    Resource m_latest;
    Resource m_result;
    ApiError m_error;
};

} // namespace ems
