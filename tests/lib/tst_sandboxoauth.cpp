#include "httpprobe.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/teamseeder.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace ems::sandbox;

namespace {
constexpr auto form = "application/x-www-form-urlencoded";
constexpr auto automation = "explorer-automation:c2FuZGJveC1vYXV0aC1hdXRvbWF0aW9u";
} // namespace

// The sandbox's OAuth 2.0 server at the protocol level, over HTTP: what RFC 6749, 7636,
// 8252 and 8628 say a server answers, so that clients are tested against a strict peer.
class TestSandboxOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void discoveryNamesEveryEndpoint();
    void tokenErrors_data();
    void tokenErrors();
    void clientCredentialsWithBothMethods();
    void authorizationCodeNeedsLoopbackAndPkce_data();
    void authorizationCodeNeedsLoopbackAndPkce();
    void codeWorksOnceWithTheRightVerifier();
    void refreshTokensRotateAndRevoke();
    void expiredTokenAndMissingScope();
    void contentCliEndpoints();

private:
    HttpResult token(const QByteArray &body, const QByteArray &basic = automation);
    QString accessToken(const QString &scope = {});
    // Runs the authorization page's form for Ada; returns the code from the redirect.
    QString authorize(const QByteArray &verifier, const QString &redirect);
    HttpResult exchange(const QString &code, const QByteArray &verifier, const QString &redirect);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpProbe> m_http;
};

void TestSandboxOAuth::init()
{
    m_server = std::make_unique<SandboxServer>(TeamSeeder::demo(), ServerOptions());
    QVERIFY(m_server->start());
    m_http = std::make_unique<HttpProbe>(m_server->url());
    m_http->setContentType(form);
    m_http->setFollowRedirects(false);
}

void TestSandboxOAuth::cleanup()
{
    m_http.reset();
    m_server.reset();
}

HttpResult TestSandboxOAuth::token(const QByteArray &body, const QByteArray &basic)
{
    m_http->setAuthorization(basic.isEmpty() ? QByteArray() : "Basic " + basic.toBase64());
    return m_http->send("POST", u"/oauth2/token"_s, body);
}

QString TestSandboxOAuth::accessToken(const QString &scope)
{
    QByteArray body = "grant_type=client_credentials";
    if (!scope.isEmpty())
        body += "&scope=" + QUrl::toPercentEncoding(scope);
    return token(body).json()[u"access_token"].toString();
}

QString TestSandboxOAuth::authorize(const QByteArray &verifier, const QString &redirect)
{
    const QByteArray challenge
            = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QUrlQuery fields{{u"client_id"_s, u"ems-explorer"_s},
                     {u"redirect_uri"_s, redirect},
                     {u"state"_s, u"s1"_s},
                     {u"code_challenge"_s, QString::fromLatin1(challenge)},
                     {u"user"_s, u"admin"_s},
                     {u"decision"_s, u"allow"_s}};
    m_http->setAuthorization({});
    const HttpResult answer = m_http->send("POST", u"/oauth2/authorize"_s,
                                           fields.query(QUrl::FullyEncoded).toLatin1());
    if (answer.status != 302)
        return {};
    const QUrl location(QString::fromLatin1(answer.header("Location")));
    if (!location.toString().startsWith(redirect)
        || QUrlQuery(location).queryItemValue(u"state"_s) != u"s1")
        return {};
    return QUrlQuery(location).queryItemValue(u"code"_s);
}

HttpResult TestSandboxOAuth::exchange(const QString &code, const QByteArray &verifier,
                                      const QString &redirect)
{
    QUrlQuery body{{u"grant_type"_s, u"authorization_code"_s},
                   {u"code"_s, code},
                   {u"redirect_uri"_s, redirect},
                   {u"client_id"_s, u"ems-explorer"_s},
                   {u"code_verifier"_s, QString::fromLatin1(verifier)}};
    return token(body.query(QUrl::FullyEncoded).toLatin1(), {});
}

void TestSandboxOAuth::discoveryNamesEveryEndpoint()
{
    const QJsonObject document
            = m_http->get(u"/.well-known/openid-configuration"_s).json().object();
    const QString base = m_server->url().toString();
    QCOMPARE(document.value(u"issuer").toString(), base);
    QCOMPARE(document.value(u"token_endpoint").toString(), base + u"/oauth2/token"_s);
    QCOMPARE(document.value(u"authorization_endpoint").toString(), base + u"/oauth2/authorize"_s);
    QCOMPARE(document.value(u"device_authorization_endpoint").toString(),
             base + u"/oauth2/device_authorization"_s);
    QVERIFY(document.value(u"code_challenge_methods_supported").toArray().contains(u"S256"_s));
}

void TestSandboxOAuth::tokenErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("basic");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("wrong secret") << QByteArray("grant_type=client_credentials")
                                  << QByteArray("explorer-automation:nope") << 401
                                  << u"invalid_client"_s;
    QTest::newRow("unknown client") << QByteArray("grant_type=client_credentials")
                                    << QByteArray("nobody:x") << 401 << u"invalid_client"_s;
    QTest::newRow("two methods") << QByteArray("grant_type=client_credentials&client_secret=x")
                                 << QByteArray(automation) << 400 << u"invalid_request"_s;
    QTest::newRow("refused scope")
            << QByteArray("grant_type=client_credentials&scope=studio+ml-workbench")
            << QByteArray(automation) << 400 << u"invalid_scope"_s;
    QTest::newRow("unknown grant") << QByteArray("grant_type=password") << QByteArray(automation)
                                   << 400 << u"unsupported_grant_type"_s;
    QTest::newRow("public client, credentials")
            << QByteArray("grant_type=client_credentials&client_id=ems-explorer") << QByteArray()
            << 400 << u"unauthorized_client"_s;
    QTest::newRow("unknown refresh token")
            << QByteArray("grant_type=refresh_token&refresh_token=x&client_id=ems-explorer")
            << QByteArray() << 400 << u"invalid_grant"_s;
}

void TestSandboxOAuth::tokenErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, basic);
    QFETCH(int, status);
    QFETCH(QString, error);
    const HttpResult answer = token(body, basic);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.json()[u"error"].toString(), error);
    QVERIFY(!answer.json()[u"error_description"].toString().isEmpty());
    QCOMPARE(answer.header("Cache-Control"), QByteArray("no-store"));
    if (status == 401)
        QVERIFY(answer.header("WWW-Authenticate").startsWith("Basic"));
    if (error == u"invalid_scope")
        QVERIFY(answer.json()[u"error_description"].toString().contains(u"ml-workbench"_s));
}

void TestSandboxOAuth::clientCredentialsWithBothMethods()
{
    const HttpResult basic = token("grant_type=client_credentials&scope=studio");
    QCOMPARE(basic.status, 200);
    QCOMPARE(basic.json()[u"token_type"].toString(), u"Bearer"_s);
    QCOMPARE(basic.json()[u"expires_in"].toInt(), 899);
    QCOMPARE(basic.json()[u"scope"].toString(), u"studio"_s);
    QVERIFY(basic.json()[u"refresh_token"].isUndefined());

    const HttpResult post = token("grant_type=client_credentials&client_id=explorer-automation"
                                  "&client_secret=c2FuZGJveC1vYXV0aC1hdXRvbWF0aW9u",
                                  {});
    QCOMPARE(post.status, 200);
    QCOMPARE(post.json()[u"scope"].toString().split(u' ').size(), 7); // all it is allowed

    m_http->setContentType("application/json");
    QCOMPARE(token("{\"grant_type\":\"client_credentials\"}").status, 400);
}

void TestSandboxOAuth::authorizationCodeNeedsLoopbackAndPkce_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    const QString good = u"response_type=code&client_id=ems-explorer&code_challenge=abc"
                         "&code_challenge_method=S256&redirect_uri="_s;
    QTest::newRow("loopback") << good + u"http%3A%2F%2F127.0.0.1%3A5000%2F"_s << 200;
    QTest::newRow("other host") << good + u"http%3A%2F%2Fevil.example%2F"_s << 400;
    QTest::newRow("https elsewhere") << good + u"https%3A%2F%2F127.0.0.1.evil.example%2F"_s << 400;
    QTest::newRow("no pkce") << u"response_type=code&client_id=ems-explorer&redirect_uri="
                                "http%3A%2F%2F127.0.0.1%3A5000%2F"_s
                             << 400;
    QTest::newRow("confidential client")
            << u"response_type=code&client_id=explorer-automation&code_challenge=abc"
               "&code_challenge_method=S256&redirect_uri=http%3A%2F%2F127.0.0.1%2F"_s
            << 400;
}

void TestSandboxOAuth::authorizationCodeNeedsLoopbackAndPkce()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    const HttpResult page = m_http->get(u"/oauth2/authorize?"_s + query);
    QCOMPARE(page.status, status);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
}

void TestSandboxOAuth::codeWorksOnceWithTheRightVerifier()
{
    const QString redirect = u"http://127.0.0.1:5000/"_s;
    const QByteArray verifier = "a-verifier-of-at-least-forty-three-characters-long";
    const QString code = authorize(verifier, redirect);
    QVERIFY(!code.isEmpty());
    QCOMPARE(exchange(code, "a-wrong-verifier", redirect).json()[u"error"].toString(),
             u"invalid_grant"_s);
    // The failed try used the code up (RFC 6749 §4.1.2: a code works once).
    QCOMPARE(exchange(code, verifier, redirect).json()[u"error"].toString(), u"invalid_grant"_s);

    const QString second = authorize(verifier, redirect);
    const HttpResult tokens = exchange(second, verifier, redirect);
    QCOMPARE(tokens.status, 200);
    QVERIFY(!tokens.json()[u"refresh_token"].toString().isEmpty());
    m_http->setAuthorization("Bearer " + tokens.json()[u"access_token"].toString().toLatin1());
    QCOMPARE(m_http->get(u"/api/cloud"_s).json()[u"name"].toString(), u"Ada Lovelace"_s);
}

void TestSandboxOAuth::refreshTokensRotateAndRevoke()
{
    const QByteArray verifier = "another-verifier-of-at-least-forty-three-chars";
    const QString redirect = u"http://localhost:6000/cb"_s;
    const QString first = exchange(authorize(verifier, redirect), verifier, redirect)
                                  .json()[u"refresh_token"]
                                  .toString();
    QVERIFY(!first.isEmpty());
    const auto refresh = [this](const QString &refreshToken) {
        return token("grant_type=refresh_token&client_id=ems-explorer&refresh_token="
                             + QUrl::toPercentEncoding(refreshToken),
                     {});
    };
    const HttpResult renewed = refresh(first);
    QCOMPARE(renewed.status, 200);
    const QString second = renewed.json()[u"refresh_token"].toString();
    QVERIFY(!second.isEmpty() && second != first);
    QCOMPARE(refresh(first).json()[u"error"].toString(), u"invalid_grant"_s); // rotated away
    m_server->oauth().revokeRefreshTokens();
    QCOMPARE(refresh(second).json()[u"error"].toString(), u"invalid_grant"_s);
}

void TestSandboxOAuth::expiredTokenAndMissingScope()
{
    const QString studioOnly = accessToken(u"studio package-manager"_s);
    m_http->setAuthorization("Bearer " + studioOnly.toLatin1());
    QCOMPARE(m_http->get(u"/package-manager/api/spaces"_s).status, 200);
    const HttpResult pools = m_http->get(u"/integration/api/pools"_s);
    QCOMPARE(pools.status, 403);
    QVERIFY(pools.header("WWW-Authenticate").contains("insufficient_scope"));
    QVERIFY(pools.json()[u"message"].toString().contains(u"integration.data-pools"_s));

    m_http->setContentType(form);
    QCOMPARE(m_http->send("POST", u"/sandbox/oauth/expire"_s, "x").status, 200);
    m_http->setAuthorization("Bearer " + studioOnly.toLatin1());
    const HttpResult expired = m_http->get(u"/package-manager/api/spaces"_s);
    QCOMPARE(expired.status, 401);
    QVERIFY(expired.header("WWW-Authenticate").contains("invalid_token"));
    m_http->setAuthorization("AppKey " + accessToken().toLatin1()); // tokens are Bearer only
    QCOMPARE(m_http->get(u"/api/cloud"_s).status, 401);
}

void TestSandboxOAuth::contentCliEndpoints()
{
    m_http->setAuthorization("Bearer " + accessToken().toLatin1());
    QCOMPARE(m_http->get(u"/api/team/cui-settings/cui-pdf-cover"_s).status, 403);
    const QJsonObject first
            = m_http->get(u"/integration/api/pools/paged?limit=2&page=0"_s).json().object();
    const int pools = int(m_server->snapshot().pools.size());
    QCOMPARE(first.value(u"content").toArray().size(), std::min(2, pools));
    QCOMPARE(first.value(u"pageNumber").toInt(), 0);
    QCOMPARE(first.value(u"totalCount").toInt(), (pools + 1) / 2); // pages, not items
    QCOMPARE(m_http->get(u"/integration/api/pools/paged?limit=0&page=0"_s).status, 400);
}

QTEST_GUILESS_MAIN(TestSandboxOAuth)
#include "tst_sandboxoauth.moc"
