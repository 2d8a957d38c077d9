#pragma once

#include "core/net/apierror.h"
#include "core/net/requestlogentry.h"

#include <QDateTime>
#include <QJsonValue>
#include <QObject>
#include <QUrl>
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
// The job takes its options at creation and owns its attempts (the reply, the deadline,
// the retry timer, the start time, the TLS errors); each attempt it turns into an Attempt
// (log entry, error, redirect decision), and an answer into its parsed result. The Session
// queues, paces and retries: it decides what comes next.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    // What each attempt may take.
    struct Limits
    {
        int timeoutSeconds = 300;
        qint64 maxAnswerBytes = 0;
        QUrl team; // redirects are followed only on its origin
        int maxAttempts = 1;
    };
    struct Options
    {
        QByteArray method;
        QUrl url; // the team's URL with path and query
        QByteArray body;
        QString context; // names the request in the log
        QByteArray contentType = "application/json;charset=utf-8";
        // The Authorization scheme instead of the session's (the connect check's probes).
        QByteArray scheme;
        // Token and discovery requests send this (empty: no header) instead.
        std::optional<QByteArray> authorization;
        bool refusalExpected = false; // a 401 or 403 only says "try the other scheme"
        bool retryable = false; // idempotent, or a token request
        Limits limits;
    };
    // What one attempt came to, for the Session to decide on.
    struct Attempt
    {
        int status = 0;
        QByteArray body;
        RequestLogEntry entry; // without the retry, the error and the redaction
        ApiError error; // before hints (ApiError::addHint)
        QUrl redirect; // a hop to follow on the team's origin; else empty
        bool transientNetworkError = false;
        QByteArray retryAfter;
    };

    ApiJob(quint64 id, Options options, QObject *session);
    ~ApiJob() override;

    quint64 id() const { return m_id; }
    const Options &options() const { return m_options; }
    QByteArray method() const { return m_options.method; }
    QUrl url() const { return m_options.url; }
    QString context() const { return m_options.context; }
    int attempt() const { return m_attempt; }
    bool isCancelled() const { return m_cancelled; }
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

    // For the Session:
    // Sends one attempt with that Authorization header (empty: none); attemptFinished()
    // brings what it came to.
    void startAttempt(QNetworkAccessManager &manager, QNetworkRequest request,
                      const QByteArray &authorization);
    // The Authorization header the last attempt sent, to tell a stale token.
    QByteArray sentAuthorization() const { return m_authorization; }
    // An OAuth 401 gets one new token and one more try, once.
    bool wasReauthorized() const { return m_reauthorized; }
    void markReauthorized() { m_reauthorized = true; }
    void followRedirect(const QUrl &target, int status);
    void scheduleRetry(qint64 delayMs);
    // Parses an answer of that status as JSON (an empty body is null), a large one off the
    // event loop; done() gets the value, or a BadResponse error when it is not JSON.
    void parseAnswer(const QByteArray &body, int status,
                     std::function<void(const ApiError &error, const QJsonValue &json)> done);
    // Ends the job: with an error, or with the answer (json) of an HTTP status.
    void complete(const ApiError &error, int httpStatus = 0, const QJsonValue &json = {});
    // The session is going: stop, finish as Cancelled, and live on without it.
    void detachFromSession();

Q_SIGNALS:
    void finished();
    // For the Session:
    void attemptFinished(const ems::ApiJob::Attempt &attempt, QPrivateSignal);
    void retryDue(QPrivateSignal);
    void cancelRequested(QPrivateSignal); // cancel() while no attempt runs
    void discarded(bool attemptRunning, QPrivateSignal); // from the destructor

private:
    Attempt attemptOf(QNetworkReply *reply) const;
    ApiError attemptError(QNetworkReply *reply, const QByteArray &body) const;
    RequestLogEntry logEntry(QNetworkReply *reply, const QByteArray &body) const;
    // For a redirect: the target to follow, on the team's origin; else empty, and *error
    // says why a redirect is not followed.
    QUrl redirectTarget(QNetworkReply *reply, ApiError *error) const;
    void abortAttempt(); // silently: the session no longer listens

    quint64 m_id;
    Options m_options;
    QByteArray m_authorization; // what the last attempt sent
    bool m_reauthorized = false;
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
