#pragma once

#include "core/net/apierror.h"

#include <QObject>

namespace ems {

class ApiJob;

// GET /api/team: the team's own name, which PyCelonis reads too (the connect check has
// only its domain). Finishes once, then deletes itself (like ApiJob).
class TeamQuery : public QObject
{
    Q_OBJECT

public:
    explicit TeamQuery(ApiJob *job, QObject *parent = nullptr);

    // Empty when the team did not say (refused, failed, or no name in the answer).
    const QString &name() const { return m_name; }
    const ApiError &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    QString m_name;
    ApiError m_error;
};

} // namespace ems
