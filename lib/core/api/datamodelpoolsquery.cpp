#include "core/api/datamodelpoolsquery.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ems {

DataModelPoolsQuery::DataModelPoolsQuery(ApiJob *job)
    : ApiQuery(job, [this](const QJsonValue &json) {
        m_answered = json.isArray();
        for (const QJsonValue &entry : json.toArray()) {
            if (entry[u"dataModelId"].isString() && entry[u"poolId"].isString())
                m_pools.insert(entry[u"dataModelId"].toString(), entry[u"poolId"].toString());
        }
    })
{ }

} // namespace ems
