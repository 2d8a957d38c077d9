#pragma once

#include "core/net/apierror.h"
#include "core/net/requestlogentry.h"

#include <QDateTime>
#include <QJsonValue>
#include <QObject>
#include <QUrlQuery>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;

namespace ems {

// One call to the EMS API, with its retries: made by the Session, finished exactly once
// (finished() is always emitted from the event loop, never inside the call that made the
// job), then deleted. cancel() finishes it with ApiError::Kind::Cancelled.
// The job owns its attempts (the reply, the deadline, the retry timer, the start time,
// the TLS errors); the Session decides what comes next and reacts to its private signals.
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
    // For the Session:
    void attemptFinished(QNetworkReply *reply, QPrivateSignal);
    void retryDue(QPrivateSignal);
    void cancelRequested(QPrivateSignal); // cancel() while no attempt runs
    void discarded(bool attemptRunning, QPrivateSignal); // from the destructor

private:
    friend class Session; // makes jobs and drives them through the functions below

    ApiJob(QObject *session, quint64 id, const QByteArray &method, const QString &path,
           const QUrlQuery &query, const QUrl &url, const QByteArray &body, const QString &context);

    // Sends one attempt with that Authorization header (empty: none); the timeout bounds
    // all of it, maxAnswerBytes what it may read.
    void startAttempt(QNetworkAccessManager &manager, QNetworkRequest request,
                      const QByteArray &authorization, int timeoutSeconds, qint64 maxAnswerBytes);
    // The error of the attempt that just finished, before hints (ApiError::addHint).
    ApiError attemptError(QNetworkReply *reply, const QByteArray &body, int timeoutSeconds,
                          qint64 maxAnswerBytes) const;
    RequestLogEntry logEntry(QNetworkReply *reply, const QByteArray &body, int maxAttempts) const;
    // For a redirect: the target to follow, on the team's origin; else empty, and *error
    // says why a redirect is not followed.
    QUrl redirectTarget(QNetworkReply *reply, const QUrl &team, ApiError *error) const;
    void followRedirect(const QUrl &target, int status);
    // Parses the answer as JSON (an empty body is null), a large one off the event loop;
    // done(value, problem) comes in this job's thread.
    void parseAnswer(const QByteArray &body,
                     std::function<void(const QJsonValue &value, const QString &problem)> done);
    void scheduleRetry(qint64 delayMs);
    // Ends the job: with an error, or with the answer (json) of an HTTP status.
    void complete(const ApiError &error, int httpStatus = 0, const QJsonValue &json = {});
    void abortAttempt(); // silently: the session no longer listens
    // The session is going: stop, finish as Cancelled, and live on without it.
    void detachFromSession();

    quint64 m_id;
    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    QUrl m_url;
    QByteArray m_body;
    QString m_context;
    QByteArray m_schemeOverride; // the connect probe chooses its own scheme
    bool m_refusalExpected = false; // a 401 or 403 only says "try the other scheme"
    // Token and discovery requests send this (empty: no header) instead of the session's.
    std::optional<QByteArray> m_authorizationOverride;
    QByteArray m_contentType = "application/json;charset=utf-8";
    QByteArray m_authorization; // what the last attempt sent, to tell a stale token
    bool m_retryable = false; // idempotent, or a token request
    bool m_reauthorized = false; // an OAuth 401 got one new token and one more try
    int m_redirects = 0; // hops followed on the team's origin

    int m_attempt = 0;
    QNetworkReply *m_reply = nullptr;
    QTimer *m_retryTimer = nullptr;
    QDateTime m_started;
    QStringList m_sslErrors;
    bool m_tooLarge = false; // the attempt was stopped at maxAnswerBytes
    bool m_cancelled = false;
    bool m_kept = false;
    bool m_finished = false;
    ApiError m_error;
    int m_httpStatus = 0;
    QJsonValue m_json;
};

} // namespace ems
