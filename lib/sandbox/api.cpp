#include "api.h"

#include "oauthserver.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ems::sandbox {

using Kind = AccessPolicy::Kind;
using Level = AccessPolicy::Level;

Api::Api(Team *team, OAuthServer *oauth)
    : m_team(team)
    , m_oauth(oauth)
    , m_records(team)
    , m_integration(team)
    , m_staging(team)
    , m_routes(routes())
{ }

QList<ApiRoute> Api::routes()
{
    const QString id = ApiRoute::id();
    const auto route = [this](const QString &method, const QString &pattern, Handler handler) {
        return ApiRoute::make(method, pattern, this, handler);
    };
    return QList<ApiRoute>{
                   route(u"GET"_s, u"/api/cloud"_s, &Api::currentUser),
                   route(u"GET"_s, u"/api/cloud/permissions"_s, &Api::permissions),
                   route(u"GET"_s, u"/api/cloud/team"_s, &Api::cloudTeam),
                   route(u"GET"_s, u"/api/team"_s, &Api::team),
                   route(u"GET"_s, u"/api/team/cui-settings/cui-pdf-cover"_s, &Api::cuiPdfCover),
                   route(u"GET"_s, u"/package-manager/api/spaces"_s, &Api::listSpaces),
                   route(u"POST"_s, u"/package-manager/api/spaces"_s, &Api::createSpace),
                   route(u"POST"_s, u"/package-manager/api/spaces/delete/"_s + id,
                         &Api::deleteSpace),
                   route(u"GET"_s, u"/package-manager/api/spaces/"_s + id, &Api::getSpace),
                   route(u"PUT"_s, u"/package-manager/api/spaces/"_s + id, &Api::putSpace),
                   route(u"GET"_s, u"/package-manager/api/nodes/tree"_s, &Api::nodeTree),
                   route(u"GET"_s, u"/package-manager/api/nodes/by-root-key/"_s + id,
                         &Api::nodesByRootKey),
                   route(u"GET"_s, u"/package-manager/api/nodes/by-root-id/"_s + id,
                         &Api::nodesByRootId),
                   route(u"GET"_s, u"/package-manager/api/nodes/"_s + id, &Api::getNode),
                   route(u"PUT"_s, u"/package-manager/api/nodes/"_s + id, &Api::putNode),
                   route(u"DELETE"_s, u"/package-manager/api/nodes/"_s + id, &Api::deleteNode),
                   route(u"GET"_s, u"/package-manager/api/packages"_s, &Api::listPackages),
                   route(u"GET"_s, u"/process-mining/api/processes"_s, &Api::listWorkspaces),
                   route(u"GET"_s, u"/process-mining/api/processes/"_s + id, &Api::getWorkspace),
                   route(u"GET"_s, u"/process-mining/api/analysis"_s, &Api::listAnalyses),
                   route(u"GET"_s, u"/process-mining/analysis/v1.2/api/analysis/"_s + id,
                         &Api::getAnalysis),
                   route(u"PUT"_s, u"/process-mining/api/analysis/"_s + id, &Api::putAnalysis),
           }
    + m_integration.routes() + m_staging.routes();
}

QStringList Api::routeNames() const
{
    QStringList names;
    for (const ApiRoute &route : m_routes) {
        QString path = route.pattern.pattern().mid(1).chopped(1); // without ^ and $
        names.append(route.method + u' ' + path.replace(ApiRoute::id(), u"{}"_s));
    }
    return names;
}

ApiReply Api::handle(const ApiRequest &request)
{
    if (OAuthServer::handles(request.path))
        return m_oauth->handle(request, *m_team);
    bool pathKnown = false;
    for (const ApiRoute &route : std::as_const(m_routes)) {
        const QRegularExpressionMatch match = route.pattern.match(request.path);
        if (!match.hasMatch())
            continue;
        pathKnown = true;
        if (route.method != request.method)
            continue;

        const QString scheme = request.authorization.section(u' ', 0, 0);
        const QString token = request.authorization.section(u' ', 1).trimmed();
        if (token.isEmpty()) {
            return ApiReply::error(401,
                                   u"Authentication required. Send the header "
                                   "'Authorization: AppKey <key>' or 'Bearer <key>'."_s);
        }
        Principal principal;
        if (const ApiKey *key = m_team->keyForToken(token)) {
            if (scheme.compare(key->scheme(), Qt::CaseInsensitive) != 0)
                return ApiReply::error(401, u"The provided API key is not valid for this team."_s);
            principal.key = *key;
        } else if (scheme.compare(u"Bearer", Qt::CaseInsensitive) != 0) {
            return ApiReply::error(401, u"The provided API key is not valid for this team."_s);
        } else if (auto refused = authenticateOAuth(token, &principal)) {
            return *refused;
        }
        if (auto refused = requireScope(principal, request))
            return *refused;
        QStringList captures = match.capturedTexts();
        captures.removeFirst();
        return route.handler(principal.key, captures, request);
    }
    if (pathKnown)
        return ApiReply::error(
                405, u"Method %1 is not allowed on %2."_s.arg(request.method, request.path));
    return ApiReply::error(404, u"No endpoint at %1."_s.arg(request.path));
}

std::optional<ApiReply> Api::authenticateOAuth(const QString &token, Principal *principal) const
{
    switch (m_oauth->lookup(token, *m_team, principal)) {
    case OAuthServer::TokenState::Valid:
        return std::nullopt;
    case OAuthServer::TokenState::Expired: {
        ApiReply reply = ApiReply::error(401, u"The access token expired. Get a new one."_s);
        reply.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                              QByteArrayLiteral("Bearer error=\"invalid_token\", "
                                                "error_description=\"The access token expired\"")});
        return reply;
    }
    case OAuthServer::TokenState::Unknown:
        break;
    }
    return ApiReply::error(401, u"The provided API key or token is not valid for this team."_s);
}

// RFC 6750 §3.1: a token without the scope an API needs is refused with 403.
std::optional<ApiReply> Api::requireScope(const Principal &principal,
                                          const ApiRequest &request) const
{
    const QStringList needed = OAuthServer::requiredScopes(request.method, request.path);
    if (!principal.scopes || needed.isEmpty())
        return std::nullopt;
    for (const QString &scope : needed) {
        if (principal.scopes->contains(scope))
            return std::nullopt;
    }
    const QString scope = needed.constFirst();
    ApiReply reply
            = ApiReply::error(403,
                              u"Forbidden. The OAuth token lacks the scope %1 (granted: %2)."_s.arg(
                                      scope, principal.scopes->join(u' ')));
    reply.headers.append(
            {QByteArrayLiteral("WWW-Authenticate"),
             "Bearer error=\"insufficient_scope\", scope=\"" + scope.toLatin1() + '"'});
    return reply;
}

ApiReply Api::currentUser(const ApiKey &key, const QStringList &, const ApiRequest &)
{
    return ApiReply::json(key.identity);
}

ApiReply Api::permissions(const ApiKey &key, const QStringList &, const ApiRequest &)
{
    return ApiReply::json(key.permissions);
}

ApiReply Api::cloudTeam(const ApiKey &, const QStringList &, const ApiRequest &)
{
    const QJsonObject &info = m_team->info;
    return ApiReply::json(QJsonObject{{u"id"_s, info.value(u"id")},
                                      {u"name"_s, info.value(u"name")},
                                      {u"domain"_s, info.value(u"domain")}});
}

ApiReply Api::team(const ApiKey &, const QStringList &, const ApiRequest &)
{
    return ApiReply::json(m_team->info);
}

// content-cli asks before it writes a file; 403 is what a team without CUI marking says.
ApiReply Api::cuiPdfCover(const ApiKey &, const QStringList &, const ApiRequest &)
{
    return ApiReply::error(403, u"Forbidden. CUI marking is not enabled for this team."_s);
}

ApiReply Api::listSpaces(const ApiKey &key, const QStringList &, const ApiRequest &)
{
    return m_records.list(key, Kind::Space, m_team->spaces.all());
}

ApiReply Api::getSpace(const ApiKey &key, const QStringList &args, const ApiRequest &)
{
    return m_records.getOne(key, Kind::Space, args.at(0));
}

ApiReply Api::createSpace(const ApiKey &key, const QStringList &, const ApiRequest &request)
{
    if (auto denied = m_records.requirePermission(key, u"package-manager"_s, u"CREATE_SPACE"_s))
        return *denied;
    QJsonObject requested = QJsonDocument::fromJson(request.body).object();
    const QJsonObject space{
            {u"iconReference"_s, requested.value(u"iconReference").toString(u"earth"_s)},
            {u"creationDate"_s, QDateTime::currentMSecsSinceEpoch()},
            {u"createdBy"_s, key.identity.value(u"id")},
            {u"dataModels"_s, QJsonArray()}};
    return m_records.create(key, Kind::Space, request.body, space);
}

ApiReply Api::putSpace(const ApiKey &key, const QStringList &args, const ApiRequest &request)
{
    return m_records.putOne(key, Kind::Space, args.at(0), request.body);
}

ApiReply Api::deleteSpace(const ApiKey &key, const QStringList &args, const ApiRequest &)
{
    return m_records.removeWithChildren(key, Kind::Space, args.at(0), m_team->nodes, u"spaceId"_s);
}

ApiReply Api::nodeTree(const ApiKey &key, const QStringList &, const ApiRequest &request)
{
    const QString spaceId = request.query.queryItemValue(u"spaceId"_s);
    if (spaceId.isEmpty())
        return ApiReply::error(400, u"Bad request. The query parameter spaceId is required."_s);
    const auto space = m_team->spaces.value(spaceId);
    if (!space)
        return ApiReply::error(404, u"Space with id %1 not found."_s.arg(spaceId));
    if (auto denied = m_records.requireLevel(key, Kind::Space, *space, Level::Use))
        return *denied;
    return m_records.list(key, Kind::Node, m_team->nodes.where(u"spaceId"_s, spaceId));
}

// Reading what is in a package needs Use on the package itself.
std::optional<ApiReply> Api::requirePackage(const ApiKey &key,
                                            const QList<QJsonObject> &nodes) const
{
    for (const QJsonObject &node : nodes) {
        if (node.value(u"nodeType").toString() == u"PACKAGE")
            return m_records.requireLevel(key, Kind::Node, node, Level::Use);
    }
    return m_records.requireLevel(key, Kind::Node, nodes.constFirst(), Level::Use);
}

ApiReply Api::nodesByRootKey(const ApiKey &key, const QStringList &args, const ApiRequest &request)
{
    QList<QJsonObject> nodes = m_team->nodes.where(u"rootNodeKey"_s, args.at(0));
    if (nodes.isEmpty())
        return ApiReply::error(404, u"Package with key %1 not found."_s.arg(args.at(0)));
    if (auto denied = requirePackage(key, nodes))
        return *denied;
    for (const QString &field : {u"assetType"_s, u"nodeType"_s}) {
        const QString wanted = request.query.queryItemValue(field);
        if (!wanted.isEmpty()) {
            nodes.removeIf(
                    [&](const QJsonObject &n) { return n.value(field).toString() != wanted; });
        }
    }
    return m_records.list(key, Kind::Node, nodes);
}

ApiReply Api::nodesByRootId(const ApiKey &key, const QStringList &args, const ApiRequest &)
{
    const QList<QJsonObject> nodes = m_team->nodes.where(u"rootNodeId"_s, args.at(0));
    if (nodes.isEmpty())
        return ApiReply::error(404, u"Package with id %1 not found."_s.arg(args.at(0)));
    if (auto denied = requirePackage(key, nodes))
        return *denied;
    return m_records.list(key, Kind::Node, nodes);
}

ApiReply Api::getNode(const ApiKey &key, const QStringList &args, const ApiRequest &)
{
    return m_records.getOne(key, Kind::Node, args.at(0));
}

ApiReply Api::putNode(const ApiKey &key, const QStringList &args, const ApiRequest &request)
{
    // Lenient for every node type: PyCelonis 2.x refuses some types itself (packages, skills,
    // action flows) before sending anything, and no source says what a team answers.
    if (const auto node = m_team->nodes.value(args.at(0))) {
        if (auto denied = m_records.requireLevel(key, Kind::Node, *node, Level::Edit))
            return *denied;
    }
    return m_records.putOne(key, Kind::Node, args.at(0), request.body);
}

ApiReply Api::deleteNode(const ApiKey &key, const QStringList &args, const ApiRequest &)
{
    const auto node = m_team->nodes.value(args.at(0));
    if (!node)
        return ApiReply::error(404, u"Node with id %1 not found."_s.arg(args.at(0)));
    if (auto denied = m_records.requireLevel(key, Kind::Node, *node, Level::Manage))
        return *denied;
    // The node and everything below it.
    QStringList doomed{args.at(0)};
    const QList<QJsonObject> package
            = m_team->nodes.where(u"rootNodeId"_s, node->value(u"rootNodeId").toString());
    for (qsizetype i = 0; i < doomed.size(); ++i) {
        for (const QJsonObject &candidate : package) {
            if (candidate.value(u"parentNodeId").toString() == doomed.at(i))
                doomed.append(candidate.value(u"id").toString());
        }
    }
    if (node->value(u"nodeType").toString() == u"PACKAGE") {
        for (const QJsonObject &candidate : package)
            doomed.append(candidate.value(u"id").toString());
    }
    for (const QString &id : std::as_const(doomed))
        m_team->nodes.remove(id);
    ApiReply reply;
    reply.changed = true;
    return reply;
}

ApiReply Api::listPackages(const ApiKey &key, const QStringList &, const ApiRequest &)
{
    QList<QJsonObject> packages;
    for (const QJsonObject &space : m_team->spaces.all()) {
        for (const QJsonObject &node :
             m_team->nodes.where(u"spaceId"_s, space.value(u"id").toString())) {
            if (node.value(u"nodeType").toString() == u"PACKAGE")
                packages.append(node);
        }
    }
    return m_records.list(key, Kind::Node, packages);
}

ApiReply Api::listWorkspaces(const ApiKey &key, const QStringList &, const ApiRequest &)
{
    return m_records.list(key, Kind::Workspace, m_team->workspaces.all());
}

ApiReply Api::getWorkspace(const ApiKey &key, const QStringList &args, const ApiRequest &)
{
    return m_records.getOne(key, Kind::Workspace, args.at(0));
}

ApiReply Api::listAnalyses(const ApiKey &key, const QStringList &, const ApiRequest &request)
{
    const QString workspaceId = request.query.queryItemValue(u"processId"_s);
    if (workspaceId.isEmpty())
        return ApiReply::error(400, u"Bad request. The query parameter processId is required."_s);
    const auto workspace = m_team->workspaces.value(workspaceId);
    if (!workspace)
        return ApiReply::error(404, u"Workspace with id %1 not found."_s.arg(workspaceId));
    if (auto denied = m_records.requireLevel(key, Kind::Workspace, *workspace, Level::Use))
        return *denied;
    return m_records.list(key, Kind::Analysis, m_team->analyses.where(u"processId"_s, workspaceId));
}

ApiReply Api::getAnalysis(const ApiKey &key, const QStringList &args, const ApiRequest &)
{
    return m_records.getOne(key, Kind::Analysis, args.at(0));
}

ApiReply Api::putAnalysis(const ApiKey &key, const QStringList &args, const ApiRequest &request)
{
    return m_records.putOne(key, Kind::Analysis, args.at(0), request.body);
}

} // namespace ems::sandbox
