#pragma once

#include "core/profiles/connectionsettings.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <memory>

class QOAuthHttpServerReplyHandler;

namespace ems {

class ApiJob;
class Session;

// Signs a person in with a public OAuth client and yields the refresh token a connection
// keeps. Two ways, both over the session's logged requests:
// - in the browser: authorization code with PKCE (S256), the answer received on a loopback
//   redirect (RFC 8252) by QtNetworkAuth's reply handler;
// - with a code typed on another device (RFC 8628), when the team's discovery document
//   names a device authorization endpoint.
class OAuthSignIn : public QObject
{
    Q_OBJECT

public:
    explicit OAuthSignIn(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    Session *session() const { return m_session.get(); } // for the network log
    void startBrowser();
    void startDeviceCode();
    void cancel();

    // PKCE (RFC 7636): a fresh verifier and its S256 challenge.
    static QByteArray newVerifier();
    static QByteArray challengeFor(const QByteArray &verifier);

Q_SIGNALS:
    // Open this in the browser (authorization code) or show it (device code).
    void openUrl(const QUrl &url);
    void deviceCodeReady(const QString &userCode, const QUrl &verificationUrl);
    void signedIn(const QString &refreshToken);
    void failed(const QString &message);

private:
    enum class Flow { Browser, DeviceCode };
    void discover(Flow flow);
    void authorizeInBrowser(const QUrl &authorizationEndpoint);
    void browserAnswered(const QVariantMap &values);
    void requestDeviceCode(const QUrl &deviceEndpoint);
    void pollDeviceCode();
    void exchange(const QUrlQuery &form);
    void finishWith(ApiJob *job);

    ConnectionSettings m_settings;
    std::unique_ptr<Session> m_session;
    QString m_tokenPath;
    QByteArray m_verifier;
    QByteArray m_state;
    QString m_redirectUri;
    QString m_deviceCode;
    qsizetype m_deviceScopeAttempt = 0; // into OAuthScopes::deviceAttempts
    QTimer m_pollTimer;
    QDeadlineTimer m_deviceCodeExpires;
    QOAuthHttpServerReplyHandler *m_replyHandler = nullptr;
    QPointer<ApiJob> m_request;
};

} // namespace ems
