#pragma once

#include "core/api/apiquery.h"

namespace ems {

// GET /api/team: the team's own name, which PyCelonis reads too (the connect check has
// only its domain).
class TeamQuery : public ApiQuery
{
    Q_OBJECT

public:
    explicit TeamQuery(ApiJob *job);

    // Empty when the team did not say (refused, failed, or no name in the answer).
    const QString &name() const { return m_name; }

private:
    QString m_name;
};

} // namespace ems
