#include "oauthserver.h"

#include "oauthwire.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ems::sandbox {

namespace {

constexpr auto deviceGrant = "urn:ietf:params:oauth:grant-type:device_code";
constexpr qint64 codeLifetimeMs = 5 * 60 * 1000;
constexpr int deviceLifetimeSeconds = 600;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

void OAuthServer::setIssuer(const QUrl &issuer)
{
    QMutexLocker lock(&m_mutex);
    m_issuer = issuer;
}

QUrl OAuthServer::endpoint(const QString &path) const
{
    QUrl url = m_issuer;
    url.setPath(path);
    return url;
}

bool OAuthServer::handles(const QString &path)
{
    return path.startsWith(u"/oauth2/") || path.startsWith(u"/.well-known/")
            || path.startsWith(u"/sandbox/oauth/");
}

QStringList OAuthServer::requiredScopes(const QString &method, const QString &path)
{
    // Only where a source names the scope (docs/endpoints.md, "Rules"); elsewhere any token
    // passes, since no source says what a real team would ask.
    const bool read = method == u"GET";
    if (path.startsWith(u"/pacman/") && !read)
        return {u"package-manager"_s}; // content-cli, data-model-migration-commands.md
    if (path.startsWith(u"/integration/")) { // Celonis's OAuth scopes page
        if (read)
            return {u"integration.data-pools"_s, u"integration.data-pools:read"_s,
                    u"integration.data-models:read"_s};
        return {u"integration.data-pools"_s};
    }
    return {};
}

ApiReply OAuthServer::handle(const ApiRequest &request, const Team &team)
{
    const QString &path = request.path;
    const bool post = request.method == u"POST";
    // RFC 6749 §3.2 and §4.1.3: form bodies only.
    if (post && path.startsWith(u"/oauth2/")
        && !request.contentType.startsWith(u"application/x-www-form-urlencoded")) {
        return OAuthWire::error(400, u"invalid_request"_s,
                                u"Send the parameters as application/x-www-form-urlencoded."_s);
    }
    if (path == u"/.well-known/openid-configuration"
        || path == u"/.well-known/oauth-authorization-server")
        return discovery();
    if (path == u"/oauth2/token" && post)
        return token(request, team);
    if (path == u"/oauth2/authorize")
        return post ? authorizeDecision(request, team) : authorizePage(request, team);
    if (path == u"/oauth2/device_authorization" && post)
        return deviceAuthorization(request, team);
    if (path == u"/oauth2/device")
        return post ? deviceDecision(request, team) : devicePage(request, team);
    if (path == u"/sandbox/oauth/expire" && post) {
        expireAccessTokens();
        return ApiReply::json(QJsonObject{{u"expired"_s, true}});
    }
    if (path == u"/sandbox/oauth/revoke" && post) {
        revokeRefreshTokens();
        return ApiReply::json(QJsonObject{{u"revoked"_s, true}});
    }
    return ApiReply::error(404, u"No endpoint at %1."_s.arg(path));
}

ApiReply OAuthServer::discovery() const
{
    QMutexLocker lock(&m_mutex);
    const QString issuer = m_issuer.toString();
    return ApiReply::json(QJsonObject{
            {u"issuer"_s, issuer},
            {u"authorization_endpoint"_s, endpoint(u"/oauth2/authorize"_s).toString()},
            {u"token_endpoint"_s, endpoint(u"/oauth2/token"_s).toString()},
            {u"device_authorization_endpoint"_s,
             endpoint(u"/oauth2/device_authorization"_s).toString()},
            {u"scopes_supported"_s,
             QJsonArray{u"studio"_s, u"package-manager"_s, u"integration.data-pools"_s,
                        u"action-engine.projects"_s}},
            {u"response_types_supported"_s, QJsonArray{u"code"_s}},
            {u"grant_types_supported"_s,
             QJsonArray{u"client_credentials"_s, u"authorization_code"_s, u"refresh_token"_s,
                        QString::fromLatin1(deviceGrant)}},
            {u"token_endpoint_auth_methods_supported"_s,
             QJsonArray{u"client_secret_basic"_s, u"client_secret_post"_s, u"none"_s}},
            {u"code_challenge_methods_supported"_s, QJsonArray{u"S256"_s}},
            {u"subject_types_supported"_s, QJsonArray{u"public"_s}},
    });
}

std::optional<ApiReply> OAuthServer::checkScopes(const OAuthClient &client,
                                                 const QString &requested,
                                                 QStringList *granted) const
{
    const QStringList wanted = requested.split(u' ', Qt::SkipEmptyParts);
    if (wanted.isEmpty()) {
        *granted = client.scopes; // RFC 6749 §3.3: the server's default
        return std::nullopt;
    }
    QStringList refused;
    for (const QString &scope : wanted) {
        if (!client.scopes.contains(scope))
            refused.append(scope);
    }
    if (!refused.isEmpty()) {
        return OAuthWire::error(400, u"invalid_scope"_s,
                                u"The client %1 may not request the scope %2."_s.arg(
                                        client.clientId, refused.join(u' ')));
    }
    *granted = wanted;
    granted->removeDuplicates();
    return std::nullopt;
}

ApiReply OAuthServer::issue(const Grant &grant, bool withRefreshToken)
{
    const QString access = OAuthWire::token();
    m_accessTokens.insert(access, {grant, now() + qint64(m_tokenLifetimeSeconds) * 1000});
    QJsonObject answer{{u"access_token"_s, access},
                       {u"token_type"_s, u"Bearer"_s},
                       {u"expires_in"_s, m_tokenLifetimeSeconds}};
    if (m_statesScopes)
        answer.insert(u"scope"_s, grant.scopes.join(u' '));
    if (withRefreshToken) {
        const QString refresh = OAuthWire::token();
        m_refreshTokens.insert(refresh, grant);
        answer.insert(u"refresh_token"_s, refresh);
    }
    ApiReply reply = ApiReply::json(answer);
    reply.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return reply;
}

ApiReply OAuthServer::token(const ApiRequest &request, const Team &team)
{
    const QUrlQuery form = OAuthWire::form(request.body);
    const QString grantType = OAuthWire::field(form, u"grant_type"_s);

    // Client authentication: client_secret_basic, client_secret_post, or none (public).
    QString clientId = OAuthWire::field(form, u"client_id"_s);
    QString secret;
    const bool postSecret = form.hasQueryItem(u"client_secret"_s);
    if (request.authorization.startsWith(u"Basic ", Qt::CaseInsensitive)) {
        if (postSecret) {
            return OAuthWire::error(400, u"invalid_request"_s,
                                    u"Use one client authentication method, not two."_s);
        }
        const QByteArray pair = QByteArray::fromBase64(request.authorization.mid(6).toLatin1());
        const qsizetype colon = pair.indexOf(':');
        clientId = QUrl::fromPercentEncoding(pair.left(colon));
        secret = QUrl::fromPercentEncoding(colon < 0 ? QByteArray() : pair.mid(colon + 1));
    } else if (postSecret) {
        secret = OAuthWire::field(form, u"client_secret"_s);
    }
    const OAuthClient *client = team.oauthClient(clientId);
    if (!client || (!client->isPublic() && client->secret != secret)
        || (client->isPublic() && !secret.isEmpty())) {
        return OAuthWire::error(401, u"invalid_client"_s,
                                u"Client authentication failed: unknown client or wrong secret."_s);
    }
    if (grantType.isEmpty())
        return OAuthWire::error(400, u"invalid_request"_s, u"The grant_type is missing."_s);

    QMutexLocker lock(&m_mutex);
    if (grantType == u"client_credentials") {
        if (client->isPublic()) {
            return OAuthWire::error(400, u"unauthorized_client"_s,
                                    u"A public client cannot use client credentials."_s);
        }
        QStringList scopes;
        if (auto refused = checkScopes(*client, OAuthWire::field(form, u"scope"_s), &scopes))
            return *refused;
        return issue({client->clientId, {}, scopes}, false);
    }
    if (grantType == u"authorization_code") {
        const auto code = m_codes.take(OAuthWire::field(form, u"code"_s)); // a code works once
        if (code.grant.clientId != client->clientId || code.expiresAtMs < now())
            return OAuthWire::error(400, u"invalid_grant"_s, u"The code is invalid or expired."_s);
        if (code.redirectUri != OAuthWire::field(form, u"redirect_uri"_s))
            return OAuthWire::error(400, u"invalid_grant"_s, u"The redirect_uri does not match."_s);
        if (OAuthWire::s256(OAuthWire::field(form, u"code_verifier"_s)) != code.challenge)
            return OAuthWire::error(400, u"invalid_grant"_s, u"The PKCE code_verifier is wrong."_s);
        return issue(code.grant, true);
    }
    if (grantType == u"refresh_token") {
        const QString presented = OAuthWire::field(form, u"refresh_token"_s);
        const auto it = m_refreshTokens.constFind(presented);
        if (it == m_refreshTokens.constEnd() || it->clientId != client->clientId) {
            return OAuthWire::error(400, u"invalid_grant"_s,
                                    u"The refresh token is invalid, expired or revoked."_s);
        }
        const Grant grant = *it;
        m_refreshTokens.remove(presented); // rotation: each refresh token works once
        return issue(grant, true);
    }
    if (grantType == QLatin1String(deviceGrant)) {
        const QString deviceCode = OAuthWire::field(form, u"device_code"_s);
        const auto it = m_devices.find(deviceCode);
        if (it == m_devices.end() || it->grant.clientId != client->clientId)
            return OAuthWire::error(400, u"invalid_grant"_s, u"The device code is unknown."_s);
        if (it->expiresAtMs < now()) {
            m_devices.erase(it);
            return OAuthWire::error(400, u"expired_token"_s, u"The device code expired."_s);
        }
        if (it->denied) {
            m_devices.erase(it);
            return OAuthWire::error(400, u"access_denied"_s, u"The person denied the sign-in."_s);
        }
        if (it->grant.role.isEmpty()) {
            // RFC 8628 §3.5: polling faster than the interval slows the client down (a
            // little early is tolerated, timers are not exact).
            const bool tooFast = now() - it->lastPollMs < m_devicePollSeconds * 1000 - 250;
            it->lastPollMs = now();
            return OAuthWire::error(400, tooFast ? u"slow_down"_s : u"authorization_pending"_s,
                                    u"The person has not signed in yet."_s);
        }
        const Grant grant = it->grant;
        m_devices.erase(it);
        return issue(grant, true);
    }
    return OAuthWire::error(400, u"unsupported_grant_type"_s,
                            u"The grant type %1 is not supported."_s.arg(grantType));
}

ApiReply OAuthServer::authorizePage(const ApiRequest &request, const Team &team) const
{
    const QUrlQuery &q = request.query;
    const QString clientId = q.queryItemValue(u"client_id"_s);
    const QString redirectUri = q.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
    const OAuthClient *client = team.oauthClient(clientId);
    if (!client || !client->isPublic())
        return OAuthWire::page(u"Sign-in failed"_s, u"<p>Unknown or confidential client.</p>"_s,
                               400);
    if (!OAuthWire::isLoopbackRedirect(redirectUri)) {
        return OAuthWire::page(u"Sign-in failed"_s,
                               u"<p>The redirect_uri must be a loopback address (RFC 8252).</p>"_s,
                               400);
    }
    if (q.queryItemValue(u"response_type"_s) != u"code"
        || q.queryItemValue(u"code_challenge_method"_s) != u"S256"
        || q.queryItemValue(u"code_challenge"_s).isEmpty()) {
        return OAuthWire::page(u"Sign-in failed"_s,
                               u"<p>This server wants response_type=code with a PKCE S256 "
                               "code_challenge.</p>"_s,
                               400);
    }
    QString fields;
    for (const QString &name :
         {u"client_id"_s, u"redirect_uri"_s, u"scope"_s, u"state"_s, u"code_challenge"_s}) {
        fields += OAuthWire::hidden(name, q.queryItemValue(name, QUrl::FullyDecoded));
    }
    return OAuthWire::page(
            u"Sign in to %1"_s.arg(team.info.value(u"name").toString()),
            u"<p>%1 asks for: %2</p><form method=\"post\" action=\"/oauth2/authorize\">"
            "%3%4</form>"_s.arg(client->name.toHtmlEscaped(),
                                q.queryItemValue(u"scope"_s, QUrl::FullyDecoded).toHtmlEscaped(),
                                fields, OAuthWire::personChoice(team)));
}

ApiReply OAuthServer::authorizeDecision(const ApiRequest &request, const Team &team)
{
    const QUrlQuery form = OAuthWire::form(request.body);
    const OAuthClient *client = team.oauthClient(OAuthWire::field(form, u"client_id"_s));
    const QString redirectUri = OAuthWire::field(form, u"redirect_uri"_s);
    if (!client || !client->isPublic() || !OAuthWire::isLoopbackRedirect(redirectUri))
        return OAuthWire::page(u"Sign-in failed"_s, u"<p>Unknown client or redirect.</p>"_s, 400);

    QUrl target(redirectUri);
    QUrlQuery answer(target);
    answer.addQueryItem(u"state"_s, OAuthWire::field(form, u"state"_s));
    const ApiKey *person = team.userKey(OAuthWire::field(form, u"user"_s));
    QStringList scopes;
    const bool scopeRefused
            = checkScopes(*client, OAuthWire::field(form, u"scope"_s), &scopes).has_value();
    if (OAuthWire::field(form, u"decision"_s) != u"allow" || !person) {
        answer.addQueryItem(u"error"_s, u"access_denied"_s);
    } else if (scopeRefused) {
        answer.addQueryItem(u"error"_s, u"invalid_scope"_s);
    } else {
        const QString code = OAuthWire::token(24);
        QMutexLocker lock(&m_mutex);
        m_codes.insert(code,
                       {{client->clientId, person->role, scopes},
                        redirectUri,
                        OAuthWire::field(form, u"code_challenge"_s),
                        now() + codeLifetimeMs});
        answer.addQueryItem(u"code"_s, code);
    }
    target.setQuery(answer);
    ApiReply reply;
    reply.status = 302;
    reply.headers.append({QByteArrayLiteral("Location"), target.toEncoded()});
    return reply;
}

ApiReply OAuthServer::deviceAuthorization(const ApiRequest &request, const Team &team)
{
    const QUrlQuery form = OAuthWire::form(request.body);
    const OAuthClient *client = team.oauthClient(OAuthWire::field(form, u"client_id"_s));
    if (!client || !client->isPublic())
        return OAuthWire::error(401, u"invalid_client"_s, u"Unknown or confidential client."_s);
    QStringList scopes;
    if (auto refused = checkScopes(*client, OAuthWire::field(form, u"scope"_s), &scopes))
        return *refused;
    const QString deviceCode = OAuthWire::token();
    const QString userCode = OAuthWire::userCode();
    QMutexLocker lock(&m_mutex);
    m_devices.insert(deviceCode,
                     {{client->clientId, {}, scopes},
                      userCode,
                      false,
                      now() + deviceLifetimeSeconds * 1000,
                      0});
    const QUrl verification = endpoint(u"/oauth2/device"_s);
    QUrl complete = verification;
    complete.setQuery(QUrlQuery{{u"user_code"_s, userCode}});
    return ApiReply::json(QJsonObject{{u"device_code"_s, deviceCode},
                                      {u"user_code"_s, userCode},
                                      {u"verification_uri"_s, verification.toString()},
                                      {u"verification_uri_complete"_s, complete.toString()},
                                      {u"expires_in"_s, deviceLifetimeSeconds},
                                      {u"interval"_s, m_devicePollSeconds}});
}

ApiReply OAuthServer::devicePage(const ApiRequest &request, const Team &team) const
{
    const QString userCode = request.query.queryItemValue(u"user_code"_s, QUrl::FullyDecoded);
    return OAuthWire::page(
            u"Sign in to %1"_s.arg(team.info.value(u"name").toString()),
            u"<form method=\"post\" action=\"/oauth2/device\"><p><label>Code shown by the "
            "program <input name=\"user_code\" value=\"%1\"></label></p>%2</form>"_s.arg(
                    userCode.toHtmlEscaped(), OAuthWire::personChoice(team)));
}

ApiReply OAuthServer::deviceDecision(const ApiRequest &request, const Team &team)
{
    const QUrlQuery form = OAuthWire::form(request.body);
    const QString userCode = OAuthWire::field(form, u"user_code"_s).trimmed().toUpper();
    const ApiKey *person = team.userKey(OAuthWire::field(form, u"user"_s));
    QMutexLocker lock(&m_mutex);
    for (PendingDevice &device : m_devices) {
        if (device.userCode != userCode || device.expiresAtMs < now())
            continue;
        if (OAuthWire::field(form, u"decision"_s) != u"allow" || !person) {
            device.denied = true;
            return OAuthWire::page(u"Sign-in denied"_s, u"<p>You may close this window.</p>"_s);
        }
        device.grant.role = person->role;
        return OAuthWire::page(u"Signed in"_s,
                               u"<p>Return to the program; you may close this window.</p>"_s);
    }
    return OAuthWire::page(u"Sign-in failed"_s, u"<p>The code is unknown or expired.</p>"_s, 400);
}

OAuthServer::TokenState OAuthServer::lookup(const QString &accessToken, const Team &team,
                                            Principal *principal) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_accessTokens.constFind(accessToken);
    if (it == m_accessTokens.constEnd())
        return TokenState::Unknown;
    if (it->expiresAtMs <= now())
        return TokenState::Expired;
    const Grant &grant = it->grant;
    if (grant.role.isEmpty()) {
        const OAuthClient *client = team.oauthClient(grant.clientId);
        if (!client)
            return TokenState::Unknown;
        principal->key.type = ApiKey::Type::UserKey; // sent as Bearer
        principal->key.role = client->clientId;
        principal->key.identity = client->identity;
        principal->key.permissions = client->permissions;
    } else {
        const ApiKey *person = team.userKey(grant.role);
        if (!person)
            return TokenState::Unknown;
        principal->key = *person;
    }
    principal->scopes = grant.scopes;
    return TokenState::Valid;
}

void OAuthServer::expireAccessTokens()
{
    QMutexLocker lock(&m_mutex);
    for (AccessToken &token : m_accessTokens)
        token.expiresAtMs = 0;
}

void OAuthServer::revokeRefreshTokens()
{
    QMutexLocker lock(&m_mutex);
    m_refreshTokens.clear();
}

} // namespace ems::sandbox
