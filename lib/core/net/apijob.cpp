#include "core/net/apijob.h"

#include "core/net/backgroundwork.h"
#include "core/net/retrypolicy.h"
#include "core/profiles/connectionsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ems {

namespace {

constexpr int maxRedirects = 5;
// Bodies larger than this are parsed on a worker thread, so a 20 MB nodes/tree answer
// does not freeze the event loop.
constexpr qsizetype offThreadParseBytes = 64 * 1024;

struct ParsedBody
{
    QJsonValue value;
    QString problem;
};

ParsedBody parseBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return {{},
                ApiJob::tr("The answer is not valid JSON (%1 at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset)};
    }
    return {document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), {}};
}

RequestLogEntry::Headers headersOf(const QNetworkRequest &request)
{
    RequestLogEntry::Headers headers;
    for (const QByteArray &name : request.rawHeaderList())
        headers.append({name, request.rawHeader(name)});
    return headers;
}

} // namespace

ApiJob::ApiJob(quint64 id, Options options, QObject *session)
    : QObject(session)
    , m_id(id)
    , m_options(std::move(options))
{ }

ApiJob::~ApiJob()
{
    const bool running = m_reply;
    abortAttempt();
    Q_EMIT discarded(running, QPrivateSignal());
}

ApiError ApiJob::badResponse(const QString &problem) const
{
    ApiError error = ApiError::make(ApiError::Kind::BadResponse, m_options.method, m_options.url,
                                    problem, m_httpStatus);
    error.requestId = m_id;
    return error;
}

void ApiJob::keepUntilDestroyed(QObject *owner)
{
    m_kept = true;
    setParent(owner);
}

void ApiJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    delete m_retryTimer;
    m_retryTimer = nullptr;
    if (m_reply)
        m_reply->abort(); // the attempt finishes, as Cancelled
    else
        Q_EMIT cancelRequested(QPrivateSignal());
}

void ApiJob::startAttempt(QNetworkAccessManager &manager, QNetworkRequest request,
                          const QByteArray &authorization)
{
    ++m_attempt;
    m_authorization = authorization;
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    m_sslErrors.clear();
    m_started = QDateTime::currentDateTimeUtc();
    QNetworkReply *reply = manager.sendCustomRequest(request, m_options.method, m_options.body);
    m_reply = reply;
    // The timeout bounds the whole attempt, not only silence: a server that trickles one
    // byte at a time cannot hold a request for ever.
    QTimer::singleShot(m_options.limits.timeoutSeconds * 1000, reply, [reply] { reply->abort(); });
    // Nor can an endless answer fill the memory.
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply](qint64 received, qint64 total) {
                if (received > m_options.limits.maxAnswerBytes
                    || total > m_options.limits.maxAnswerBytes) {
                    m_tooLarge = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        m_reply = nullptr;
        reply->deleteLater();
        Q_EMIT attemptFinished(attemptOf(reply), QPrivateSignal());
    });
}

ApiJob::Attempt ApiJob::attemptOf(QNetworkReply *reply) const
{
    Attempt attempt;
    attempt.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    attempt.body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed when aborted
    attempt.entry = logEntry(reply, attempt.body);
    attempt.error = attemptError(reply, attempt.body);
    // A redirect on the team's origin is one more hop of the same attempt; one to anywhere
    // else is an error, and nothing is sent there.
    attempt.redirect = redirectTarget(reply, &attempt.error);
    attempt.transientNetworkError = (attempt.error.kind == ApiError::Kind::Network
                                     || attempt.error.kind == ApiError::Kind::Timeout)
            && RetryPolicy::isTransientNetworkError(reply->error());
    attempt.retryAfter = reply->rawHeader("Retry-After");
    return attempt;
}

ApiError ApiJob::attemptError(QNetworkReply *reply, const QByteArray &body) const
{
    const QUrl url = reply->request().url();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_tooLarge) {
        return ApiError::make(
                ApiError::Kind::BadResponse, m_options.method, url,
                tr("The answer is larger than %1; EMS Explorer stopped reading it.")
                        .arg(QLocale().formattedDataSize(m_options.limits.maxAnswerBytes)),
                status);
    }
    if (status >= 400) {
        QString detail = ApiError::serverMessage(body);
        if (detail.isEmpty())
            detail = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        ApiError error = ApiError::make(ApiError::kindForStatus(status), m_options.method, url,
                                        detail, status);
        if (status == 403)
            error.missingScope = ApiError::insufficientScope(reply->rawHeader("WWW-Authenticate"));
        return error;
    }
    if (m_cancelled)
        return ApiError::make(ApiError::Kind::Cancelled, m_options.method, url, tr("Cancelled."),
                              status);
    if (reply->error() == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
        return ApiError::make(
                ApiError::Kind::Tls, m_options.method, url,
                m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors.join(u"; "_s), status);
    }
    if (reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError) {
        return ApiError::make(
                ApiError::Kind::Timeout, m_options.method, url,
                tr("No complete answer within %1 s.").arg(m_options.limits.timeoutSeconds), status);
    }
    if (reply->error() != QNetworkReply::NoError) {
        return ApiError::make(ApiError::Kind::Network, m_options.method, url, reply->errorString(),
                              status);
    }
    return ApiError::make(ApiError::Kind::None, m_options.method, url, {}, status);
}

RequestLogEntry ApiJob::logEntry(QNetworkReply *reply, const QByteArray &body) const
{
    RequestLogEntry entry;
    entry.requestId = m_id;
    entry.attempt = m_attempt;
    entry.maxAttempts = m_options.retryable ? m_options.limits.maxAttempts : 1;
    entry.started = m_started;
    entry.method = m_options.method;
    entry.url = reply->request().url();
    entry.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    entry.durationMs = m_started.msecsTo(QDateTime::currentDateTimeUtc());
    entry.bytesIn = body.size();
    entry.bytesOut = m_options.body.size();
    entry.requestHeaders = headersOf(reply->request());
    entry.requestBody = m_options.body;
    entry.responseHeaders = reply->rawHeaderPairs();
    entry.responseBody = body.left(RequestLogEntry::maxBodyBytes);
    entry.responseBodyCut = body.size() > RequestLogEntry::maxBodyBytes;
    entry.context = m_options.context;
    entry.timeoutSeconds = m_options.limits.timeoutSeconds;
    entry.expectedRefusal
            = m_options.refusalExpected && (entry.status == 401 || entry.status == 403);
    return entry;
}

QUrl ApiJob::redirectTarget(QNetworkReply *reply, ApiError *error) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool redirect
            = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    if (!redirect || m_cancelled)
        return {};
    const QUrl target
            = reply->request().url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    const bool valid = target.isValid() && !target.isEmpty();
    const bool onTeam = valid && ConnectionSettings::sameOrigin(target, m_options.limits.team);
    if (onTeam && m_redirects < maxRedirects)
        return target;
    *error = ApiError::make(
            ApiError::Kind::BadResponse, m_options.method, m_options.url,
            !valid           ? tr("The team answered %1 without a valid Location.").arg(status)
                    : onTeam ? tr("The team redirected more than %1 times.").arg(maxRedirects)
                             : tr("The team redirected to another host (%1). EMS Explorer does not "
                                  "follow, so your key or token stays with the team.")
                                       .arg(target.toDisplayString(QUrl::RemoveUserInfo
                                                                   | QUrl::RemoveQuery)),
            status);
    return {};
}

void ApiJob::followRedirect(const QUrl &target, int status)
{
    ++m_redirects;
    --m_attempt; // a hop, not a new attempt
    m_options.url = target;
    if (status == 303) { // See Other: the answer is a GET elsewhere
        m_options.method = "GET";
        m_options.body.clear();
    }
}

void ApiJob::parseAnswer(const QByteArray &body, int status,
                         std::function<void(const ApiError &error, const QJsonValue &json)> done)
{
    const auto deliver = [this, status, done = std::move(done)](const ParsedBody &parsed) {
        done(parsed.problem.isEmpty()
                     ? ApiError()
                     : ApiError::make(ApiError::Kind::BadResponse, m_options.method, m_options.url,
                                      parsed.problem, status),
             parsed.value);
    };
    if (body.size() < offThreadParseBytes)
        deliver(parseBody(body));
    else
        BackgroundWork::compute<ParsedBody>(
                this, [body] { return parseBody(body); }, deliver);
}

void ApiJob::scheduleRetry(qint64 delayMs)
{
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setTimerType(Qt::PreciseTimer); // coarse timers fire up to 5% early
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        m_retryTimer->deleteLater();
        m_retryTimer = nullptr;
        Q_EMIT retryDue(QPrivateSignal());
    });
    m_retryTimer->start(int(std::min<qint64>(delayMs, INT_MAX)));
}

void ApiJob::complete(const ApiError &error, int httpStatus, const QJsonValue &json)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_httpStatus = httpStatus ? httpStatus : m_httpStatus;
    m_json = json;
    QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT finished();
                if (!m_kept)
                    deleteLater();
            },
            Qt::QueuedConnection);
}

void ApiJob::abortAttempt()
{
    delete m_retryTimer;
    m_retryTimer = nullptr;
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiJob::detachFromSession()
{
    abortAttempt();
    disconnect(this, &ApiJob::discarded, nullptr, nullptr);
    setParent(nullptr);
    complete(ApiError::make(ApiError::Kind::Cancelled, m_options.method, m_options.url,
                            tr("Cancelled.")));
}

} // namespace ems
