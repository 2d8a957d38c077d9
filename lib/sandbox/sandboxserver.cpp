#include "sandboxserver.h"

#include "api.h"
#include "oauthserver.h"
#include "sandboxlog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <httplib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace ems::sandbox {

namespace {

constexpr qsizetype maxReceived = 100000;
constexpr auto controlPath = "/sandbox/faults";
// With exactly "application/json" cpp-httplib compresses answers, Brotli at its slowest
// setting when the client accepts it: 30 ms for a 20 kB list. The sandbox answers
// uncompressed, which this spelling of the type makes it do.
constexpr auto jsonType = "application/json;charset=utf-8";

std::string toStd(const QByteArray &bytes)
{
    return std::string(bytes.constData(), size_t(bytes.size()));
}

QByteArray fromStd(const std::string &text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

void setJson(httplib::Response &response, const ApiReply &reply)
{
    response.status = reply.status;
    for (const auto &[name, value] : reply.headers)
        response.set_header(toStd(name), toStd(value));
    if (!reply.body.isEmpty()) {
        response.set_content(toStd(reply.body),
                             reply.contentType.isEmpty() ? jsonType
                                                         : reply.contentType.constData());
    }
}

} // namespace

SandboxServer::SandboxServer(Team team, const ServerOptions &options, const FaultConfig &faults)
    : m_options(options)
    , m_team(std::move(team))
    , m_api(std::make_unique<Api>(&m_team, &m_oauth))
    , m_faults(faults)
{
    m_oauth.setTokenLifetime(options.tokenLifetimeSeconds);
    m_oauth.setDevicePollInterval(options.devicePollSeconds);
    m_oauth.setStatesScopes(options.tokenAnswerStatesScopes);
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(QString *errorMessage)
{
    const auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    if (m_server)
        return fail(u"The sandbox is running already."_s);

    if (!m_options.stateFile.isEmpty()) {
        QFile file(m_options.stateFile);
        if (file.exists()) {
            if (!file.open(QIODevice::ReadOnly))
                return fail(u"Cannot read the state file %1: %2"_s.arg(file.fileName(),
                                                                       file.errorString()));
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
            if (!document.isObject()) {
                return fail(u"The state file %1 is not valid JSON (%2). Move it away to start "
                            "from the seed."_s.arg(file.fileName(), parseError.errorString()));
            }
            QWriteLocker lock(&m_teamLock);
            m_team = Team::fromJson(document.object());
        } else if (!saveState(errorMessage)) {
            return false;
        }
    }

    if (!m_options.certificateFile.isEmpty() || !m_options.keyFile.isEmpty()) {
        auto server = std::make_unique<httplib::SSLServer>(
                QFile::encodeName(m_options.certificateFile).constData(),
                QFile::encodeName(m_options.keyFile).constData());
        if (!server->is_valid()) {
            return fail(u"Cannot use the TLS certificate %1 with key %2."_s.arg(
                    m_options.certificateFile, m_options.keyFile));
        }
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<httplib::Server>();
    }

    const int workers = m_options.workerThreads;
    m_server->new_task_queue = [workers] {
        return new httplib::ThreadPool(size_t(workers));
    };
    m_server->set_keep_alive_max_count(1000);
    m_server->set_keep_alive_timeout(2);
    const auto handler = [this](const httplib::Request &request, httplib::Response &response) {
        serve(request, response);
    };
    m_server->Get(".*", handler);
    m_server->Post(".*", handler);
    m_server->Put(".*", handler);
    m_server->Delete(".*", handler);
    m_server->Patch(".*", handler);

    // cpp-httplib listens with a backlog of 5, so a burst of connections would lose SYNs
    // and wait a second for the retransmit. Linux lets listen() raise it afterwards.
    auto listeningSocket = std::make_shared<int>(-1);
    m_server->set_socket_options([listeningSocket](int socket) {
        const int on = 1;
        ::setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on));
        // Headers and body go out in two writes: without this, Nagle's algorithm holds the
        // body until the client's delayed ACK, some 40 ms per answer.
        ::setsockopt(socket, IPPROTO_TCP, TCP_NODELAY, &on, sizeof(on));
        *listeningSocket = socket;
    });

    const std::string host = m_options.host.toStdString();
    int port = m_options.port;
    if (port == 0)
        port = m_server->bind_to_any_port(host);
    else if (!m_server->bind_to_port(host, port))
        port = -1;
    if (port <= 0) {
        m_server.reset();
        return fail(u"Cannot listen on %1:%2. Is the port in use?"_s.arg(m_options.host)
                            .arg(m_options.port));
    }
    ::listen(*listeningSocket, SOMAXCONN);
    m_port = quint16(port);
    m_oauth.setIssuer(url());
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    while (!m_server->is_running()) // stop() before the loop runs would be lost
        std::this_thread::yield();
    return true;
}

void SandboxServer::stop()
{
    if (!m_server)
        return;
    m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
    m_server.reset();
}

QUrl SandboxServer::url() const
{
    QUrl url;
    const bool tls = !m_options.certificateFile.isEmpty();
    url.setScheme(tls ? u"https"_s : u"http"_s);
    url.setHost(tls && m_options.host == u"127.0.0.1" ? u"localhost"_s : m_options.host);
    url.setPort(m_port);
    return url;
}

QList<ApiKey> SandboxServer::keys() const
{
    QReadLocker lock(&m_teamLock);
    return m_team.keys;
}

QList<OAuthClient> SandboxServer::oauthClients() const
{
    QReadLocker lock(&m_teamLock);
    return m_team.oauthClients;
}

QList<ReceivedRequest> SandboxServer::received() const
{
    QMutexLocker lock(&m_receivedMutex);
    return m_received;
}

void SandboxServer::clearReceived()
{
    QMutexLocker lock(&m_receivedMutex);
    m_received.clear();
}

Team SandboxServer::snapshot() const
{
    QReadLocker lock(&m_teamLock);
    return m_team;
}

void SandboxServer::record(ReceivedRequest entry)
{
    qCInfo(lcSandbox).noquote() << entry.method << entry.path << entry.status
                                << u"%1 ms"_s.arg(QDateTime::currentMSecsSinceEpoch()
                                                  - entry.receivedAtMs)
                                << entry.fault;
    QMutexLocker lock(&m_receivedMutex);
    if (m_received.size() >= maxReceived)
        m_received.removeFirst();
    m_received.append(std::move(entry));
}

bool SandboxServer::saveState(QString *errorMessage) const
{
    QSaveFile file(m_options.stateFile);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(m_team.toJson()).toJson(QJsonDocument::Indented));
        if (file.commit())
            return true;
    }
    const QString message
            = u"Cannot write the state file %1: %2"_s.arg(m_options.stateFile, file.errorString());
    qCWarning(lcSandbox).noquote() << message;
    if (errorMessage)
        *errorMessage = message;
    return false;
}

void SandboxServer::serve(const httplib::Request &request, httplib::Response &response)
{
    ApiRequest apiRequest;
    apiRequest.method = QString::fromStdString(request.method);
    apiRequest.path = QString::fromStdString(request.path);
    for (const auto &[name, value] : request.params)
        apiRequest.query.addQueryItem(QString::fromStdString(name), QString::fromStdString(value));
    apiRequest.authorization = QString::fromStdString(request.get_header_value("Authorization"));
    apiRequest.contentType = QString::fromStdString(request.get_header_value("Content-Type"));
    apiRequest.body = fromStd(request.body);

    ReceivedRequest entry;
    entry.method = apiRequest.method;
    entry.path = apiRequest.path;
    entry.query = apiRequest.query.toString(QUrl::FullyDecoded);
    entry.authorizationScheme = apiRequest.authorization.section(u' ', 0, 0);
    entry.userAgent = QString::fromStdString(request.get_header_value("User-Agent"));
    entry.receivedAtMs = QDateTime::currentMSecsSinceEpoch();

    if (request.path == controlPath) {
        ApiReply reply;
        if (apiRequest.method == u"DELETE") {
            m_faults.clearRules();
        } else if (apiRequest.method == u"POST") {
            FaultInjector::Rule rule;
            const QString error = FaultInjector::ruleFromJson(
                    QJsonDocument::fromJson(apiRequest.body).object(), &rule);
            if (error.isEmpty())
                m_faults.addRule(rule);
            else
                reply = ApiReply::error(400, error);
        } else {
            reply = ApiReply::error(405, u"Use POST to add a fault rule, DELETE to clear."_s);
        }
        reply.status = reply.status == 200 && reply.body.isEmpty() ? 204 : reply.status;
        setJson(response, reply);
        entry.status = response.status;
        record(std::move(entry));
        return;
    }

    const Fault fault = m_faults.next(apiRequest.method, apiRequest.path);
    const int latency
            = m_faults.latencyMs() + (fault.kind == Fault::Kind::Delay ? fault.delayMs : 0);
    if (latency > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(latency));
    entry.fault = Fault::kindName(fault.kind);
    if (fault.kind == Fault::Kind::None)
        entry.fault.clear();

    ApiReply reply;
    switch (fault.kind) {
    case Fault::Kind::Status:
        // A careless server quotes what it was sent; clients must not pass it on.
        reply = ApiReply::error(fault.status,
                                !fault.message.isEmpty() ? fault.message
                                        : fault.echoAuthorization
                                        ? u"Injected fault: refused the credentials '%1'."_s.arg(
                                                apiRequest.authorization)
                                        : u"Injected fault: the sandbox answers %1 on "
                                          "purpose."_s.arg(fault.status));
        break;
    case Fault::Kind::RateLimit:
        reply = ApiReply::error(429, u"Too many requests. Slow down."_s);
        if (fault.retryAfterSeconds >= 0)
            reply.headers.append({QByteArrayLiteral("Retry-After"),
                                  QByteArray::number(fault.retryAfterSeconds)});
        reply.headers.append({QByteArrayLiteral("X-RateLimit-Limit"), QByteArrayLiteral("100")});
        reply.headers.append({QByteArrayLiteral("X-RateLimit-Remaining"), QByteArrayLiteral("0")});
        break;
    case Fault::Kind::Redirect:
        reply.status = fault.status;
        reply.headers.append({QByteArrayLiteral("Location"), fault.location.toUtf8()});
        break;
    case Fault::Kind::Reset:
        // cpp-httplib gives no hold of the socket; the closest to a reset is closing it
        // right after the headers, before any of the promised body.
        response.status = 200;
        response.set_content_provider(1024, jsonType,
                                      [](size_t, size_t, httplib::DataSink &) { return false; });
        entry.status = 200;
        record(std::move(entry));
        return;
    default:
        if (!m_options.csrfToken.isEmpty() && !Api::isRead(apiRequest.method)
            && !OAuthServer::handles(apiRequest.path)
            && QString::fromStdString(request.get_header_value("x-csrf-token"))
                    != m_options.csrfToken) {
            reply = ApiReply::error(403,
                                    u"Forbidden. The header x-csrf-token does not carry the "
                                    "XSRF-TOKEN cookie."_s);
        } else if (Api::isRead(apiRequest.method)) {
            QReadLocker lock(&m_teamLock);
            reply = m_api->handle(apiRequest);
        } else {
            QWriteLocker lock(&m_teamLock);
            reply = m_api->handle(apiRequest);
            if (reply.changed && !m_options.stateFile.isEmpty())
                saveState(nullptr);
        }
        break;
    }

    if (!m_options.csrfToken.isEmpty())
        reply.headers.append({QByteArrayLiteral("Set-Cookie"),
                              "XSRF-TOKEN=" + m_options.csrfToken.toUtf8() + "; Path=/"});
    entry.status = reply.status;
    if (fault.kind == Fault::Kind::Trickle && !reply.body.isEmpty()) {
        // Never idle long, never done soon: one byte every delayMs, until the client leaves.
        response.status = reply.status;
        const auto body = std::make_shared<std::string>(toStd(reply.body));
        const int pause = std::max(1, fault.delayMs);
        response.set_content_provider(
                body->size(), jsonType,
                [body, pause](size_t offset, size_t, httplib::DataSink &sink) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(pause));
                    return sink.is_writable() && sink.write(body->data() + offset, 1);
                });
    } else if (fault.kind == Fault::Kind::Truncate && !reply.body.isEmpty()) {
        response.status = reply.status;
        const auto body = std::make_shared<std::string>(toStd(reply.body));
        response.set_content_provider(body->size(), jsonType,
                                      [body](size_t, size_t, httplib::DataSink &sink) {
                                          sink.write(body->data(), body->size() / 2);
                                          return false;
                                      });
    } else {
        if (fault.kind == Fault::Kind::Malformed)
            reply.body = reply.body.left(reply.body.size() / 2) + "\x01<html>";
        setJson(response, reply);
    }
    record(std::move(entry));
}

} // namespace ems::sandbox
