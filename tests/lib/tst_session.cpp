#include "core/log/requestlogexport.h"
#include "core/net/apijob.h"
#include "core/net/session.h"
#include "sandbox/teamseeder.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ems;
using sandbox::Fault;

// The session against the in-process sandbox over loopback HTTP.
class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void keyTypes_data();
    void keyTypes();
    void autoRefusedTwiceFailsQueuedRequests();
    void explicitWrongKeyTypeHints();
    void permissionsLoad();
    void connectCheckAndPermissionsCanBeOff();
    void connectCheckRunsInParallelWithFirstRequests();
    void plainHttpRuleHoldsForStoredSettings();
    void retriesRetriedStatuses_data();
    void retriesRetriedStatuses();
    void waitsFollowTheBackoff();
    void retryAfterIsHonoured();
    void retriesExhausted();
    void postIsNeverRetried();
    void resetAndTruncationAreRetried_data();
    void resetAndTruncationAreRetried();
    void timeoutIsTypedAndRetried();
    void timeoutBoundsTheWholeAttempt();
    void answerSizeIsCapped();
    void malformedJsonIsBadResponse();
    void notFoundCarriesServerMessage();
    void forbiddenNamesTheService();
    void cancelFinishesOnce();
    void concurrencyIsBounded();
    void largeAnswerIsParsed();
    void unconsumedAnswersHoldBackNewRequests();
    void redactionInEveryEntry();
    void echoedKeyNeverLeavesInAnError();
    void redirectToAnotherHostIsNotFollowed_data();
    void redirectToAnotherHostIsNotFollowed();
    void redirectOnTheTeamIsFollowedAndLogged();
    void tlsRefusedWhenUntrusted();
    void tlsAcceptedWithCaBundle();

private:
    ApiJob *run(ApiJob *job);
    std::unique_ptr<Session> connectAs(const QString &role, KeyType type);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Session> m_session;
    QList<RequestLogEntry> m_log;
};

void TestSession::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(sandbox::TeamSeeder::demo());
    QVERIFY(m_sandbox->started());
    m_log.clear();
}

void TestSession::cleanup()
{
    m_session.reset();
    m_sandbox.reset();
}

ApiJob *TestSession::run(ApiJob *job)
{
    QSignalSpy finished(job, &ApiJob::finished);
    if (!finished.wait(20000))
        qWarning("job did not finish");
    return job; // deleted later, from the event loop: read it right away
}

std::unique_ptr<Session> TestSession::connectAs(const QString &role, KeyType type)
{
    auto session = std::make_unique<Session>(m_sandbox->settings(role, type));
    connect(session.get(), &Session::requestLogged, this,
            [this](const RequestLogEntry &entry) { m_log.append(entry); });
    return session;
}

void TestSession::keyTypes_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("keyType");
    QTest::addColumn<int>("resolved");
    QTest::addColumn<QString>("greeting");
    QTest::addColumn<QStringList>("schemes");
    QTest::newRow("admin auto") << u"admin"_s << int(KeyType::Auto) << int(KeyType::UserKey)
                                << u"Initial connect successful! Hello Ada Lovelace."_s
                                << QStringList{u"AppKey"_s, u"Bearer"_s};
    QTest::newRow("app auto") << u"app"_s << int(KeyType::Auto) << int(KeyType::AppKey)
                              << u"Initial connect successful! You are using an Application Key."_s
                              << QStringList{u"AppKey"_s};
    QTest::newRow("viewer explicit")
            << u"viewer"_s << int(KeyType::UserKey) << int(KeyType::UserKey)
            << u"Initial connect successful! Hello Grace Hopper."_s << QStringList{u"Bearer"_s};
    QTest::newRow("app explicit")
            << u"app"_s << int(KeyType::AppKey) << int(KeyType::AppKey)
            << u"Initial connect successful! You are using an Application Key."_s
            << QStringList{u"AppKey"_s};
}

void TestSession::keyTypes()
{
    QFETCH(QString, role);
    QFETCH(int, keyType);
    QFETCH(int, resolved);
    QFETCH(QString, greeting);
    QFETCH(QStringList, schemes);
    ConnectionSettings settings = m_sandbox->settings(role, KeyType(keyType));
    settings.loadPermissions = false;
    m_session = std::make_unique<Session>(settings);
    QSignalSpy connected(m_session.get(), &Session::connected);
    QSignalSpy detected(m_session.get(), &Session::keyTypeDetected);
    m_session->start();
    QVERIFY(connected.wait());
    QCOMPARE(m_session->state(), Session::State::Connected);
    QCOMPARE(int(m_session->keyType()), resolved);
    QCOMPARE(m_session->greeting(), greeting);
    QCOMPARE(detected.size(), keyType == int(KeyType::Auto) ? 1 : 0);
    QStringList seen;
    for (const auto &request : m_sandbox->server().received())
        seen.append(request.authorizationScheme);
    QCOMPARE(seen, schemes);

    // Later requests use the scheme that worked.
    m_sandbox->server().clearReceived();
    QVERIFY(!run(m_session->get(u"/package-manager/api/spaces"_s))->error().isError());
    QCOMPARE(m_sandbox->server().received().constFirst().authorizationScheme, schemes.constLast());
}

void TestSession::autoRefusedTwiceFailsQueuedRequests()
{
    ConnectionSettings settings = m_sandbox->settings(u"admin"_s);
    settings.secret = u"not-a-valid-key-for-this-team"_s;
    m_session = std::make_unique<Session>(settings);
    QSignalSpy failed(m_session.get(), &Session::connectFailed);
    m_session->start();
    ApiJob *waiting = m_session->get(u"/package-manager/api/spaces"_s);
    QSignalSpy waitingDone(waiting, &ApiJob::finished);
    QVERIFY(failed.wait());
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Unauthorized);
    QVERIFY(error.message().contains(u"AppKey"_s));
    QVERIFY(error.message().contains(u"Bearer"_s));
    QVERIFY(waitingDone.wait());
    QCOMPARE(waiting->error().kind, ApiError::Kind::Unauthorized);
    // The spaces request was never sent with a guessed scheme.
    for (const auto &request : m_sandbox->server().received())
        QCOMPARE(request.path, u"/api/cloud"_s);
}

void TestSession::explicitWrongKeyTypeHints()
{
    ConnectionSettings settings = m_sandbox->settings(u"admin"_s, KeyType::AppKey);
    settings.loadPermissions = false;
    m_session = std::make_unique<Session>(settings);
    QSignalSpy failed(m_session.get(), &Session::connectFailed);
    m_session->start();
    QVERIFY(failed.wait());
    QCOMPARE(m_session->state(), Session::State::Failed);
    QCOMPARE(m_session->keyType(), KeyType::AppKey); // never changed behind the user's back
    const QString message = m_session->connectError().message();
    QVERIFY2(message.contains(u"key type"_s), qPrintable(message));
    QCOMPARE(m_sandbox->server().received().size(), 1);
}

void TestSession::permissionsLoad()
{
    m_session = connectAs(u"viewer"_s, KeyType::UserKey);
    QSignalSpy loaded(m_session.get(), &Session::permissionsLoaded);
    m_session->start();
    QVERIFY(loaded.wait());
    bool found = false;
    for (const ServicePermission &p : m_session->permissions()) {
        if (p.serviceName == u"package-manager") {
            QCOMPARE(p.permissions, QStringList{u"USE_ALL_SPACES"_s});
            found = true;
        }
    }
    QVERIFY(found);
}

void TestSession::connectCheckAndPermissionsCanBeOff()
{
    ConnectionSettings settings = m_sandbox->settings(u"admin"_s, KeyType::UserKey);
    settings.connectCheck = false;
    settings.loadPermissions = false;
    m_session = std::make_unique<Session>(settings);
    QSignalSpy connected(m_session.get(), &Session::connected);
    m_session->start();
    QVERIFY(connected.wait());
    QVERIFY(!m_session->identity());
    QVERIFY(!run(m_session->get(u"/integration/api/pools"_s))->error().isError());
    const auto received = m_sandbox->server().received();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().path, u"/integration/api/pools"_s);
}

// Settings that never went through the form (a stored profile, --profile): plain http://
// to a name that is not a loopback address is refused before anything is sent.
void TestSession::plainHttpRuleHoldsForStoredSettings()
{
    ConnectionSettings settings = m_sandbox->settings(u"admin"_s, KeyType::UserKey);
    settings.teamUrl.setHost(u"team-vm.invalid"_s); // a name, not a loopback address
    settings.allowPlainHttp = false;
    m_session = std::make_unique<Session>(settings);
    QSignalSpy failed(m_session.get(), &Session::connectFailed);
    m_session->start();
    QVERIFY(failed.wait());
    // Refused for the missing encryption, before any name lookup or request.
    QVERIFY2(m_session->connectError().message().contains(u"unencrypted"_s),
             qPrintable(m_session->connectError().message()));
    QVERIFY(m_session->connectError().hint.contains(u"https://"_s));
    QCOMPARE(m_session->connectError().requestId, quint64(0));
}

void TestSession::connectCheckRunsInParallelWithFirstRequests()
{
    sandbox::FaultConfig faults;
    faults.latencyMs = 200;
    m_sandbox = std::make_unique<SandboxFixture>(sandbox::TeamSeeder::demo(),
                                                 sandbox::ServerOptions(), faults);
    m_session = connectAs(u"admin"_s, KeyType::UserKey);
    m_session->start();
    ApiJob *spaces = m_session->get(u"/package-manager/api/spaces"_s);
    ApiJob *pools = m_session->get(u"/integration/api/pools"_s);
    QSignalSpy poolsDone(pools, &ApiJob::finished);
    run(spaces);
    QVERIFY(poolsDone.count() || poolsDone.wait());
    QTRY_COMPARE(m_log.size(), 4);
    // All four were sent before the first answer came back: one round trip, not three.
    const QDateTime firstAnswer = m_log.first().started.addMSecs(m_log.first().durationMs);
    for (const RequestLogEntry &entry : std::as_const(m_log))
        QVERIFY(entry.started < firstAnswer);
}

void TestSession::retriesRetriedStatuses_data()
{
    QTest::addColumn<int>("status");
    for (int status : {429, 500, 502, 503, 504})
        QTest::addRow("%d", status) << status;
}

void TestSession::retriesRetriedStatuses()
{
    QFETCH(int, status);
    m_session = connectAs(u"admin"_s, KeyType::UserKey);
    Fault fault;
    fault.kind = status == 429 ? Fault::Kind::RateLimit : Fault::Kind::Status;
    fault.status = status;
    fault.retryAfterSeconds = 0;
    m_sandbox->failNext(u"/package-manager/api/spaces"_s, 2, fault);
    ApiJob *job = run(m_session->get(u"/package-manager/api/spaces"_s));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().message()));
    QCOMPARE(job->json().toArray().size(), 5);
    QCOMPARE(m_log.size(), 3);
    QCOMPARE(m_log.at(0).status, status);
    QCOMPARE(m_log.at(0).attempt, 1);
    QCOMPARE(m_log.at(0).maxAttempts, 4);
    QVERIFY(m_log.at(0).retryInMs >= 0);
    QCOMPARE(m_log.at(2).attempt, 3);
    QCOMPARE(m_log.at(2).retryInMs, -1);
}

void TestSession::waitsFollowTheBackoff()
{
    ConnectionSettings settings = m_sandbox->settings(u"admin"_s, KeyType::UserKey);
    settings.backoffFactor = 0.1;
    m_session = std::make_unique<Session>(settings);
    connect(m_session.get(), &Session::requestLogged, this,
            [this](const RequestLogEntry &entry) { m_log.append(entry); });
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 502;
    m_sandbox->failNext(u"/api/cloud"_s, 3, fault);
    run(m_session->get(u"/api/cloud"_s));
    QCOMPARE(m_log.size(), 4);
    const qint64 expected[] = {100, 200, 400};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m_log.at(i).retryInMs, expected[i]);
        const QDateTime ended = m_log.at(i).started.addMSecs(m_log.at(i).durationMs);
        const qint64 waited = ended.msecsTo(m_log.at(i + 1).started);
        QVERIFY2(waited >= expected[i] - 5, qPrintable(u"waited %1 ms"_s.arg(waited)));
    }
}

void TestSession::retryAfterIsHonoured()
{
    m_session = connectAs(u"admin"_s, KeyType::UserKey);
    Fault fault;
    fault.kind = Fault::Kind::RateLimit;
    fault.retryAfterSeconds = 1;
    m_sandbox->failNext(u"/api/cloud"_s, 1, fault);
    run(m_session->get(u"/api/cloud"_s));
    QCOMPARE(m_log.size(), 2);
    QCOMPARE(m_log.at(0).retryInMs, 1000);
    QCOMPARE(m_log.at(0).header(m_log.at(0).responseHeaders, "retry-after"), QByteArray("1"));
    const QDateTime ended = m_log.at(0).started.addMSecs(m_log.at(0).durationMs);
    QVERIFY(ended.msecsTo(m_log.at(1).started) >= 995);
}

void TestSession::retriesExhausted()
{
    m_session = connectAs(u"admin"_s, KeyType::UserKey);
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 503;
    m_sandbox->failNext(u"/api/cloud"_s, 10, fault);
    ApiJob *job = run(m_session->get(u"/api/cloud"_s));
    QCOMPARE(job->error().kind, ApiError::Kind::Server);
    QCOMPARE(job->error().httpStatus, 503);
    QVERIFY(job->error().message().contains(u"Injected fault"_s));
    QVERIFY(job->error().message().contains(u"GET -> http://"_s));
    QCOMPARE(m_log.size(), 4);
}

void TestSession::postIsNeverRetried()
{
    m_session = connectAs(u"admin"_s, KeyType::UserKey);
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 503;
    m_sandbox->failNext(u"/package-manager/api/spaces"_s, 1, fault);
    ApiJob *job = run(m_session->post(u"/package-manager/api/spaces"_s, {{u"name"_s, u"X"_s}}));
    QCOMPARE(job->error().httpStatus, 503);
    QCOMPARE(m_log.size(), 1);
    QCOMPARE(m_log.first().maxAttempts, 1);
}

void TestSession::resetAndTruncationAreRetried_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("reset") << int(Fault::Kind::Reset);
    QTest::newRow("truncate") << int(Fault::Kind::Truncate);
}

void TestSession::resetAndTruncationAreRetried()
{
    QFETCH(int, kind);
    m_session = connectAs(u"admin"_s, KeyType::UserKey);
    Fault fault;
    fault.kind = Fault::Kind(kind);
    m_sandbox->failNext(u"/package-manager/api/spaces"_s, 1, fault);
    ApiJob *job = run(m_session->get(u"/package-manager/api/spaces"_s));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().message()));
    QCOMPARE(m_log.size(), 2);
    QVERIFY(!m_log.first().error.isEmpty());
}

void TestSession::timeoutIsTypedAndRetried()
{
    ConnectionSettings settings = m_sandbox->settings(u"admin"_s, KeyType::UserKey);
    settings.timeoutSeconds = 1;
    settings.totalRetries = 1;
    m_session = std::make_unique<Session>(settings);
    connect(m_session.get(), &Session::requestLogged, this,
            [this](const RequestLogEntry &entry) { m_log.append(entry); });
    Fault fault;
    fault.kind = Fault::Kind::Delay;
    fault.delayMs = 2500;
    m_sandbox->failNext(u"/api/cloud"_s, 2, fault);
    ApiJob *job = run(m_session->get(u"/api/cloud"_s));
    QCOMPARE(job->error().kind, ApiError::Kind::Timeout);
    QVERIFY(job->error().message().contains(u"timeout"_s));
    QCOMPARE(m_log.size(), 2);
}

void TestSession::timeoutBoundsTheWholeAttempt()
{
    ConnectionSettings settings = m_sandbox->settings(u"admin"_s, KeyType::UserKey);
    settings.timeoutSeconds = 1;
    settings.totalRetries = 0;
    m_session = std::make_unique<Session>(settings);
    Fault fault;
    fault.kind = Fault::Kind::Trickle; // never silent for long, never done: ~10 minutes
    fault.delayMs = 200;
    m_sandbox->failNext(u"/package-manager/api/spaces"_s, 1, fault);
    ApiJob *job = m_session->get(u"/package-manager/api/spaces"_s);
    QSignalSpy finished(job, &ApiJob::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(job->error().kind, ApiError::Kind::Timeout);
    QCOMPARE(job->error().detail, u"No complete answer within 1 s."_s);
}

void TestSession::answerSizeIsCapped()
{
    ConnectionSettings settings = m_sandbox->settings(u"admin"_s, KeyType::UserKey);
    settings.maxAnswerBytes = 1024 * 1024;
    m_session = std::make_unique<Session>(settings);
    connect(m_session.get(), &Session::requestLogged, this,
            [this](const RequestLogEntry &entry) { m_log.append(entry); });
    ApiJob *small = run(m_session->get(u"/package-manager/api/spaces"_s));
    QVERIFY(!small->error().isError());
    m_session.reset();

    settings.maxAnswerBytes = 100; // smaller than the list of spaces
    m_session = std::make_unique<Session>(settings);
    connect(m_session.get(), &Session::requestLogged, this,
            [this](const RequestLogEntry &entry) { m_log.append(entry); });
    m_log.clear();
    ApiJob *job = run(m_session->get(u"/package-manager/api/spaces"_s));
    QCOMPARE(job->error().kind, ApiError::Kind::BadResponse);
    QVERIFY2(job->error().detail.contains(u"larger than"_s), qPrintable(job->error().detail));
    QCOMPARE(m_log.size(), 1); // not retried: it would be as large again
}

void TestSession::malformedJsonIsBadResponse()
{
    m_session = connectAs(u"admin"_s, KeyType::UserKey);
    Fault fault;
    fault.kind = Fault::Kind::Malformed;
    m_sandbox->failNext(u"/integration/api/pools"_s, 1, fault);
    ApiJob *job = run(m_session->get(u"/integration/api/pools"_s));
    QCOMPARE(job->error().kind, ApiError::Kind::BadResponse);
    QVERIFY(job->error().message().contains(u"not valid JSON"_s));
    QCOMPARE(m_log.size(), 1);
}

void TestSession::notFoundCarriesServerMessage()
{
    m_session = connectAs(u"admin"_s, KeyType::UserKey);
    ApiJob *job = run(m_session->get(u"/package-manager/api/spaces/nope"_s));
    QCOMPARE(job->error().kind, ApiError::Kind::NotFound);
    QVERIFY(job->error().message().contains(u"Space with id nope not found"_s));
    QCOMPARE(m_log.size(), 1);
}

void TestSession::forbiddenNamesTheService()
{
    m_session = connectAs(u"app"_s, KeyType::AppKey);
    QSignalSpy loaded(m_session.get(), &Session::permissionsLoaded);
    m_session->start();
    QVERIFY(loaded.wait());
    const QString workspaceId
            = m_sandbox->server().snapshot().workspaces.all().first()[u"id"].toString();
    ApiJob *job = run(m_session->get(u"/process-mining/api/processes/"_s + workspaceId));
    QCOMPARE(job->error().kind, ApiError::Kind::Forbidden);
    QVERIFY2(job->error().hint.contains(
                     u"no team-wide permissions in the service process-analytics"_s),
             qPrintable(job->error().message()));
}

void TestSession::cancelFinishesOnce()
{
    sandbox::FaultConfig faults;
    faults.latencyMs = 500;
    m_sandbox = std::make_unique<SandboxFixture>(sandbox::TeamSeeder::demo(),
                                                 sandbox::ServerOptions(), faults);
    m_session = connectAs(u"admin"_s, KeyType::UserKey);
    ApiJob *job = m_session->get(u"/api/cloud"_s);
    QSignalSpy finished(job, &ApiJob::finished);
    QCOMPARE(m_session->requestsInFlight(), 1);
    QCoreApplication::processEvents(); // the queued start puts it on the wire
    job->cancel();
    QVERIFY(finished.wait());
    QCOMPARE(job->error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(m_session->requestsInFlight(), 0);
    QCOMPARE(finished.size(), 1);
}

void TestSession::concurrencyIsBounded()
{
    sandbox::FaultConfig faults;
    faults.latencyMs = 50;
    m_sandbox = std::make_unique<SandboxFixture>(sandbox::TeamSeeder::demo(),
                                                 sandbox::ServerOptions(), faults);
    ConnectionSettings settings = m_sandbox->settings(u"admin"_s, KeyType::UserKey);
    settings.maxConcurrentRequests = 2;
    m_session = std::make_unique<Session>(settings);
    connect(m_session.get(), &Session::requestLogged, this,
            [this](const RequestLogEntry &entry) { m_log.append(entry); });
    int done = 0;
    for (int i = 0; i < 6; ++i) {
        ApiJob *job = m_session->get(u"/api/cloud"_s);
        connect(job, &ApiJob::finished, this, [&done] { ++done; });
    }
    QCOMPARE(m_session->requestsInFlight(), 6);
    QTRY_COMPARE_WITH_TIMEOUT(done, 6, 10000);
    // Never more than two requests overlap.
    for (const RequestLogEntry &a : std::as_const(m_log)) {
        int overlapping = 0;
        for (const RequestLogEntry &b : std::as_const(m_log)) {
            if (b.started <= a.started && b.started.addMSecs(b.durationMs) > a.started)
                ++overlapping;
        }
        QVERIFY2(overlapping <= 2, qPrintable(QString::number(overlapping)));
    }
}

void TestSession::largeAnswerIsParsed()
{
    sandbox::BigTeamSize size;
    size.spaces = 1;
    size.packagesPerSpace = 100;
    size.nodesPerPackage = 40;
    m_sandbox = std::make_unique<SandboxFixture>(sandbox::TeamSeeder::big(size));
    m_session = connectAs(u"admin"_s, KeyType::UserKey);
    const QString spaceId = m_sandbox->server().snapshot().spaces.all().first()[u"id"].toString();
    ApiJob *job = run(m_session->get(u"/package-manager/api/nodes/tree?spaceId="_s + spaceId));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().message()));
    QCOMPARE(job->json().toArray().size(), 100 * 41);
    QVERIFY(m_log.first().bytesIn > 64 * 1024); // took the worker-thread path
}

void TestSession::unconsumedAnswersHoldBackNewRequests()
{
    sandbox::BigTeamSize size;
    size.spaces = 8;
    size.packagesPerSpace = 10;
    size.nodesPerPackage = 99; // about 1 MB of nodes per space
    m_sandbox = std::make_unique<SandboxFixture>(sandbox::TeamSeeder::big(size));
    ConnectionSettings settings = m_sandbox->settings(u"admin"_s, KeyType::UserKey);
    settings.maxConcurrentRequests = 1;
    m_session = std::make_unique<Session>(settings);
    auto consumer = std::make_unique<QObject>(); // holds every answer, like a slow view
    int finished = 0;
    for (const QJsonObject &space : m_sandbox->server().snapshot().spaces.all()) {
        ApiJob *job = m_session->get(u"/package-manager/api/nodes/tree?spaceId="_s
                                     + space[u"id"].toString());
        connect(job, &ApiJob::finished, this, [&finished, job, &consumer] {
            job->keepUntilDestroyed(consumer.get());
            ++finished;
        });
    }
    QTRY_VERIFY(m_session->isHoldingBack());
    // Everything sent has been answered and handed over; the rest waits.
    QTRY_COMPARE(int(m_sandbox->server().received().size()), finished);
    QVERIFY(finished < 8);
    QVERIFY(m_session->isHoldingBack());
    consumer = std::make_unique<QObject>(); // consumed: the rest goes out
    QTRY_COMPARE(finished, 8);
    QVERIFY(!m_session->isHoldingBack());
}

void TestSession::redactionInEveryEntry()
{
    m_session = connectAs(u"admin"_s, KeyType::Auto);
    QSignalSpy loaded(m_session.get(), &Session::permissionsLoaded);
    m_session->start();
    QVERIFY(loaded.wait());
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 500;
    m_sandbox->failNext(u"/integration/api/pools"_s, 1, fault);
    run(m_session->get(u"/integration/api/pools"_s));
    run(m_session->get(u"/package-manager/api/spaces/x"_s));
    QVERIFY(m_log.size() >= 6);
    const QByteArray token = m_sandbox->token(u"admin"_s).toUtf8();
    for (const RequestLogEntry &entry : std::as_const(m_log)) {
        QString all = entry.summary() + entry.url.toString() + entry.error
                + QString::fromUtf8(entry.requestBody + entry.responseBody);
        for (const auto &[name, value] : entry.requestHeaders + entry.responseHeaders)
            all += QString::fromUtf8(name + value);
        QVERIFY(!all.contains(QString::fromUtf8(token)));
        QVERIFY(!all.contains(QString::fromUtf8(token.left(12))));
        QVERIFY(entry.header(entry.requestHeaders, "Authorization").startsWith("AppKey ****")
                || entry.header(entry.requestHeaders, "Authorization").startsWith("Bearer ****"));
    }
}

void TestSession::tlsRefusedWhenUntrusted()
{
    sandbox::ServerOptions options;
    options.certificateFile = QStringLiteral(EMS_TEST_DATA "/tls/server.pem");
    options.keyFile = QStringLiteral(EMS_TEST_DATA "/tls/server-key.pem");
    m_sandbox = std::make_unique<SandboxFixture>(sandbox::TeamSeeder::demo(), options);
    m_session = connectAs(u"admin"_s, KeyType::UserKey);
    ApiJob *job = run(m_session->get(u"/api/cloud"_s));
    QCOMPARE(job->error().kind, ApiError::Kind::Tls);
    QVERIFY2(job->error().message().contains(u"certificate"_s), qPrintable(job->error().message()));
    QCOMPARE(m_log.size(), 1); // not retried
}

void TestSession::tlsAcceptedWithCaBundle()
{
    sandbox::ServerOptions options;
    options.certificateFile = QStringLiteral(EMS_TEST_DATA "/tls/server.pem");
    options.keyFile = QStringLiteral(EMS_TEST_DATA "/tls/server-key.pem");
    m_sandbox = std::make_unique<SandboxFixture>(sandbox::TeamSeeder::demo(), options);
    ConnectionSettings settings = m_sandbox->settings(u"admin"_s, KeyType::UserKey);
    settings.caBundleFile = QStringLiteral(EMS_TEST_DATA "/tls/ca.pem");
    m_session = std::make_unique<Session>(settings);
    QSignalSpy connected(m_session.get(), &Session::connected);
    m_session->start();
    QVERIFY(connected.wait());
    QCOMPARE(m_session->identity()->name, u"Ada Lovelace"_s);
}

void TestSession::echoedKeyNeverLeavesInAnError()
{
    m_session = connectAs(u"admin"_s, KeyType::UserKey);
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 400;
    fault.echoAuthorization = true;
    m_sandbox->failNext(u"/package-manager/api/spaces"_s, 1, fault);
    ApiJob *job = run(m_session->get(u"/package-manager/api/spaces"_s));
    const QString token = m_sandbox->token(u"admin"_s);
    QVERIFY(job->error().detail.contains(u"refused the credentials 'Bearer ****'"_s));
    QVERIFY(!job->error().message().contains(token));
    QCOMPARE(m_log.size(), 1);
    const QString exported = RequestLogExport::text(m_log, true)
            + QString::fromUtf8(RequestLogExport::har(m_log)) + RequestLogExport::curl(m_log[0])
            + m_log[0].error;
    QVERIFY(!exported.isEmpty());
    QVERIFY(!exported.contains(token));
}

void TestSession::redirectToAnotherHostIsNotFollowed_data()
{
    QTest::addColumn<int>("status");
    for (int status : {301, 302, 303, 307, 308})
        QTest::addRow("%d", status) << status;
}

void TestSession::redirectToAnotherHostIsNotFollowed()
{
    QFETCH(int, status);
    SandboxFixture elsewhere(sandbox::TeamSeeder::demo()); // another port: another origin
    QVERIFY(elsewhere.started());
    m_session = connectAs(u"admin"_s, KeyType::UserKey);
    Fault fault;
    fault.kind = Fault::Kind::Redirect;
    fault.status = status;
    fault.location = elsewhere.server().url().toString() + u"/package-manager/api/spaces"_s;
    m_sandbox->failNext(u"/package-manager/api/spaces"_s, 1, fault);
    ApiJob *job = run(m_session->get(u"/package-manager/api/spaces"_s));
    QCOMPARE(job->error().kind, ApiError::Kind::BadResponse);
    QVERIFY2(job->error().detail.contains(u"another host"_s), qPrintable(job->error().message()));
    QVERIFY(elsewhere.server().received().isEmpty()); // the key never went there
    QCOMPARE(m_log.size(), 1);
    QCOMPARE(m_log.constFirst().status, status);
}

void TestSession::redirectOnTheTeamIsFollowedAndLogged()
{
    m_session = connectAs(u"admin"_s, KeyType::UserKey);
    Fault fault;
    fault.kind = Fault::Kind::Redirect;
    fault.status = 307;
    fault.location = u"/package-manager/api/spaces"_s; // relative, on the same team
    m_sandbox->failNext(u"/package-manager/api/spaces/old"_s, 1, fault);
    ApiJob *job = run(m_session->get(u"/package-manager/api/spaces/old"_s));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().message()));
    QVERIFY(!job->json().toArray().isEmpty());
    QCOMPARE(m_log.size(), 2); // every hop
    QCOMPARE(m_log.at(0).status, 307);
    QCOMPARE(m_log.at(0).url.path(), u"/package-manager/api/spaces/old"_s);
    QCOMPARE(m_log.at(1).status, 200);
    QCOMPARE(m_log.at(1).url.path(), u"/package-manager/api/spaces"_s);

    // A loop ends after a few hops instead of going on for ever.
    fault.location = u"/package-manager/api/spaces/old"_s;
    m_sandbox->failNext(u"/package-manager/api/spaces/old"_s, 100, fault);
    job = run(m_session->get(u"/package-manager/api/spaces/old"_s));
    QCOMPARE(job->error().kind, ApiError::Kind::BadResponse);
    QVERIFY(job->error().detail.contains(u"redirected more than"_s));
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
