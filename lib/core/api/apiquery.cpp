#include "core/api/apiquery.h"

#include "core/net/apijob.h"

namespace ems {

ApiQuery::ApiQuery(ApiJob *job, const std::function<void(const QJsonValue &json)> &decode)
{
    connect(job, &ApiJob::finished, this, [this, job, decode] {
        m_error = job->error();
        if (!m_error.isError())
            decode(job->json());
        Q_EMIT finished();
        deleteLater();
    });
}

} // namespace ems
