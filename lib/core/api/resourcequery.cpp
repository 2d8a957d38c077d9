#include "core/api/resourcequery.h"

#include "core/net/apijob.h"
#include "core/net/backgroundwork.h"

#include <QFuture>
#include <QJsonArray>
#include <QPromise>

using namespace Qt::StringLiterals;

namespace ems {

namespace {
// Lists longer than this are decoded on a worker thread.
constexpr qsizetype offThreadDecodeCount = 250;
} // namespace

ResourceQuery::ResourceQuery(ApiJob *job, Resource::Family family, bool single, QObject *parent)
    : QObject(parent)
    , m_job(job)
    , m_family(family)
    , m_single(single)
    , m_requestId(job->id())
{
    connect(job, &ApiJob::finished, this, &ResourceQuery::jobFinished);
}

void ResourceQuery::cancel()
{
    if (m_job)
        m_job->cancel();
}

ResourceQuery::Decoded ResourceQuery::decode(Resource::Family family, bool single,
                                             const QJsonValue &json)
{
    Decoded decoded;
    if (single) {
        QString problem;
        if (auto resource = Resource::fromJson(family, json, &problem))
            decoded.resources.append(*resource);
        else
            decoded.shapeError = problem;
        return decoded;
    }
    if (!json.isArray()) {
        decoded.shapeError
                = (json.isObject() ? tr("Expected a list of %1 entries, got an object.")
                                   : tr("Expected a list of %1 entries, got something else."))
                          .arg(Resource::familyName(family));
        return decoded;
    }
    const QJsonArray array = json.toArray();
    decoded.resources.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString problem;
        if (auto resource = Resource::fromJson(family, array.at(i), &problem))
            decoded.resources.append(std::move(*resource));
        else
            decoded.invalid.append(tr("Entry %1: %2").arg(i + 1).arg(problem));
    }
    return decoded;
}

void ResourceQuery::jobFinished()
{
    ApiJob *job = m_job;
    m_job = nullptr;
    job->keepUntilDestroyed(this); // its answer is in use until the results are consumed
    if (job->error().isError()) {
        m_error = job->error();
        done({});
        return;
    }
    const QJsonValue json = job->json();
    // No error yet; a decoding problem below becomes one, for this request.
    m_error = ApiError::make(ApiError::Kind::None, job->method(), job->url(), {},
                             job->httpStatus());
    if (!json.isArray() || json.toArray().size() < offThreadDecodeCount) {
        done(decode(m_family, m_single, json));
        return;
    }
    BackgroundWork::compute<Decoded>(
            this,
            [family = m_family, single = m_single, json] { return decode(family, single, json); },
            [this](const Decoded &decoded) { done(decoded); });
}

void ResourceQuery::done(const Decoded &decoded)
{
    m_resources = decoded.resources;
    m_invalid = decoded.invalid;
    if (!decoded.shapeError.isEmpty()) {
        m_error = ApiError::make(ApiError::Kind::BadResponse, m_error.method, m_error.url,
                                 decoded.shapeError, m_error.httpStatus);
    }
    Q_EMIT finished();
    deleteLater();
}

} // namespace ems
