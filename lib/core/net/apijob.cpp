#include "core/net/apijob.h"

#include "core/net/backgroundwork.h"
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

ApiJob::ApiJob(QObject *session, quint64 id, const QByteArray &method, const QString &path,
               const QUrlQuery &query, const QUrl &url, const QByteArray &body,
               const QString &context)
    : QObject(session)
    , m_id(id)
    , m_method(method)
    , m_path(path)
    , m_query(query)
    , m_url(url)
    , m_body(body)
    , m_context(context)
{ }

ApiJob::~ApiJob()
{
    const bool running = m_reply;
    abortAttempt();
    Q_EMIT discarded(running, QPrivateSignal());
}

ApiError ApiJob::badResponse(const QString &problem) const
{
    ApiError error
            = ApiError::make(ApiError::Kind::BadResponse, m_method, m_url, problem, m_httpStatus);
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
                          const QByteArray &authorization, int timeoutSeconds,
                          qint64 maxAnswerBytes)
{
    ++m_attempt;
    m_authorization = authorization;
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    m_sslErrors.clear();
    m_started = QDateTime::currentDateTimeUtc();
    QNetworkReply *reply = manager.sendCustomRequest(request, m_method, m_body);
    m_reply = reply;
    // The timeout bounds the whole attempt, not only silence: a server that trickles one
    // byte at a time cannot hold a request for ever.
    QTimer::singleShot(timeoutSeconds * 1000, reply, [reply] { reply->abort(); });
    // Nor can an endless answer fill the memory.
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply, maxAnswerBytes](qint64 received, qint64 total) {
                if (received > maxAnswerBytes || total > maxAnswerBytes) {
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
        Q_EMIT attemptFinished(reply, QPrivateSignal());
    });
}

ApiError ApiJob::attemptError(QNetworkReply *reply, const QByteArray &body, int timeoutSeconds,
                              qint64 maxAnswerBytes) const
{
    const QUrl url = reply->request().url();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_tooLarge) {
        return ApiError::make(ApiError::Kind::BadResponse, m_method, url,
                              tr("The answer is larger than %1; EMS Explorer stopped reading it.")
                                      .arg(QLocale().formattedDataSize(maxAnswerBytes)),
                              status);
    }
    if (status >= 400) {
        QString detail = ApiError::serverMessage(body);
        if (detail.isEmpty())
            detail = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return ApiError::make(ApiError::kindForStatus(status), m_method, url, detail, status);
    }
    if (m_cancelled)
        return ApiError::make(ApiError::Kind::Cancelled, m_method, url, tr("Cancelled."), status);
    if (reply->error() == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
        return ApiError::make(
                ApiError::Kind::Tls, m_method, url,
                m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors.join(u"; "_s), status);
    }
    if (reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError) {
        return ApiError::make(ApiError::Kind::Timeout, m_method, url,
                              tr("No complete answer within %1 s.").arg(timeoutSeconds), status);
    }
    if (reply->error() != QNetworkReply::NoError) {
        return ApiError::make(ApiError::Kind::Network, m_method, url, reply->errorString(), status);
    }
    return ApiError::make(ApiError::Kind::None, m_method, url, {}, status);
}

RequestLogEntry ApiJob::logEntry(QNetworkReply *reply, const QByteArray &body,
                                 int maxAttempts) const
{
    RequestLogEntry entry;
    entry.requestId = m_id;
    entry.attempt = m_attempt;
    entry.maxAttempts = maxAttempts;
    entry.started = m_started;
    entry.method = m_method;
    entry.url = reply->request().url();
    entry.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    entry.durationMs = m_started.msecsTo(QDateTime::currentDateTimeUtc());
    entry.bytesIn = body.size();
    entry.bytesOut = m_body.size();
    entry.requestHeaders = headersOf(reply->request());
    entry.requestBody = m_body;
    entry.responseHeaders = reply->rawHeaderPairs();
    entry.responseBody = body.left(RequestLogEntry::maxBodyBytes);
    entry.responseBodyCut = body.size() > RequestLogEntry::maxBodyBytes;
    entry.context = m_context;
    entry.expectedRefusal = m_refusalExpected && (entry.status == 401 || entry.status == 403);
    return entry;
}

QUrl ApiJob::redirectTarget(QNetworkReply *reply, const QUrl &team, ApiError *error) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool redirect
            = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    if (!redirect || m_cancelled)
        return {};
    const QUrl target
            = reply->request().url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    const bool valid = target.isValid() && !target.isEmpty();
    const bool onTeam = valid && ConnectionSettings::sameOrigin(target, team);
    if (onTeam && m_redirects < maxRedirects)
        return target;
    *error = ApiError::make(
            ApiError::Kind::BadResponse, m_method, m_url,
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
    m_url = target;
    if (status == 303) { // See Other: the answer is a GET elsewhere
        m_method = "GET";
        m_body.clear();
    }
}

void ApiJob::parseAnswer(const QByteArray &body,
                         std::function<void(const QJsonValue &, const QString &)> done)
{
    const auto deliver = [done = std::move(done)](const ParsedBody &parsed) {
        done(parsed.value, parsed.problem);
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
    complete(ApiError::make(ApiError::Kind::Cancelled, m_method, m_url, tr("Cancelled.")));
}

} // namespace ems
