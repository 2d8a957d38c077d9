#include "core/api/teamquery.h"

#include <QJsonObject>

namespace ems {

TeamQuery::TeamQuery(ApiJob *job)
    : ApiQuery(job, [this](const QJsonValue &json) {
        m_name = json.toObject().value(QLatin1StringView("name")).toString();
    })
{ }

} // namespace ems
