#pragma once

#include "core/access/identity.h"
#include "core/access/servicepermission.h"
#include "core/net/apierror.h"
#include "core/net/apijob.h"
#include "core/net/requestlogentry.h"
#include "core/net/retrypolicy.h"
#include "core/profiles/connectionsettings.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QUrlQuery>
#include <optional>

namespace ems {

class ConnectCheck;
class OAuthTokens;

// One connection to one EMS team: the only owner of a QNetworkAccessManager, the
// Authorization header, the retry policy, the concurrency limit and the request log.
// start() runs the connect check and the permissions request; requests made before the
// key type is known (AUTO) wait for it.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Connecting, Connected, Failed };
    Q_ENUM(State)

    explicit Session(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~Session() override;

    const ConnectionSettings &settings() const { return m_settings; }
    QUrl teamUrl() const { return m_settings.teamUrl; }
    void start();

    State state() const { return m_state; }
    KeyType keyType() const { return m_keyType; } // resolved once connected
    const std::optional<Identity> &identity() const { return m_identity; }
    QString greeting() const;
    // Who is connected, as the status bar and the team row say it: "Hello Ada Lovelace
    // (user key)", "Application Key in use"; empty before the connect check answered.
    QString connectedAs() const;
    const ApiError &connectError() const { return m_connectError; }
    bool hasPermissions() const { return m_permissions.has_value(); }
    QList<ServicePermission> permissions() const
    {
        return m_permissions.value_or(QList<ServicePermission>());
    }
    int requestsInFlight() const { return int(m_jobs.size()); }
    // When the team last answered with success; invalid before.
    QDateTime lastAnswerAt() const { return m_lastAnswer; }
    // Whether requests wait because big answers have not been consumed yet.
    bool isHoldingBack() const;

    ApiJob *get(const QString &path, const QUrlQuery &query = {}, const QString &context = {});
    ApiJob *put(const QString &path, const QJsonObject &body, const QString &context = {});
    ApiJob *post(const QString &path, const QJsonObject &body, const QString &context = {});
    // A request that carries its own authorization (empty: none) instead of the session's:
    // OAuth discovery and token requests. A POST sends the form; it is retried like a GET,
    // since getting a token changes nothing on the team.
    ApiJob *oauthRequest(const QByteArray &method, const QString &path, const QUrlQuery &form = {},
                         const QByteArray &authorization = {});
    // The scopes the OAuth token was granted; nullopt for API keys and when the team's
    // token answer did not say.
    std::optional<QStringList> grantedScopes() const;

Q_SIGNALS:
    void stateChanged(ems::Session::State state);
    void connected();
    void connectFailed(const ems::ApiError &error);
    void keyTypeDetected(ems::KeyType keyType);
    void permissionsLoaded();
    void permissionsFailed(const ems::ApiError &error);
    void requestLogged(const ems::RequestLogEntry &entry);
    void requestsInFlightChanged(int count);
    // A browser sign-in's refresh token was rotated; store it in place of the old one.
    void refreshTokenChanged(const QString &refreshToken);

private:
    ApiJob::Options options(const QByteArray &method, const QString &path, const QUrlQuery &query,
                            const QByteArray &body, const QString &context) const;
    ApiJob *createJob(ApiJob::Options options);
    void pump();
    void startAttempt(ApiJob *job);
    void attemptFinished(ApiJob *job, const ApiJob::Attempt &attempt);
    void finish(ApiJob *job, const ApiError &error, int httpStatus = 0,
                const QJsonValue &json = {});
    void forget(ApiJob *job, bool attemptRunning); // the job is being deleted
    ConnectionFacts facts() const; // for error hints
    // The Authorization header for the job's next attempt (empty: none); nullopt while it
    // must wait for the key type or an access token.
    std::optional<QByteArray> authorizationFor(const ApiJob *job) const;
    void tokenFailed(const ApiError &error);
    QList<QByteArray> secrets() const; // what no log, error or export may contain
    void failWaiting(const ApiError &error);

    void checked(const Identity &identity, KeyType keyType); // the connect check passed
    void checkFailed(const ApiError &error);
    void setState(State state);

    ConnectionSettings m_settings;
    OAuthTokens *m_tokens = nullptr; // OAuth connections only
    ConnectCheck *m_check;
    RetryPolicy m_policy;
    QNetworkAccessManager m_manager;
    QSslConfiguration m_ssl;
    QString m_sslSetupError;
    State m_state = State::Idle;
    KeyType m_keyType;
    QByteArray m_scheme; // empty while AUTO has not found out
    std::optional<Identity> m_identity;
    std::optional<QList<ServicePermission>> m_permissions;
    QDateTime m_lastAnswer;
    ApiError m_connectError;
    QList<ApiJob *> m_queue;
    QSet<ApiJob *> m_jobs;
    QHash<ApiJob *, qint64> m_unconsumed; // finished with an answer, not yet deleted
    qint64 m_unconsumedBytes = 0;
    int m_running = 0;
    quint64 m_nextId = 1;
};

} // namespace ems
