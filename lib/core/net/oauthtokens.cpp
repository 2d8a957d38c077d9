#include "core/net/oauthtokens.h"

#include "core/net/apijob.h"
#include "core/net/netlog.h"
#include "core/net/oauthscopes.h"

#include <QJsonObject>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ems {

namespace {

constexpr auto fallbackTokenPath = "/oauth2/token"; // Celonis' documented token endpoint
constexpr qint64 defaultLifetimeSeconds = 899; // when an answer leaves out expires_in

} // namespace

OAuthTokens::OAuthTokens(const ConnectionSettings &settings, Requester request, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_send(std::move(request))
    , m_refreshToken(settings.auth == AuthKind::BrowserSignIn ? settings.secret : QString())
    , m_scopeAttempts(OAuthScopes::attempts(settings.scopes))
{ }

QString OAuthTokens::errorCode(const ApiError &error)
{
    // ApiError::serverMessage gives "code: description" for OAuth error bodies.
    return error.detail.section(u':', 0, 0);
}

std::optional<qint64> OAuthTokens::seconds(const QJsonValue &value, qint64 max)
{
    bool ok = value.isDouble();
    const double number = ok ? value.toDouble() : value.toString().toDouble(&ok);
    if (!ok || std::isnan(number))
        return std::nullopt;
    return qint64(std::clamp(number, 1.0, double(max)));
}

bool OAuthTokens::isReady() const
{
    return !m_accessToken.isEmpty() && !m_renewAt.hasExpired();
}

QList<QByteArray> OAuthTokens::secrets() const
{
    return {m_settings.secret.toUtf8(), basicCredential(), m_accessToken, m_refreshToken.toUtf8()};
}

QByteArray OAuthTokens::basicCredential() const
{
    // RFC 6749 §2.3.1: both parts form-encoded, then Base64.
    const ConnectionSettings &s = m_settings;
    return (QUrl::toPercentEncoding(s.clientId) + ':' + QUrl::toPercentEncoding(s.secret))
            .toBase64();
}

void OAuthTokens::ensure()
{
    if (isReady() || isRequesting() || m_permanentError)
        return;
    if (m_tokenPath.isEmpty())
        discover();
    else
        requestToken();
}

void OAuthTokens::invalidate(const QByteArray &authorization)
{
    if (authorization == this->authorization())
        m_accessToken.clear();
}

std::optional<QUrl> OAuthTokens::endpointOnTeam(const QUrl &team, const QJsonValue &discovery,
                                                const QString &field, QString *problem)
{
    const QJsonValue value = discovery[field];
    if (!value.isString()) {
        *problem = tr("The discovery document has no %1.").arg(field);
        return std::nullopt;
    }
    const QUrl url(value.toString());
    if (!ConnectionSettings::sameOrigin(url, team)) {
        *problem = tr("The discovery document names %1 on another host (%2). EMS Explorer "
                      "signs in with the team itself only.")
                           .arg(field, url.toDisplayString());
        return std::nullopt;
    }
    return url;
}

void OAuthTokens::discover()
{
    ApiJob *job = m_send("GET", QString::fromLatin1(discoveryPath), {}, {});
    m_request = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->error().kind == ApiError::Kind::NotFound) {
            m_tokenPath = QString::fromLatin1(fallbackTokenPath);
        } else if (job->error().isError()) {
            fail(job->error(), false);
            return;
        } else {
            QString problem;
            const auto url = endpointOnTeam(m_settings.teamUrl, job->json(), u"token_endpoint"_s,
                                            &problem);
            if (!url) {
                fail(job->badResponse(problem), true);
                return;
            }
            m_tokenPath = url->path();
        }
        requestToken();
    });
}

void OAuthTokens::requestToken()
{
    const ConnectionSettings &s = m_settings;
    QUrlQuery form;
    QByteArray authorization;
    if (s.auth == AuthKind::BrowserSignIn) {
        form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
        form.addQueryItem(u"refresh_token"_s, m_refreshToken);
        form.addQueryItem(u"client_id"_s, s.clientId);
    } else {
        form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
        form.addQueryItem(u"scope"_s, m_scopeAttempts.at(m_scopeAttempt).join(u' '));
        const bool post = s.clientAuth == ClientAuthMethod::Post
                || (s.clientAuth == ClientAuthMethod::Auto && m_triedPost);
        if (post) {
            form.addQueryItem(u"client_id"_s, s.clientId);
            form.addQueryItem(u"client_secret"_s, s.secret);
        } else {
            authorization = "Basic " + basicCredential();
        }
    }
    ApiJob *job = m_send("POST", m_tokenPath, form, authorization);
    m_request = job;
    connect(job, &ApiJob::finished, this, [this, job] { tokenAnswered(job); });
}

void OAuthTokens::tokenAnswered(ApiJob *job)
{
    const ConnectionSettings &s = m_settings;
    ApiError error = job->error();
    if (error.isError()) {
        const QString code = errorCode(error);
        if (code == u"invalid_client" && s.auth == AuthKind::OAuthClient
            && s.clientAuth == ClientAuthMethod::Auto && !m_triedPost) {
            m_triedPost = true; // content-cli's order: Basic first, then Post
            requestToken();
            return;
        }
        if (code == u"invalid_scope" && s.auth == AuthKind::OAuthClient
            && m_scopeAttempt + 1 < m_scopeAttempts.size()) {
            ++m_scopeAttempt; // content-cli's order: the next smaller set of its four
            requestToken();
            return;
        }
        if (code == u"invalid_client") {
            error.hint = tr("Check the client ID and secret of this connection; the team does "
                            "not know this client or refused its secret.");
        } else if (code == u"invalid_scope") {
            error.hint = s.scopes.isEmpty()
                    ? tr("The team refused every combination of %1. Allow the OAuth client "
                         "at least one of them in Celonis, or name its scopes in the "
                         "connection's settings.")
                              .arg(OAuthScopes::standard().join(u' '))
                    : tr("Ask for scopes the OAuth client is allowed in the connection's "
                         "settings, or leave Scopes empty to let EMS Explorer find them.");
        } else if (code == u"invalid_grant" && s.auth == AuthKind::BrowserSignIn) {
            error.hint = tr("The sign-in expired or was revoked. Sign in again.");
        }
        const bool permanent = code == u"invalid_client" || code == u"invalid_scope"
                || code == u"invalid_grant" || code == u"unauthorized_client"
                || code == u"unsupported_grant_type";
        fail(error, permanent);
        return;
    }
    const QJsonValue answer = job->json();
    const QJsonValue token = answer[u"access_token"];
    const QJsonValue lifetime = answer[u"expires_in"];
    const std::optional<qint64> seconds = lifetime.isUndefined()
            ? std::optional<qint64>(defaultLifetimeSeconds)
            : OAuthTokens::seconds(lifetime, 365 * 24 * 3600);
    if (!token.isString() || token.toString().isEmpty() || !seconds) {
        fail(job->badResponse(tr("The token answer has no access_token or a wrong expires_in.")),
             false);
        return;
    }
    m_accessToken = token.toString().toUtf8();
    const qint64 aheadMs = std::min<qint64>(60'000, *seconds * 100); // a tenth, at most 60 s
    m_renewAt.setRemainingTime(*seconds * 1000 - aheadMs);
    const QJsonValue scope = answer[u"scope"];
    m_grantedScopes.reset();
    if (scope.isString())
        m_grantedScopes = scope.toString().split(u' ', Qt::SkipEmptyParts);
    const QString rotated = answer[u"refresh_token"].toString();
    if (s.auth == AuthKind::BrowserSignIn && !rotated.isEmpty() && rotated != m_refreshToken) {
        m_refreshToken = rotated;
        Q_EMIT refreshTokenChanged(rotated);
    }
    qCInfo(lcNet).noquote() << "OAuth token obtained, valid for" << *seconds << "s, scopes:"
                            << (m_grantedScopes ? m_grantedScopes->join(u' ') : u"not stated"_s);
    Q_EMIT ready();
}

void OAuthTokens::fail(const ApiError &error, bool permanent)
{
    if (permanent)
        m_permanentError = error;
    qCWarning(lcNet).noquote() << "OAuth token request failed:" << error.summary();
    Q_EMIT failed(error);
}

} // namespace ems
