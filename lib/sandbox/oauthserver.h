#pragma once

#include "api.h"
#include "team.h"

#include <QHash>
#include <QMutex>
#include <QUrl>

namespace ems::sandbox {

// Who a request acts as: an API key, or an OAuth access token with the scopes it was
// granted (API keys are not gated by scopes).
struct Principal
{
    ApiKey key;
    std::optional<QStringList> scopes;
};

// The OAuth 2.0 side of a sandbox team: discovery, the token endpoint (client credentials,
// authorization code with PKCE, device code, refresh token; client_secret_basic and
// client_secret_post), an authorization page and a device page that a person or a test
// completes with plain form posts, and the tokens it issued. Thread-safe.
class OAuthServer
{
public:
    enum class TokenState { Unknown, Valid, Expired };

    void setIssuer(const QUrl &issuer);
    void setTokenLifetime(int seconds) { m_tokenLifetimeSeconds = seconds; }
    void setDevicePollInterval(int seconds) { m_devicePollSeconds = seconds; }
    void setStatesScopes(bool states) { m_statesScopes = states; }

    static bool handles(const QString &path);
    ApiReply handle(const ApiRequest &request, const Team &team);
    TokenState lookup(const QString &accessToken, const Team &team, Principal *principal) const;

    // For tests, also over HTTP: POST /sandbox/oauth/expire and /sandbox/oauth/revoke.
    void expireAccessTokens();
    void revokeRefreshTokens();

    // The scopes of which an OAuth token needs one for a request; empty when none is.
    static QStringList requiredScopes(const QString &method, const QString &path);

private:
    struct Grant
    {
        QString clientId;
        QString role; // the signed-in person's key role; empty: the client itself
        QStringList scopes;
    };
    struct AccessToken
    {
        Grant grant;
        qint64 expiresAtMs = 0;
    };
    struct PendingCode
    {
        Grant grant;
        QString redirectUri;
        QString challenge;
        qint64 expiresAtMs = 0;
    };
    struct PendingDevice
    {
        Grant grant; // role set once a person approved
        QString userCode;
        bool denied = false;
        qint64 expiresAtMs = 0;
        qint64 lastPollMs = 0;
    };

    ApiReply discovery() const;
    ApiReply token(const ApiRequest &request, const Team &team);
    ApiReply authorizePage(const ApiRequest &request, const Team &team) const;
    ApiReply authorizeDecision(const ApiRequest &request, const Team &team);
    ApiReply deviceAuthorization(const ApiRequest &request, const Team &team);
    ApiReply devicePage(const ApiRequest &request, const Team &team) const;
    ApiReply deviceDecision(const ApiRequest &request, const Team &team);

    ApiReply issue(const Grant &grant, bool withRefreshToken);
    std::optional<ApiReply> checkScopes(const OAuthClient &client, const QString &requested,
                                        QStringList *granted) const;
    QUrl endpoint(const QString &path) const;

    mutable QMutex m_mutex;
    QUrl m_issuer;
    int m_tokenLifetimeSeconds = 899;
    int m_devicePollSeconds = 5;
    bool m_statesScopes = true;
    QHash<QString, AccessToken> m_accessTokens;
    QHash<QString, Grant> m_refreshTokens;
    QHash<QString, PendingCode> m_codes;
    QHash<QString, PendingDevice> m_devices; // by device code
};

} // namespace ems::sandbox
