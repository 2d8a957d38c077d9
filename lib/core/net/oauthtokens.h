#pragma once

#include "core/net/apierror.h"
#include "core/profiles/connectionsettings.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrlQuery>
#include <functional>
#include <optional>

namespace ems {

class ApiJob;

// The access tokens of an OAuth connection, got through the session's own requests (so
// they are logged, retried and timed like every other): discovery of the token endpoint,
// then the client-credentials grant, or the refresh-token grant after a browser sign-in.
// One token request is in flight at a time; the session holds requests back until a token
// is ready. A token is renewed before it expires (a tenth of its lifetime, at most 60 s,
// ahead) and after a 401 that carried it.
class OAuthTokens : public QObject
{
    Q_OBJECT

public:
    // Sends a token or discovery request with its own authorization (empty: none), as
    // Session::oauthRequest does.
    using Requester
            = std::function<ApiJob *(const QByteArray &method, const QString &path,
                                     const QUrlQuery &form, const QByteArray &authorization)>;

    OAuthTokens(const ConnectionSettings &settings, Requester request, QObject *parent);

    bool isReady() const;
    QByteArray authorization() const { return "Bearer " + m_accessToken; }
    // Starts a token request unless one is in flight or the last one failed for good.
    void ensure();
    // A request that carried this header was refused with 401.
    void invalidate(const QByteArray &authorization);
    bool isRequesting() const { return !m_request.isNull(); }
    const std::optional<ApiError> &permanentError() const { return m_permanentError; }
    // The scopes the last token answer granted; nullopt when it did not say (RFC 6749
    // §5.1 lets a server leave them out when they are those asked for).
    const std::optional<QStringList> &grantedScopes() const { return m_grantedScopes; }
    // Everything of this connection that must never reach a log.
    QList<QByteArray> secrets() const;

    static constexpr auto discoveryPath = "/.well-known/openid-configuration";
    // The OAuth error code of a token endpoint's answer ("invalid_client", ...).
    static QString errorCode(const ApiError &error);
    // A number of seconds from a token or device answer ("expires_in"): a number or a
    // numeric string, clamped to 1..max as a double (casting 1e300 is undefined); nullopt
    // when it is neither, or NaN.
    static std::optional<qint64> seconds(const QJsonValue &value, qint64 max);
    // The token endpoint as discovered; the team's own origin only (the client secret goes
    // nowhere else).
    static std::optional<QUrl> endpointOnTeam(const QUrl &team, const QJsonValue &discovery,
                                              const QString &field, QString *problem);

Q_SIGNALS:
    void ready();
    void failed(const ems::ApiError &error);
    // A browser sign-in's refresh token was rotated: the new one must be stored.
    void refreshTokenChanged(const QString &refreshToken);

private:
    void discover();
    void requestToken();
    void tokenAnswered(ApiJob *job);
    void fail(const ApiError &error, bool permanent);
    QByteArray basicCredential() const;

    ConnectionSettings m_settings;
    Requester m_send;
    QString m_tokenPath;
    QPointer<ApiJob> m_request;
    QByteArray m_accessToken;
    QDeadlineTimer m_renewAt;
    QString m_refreshToken;
    std::optional<QStringList> m_grantedScopes;
    QList<QStringList> m_scopeAttempts; // client credentials: the sets to ask for in turn
    qsizetype m_scopeAttempt = 0;
    bool m_triedPost = false; // Auto: Basic failed with invalid_client, Post is being tried
    std::optional<ApiError> m_permanentError;
};

} // namespace ems
