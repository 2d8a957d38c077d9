#include "core/net/session.h"

#include "core/net/apijob.h"
#include "core/net/connectcheck.h"
#include "core/net/netlog.h"
#include "core/net/oauthtokens.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ems {

namespace {

// Answers waiting for their consumers, parsed, take about five times their size.
constexpr qint64 unconsumedBudget = 4 * 1024 * 1024;

} // namespace

Session::Session(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_policy(settings.totalRetries, settings.backoffFactor)
    , m_keyType(settings.keyType)
{
    m_manager.setAutoDeleteReplies(false);
    m_ssl = QSslConfiguration::defaultConfiguration();
    if (!m_settings.caBundleFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(m_settings.caBundleFile);
        if (extra.isEmpty()) {
            m_sslSetupError = tr("No PEM certificate could be read from the CA bundle %1.")
                                      .arg(m_settings.caBundleFile);
        }
        m_ssl.addCaCertificates(extra);
    }
    if (m_settings.isOAuth()) {
        m_keyType = KeyType::UserKey; // access tokens go as Bearer
        m_tokens = new OAuthTokens(
                m_settings,
                [this](const QByteArray &method, const QString &path, const QUrlQuery &form,
                       const QByteArray &authorization) {
                    return oauthRequest(method, path, form, authorization);
                },
                this);
        connect(m_tokens, &OAuthTokens::ready, this, &Session::pump);
        connect(m_tokens, &OAuthTokens::failed, this, &Session::tokenFailed);
        connect(m_tokens, &OAuthTokens::refreshTokenChanged, this, &Session::refreshTokenChanged);
    }
    m_scheme = ConnectCheck::scheme(m_keyType);
    m_check = new ConnectCheck(
            m_keyType,
            [this](const QString &path, const QByteArray &scheme, bool refusalExpected) {
                ApiJob::Options options = this->options("GET", path, {}, {}, {});
                options.scheme = scheme;
                options.refusalExpected = refusalExpected;
                return createJob(std::move(options));
            },
            this);
    connect(m_check, &ConnectCheck::connected, this, &Session::checked);
    connect(m_check, &ConnectCheck::failed, this, &Session::checkFailed);
    connect(m_check, &ConnectCheck::permissionsLoaded, this,
            [this](const QList<ServicePermission> &permissions) {
                m_permissions = permissions;
                Q_EMIT permissionsLoaded();
            });
    connect(m_check, &ConnectCheck::permissionsFailed, this, &Session::permissionsFailed);
}

Session::~Session()
{
    // Jobs outlive their session: the unfinished ones end as Cancelled, and each still
    // delivers finished() from the event loop, so whoever waits for one hears of it.
    for (ApiJob *job : findChildren<ApiJob *>(Qt::FindDirectChildrenOnly))
        job->detachFromSession();
}

QString Session::greeting() const
{
    if (!m_identity)
        return {};
    return m_identity->greeting(m_keyType);
}

QString Session::connectedAs() const
{
    if (m_state != State::Connected)
        return {};
    return m_identity ? m_identity->connectedAs(m_keyType, m_settings.auth)
                      : tr("connected, connect check off");
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Session::start()
{
    if (m_state != State::Idle)
        return;
    setState(State::Connecting);
    // The plain-HTTP rule holds whatever made the settings: a form, a stored profile, the
    // environment or the command line. Nothing is sent.
    QString problem;
    if (!ConnectionSettings::normalizeUrl(m_settings.teamUrl.toString(), m_settings.allowPlainHttp,
                                          &problem)) {
        ApiError error = ApiError::make(ApiError::Kind::Tls, "GET", m_settings.teamUrl, problem);
        error.hint = tr("Edit the connection: use https://, or allow plain HTTP in its advanced "
                        "settings if this team really has no TLS.");
        QTimer::singleShot(0, this, [this, error] { checkFailed(error); });
        return;
    }
    if (m_keyType == KeyType::Auto || m_settings.connectCheck) {
        m_check->probe();
    } else {
        QTimer::singleShot(0, this, [this] {
            setState(State::Connected);
            Q_EMIT connected();
        });
    }
    if (m_settings.loadPermissions)
        m_check->loadPermissions();
}

void Session::checked(const Identity &identity, KeyType keyType)
{
    m_identity = identity;
    if (m_keyType != keyType) { // what AUTO found
        m_keyType = keyType;
        m_scheme = ConnectCheck::scheme(keyType);
        Q_EMIT keyTypeDetected(keyType);
    }
    qCInfo(lcNet).noquote() << greeting();
    setState(State::Connected);
    Q_EMIT connected();
    pump();
}

void Session::checkFailed(const ApiError &error)
{
    m_connectError = error;
    setState(State::Failed);
    Q_EMIT connectFailed(m_connectError);
    pump(); // jobs waiting for the key type now fail
}

ApiJob *Session::get(const QString &path, const QUrlQuery &query, const QString &context)
{
    return createJob(options("GET", path, query, {}, context));
}

ApiJob *Session::put(const QString &path, const QJsonObject &body, const QString &context)
{
    return createJob(
            options("PUT", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), context));
}

ApiJob *Session::post(const QString &path, const QJsonObject &body, const QString &context)
{
    return createJob(
            options("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), context));
}

ApiJob *Session::oauthRequest(const QByteArray &method, const QString &path, const QUrlQuery &form,
                              const QByteArray &authorization)
{
    const QByteArray body
            = form.isEmpty() ? QByteArray() : form.toString(QUrl::FullyEncoded).toLatin1();
    ApiJob::Options options = this->options(method, path, {}, body, {});
    options.authorization = authorization;
    options.contentType = "application/x-www-form-urlencoded";
    options.retryable = true;
    return createJob(std::move(options));
}

std::optional<QStringList> Session::grantedScopes() const
{
    return m_tokens ? m_tokens->grantedScopes() : std::nullopt;
}

void Session::tokenFailed(const ApiError &error)
{
    // While connecting, the connect check that waited for the token reports the failure.
    if (m_state == State::Connected && m_tokens->permanentError()) {
        m_connectError = error;
        setState(State::Failed);
        Q_EMIT connectFailed(error);
    }
    failWaiting(error);
}

// Fails the queued jobs that wait for authorization (a key type or a token).
void Session::failWaiting(const ApiError &error)
{
    const QList<ApiJob *> queue = m_queue;
    for (ApiJob *job : queue) {
        if (authorizationFor(job))
            continue;
        ApiError failure = ApiError::make(error.kind, job->method(), job->url(),
                                          tr("Not sent: no access token (%1 %2 failed: %3)")
                                                  .arg(QString::fromLatin1(error.method),
                                                       error.url.toDisplayString(), error.detail),
                                          error.httpStatus);
        failure.hint = error.hint;
        finish(job, failure);
    }
}

ApiJob::Options Session::options(const QByteArray &method, const QString &path,
                                 const QUrlQuery &query, const QByteArray &body,
                                 const QString &context) const
{
    // "path?query" is accepted too.
    const qsizetype mark = path.indexOf(u'?');
    QUrlQuery fullQuery(mark < 0 ? QString() : path.mid(mark + 1));
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        fullQuery.addQueryItem(name, value);
    ApiJob::Options options;
    options.method = method;
    options.url = m_settings.teamUrl;
    options.url.setPath(mark < 0 ? path : path.left(mark));
    options.url.setQuery(fullQuery);
    options.body = body;
    options.context = context;
    options.retryable = RetryPolicy::isIdempotent(method);
    options.limits = {m_settings.timeoutSeconds, m_settings.maxAnswerBytes, m_settings.teamUrl,
                      m_policy.maxAttempts()};
    return options;
}

ApiJob *Session::createJob(ApiJob::Options options)
{
    auto *job = new ApiJob(m_nextId++, std::move(options), this);
    connect(job, &ApiJob::attemptFinished, this,
            [this, job](const ApiJob::Attempt &attempt) { attemptFinished(job, attempt); });
    connect(job, &ApiJob::retryDue, this, [this, job] {
        m_queue.prepend(job);
        pump();
    });
    connect(job, &ApiJob::cancelRequested, this, [this, job] {
        finish(job,
               ApiError::make(ApiError::Kind::Cancelled, job->method(), job->url(),
                              tr("Cancelled.")));
    });
    connect(job, &ApiJob::discarded, this,
            [this, job](bool attemptRunning) { forget(job, attemptRunning); });
    m_jobs.insert(job);
    m_queue.append(job);
    Q_EMIT requestsInFlightChanged(requestsInFlight());
    // Start from the event loop, so callers connect to finished() first in every case.
    QMetaObject::invokeMethod(this, &Session::pump, Qt::QueuedConnection);
    return job;
}

std::optional<QByteArray> Session::authorizationFor(const ApiJob *job) const
{
    if (job->options().authorization)
        return job->options().authorization;
    if (m_tokens) {
        if (!m_tokens->isReady())
            return std::nullopt;
        return m_tokens->authorization();
    }
    const QByteArray scheme = job->options().scheme.isEmpty() ? m_scheme : job->options().scheme;
    if (scheme.isEmpty())
        return std::nullopt;
    return scheme + ' ' + m_settings.secret.toUtf8();
}

bool Session::isHoldingBack() const
{
    return m_unconsumedBytes >= unconsumedBudget && !m_queue.isEmpty();
}

void Session::pump()
{
    // Backpressure: while answers of more than unconsumedBudget bytes wait for their
    // consumers, nothing new is sent, so they cannot pile up faster than they are used.
    if (m_unconsumedBytes >= unconsumedBudget)
        return;
    for (qsizetype i = 0; i < m_queue.size() && m_running < m_settings.maxConcurrentRequests;) {
        ApiJob *job = m_queue.at(i);
        if (!authorizationFor(job)) {
            if (m_tokens && !m_tokens->permanentError()) {
                m_tokens->ensure(); // one token request; the job waits for it
                ++i;
                continue;
            }
            if (m_state == State::Failed) {
                m_queue.removeAt(i);
                ApiError error = ApiError::make(m_connectError.kind, job->method(), job->url(),
                                                tr("Not sent: the connect check failed."),
                                                m_connectError.httpStatus);
                error.hint = m_connectError.hint;
                finish(job, error);
                continue;
            }
            ++i; // waits until AUTO has found the key type
            continue;
        }
        m_queue.removeAt(i);
        startAttempt(job);
    }
}

void Session::startAttempt(ApiJob *job)
{
    const QUrl url = job->url();
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      u"ems-explorer/%1"_s.arg(QCoreApplication::applicationVersion()));
    if (!job->options().body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, job->options().contentType);
    // PyCelonis 2.x copies the team's XSRF-TOKEN cookie into x-csrf-token (ems-api.md).
    if (job->method() != "GET" && job->method() != "HEAD") {
        for (const QNetworkCookie &cookie : m_manager.cookieJar()->cookiesForUrl(url)) {
            if (cookie.name() == "XSRF-TOKEN")
                request.setRawHeader("x-csrf-token", cookie.value());
        }
    }
    request.setSslConfiguration(m_ssl);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // Redirects are followed here, not by Qt: only on the team's own origin, so that the
    // Authorization header never goes to another host (attemptFinished()).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    qCDebug(lcNet).noquote() << u"%1 -> %2, {'timeout': %3}"_s
                                        .arg(QString::fromLatin1(job->method()), url.toString())
                                        .arg(m_settings.timeoutSeconds);
    ++m_running;
    job->startAttempt(m_manager, request, *authorizationFor(job));
}

void Session::attemptFinished(ApiJob *job, const ApiJob::Attempt &attempt)
{
    --m_running;
    const int status = attempt.status;
    RequestLogEntry entry = attempt.entry;
    if (status >= 200 && status < 300)
        m_lastAnswer = QDateTime::currentDateTimeUtc();
    ApiError error = attempt.error;
    error.addHint(facts());
    const bool follow = !attempt.redirect.isEmpty();
    entry.error = error.isError() ? error.message() : QString();
    // An OAuth token refused with 401 (expired or revoked early): one new token, one more try.
    const bool reauthorize = !follow && status == 401 && m_tokens && !job->options().authorization
            && !job->wasReauthorized() && !job->isCancelled();
    const bool retry = !job->isCancelled() && !reauthorize && !follow
            && m_policy.shouldRetry(job->options().retryable, job->attempt(), status,
                                    attempt.transientNetworkError);
    if (retry)
        entry.retryInMs = m_policy.delayMs(job->attempt(), status, attempt.retryAfter);
    entry.redact(secrets());
    qCDebug(lcNet).noquote() << entry.summary();
    Q_EMIT requestLogged(entry);

    if (follow) {
        job->followRedirect(attempt.redirect, status);
        m_queue.prepend(job);
    } else if (reauthorize) {
        job->markReauthorized();
        m_tokens->invalidate(job->sentAuthorization());
        m_queue.prepend(job);
    } else if (retry) {
        job->scheduleRetry(entry.retryInMs);
    } else if (error.isError()) {
        finish(job, error);
    } else {
        // From now until the job is gone its answer counts as not yet consumed (see pump()).
        m_unconsumed.insert(job, attempt.body.size());
        m_unconsumedBytes += attempt.body.size();
        job->parseAnswer(attempt.body, status,
                         [this, job, status](const ApiError &problem, const QJsonValue &json) {
                             finish(job, problem, status, json);
                         });
    }
    pump();
}

ConnectionFacts Session::facts() const
{
    ConnectionFacts facts;
    facts.keyType = m_keyType;
    facts.oauth = m_tokens;
    facts.grantedScopes = grantedScopes();
    facts.permissions = m_permissions ? &*m_permissions : nullptr;
    facts.sslSetupError = m_sslSetupError;
    return facts;
}

QList<QByteArray> Session::secrets() const
{
    return m_tokens ? m_tokens->secrets() : QList<QByteArray>{m_settings.secret.toUtf8()};
}

void Session::finish(ApiJob *job, const ApiError &error, int httpStatus, const QJsonValue &json)
{
    if (job->isFinished())
        return;
    // A server may quote the key back in its message; no error leaves with it.
    ApiError scrubbed = error;
    scrubbed.detail = RequestLogEntry::scrub(error.detail, secrets());
    if (error.isError())
        scrubbed.requestId = job->id();
    m_jobs.remove(job);
    m_queue.removeOne(job);
    Q_EMIT requestsInFlightChanged(requestsInFlight());
    job->complete(scrubbed, httpStatus, json);
}

void Session::forget(ApiJob *job, bool attemptRunning)
{
    if (const auto it = m_unconsumed.constFind(job); it != m_unconsumed.constEnd()) {
        m_unconsumedBytes -= *it;
        m_unconsumed.erase(it);
        QMetaObject::invokeMethod(this, &Session::pump, Qt::QueuedConnection);
    }
    m_queue.removeOne(job);
    if (m_jobs.remove(job))
        Q_EMIT requestsInFlightChanged(requestsInFlight());
    if (attemptRunning) {
        --m_running;
        QMetaObject::invokeMethod(this, &Session::pump, Qt::QueuedConnection);
    }
}

} // namespace ems
