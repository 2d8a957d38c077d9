#pragma once

#include "faultinjector.h"
#include "oauthserver.h"
#include "team.h"

#include <QReadWriteLock>
#include <QUrl>
#include <memory>
#include <thread>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace ems::sandbox {

class Api;

struct ServerOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0; // 0 picks a free port
    QString certificateFile; // PEM; with keyFile, the server speaks TLS
    QString keyFile;
    QString stateFile; // when set: loaded at start if present, rewritten after each write
    int workerThreads = 64;
    int tokenLifetimeSeconds = 899; // OAuth access tokens, as on a real team
    int devicePollSeconds = 5; // the device-code grant's polling interval
    // Off: token answers leave out "scope", as RFC 6749 §5.1 allows when the granted scopes
    // are those asked for.
    bool tokenAnswerStatesScopes = true;
    // When set: every answer sets the cookie XSRF-TOKEN to it, and a write without the
    // header x-csrf-token carrying it is refused (403), as PyCelonis 2.x expects of a team.
    QString csrfToken;
};

// One request as the server saw it, for tests that count attempts or check headers.
struct ReceivedRequest
{
    QString method;
    QString path;
    QString query;
    QString authorizationScheme; // "AppKey", "Bearer" or empty; never the token
    QString userAgent;
    int status = 0;
    QString fault;
    qint64 receivedAtMs = 0;
};

// The EMS emulator over real HTTP (cpp-httplib). Serves on its own threads, so it can run
// inside the program or a test and never waits for the Qt event loop.
class SandboxServer
{
public:
    SandboxServer(Team team, const ServerOptions &options, const FaultConfig &faults = {});
    ~SandboxServer();
    SandboxServer(const SandboxServer &) = delete;
    SandboxServer &operator=(const SandboxServer &) = delete;

    bool start(QString *errorMessage = nullptr);
    void stop();

    quint16 port() const { return m_port; }
    QUrl url() const;
    FaultInjector &faults() { return m_faults; }
    OAuthServer &oauth() { return m_oauth; }
    QList<ApiKey> keys() const;
    QList<OAuthClient> oauthClients() const;

    QList<ReceivedRequest> received() const;
    void clearReceived();
    Team snapshot() const;

private:
    void serve(const httplib::Request &request, httplib::Response &response);
    void record(ReceivedRequest entry);
    bool saveState(QString *errorMessage) const;

    ServerOptions m_options;
    Team m_team;
    OAuthServer m_oauth;
    std::unique_ptr<Api> m_api;
    mutable QReadWriteLock m_teamLock;
    FaultInjector m_faults;
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    quint16 m_port = 0;
    mutable QMutex m_receivedMutex;
    QList<ReceivedRequest> m_received;
};

} // namespace ems::sandbox
