#pragma once

#include "core/net/apierror.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>
#include <optional>

class QNetworkReply;
class QTimer;

namespace ems {

class Session;

// One call to the EMS API, with its retries: made by the Session, finished exactly once
// (finished() is always emitted from the event loop, never inside the call that made the
// job), then deleted by the Session. cancel() finishes it with ApiError::Kind::Cancelled.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    ~ApiJob() override;

    quint64 id() const { return m_id; }
    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    QUrlQuery query() const { return m_query; }
    QUrl url() const { return m_url; }
    QString context() const { return m_context; }
    int attempt() const { return m_attempt; }

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    const QJsonValue &json() const { return m_json; }
    // The error for an answer that arrived but is not what was expected.
    ApiError badResponse(const QString &problem) const;

    void cancel();
    // Keeps the job (and its answer) after finished() until owner is destroyed; the session
    // counts it as not consumed until then.
    void keepUntilDestroyed(QObject *owner);

Q_SIGNALS:
    void finished();

private:
    friend class Session;
    ApiJob(Session *session, quint64 id, const QByteArray &method, const QString &path,
           const QUrlQuery &query, const QByteArray &body, const QString &context);

    QPointer<Session> m_session;
    quint64 m_id;
    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    QUrl m_url;
    QByteArray m_body;
    QString m_context;
    QByteArray m_schemeOverride; // the connect probe chooses its own scheme
    // Token and discovery requests send this (empty: no header) instead of the session's.
    std::optional<QByteArray> m_authorizationOverride;
    QByteArray m_contentType = "application/json;charset=utf-8";
    QByteArray m_authorization; // what the last attempt sent, to tell a stale token
    bool m_retryable = false; // idempotent, or a token request
    bool m_reauthorized = false; // an OAuth 401 got one new token and one more try
    int m_redirects = 0; // hops followed on the team's origin
    bool m_tooLarge = false; // the attempt was stopped at ConnectionSettings::maxAnswerBytes

    int m_attempt = 0;
    QNetworkReply *m_reply = nullptr;
    QTimer *m_retryTimer = nullptr;
    QStringList m_sslErrors;
    bool m_cancelled = false;
    bool m_kept = false;
    bool m_finished = false;
    ApiError m_error;
    int m_httpStatus = 0;
    QJsonValue m_json;
};

} // namespace ems
