#pragma once

#include "core/api/apiquery.h"

#include <QHash>

namespace ems {

// GET /package-manager/api/compute-pools/data-models/details: which pool each data model
// of the team is in, in one request (content-cli lists data models through it).
class DataModelPoolsQuery : public ApiQuery
{
    Q_OBJECT

public:
    explicit DataModelPoolsQuery(ApiJob *job);

    // Whether the team answered with the list; a team that does not have it says so here.
    bool answered() const { return m_answered; }
    // The pool of a data model; empty when the list does not name it.
    QString poolOf(const QString &dataModelId) const { return m_pools.value(dataModelId); }

private:
    bool m_answered = false;
    QHash<QString, QString> m_pools; // data model id -> pool id
};

} // namespace ems
