#include "httpprobe.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/teamseeder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace ems::sandbox;

namespace {
const QByteArray admin = "Bearer ZW1zLXNhbmRib3g6YWRtaW46YWRhLWxvdmVsYWNl";
const QString spaces = u"/package-manager/api/spaces"_s;
} // namespace

// Fault injection, latency, TLS and the state file of the sandbox, over real HTTP.
class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void ruleFailsTheNextRequests();
    void controlEndpointAddsAndClearsRules();
    void controlEndpointRejectsBadRules();
    void rateLimitSendsRetryAfter();
    void resetClosesTheConnection();
    void truncateCutsTheBodyShort();
    void malformedSendsBrokenJson();
    void delayHoldsTheAnswer();
    void randomFailuresFollowTheConfig();
    void latencyDoesNotSerializeRequests();
    void receivedRequestsKeepNoToken();
    void tlsWithTrustedCa();
    void tlsRefusedWhenUntrusted();
    void stateFileKeepsEditsAcrossRestarts();
    void corruptStateFileIsReported();

private:
    void startServer(const ServerOptions &options = {}, const FaultConfig &faults = {});

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpProbe> m_http;
};

void TestSandboxFaults::startServer(const ServerOptions &options, const FaultConfig &faults)
{
    m_http.reset();
    m_server = std::make_unique<SandboxServer>(TeamSeeder::demo(), options, faults);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_http = std::make_unique<HttpProbe>(m_server->url());
    m_http->setAuthorization(admin);
}

void TestSandboxFaults::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void TestSandboxFaults::ruleFailsTheNextRequests()
{
    startServer();
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 503;
    m_server->faults().addRule({spaces, {}, 2, fault});
    QCOMPARE(m_http->get(spaces).status, 503);
    QCOMPARE(m_http->get(u"/api/cloud"_s).status, 200); // other paths are not hit
    const HttpResult second = m_http->get(spaces);
    QCOMPARE(second.status, 503);
    QVERIFY(second.json()[u"message"].toString().contains(u"503"_s));
    QCOMPARE(m_http->get(spaces).status, 200);
    QCOMPARE(m_server->faults().pendingRules(), 0);
}

void TestSandboxFaults::controlEndpointAddsAndClearsRules()
{
    startServer();
    QCOMPARE(m_http->send("POST", u"/sandbox/faults"_s,
                          "{\"path\":\"/package-manager/*\",\"count\":3,\"status\":502}")
                     .status,
             204);
    QCOMPARE(m_http->get(spaces).status, 502);
    QCOMPARE(m_http->get(u"/package-manager/api/packages"_s).status, 502);
    QCOMPARE(m_http->send("DELETE", u"/sandbox/faults"_s).status, 204);
    QCOMPARE(m_http->get(spaces).status, 200);

    m_http->send("POST", u"/sandbox/faults"_s,
                 "{\"path\":\"*\",\"method\":\"PUT\",\"status\":500}");
    QCOMPARE(m_http->get(spaces).status, 200);
    QCOMPARE(m_http->send("PUT", spaces + u"/x"_s, "{}").status, 500);
}

void TestSandboxFaults::controlEndpointRejectsBadRules()
{
    startServer();
    QCOMPARE(m_http->send("POST", u"/sandbox/faults"_s, "{\"path\":\"*\",\"kind\":\"gremlins\"}")
                     .status,
             400);
    QCOMPARE(m_http->send("POST", u"/sandbox/faults"_s, "{\"kind\":\"status\"}").status, 400);
    QCOMPARE(m_http->send("POST", u"/sandbox/faults"_s, "{\"path\":\"*\",\"count\":0}").status,
             400);
    QCOMPARE(m_server->faults().pendingRules(), 0);
}

void TestSandboxFaults::rateLimitSendsRetryAfter()
{
    startServer();
    m_http->send("POST", u"/sandbox/faults"_s,
                 "{\"path\":\"/api/cloud\",\"kind\":\"rate-limit\",\"retryAfter\":3}");
    const HttpResult limited = m_http->get(u"/api/cloud"_s);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("3"));
    QCOMPARE(limited.header("X-RateLimit-Remaining"), QByteArray("0"));
    QCOMPARE(m_http->get(u"/api/cloud"_s).status, 200);
}

void TestSandboxFaults::resetClosesTheConnection()
{
    startServer();
    m_http->send("POST", u"/sandbox/faults"_s, "{\"path\":\"/api/cloud\",\"kind\":\"reset\"}");
    const HttpResult reset = m_http->get(u"/api/cloud"_s);
    QVERIFY2(reset.error != QNetworkReply::NoError, qPrintable(reset.errorString));
    QVERIFY(reset.body.isEmpty());
    QCOMPARE(m_http->get(u"/api/cloud"_s).status, 200);
}

void TestSandboxFaults::truncateCutsTheBodyShort()
{
    startServer();
    m_http->send("POST", u"/sandbox/faults"_s,
                 "{\"path\":\"/package-manager/api/spaces\",\"kind\":\"truncate\"}");
    const HttpResult cut = m_http->get(spaces);
    QVERIFY2(cut.error != QNetworkReply::NoError, qPrintable(cut.errorString));
    QCOMPARE(m_http->get(spaces).json().array().size(), 5);
}

void TestSandboxFaults::malformedSendsBrokenJson()
{
    startServer();
    m_http->send("POST", u"/sandbox/faults"_s,
                 "{\"path\":\"/package-manager/api/spaces\",\"kind\":\"malformed\"}");
    const HttpResult broken = m_http->get(spaces);
    QCOMPARE(broken.status, 200);
    QCOMPARE(broken.error, QNetworkReply::NoError);
    QJsonParseError error;
    QJsonDocument::fromJson(broken.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestSandboxFaults::delayHoldsTheAnswer()
{
    startServer();
    m_http->send("POST", u"/sandbox/faults"_s,
                 "{\"path\":\"/api/cloud\",\"kind\":\"delay\",\"delayMs\":300}");
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_http->get(u"/api/cloud"_s).status, 200);
    QVERIFY(timer.elapsed() >= 300);
}

void TestSandboxFaults::randomFailuresFollowTheConfig()
{
    FaultConfig faults;
    faults.failRate = 1;
    faults.failStatuses = {502};
    startServer({}, faults);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_http->get(spaces).status, 502);

    faults = {};
    faults.failRate = 0.5;
    faults.randomSeed = 7;
    startServer({}, faults);
    int failed = 0;
    for (int i = 0; i < 40; ++i)
        failed += m_http->get(spaces).status != 200;
    QVERIFY2(failed > 5 && failed < 35, qPrintable(QString::number(failed)));
}

void TestSandboxFaults::latencyDoesNotSerializeRequests()
{
    FaultConfig faults;
    faults.latencyMs = 100;
    startServer({}, faults);

    // One manager per request: each opens its own connection, as 50 clients would.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> replies;
    int finished = 0;
    for (int i = 0; i < 50; ++i)
        managers.push_back(std::make_unique<QNetworkAccessManager>());
    QElapsedTimer timer;
    timer.start();
    for (const auto &manager : managers) {
        QNetworkRequest request(m_server->url().resolved(QUrl(u"/api/cloud"_s)));
        request.setRawHeader("Authorization", admin);
        QNetworkReply *reply = manager->get(request);
        connect(reply, &QNetworkReply::finished, this, [&finished] { ++finished; });
        replies.append(reply);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 50, 10000);
    const qint64 elapsed = timer.elapsed();
    for (QNetworkReply *reply : replies)
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    qDeleteAll(replies);
    // Served one after another this would take 5 s.
    QVERIFY2(elapsed < 1000, qPrintable(u"%1 ms"_s.arg(elapsed)));
}

void TestSandboxFaults::receivedRequestsKeepNoToken()
{
    startServer();
    m_http->get(spaces);
    const QList<ReceivedRequest> received = m_server->received();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().path, spaces);
    QCOMPARE(received.first().authorizationScheme, u"Bearer"_s);
    QCOMPARE(received.first().status, 200);
}

void TestSandboxFaults::tlsWithTrustedCa()
{
    ServerOptions options;
    options.certificateFile = QStringLiteral(EMS_TEST_DATA "/tls/server.pem");
    options.keyFile = QStringLiteral(EMS_TEST_DATA "/tls/server-key.pem");
    startServer(options);
    QCOMPARE(m_server->url().scheme(), u"https"_s);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(QStringLiteral(EMS_TEST_DATA "/tls/ca.pem")));
    m_http->setSslConfiguration(ssl);
    const HttpResult result = m_http->get(u"/api/cloud"_s);
    QVERIFY2(result.error == QNetworkReply::NoError, qPrintable(result.errorString));
    QCOMPARE(result.json()[u"name"].toString(), u"Ada Lovelace"_s);
}

void TestSandboxFaults::tlsRefusedWhenUntrusted()
{
    ServerOptions options;
    options.certificateFile = QStringLiteral(EMS_TEST_DATA "/tls/server.pem");
    options.keyFile = QStringLiteral(EMS_TEST_DATA "/tls/server-key.pem");
    startServer(options);
    const HttpResult result = m_http->get(u"/api/cloud"_s);
    QCOMPARE(result.error, QNetworkReply::SslHandshakeFailedError);
}

void TestSandboxFaults::stateFileKeepsEditsAcrossRestarts()
{
    QTemporaryDir dir;
    ServerOptions options;
    options.stateFile = dir.filePath(u"team.json"_s);
    startServer(options);
    QVERIFY(QFile::exists(options.stateFile));
    QJsonObject space = m_http->get(spaces).json().array().first().toObject();
    space[u"name"] = u"Einkauf"_s;
    QCOMPARE(m_http->send("PUT", spaces + u'/' + space[u"id"].toString(),
                          QJsonDocument(space).toJson())
                     .status,
             200);

    startServer(options); // a new server over the same file
    QCOMPARE(m_http->get(spaces).json().array().first()[u"name"].toString(), u"Einkauf"_s);
}

void TestSandboxFaults::corruptStateFileIsReported()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"team.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    ServerOptions options;
    options.stateFile = file.fileName();
    SandboxServer server(TeamSeeder::demo(), options);
    QString error;
    QVERIFY(!server.start(&error));
    QVERIFY2(error.contains(u"not valid JSON"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
