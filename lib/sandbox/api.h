#pragma once

#include "apiroute.h"
#include "integrationapi.h"
#include "records.h"
#include "stagingapi.h"

namespace ems::sandbox {

// The EMS endpoints of ems-api.md over a Team. Knows nothing of HTTP transport: the server
// hands it a parsed request and holds the lock (shared for GET, exclusive otherwise).
class OAuthServer;
struct Principal;

class Api
{
public:
    Q_DISABLE_COPY_MOVE(Api) // the routes hold this
    Api(Team *team, OAuthServer *oauth);

    ApiReply handle(const ApiRequest &request);
    // Every route as "METHOD /path/{}", a {} for each id or key, for the check that each
    // one has a source in docs/endpoints.md.
    QStringList routeNames() const;
    static bool isRead(const QString &method) { return method == u"GET" || method == u"HEAD"; }

private:
    using Kind = AccessPolicy::Kind;
    using Handler = ApiReply (Api::*)(const ApiKey &, const QStringList &, const ApiRequest &);

    QList<ApiRoute> routes();
    std::optional<ApiReply> authenticateOAuth(const QString &token, Principal *principal) const;
    std::optional<ApiReply> requireScope(const Principal &principal,
                                         const ApiRequest &request) const;
    std::optional<ApiReply> requirePackage(const ApiKey &key,
                                           const QList<QJsonObject> &nodes) const;

    ApiReply currentUser(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply permissions(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply cloudTeam(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply team(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply cuiPdfCover(const ApiKey &, const QStringList &, const ApiRequest &);
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
    ApiReply listWorkspaces(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply getWorkspace(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply listAnalyses(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply getAnalysis(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply putAnalysis(const ApiKey &, const QStringList &, const ApiRequest &);

    Team *m_team;
    OAuthServer *m_oauth;
    Records m_records;
    IntegrationApi m_integration;
    StagingApi m_staging;
    QList<ApiRoute> m_routes;
};

} // namespace ems::sandbox
