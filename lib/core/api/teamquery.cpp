#include "core/api/teamquery.h"

#include "core/net/apijob.h"

#include <QJsonObject>

namespace ems {

TeamQuery::TeamQuery(ApiJob *job, QObject *parent)
    : QObject(parent)
{
    connect(job, &ApiJob::finished, this, [this, job] {
        m_error = job->error();
        m_name = job->json().toObject().value(QLatin1StringView("name")).toString();
        Q_EMIT finished();
        deleteLater();
    });
}

} // namespace ems
