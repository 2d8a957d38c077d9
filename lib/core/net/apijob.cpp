#include "core/net/apijob.h"

#include "core/net/session.h"

namespace ems {

ApiJob::ApiJob(Session *session, quint64 id, const QByteArray &method, const QString &path,
               const QUrlQuery &query, const QByteArray &body, const QString &context)
    : QObject(session)
    , m_session(session)
    , m_id(id)
    , m_method(method)
    , m_path(path)
    , m_query(query)
    , m_body(body)
    , m_context(context)
{ }

ApiJob::~ApiJob()
{
    if (m_session)
        m_session->forget(this);
}

ApiError ApiJob::badResponse(const QString &problem) const
{
    ApiError error;
    error.kind = ApiError::Kind::BadResponse;
    error.httpStatus = m_httpStatus;
    error.method = m_method;
    error.url = m_url;
    error.detail = problem;
    return error;
}

void ApiJob::keepUntilDestroyed(QObject *owner)
{
    m_kept = true;
    setParent(owner);
}

void ApiJob::cancel()
{
    if (m_session && !m_finished)
        m_session->cancel(this);
}

} // namespace ems
