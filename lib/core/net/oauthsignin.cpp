#include "core/net/oauthsignin.h"

#include "core/net/apijob.h"
#include "core/net/oauthscopes.h"
#include "core/net/oauthtokens.h"
#include "core/net/session.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ems {

namespace {

constexpr auto deviceGrant = "urn:ietf:params:oauth:grant-type:device_code";

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomBytes(int count)
{
    QByteArray raw(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw;
}

} // namespace

OAuthSignIn::OAuthSignIn(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    // The session only carries the sign-in's own requests, each with its own authorization.
    ConnectionSettings sessionSettings = settings;
    sessionSettings.auth = AuthKind::ApiKey;
    sessionSettings.keyType = KeyType::UserKey;
    m_session = std::make_unique<Session>(sessionSettings);
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &OAuthSignIn::pollDeviceCode);
}

OAuthSignIn::~OAuthSignIn() = default;

QByteArray OAuthSignIn::newVerifier()
{
    return base64Url(randomBytes(32)); // 43 characters, RFC 7636 §4.1
}

QByteArray OAuthSignIn::challengeFor(const QByteArray &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

void OAuthSignIn::startBrowser()
{
    discover(Flow::Browser);
}

void OAuthSignIn::startDeviceCode()
{
    discover(Flow::DeviceCode);
}

void OAuthSignIn::cancel()
{
    m_pollTimer.stop();
    if (m_request)
        m_request->cancel();
    delete m_replyHandler;
    m_replyHandler = nullptr;
}

void OAuthSignIn::discover(Flow flow)
{
    cancel();
    ApiJob *job = m_session->oauthRequest("GET", QString::fromLatin1(OAuthTokens::discoveryPath));
    m_request = job;
    connect(job, &ApiJob::finished, this, [this, job, flow] {
        if (job->error().isError()) {
            Q_EMIT failed(tr("Could not read the team's sign-in settings: %1")
                                  .arg(job->error().summary()));
            return;
        }
        QString problem;
        const QUrl team = m_settings.teamUrl;
        const auto token
                = OAuthTokens::endpointOnTeam(team, job->json(), u"token_endpoint"_s, &problem);
        const auto next = OAuthTokens::endpointOnTeam(team, job->json(),
                                                      flow == Flow::Browser
                                                              ? u"authorization_endpoint"_s
                                                              : u"device_authorization_endpoint"_s,
                                                      &problem);
        if (!token || !next) {
            Q_EMIT failed(token && flow == Flow::DeviceCode
                                  ? tr("This team does not offer sign-in with a code.")
                                  : problem);
            return;
        }
        m_tokenPath = token->path();
        if (flow == Flow::Browser)
            authorizeInBrowser(*next);
        else
            requestDeviceCode(*next);
    });
}

void OAuthSignIn::authorizeInBrowser(const QUrl &authorizationEndpoint)
{
    m_replyHandler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!m_replyHandler->isListening()) {
        Q_EMIT failed(tr("Could not listen on a loopback port for the browser's answer."));
        return;
    }
    m_replyHandler->setCallbackText(
            tr("Signed in. You can close this tab and return to EMS Explorer."));
    connect(m_replyHandler, &QOAuthHttpServerReplyHandler::callbackReceived, this,
            &OAuthSignIn::browserAnswered);
    m_redirectUri = m_replyHandler->callback();
    m_verifier = newVerifier();
    m_state = base64Url(randomBytes(16));
    QUrl url = authorizationEndpoint;
    QUrlQuery query(url);
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"client_id"_s, m_settings.clientId);
    query.addQueryItem(u"redirect_uri"_s, m_redirectUri);
    query.addQueryItem(u"scope"_s, OAuthScopes::requested(m_settings.scopes).join(u' '));
    query.addQueryItem(u"state"_s, QString::fromLatin1(m_state));
    query.addQueryItem(u"code_challenge"_s, QString::fromLatin1(challengeFor(m_verifier)));
    query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    // The query's values may hold ':' and '/', which must be encoded in a query string.
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    Q_EMIT openUrl(url);
}

void OAuthSignIn::browserAnswered(const QVariantMap &values)
{
    if (values.value(u"state"_s).toByteArray() != m_state)
        return; // not our sign-in: ignore, keep waiting
    m_replyHandler->close();
    const QString error = values.value(u"error"_s).toString();
    if (!error.isEmpty()) {
        Q_EMIT failed(error == u"access_denied"
                              ? tr("The sign-in was denied in the browser.")
                              : tr("The team refused the sign-in (%1).").arg(error));
        return;
    }
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
    form.addQueryItem(u"code"_s, values.value(u"code"_s).toString());
    form.addQueryItem(u"redirect_uri"_s, m_redirectUri);
    form.addQueryItem(u"client_id"_s, m_settings.clientId);
    form.addQueryItem(u"code_verifier"_s, QString::fromLatin1(m_verifier));
    exchange(form);
}

void OAuthSignIn::requestDeviceCode(const QUrl &deviceEndpoint)
{
    QUrlQuery form;
    form.addQueryItem(u"client_id"_s, m_settings.clientId);
    const QList<QStringList> attempts = OAuthScopes::deviceAttempts(m_settings.scopes);
    form.addQueryItem(u"scope"_s, attempts.at(m_deviceScopeAttempt).join(u' '));
    ApiJob *job = m_session->oauthRequest("POST", deviceEndpoint.path(), form);
    m_request = job;
    connect(job, &ApiJob::finished, this, [this, job, deviceEndpoint, attempts] {
        if (OAuthTokens::errorCode(job->error()) == u"invalid_scope"
            && m_deviceScopeAttempt + 1 < attempts.size()) {
            ++m_deviceScopeAttempt; // content-cli's device flow: again without action-engine
            requestDeviceCode(deviceEndpoint);
            return;
        }
        const QJsonValue answer = job->json();
        m_deviceCode = answer[u"device_code"].toString();
        const QString userCode = answer[u"user_code"].toString();
        QUrl verification(answer[u"verification_uri_complete"].toString());
        if (!verification.isValid() || verification.isEmpty())
            verification = QUrl(answer[u"verification_uri"].toString());
        if (job->error().isError() || m_deviceCode.isEmpty() || userCode.isEmpty()
            || verification.isEmpty()) {
            Q_EMIT failed(tr("The team did not give a sign-in code: %1")
                                  .arg(job->error().isError() ? job->error().summary()
                                                              : tr("the answer lacks fields.")));
            return;
        }
        // RFC 8628 §3.2: stop polling when the code expires (expires_in, required).
        const qint64 expiresIn = OAuthTokens::seconds(answer[u"expires_in"], 86400).value_or(1800);
        m_deviceCodeExpires.setRemainingTime(expiresIn * 1000);
        const int interval = answer[u"interval"].toInt(5); // RFC 8628 §3.2: 5 by default
        m_pollTimer.setInterval(std::clamp(interval, 1, 60) * 1000);
        Q_EMIT deviceCodeReady(userCode, verification);
        m_pollTimer.start();
    });
}

void OAuthSignIn::pollDeviceCode()
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, QString::fromLatin1(deviceGrant));
    form.addQueryItem(u"device_code"_s, m_deviceCode);
    form.addQueryItem(u"client_id"_s, m_settings.clientId);
    exchange(form);
}

void OAuthSignIn::exchange(const QUrlQuery &form)
{
    ApiJob *job = m_session->oauthRequest("POST", m_tokenPath, form);
    m_request = job;
    connect(job, &ApiJob::finished, this, [this, job] { finishWith(job); });
}

void OAuthSignIn::finishWith(ApiJob *job)
{
    const ApiError &error = job->error();
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    if (error.isError()) {
        const QString code = OAuthTokens::errorCode(error);
        if (code == u"authorization_pending" || code == u"slow_down") {
            if (code == u"slow_down") // RFC 8628 §3.5: five seconds more from now on
                m_pollTimer.setInterval(m_pollTimer.interval() + 5000);
            if (m_deviceCodeExpires.remainingTime() > m_pollTimer.interval()) {
                m_pollTimer.start();
                return;
            }
            Q_EMIT failed(tr("The code expired before the sign-in was allowed. Start again."));
            return;
        }
        Q_EMIT failed(code == u"access_denied" ? tr("The sign-in was denied.")
                              : code == u"expired_token"
                              ? tr("The code expired. Start again.")
                              : tr("The sign-in failed: %1").arg(error.summary()));
        return;
    }
    const QString refreshToken = job->json()[u"refresh_token"].toString();
    if (refreshToken.isEmpty()) {
        Q_EMIT failed(tr("The team signed you in but gave no refresh token, so EMS Explorer "
                         "could not stay signed in. Ask for the offline_access scope."));
        return;
    }
    Q_EMIT signedIn(refreshToken);
}

} // namespace ems
