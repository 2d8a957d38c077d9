#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace ems {

enum class KeyType { Auto, AppKey, UserKey };
// How a connection signs in: an API key (AppKey or Bearer), an OAuth client with the
// client-credentials grant, or a person signed in through the browser (authorization code
// with PKCE, or a device code) whose refresh token the connection keeps.
enum class AuthKind { ApiKey, OAuthClient, BrowserSignIn };
// How an OAuth client authenticates at the token endpoint; Auto tries Basic, then Post.
enum class ClientAuthMethod { Auto, Basic, Post };

// The knobs of PyCelonis' get_celonis(url, api_token, key_type, ...), with defaults a
// desktop user wants: retries on, a timeout that fails a stuck request in reasonable time.
struct ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:
    QUrl teamUrl;
    AuthKind auth = AuthKind::ApiKey;
    // What the keychain keeps for this connection: the API key, the OAuth client secret,
    // or the refresh token of a browser sign-in.
    QString secret;
    KeyType keyType = KeyType::Auto; // API keys only
    QString clientId; // OAuth
    QStringList scopes; // OAuth; empty asks for what the client is allowed
    ClientAuthMethod clientAuth = ClientAuthMethod::Auto;
    int timeoutSeconds = 60;
    int totalRetries = 3;
    double backoffFactor = 0.5;
    bool connectCheck = true;
    bool loadPermissions = true;
    bool allowPlainHttp = false; // plain http to a host other than loopback
    QString caBundleFile; // extra CA certificates (PEM) trusted besides the system's
    int maxConcurrentRequests = 6; // Qt's connections per host for HTTP/1.1
    qint64 maxAnswerBytes = 64 * 1024 * 1024; // one answer; a larger one is an error

    static constexpr int maxRetries = 10;

    // Scheme defaults to https; path, query and fragment are dropped; plain http is refused
    // unless the host is loopback or allowPlainHttp is set. Returns nullopt with a message.
    static std::optional<QUrl> normalizeUrl(const QString &input, bool allowPlainHttp,
                                            QString *errorMessage);
    // Overrides empty fields from CELONIS_URL, CELONIS_API_TOKEN and CELONIS_KEY_TYPE, or,
    // without a token, from OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET, OAUTH_SCOPES and
    // OAUTH_METHOD (BASIC or POST), as PyCelonis 2.x reads them.
    void applyEnvironment();
    bool isOAuth() const { return auth != AuthKind::ApiKey; }
    // Checks every field; returns an empty string when the settings can be used.
    QString validate() const;

    // Same scheme, host and port: where credentials may go.
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    static std::optional<KeyType> keyTypeFromString(const QString &text);
    static QString keyTypeName(KeyType type); // APP_KEY, USER_KEY, AUTO
    static QString keyTypeDisplay(KeyType type); // for people
    static QString authKindName(AuthKind kind); // API_KEY, OAUTH_CLIENT, BROWSER
    static AuthKind authKindFromString(const QString &text);
    static QString clientAuthName(ClientAuthMethod method); // AUTO, BASIC, POST
    static std::optional<ClientAuthMethod> clientAuthFromString(const QString &text);
};

} // namespace ems
