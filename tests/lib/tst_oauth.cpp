#include "core/api/resourcequery.h"
#include "core/api/resourceservice.h"
#include "core/api/updatejob.h"
#include "core/log/requestlogexport.h"
#include "core/net/apijob.h"
#include "core/net/oauthscopes.h"
#include "core/net/oauthsignin.h"
#include "core/net/session.h"
#include "httpprobe.h"
#include "sandbox/teamseeder.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace ems;

namespace {
constexpr auto automationSecret = "c2FuZGJveC1vYXV0aC1hdXRvbWF0aW9u";
constexpr auto reporterSecret = "c2FuZGJveC1vYXV0aC1zdHVkaW8tb25seQ";
} // namespace

// OAuth sign-in against the in-process sandbox over loopback HTTP: client credentials,
// browser (authorization code with PKCE) and device-code sign-in, token renewal, scopes.
class TestOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void clientCredentialsConnect_data();
    void clientCredentialsConnect();
    void wrongSecretTriesBothMethodsThenSaysSo();
    void refusedScopeIsNamed();
    void missingScopeExplainsForbidden();
    void scopesNarrowAsContentCliDoes();
    void unstatedScopesAreNotGuessed();
    void browseOnlyScopesReadButDoNotWrite();
    void expiredTokenRenewedOnceForConcurrentRequests();
    void tokenRenewedBeforeItExpires();
    void browserSignInCompletes();
    void deviceCodeSignInCompletes();
    void revokedSignInAsksToSignInAgain();
    void nothingSecretInAnyOutput();

private:
    ConnectionSettings clientSettings(const QString &clientId, const QString &secret) const;
    void startSandbox(const sandbox::ServerOptions &options = {});
    std::unique_ptr<Session> connected(const ConnectionSettings &settings);
    ApiJob *run(ApiJob *job);
    QString signInWithBrowser(const QString &person);
    int tokenRequests() const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    QList<RequestLogEntry> m_log;
};

void TestOAuth::init()
{
    startSandbox();
}

void TestOAuth::cleanup()
{
    m_sandbox.reset();
}

void TestOAuth::startSandbox(const sandbox::ServerOptions &options)
{
    m_sandbox = std::make_unique<SandboxFixture>(sandbox::TeamSeeder::demo(), options);
    QVERIFY(m_sandbox->started());
    m_log.clear();
}

ConnectionSettings TestOAuth::clientSettings(const QString &clientId, const QString &secret) const
{
    ConnectionSettings settings = m_sandbox->settings(u"admin"_s);
    settings.auth = AuthKind::OAuthClient;
    settings.clientId = clientId;
    settings.secret = secret;
    return settings;
}

std::unique_ptr<Session> TestOAuth::connected(const ConnectionSettings &settings)
{
    auto session = std::make_unique<Session>(settings);
    connect(session.get(), &Session::requestLogged, this,
            [this](const RequestLogEntry &entry) { m_log.append(entry); });
    session->start();
    if (!QTest::qWaitFor([&] { return session->state() != Session::State::Connecting; }, 10000))
        qWarning("the session did not finish connecting");
    return session;
}

ApiJob *TestOAuth::run(ApiJob *job)
{
    QSignalSpy finished(job, &ApiJob::finished);
    if (!finished.wait(10000))
        qWarning("job did not finish");
    return job;
}

int TestOAuth::tokenRequests() const
{
    int count = 0;
    for (const sandbox::ReceivedRequest &request : m_sandbox->server().received())
        count += request.path == u"/oauth2/token" ? 1 : 0;
    return count;
}

// Plays the person in the browser: reads the authorization page, then answers its form;
// the server's redirect reaches the program's loopback listener.
QString TestOAuth::signInWithBrowser(const QString &person)
{
    ConnectionSettings settings = m_sandbox->settings(u"admin"_s);
    settings.auth = AuthKind::BrowserSignIn;
    settings.clientId = u"ems-explorer"_s;
    OAuthSignIn signIn(settings);
    connect(signIn.session(), &Session::requestLogged, this,
            [this](const RequestLogEntry &entry) { m_log.append(entry); });
    QSignalSpy signedIn(&signIn, &OAuthSignIn::signedIn);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    QSignalSpy opened(&signIn, &OAuthSignIn::openUrl);
    signIn.startBrowser();
    if (!opened.wait(10000)) {
        qWarning("no authorization URL: %s", qPrintable(failed.value(0).value(0).toString()));
        return {};
    }
    const QUrl url = opened.takeFirst().at(0).toUrl();
    const QUrlQuery query(url);
    if (query.queryItemValue(u"code_challenge_method"_s) != u"S256"
        || query.queryItemValue(u"code_challenge"_s).size() != 43)
        return {};
    HttpProbe browser(m_sandbox->server().url());
    browser.setContentType("application/x-www-form-urlencoded");
    const HttpResult page = browser.get(url.path() + u'?' + url.query(QUrl::FullyEncoded));
    if (page.status != 200 || !page.body.contains("Sign in to")) {
        qWarning("authorization page: %d %s", page.status, page.body.left(200).constData());
        return {};
    }
    QUrlQuery form;
    for (const QString &name :
         {u"client_id"_s, u"redirect_uri"_s, u"state"_s, u"code_challenge"_s, u"scope"_s}) {
        form.addQueryItem(name, query.queryItemValue(name, QUrl::FullyDecoded));
    }
    form.addQueryItem(u"user"_s, person);
    form.addQueryItem(u"decision"_s, u"allow"_s);
    const HttpResult answer = browser.send("POST", u"/oauth2/authorize"_s,
                                           form.query(QUrl::FullyEncoded).toLatin1());
    if ((signedIn.isEmpty() && !signedIn.wait(10000)) || !failed.isEmpty()) {
        qWarning("no sign-in: %s; the redirect ended with %d %s",
                 qPrintable(failed.value(0).value(0).toString()), answer.status,
                 qPrintable(answer.errorString));
        return {};
    }
    return signedIn.at(0).at(0).toString();
}

void TestOAuth::clientCredentialsConnect_data()
{
    QTest::addColumn<ClientAuthMethod>("method");
    QTest::addColumn<QString>("scheme"); // of the token request
    QTest::newRow("auto") << ClientAuthMethod::Auto << u"Basic"_s;
    QTest::newRow("basic") << ClientAuthMethod::Basic << u"Basic"_s;
    QTest::newRow("post") << ClientAuthMethod::Post << QString();
}

void TestOAuth::clientCredentialsConnect()
{
    QFETCH(ClientAuthMethod, method);
    QFETCH(QString, scheme);
    ConnectionSettings settings
            = clientSettings(u"explorer-automation"_s, QString::fromLatin1(automationSecret));
    settings.clientAuth = method;
    auto session = connected(settings);
    QCOMPARE(session->state(), Session::State::Connected);
    QCOMPARE(session->connectedAs(), u"OAuth client Explorer Automation"_s);
    QCOMPARE(session->grantedScopes().value_or(QStringList{u"not stated"_s}),
             QStringList({u"studio"_s, u"package-manager"_s, u"integration.data-pools"_s,
                          u"action-engine.projects"_s}));
    ApiJob *spaces = run(session->get(u"/integration/api/pools"_s));
    QVERIFY2(!spaces->error().isError(), qPrintable(spaces->error().message()));
    QVERIFY(!spaces->json().toArray().isEmpty());

    int tokens = 0;
    for (const sandbox::ReceivedRequest &request : m_sandbox->server().received()) {
        if (request.path == u"/oauth2/token") {
            ++tokens;
            QCOMPARE(request.authorizationScheme, scheme);
        } else if (request.path.startsWith(u"/integration/")) {
            QCOMPARE(request.authorizationScheme, u"Bearer"_s);
        }
    }
    QCOMPARE(tokens, 1);
}

void TestOAuth::wrongSecretTriesBothMethodsThenSaysSo()
{
    auto session = connected(clientSettings(u"explorer-automation"_s, u"wrong-secret"_s));
    QCOMPARE(session->state(), Session::State::Failed);
    QVERIFY2(session->connectError().message().contains(u"invalid_client"),
             qPrintable(session->connectError().message()));
    QVERIFY(session->connectError().hint.contains(u"client ID and secret"));
    QStringList schemes;
    for (const sandbox::ReceivedRequest &request : m_sandbox->server().received()) {
        if (request.path == u"/oauth2/token")
            schemes.append(request.authorizationScheme);
    }
    QCOMPARE(schemes, QStringList({u"Basic"_s, QString()})); // Basic, then Post
    // A refused client is final: later requests fail at once, without asking again.
    ApiJob *job = run(session->get(u"/package-manager/api/spaces"_s));
    QVERIFY(job->error().isError());
    QCOMPARE(tokenRequests(), 2);
}

void TestOAuth::refusedScopeIsNamed()
{
    ConnectionSettings settings
            = clientSettings(u"studio-reporter"_s, QString::fromLatin1(reporterSecret));
    settings.scopes = {u"studio"_s, u"integration.data-pools"_s};
    auto session = connected(settings);
    QCOMPARE(session->state(), Session::State::Failed);
    const QString message = session->connectError().message();
    QVERIFY2(message.contains(u"invalid_scope") && message.contains(u"integration.data-pools"),
             qPrintable(message));
}

void TestOAuth::missingScopeExplainsForbidden()
{
    auto session
            = connected(clientSettings(u"studio-reporter"_s, QString::fromLatin1(reporterSecret)));
    QCOMPARE(session->state(), Session::State::Connected);
    QCOMPARE(session->grantedScopes(), QStringList({u"studio"_s, u"package-manager"_s}));
    QVERIFY(!run(session->get(u"/package-manager/api/spaces"_s))->error().isError());
    ApiJob *pools = run(session->get(u"/integration/api/pools"_s));
    QCOMPARE(pools->error().kind, ApiError::Kind::Forbidden);
    QCOMPARE(pools->error().missingScope, u"integration.data-pools"_s);
    QCOMPARE(pools->error().hint,
             u"The team says the OAuth client lacks the scope integration.data-pools."_s);
}

// With Scopes left empty, the four content-cli asks for, then smaller sets in its order,
// until the team grants one; the client remembers the one that worked.
void TestOAuth::scopesNarrowAsContentCliDoes()
{
    auto session
            = connected(clientSettings(u"studio-reporter"_s, QString::fromLatin1(reporterSecret)));
    QCOMPARE(session->state(), Session::State::Connected);
    QStringList asked;
    for (const RequestLogEntry &entry : std::as_const(m_log)) {
        if (entry.url.path() == u"/oauth2/token")
            asked.append(QUrlQuery(QString::fromUtf8(entry.requestBody))
                                 .queryItemValue(u"scope"_s, QUrl::FullyDecoded));
    }
    QCOMPARE(asked.size(), 6); // the four, the four sets of three, then the first pair
    QCOMPARE(asked.constFirst(),
             u"studio package-manager integration.data-pools action-engine.projects"_s);
    QCOMPARE(asked.at(1), u"studio package-manager integration.data-pools"_s);
    QCOMPARE(asked.constLast(), u"studio package-manager"_s);
    m_sandbox->server().oauth().expireAccessTokens();
    QVERIFY(!run(session->get(u"/package-manager/api/spaces"_s))->error().isError());
    QCOMPARE(tokenRequests(), 7); // renewed with the set that worked, at once
}

// A token answer without "scope" leaves the granted scopes unknown: no scope is blamed for
// a refusal, and the team's own challenge still is.
void TestOAuth::unstatedScopesAreNotGuessed()
{
    sandbox::ServerOptions options;
    options.tokenAnswerStatesScopes = false;
    startSandbox(options);
    ConnectionSettings settings
            = clientSettings(u"studio-reporter"_s, QString::fromLatin1(reporterSecret));
    settings.scopes = {u"studio"_s};
    auto session = connected(settings);
    QCOMPARE(session->state(), Session::State::Connected);
    QCOMPARE(session->grantedScopes(), std::nullopt);
    ApiJob *pools = run(session->get(u"/integration/api/pools"_s));
    QCOMPARE(pools->error().kind, ApiError::Kind::Forbidden);
    QCOMPARE(pools->error().hint,
             u"The team says the OAuth client lacks the scope integration.data-pools."_s);
}

// Celonis's read-only scopes open the pools for reading; a rename is refused by the team, and
// the refusal names the scope because the team's challenge does.
void TestOAuth::browseOnlyScopesReadButDoNotWrite()
{
    ConnectionSettings settings
            = clientSettings(u"explorer-automation"_s, QString::fromLatin1(automationSecret));
    settings.scopes = OAuthScopes::browseOnly();
    auto session = connected(settings);
    QCOMPARE(session->state(), Session::State::Connected);
    ResourceService service(session.get());
    ResourceQuery *pools = service.pools();
    QSignalSpy listed(pools, &ResourceQuery::finished);
    QVERIFY(listed.wait());
    QVERIFY2(!pools->error().isError(), qPrintable(pools->error().message()));
    const Resource pool = pools->resources().constFirst();
    UpdateJob *rename = service.update(pool, {{u"name"_s, u"Renamed"_s}});
    QSignalSpy written(rename, &UpdateJob::finished);
    QVERIFY(written.wait());
    QCOMPARE(rename->error().kind, ApiError::Kind::Forbidden);
    QCOMPARE(rename->error().missingScope, u"integration.data-pools"_s);
}

void TestOAuth::expiredTokenRenewedOnceForConcurrentRequests()
{
    auto session = connected(
            clientSettings(u"explorer-automation"_s, QString::fromLatin1(automationSecret)));
    QCOMPARE(session->state(), Session::State::Connected);
    QCOMPARE(tokenRequests(), 1);
    m_sandbox->server().oauth().expireAccessTokens();

    QList<ApiJob *> jobs;
    int succeeded = 0;
    for (int i = 0; i < 6; ++i) {
        ApiJob *job = session->get(u"/package-manager/api/spaces"_s);
        connect(job, &ApiJob::finished, this,
                [&succeeded, job] { succeeded += job->error().isError() ? 0 : 1; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(succeeded, 6, 10000);
    QCOMPARE(tokenRequests(), 2); // one renewal for all six
    int refused = 0;
    for (const sandbox::ReceivedRequest &request : m_sandbox->server().received())
        refused += request.status == 401 ? 1 : 0;
    QVERIFY(refused >= 1 && refused <= 6); // each sent with the old token at most once
}

void TestOAuth::tokenRenewedBeforeItExpires()
{
    sandbox::ServerOptions options;
    options.tokenLifetimeSeconds = 1;
    startSandbox(options);
    auto session = connected(
            clientSettings(u"explorer-automation"_s, QString::fromLatin1(automationSecret)));
    QCOMPARE(session->state(), Session::State::Connected);
    // Keep asking until the second token came; none of the requests may be refused.
    QTRY_VERIFY_WITH_TIMEOUT(!run(session->get(u"/api/cloud/team"_s))->error().isError()
                                     && tokenRequests() >= 2,
                             10000);
    for (const sandbox::ReceivedRequest &request : m_sandbox->server().received())
        QVERIFY2(request.status != 401, qPrintable(request.path));
}

void TestOAuth::browserSignInCompletes()
{
    const QString refreshToken = signInWithBrowser(u"admin"_s);
    QVERIFY(!refreshToken.isEmpty());

    ConnectionSettings settings = m_sandbox->settings(u"admin"_s);
    settings.auth = AuthKind::BrowserSignIn;
    settings.clientId = u"ems-explorer"_s;
    settings.secret = refreshToken;
    auto session = std::make_unique<Session>(settings);
    QSignalSpy rotated(session.get(), &Session::refreshTokenChanged);
    QSignalSpy connectedSpy(session.get(), &Session::connected);
    session->start();
    QVERIFY(connectedSpy.wait());
    QCOMPARE(session->connectedAs(), u"Hello Ada Lovelace (signed in)"_s);
    QCOMPARE(rotated.size(), 1); // the server rotates refresh tokens: the new one is kept
    QVERIFY(rotated.at(0).at(0).toString() != refreshToken);
}

void TestOAuth::deviceCodeSignInCompletes()
{
    sandbox::ServerOptions options;
    options.devicePollSeconds = 1;
    startSandbox(options);
    ConnectionSettings settings = m_sandbox->settings(u"viewer"_s);
    settings.auth = AuthKind::BrowserSignIn;
    settings.clientId = u"ems-explorer"_s;
    OAuthSignIn signIn(settings);
    QSignalSpy code(&signIn, &OAuthSignIn::deviceCodeReady);
    QSignalSpy signedIn(&signIn, &OAuthSignIn::signedIn);
    signIn.startDeviceCode();
    QVERIFY(code.wait());
    const QString userCode = code.at(0).at(0).toString();
    QCOMPARE(userCode.size(), 9);
    QVERIFY(code.at(0).at(1).toUrl().query().contains(userCode));
    // The person types the code on another device and allows.
    HttpProbe phone(m_sandbox->server().url());
    phone.setContentType("application/x-www-form-urlencoded");
    const HttpResult page
            = phone.send("POST", u"/oauth2/device"_s,
                         "user_code=" + userCode.toLatin1() + "&user=viewer&decision=allow");
    QCOMPARE(page.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 10000);

    settings.secret = signedIn.at(0).at(0).toString();
    auto session = connected(settings);
    QCOMPARE(session->connectedAs(), u"Hello Grace Hopper (signed in)"_s);
}

void TestOAuth::revokedSignInAsksToSignInAgain()
{
    ConnectionSettings settings = m_sandbox->settings(u"admin"_s);
    settings.auth = AuthKind::BrowserSignIn;
    settings.clientId = u"ems-explorer"_s;
    settings.secret = signInWithBrowser(u"admin"_s);
    QVERIFY(!settings.secret.isEmpty());
    auto session = connected(settings);
    QCOMPARE(session->state(), Session::State::Connected);

    m_sandbox->server().oauth().revokeRefreshTokens();
    m_sandbox->server().oauth().expireAccessTokens();
    QSignalSpy failed(session.get(), &Session::connectFailed);
    ApiJob *job = run(session->get(u"/package-manager/api/spaces"_s));
    QVERIFY(job->error().isError());
    QVERIFY(failed.wait() || !failed.isEmpty());
    QCOMPARE(session->state(), Session::State::Failed);
    QVERIFY2(session->connectError().hint.contains(u"Sign in again"),
             qPrintable(session->connectError().message()));
}

void TestOAuth::nothingSecretInAnyOutput()
{
    const QString refreshToken = signInWithBrowser(u"admin"_s);
    QVERIFY(!refreshToken.isEmpty());
    auto session = connected(
            clientSettings(u"explorer-automation"_s, QString::fromLatin1(automationSecret)));
    run(session->get(u"/package-manager/api/spaces"_s));
    QVERIFY(m_log.size() >= 5);

    QString everything
            = RequestLogExport::text(m_log, true) + QString::fromUtf8(RequestLogExport::har(m_log));
    bool sawTokenAnswer = false;
    for (const RequestLogEntry &entry : std::as_const(m_log)) {
        everything += RequestLogExport::curl(entry) + RequestLogExport::details(entry, true);
        if (entry.responseBody.contains("\"access_token\"")) {
            sawTokenAnswer = true;
            QVERIFY2(entry.responseBody.contains("\"access_token\":\"****\""),
                     entry.responseBody.constData());
        }
    }
    QVERIFY(sawTokenAnswer);
    QVERIFY(!everything.contains(QLatin1String(automationSecret)));
    QVERIFY(!everything.contains(refreshToken));
    QVERIFY(everything.contains(u"code_verifier=****"_s));
    QVERIFY(everything.contains(u"code=****"_s));
    const QByteArray basic
            = QByteArray("explorer-automation:") + automationSecret; // as sent, Base64
    QVERIFY(!everything.contains(QString::fromLatin1(basic.toBase64())));
}

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
