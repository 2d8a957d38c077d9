#pragma once

#include "accesspolicy.h"
#include "team.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QUrlQuery>

namespace ems::sandbox {

struct ApiRequest
{
    QString method;
    QString path;
    QUrlQuery query;
    QString authorization;
    QString contentType;
    QByteArray body;
};

struct ApiReply
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray contentType; // empty: JSON
    bool changed = false; // the team was modified

    static ApiReply json(const QJsonValue &value, int status = 200);
    static ApiReply error(int status, const QString &message);
    static ApiReply validation(const QString &attribute, const QString &error, const QString &code);
};

// The EMS endpoints of ems-api.md over a Team. Knows nothing of HTTP transport: the server
// hands it a parsed request and holds the lock (shared for GET, exclusive otherwise).
class OAuthServer;
struct Principal;

class Api
{
public:
    Api(Team *team, OAuthServer *oauth);

    ApiReply handle(const ApiRequest &request);
    static bool isRead(const QString &method) { return method == u"GET" || method == u"HEAD"; }

private:
    using Kind = AccessPolicy::Kind;
    using Handler = ApiReply (Api::*)(const ApiKey &, const QStringList &, const ApiRequest &);
    struct Route
    {
        QString method;
        QRegularExpression pattern;
        Handler handler;
    };

    static const QList<Route> &routes();
    Collection &collection(Kind kind);
    QJsonObject withPermissions(const ApiKey &key, Kind kind, QJsonObject object) const;
    ApiReply list(const ApiKey &key, Kind kind, const QList<QJsonObject> &objects) const;
    ApiReply getOne(const ApiKey &key, Kind kind, const QString &id);
    ApiReply putOne(const ApiKey &key, Kind kind, const QString &id, const QByteArray &body);
    ApiReply create(const ApiKey &key, Kind kind, const QByteArray &body, QJsonObject object);
    ApiReply removeWithChildren(const ApiKey &key, Kind kind, const QString &id,
                                Collection &children, const QString &parentField);
    std::optional<ApiReply> requireLevel(const ApiKey &key, Kind kind,
                                         AccessPolicy::Level level) const;
    std::optional<ApiReply> authenticateOAuth(const QString &token, Principal *principal) const;
    std::optional<ApiReply> requireScope(const Principal &principal, const QString &path) const;
    std::optional<ApiReply> parseNamed(const QByteArray &body, QJsonObject *object) const;

    ApiReply currentUser(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply permissions(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply cloudTeam(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply team(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply cuiPdfCover(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply listPoolsPaged(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply listSpaces(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply getSpace(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply createSpace(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply putSpace(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply deleteSpace(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply nodeTree(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply nodesByRootKey(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply nodesByRootId(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply getNode(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply putNode(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply deleteNode(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply listPackages(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply listPools(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply getPool(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply createPool(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply putPool(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply deletePool(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply listDataModels(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply getDataModel(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply putDataModel(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply listWorkspaces(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply getWorkspace(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply listAnalyses(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply getAnalysis(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply putAnalysis(const ApiKey &, const QStringList &, const ApiRequest &);

    Team *m_team;
    OAuthServer *m_oauth;
};

} // namespace ems::sandbox
