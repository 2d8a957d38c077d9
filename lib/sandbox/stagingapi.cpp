#include "stagingapi.h"

#include "team.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ems::sandbox {

using Kind = AccessPolicy::Kind;
using Level = AccessPolicy::Level;

namespace {

constexpr auto flavor = "STUDIO";

QString packageNodeKey(const QJsonObject &node)
{
    return node.value(u"rootNodeKey").toString();
}

} // namespace

StagingApi::StagingApi(Team *team)
    : m_team(team)
    , m_records(team)
{ }

QList<ApiRoute> StagingApi::routes()
{
    const QString key = ApiRoute::id();
    const QString packages = u"/pacman/api/core/staging/packages"_s;
    const auto route = [this](const QString &method, const QString &pattern, Handler handler) {
        return ApiRoute::make(method, pattern, this, handler);
    };
    return {
            route(u"GET"_s, packages + u"/export/list"_s, &StagingApi::listPackages),
            route(u"GET"_s, packages + u"/%1/nodes"_s.arg(key), &StagingApi::listNodes),
            route(u"POST"_s, packages + u"/%1/nodes"_s.arg(key), &StagingApi::createNode),
            route(u"GET"_s, packages + u"/%1/nodes/%1"_s.arg(key), &StagingApi::getNode),
            route(u"PUT"_s, packages + u"/%1/nodes/%1"_s.arg(key), &StagingApi::updateNode),
    };
}

QJsonObject StagingApi::staging(const QJsonObject &node, bool withConfiguration)
{
    const QString nodeType = node.value(u"nodeType").toString();
    const QString type = nodeType == u"ASSET" ? node.value(u"assetType").toString() : nodeType;
    QJsonObject staged{{u"id"_s, node.value(u"id")},
                       {u"key"_s, node.value(u"key")},
                       {u"name"_s, node.value(u"name")},
                       {u"type"_s, type},
                       {u"packageNodeKey"_s, packageNodeKey(node)},
                       {u"parentNodeKey"_s, node.value(u"parentNodeKey")},
                       {u"createdBy"_s, node.value(u"createdById")},
                       {u"updatedBy"_s, node.value(u"updatedBy")},
                       {u"creationDate"_s, node.value(u"creationDate")},
                       {u"changeDate"_s, node.value(u"changeDate")},
                       {u"invalidContent"_s, node.value(u"invalidContent").toBool()},
                       {u"flavor"_s, QLatin1StringView(flavor)}};
    if (withConfiguration) {
        // What was written last, else what the seeded YAML says, as an object.
        QJsonObject configuration = node.value(u"configuration").toObject();
        if (!node.contains(u"configuration") && nodeType == u"ASSET") {
            configuration = {{u"kind"_s, type},
                             {u"metadata"_s, QJsonObject{{u"key"_s, node.value(u"key")}}}};
        } else if (!node.contains(u"configuration") && nodeType == u"PACKAGE") {
            configuration = {{u"variables"_s, QJsonArray()}, {u"dependencies"_s, QJsonArray()}};
        }
        staged.insert(u"configuration"_s, configuration);
    }
    return staged;
}

std::variant<QList<QJsonObject>, ApiReply> StagingApi::packageNodes(const ApiKey &key,
                                                                    const QString &packageKey) const
{
    const QList<QJsonObject> nodes = m_team->nodes.where(u"rootNodeKey"_s, packageKey);
    for (const QJsonObject &node : nodes) {
        if (node.value(u"nodeType").toString() != u"PACKAGE")
            continue;
        if (auto denied = m_records.requireLevel(key, Kind::Node, node, Level::Use))
            return *denied;
        return nodes;
    }
    return ApiReply::error(404, u"Package with key %1 not found."_s.arg(packageKey));
}

ApiReply StagingApi::listPackages(const ApiKey &key, const QStringList &, const ApiRequest &request)
{
    const QStringList flavors = request.query.allQueryItemValues(u"flavors"_s);
    QJsonArray packages;
    if (!flavors.isEmpty() && !flavors.contains(QLatin1StringView(flavor)))
        return ApiReply::json(packages);
    for (const QJsonObject &node : m_team->nodes.all()) {
        if (node.value(u"nodeType").toString() != u"PACKAGE"
            || m_records.level(key, Kind::Node, node) == Level::None)
            continue;
        QJsonObject package = staging(node, false);
        package.insert(u"spaceId"_s, node.value(u"spaceId"));
        packages.append(package);
    }
    return ApiReply::json(packages);
}

ApiReply StagingApi::listNodes(const ApiKey &key, const QStringList &args,
                               const ApiRequest &request)
{
    auto nodes = packageNodes(key, args.at(0));
    if (auto *refused = std::get_if<ApiReply>(&nodes))
        return *refused;
    bool limited = false;
    const int limit = request.query.queryItemValue(u"limit"_s).toInt(&limited);
    const int offset = std::max(0, request.query.queryItemValue(u"offset"_s).toInt());
    if (limited && limit < 1)
        return ApiReply::error(400, u"Bad request. limit must be 1 or more."_s);
    const bool withConfiguration = request.query.queryItemValue(u"withConfiguration"_s) == u"true";
    QJsonArray listed;
    for (const QJsonObject &node :
         std::get<QList<QJsonObject>>(nodes).mid(offset, limited ? limit : -1))
        listed.append(staging(node, withConfiguration));
    return ApiReply::json(listed);
}

ApiReply StagingApi::getNode(const ApiKey &key, const QStringList &args, const ApiRequest &request)
{
    auto nodes = packageNodes(key, args.at(0));
    if (auto *refused = std::get_if<ApiReply>(&nodes))
        return *refused;
    for (const QJsonObject &node : std::get<QList<QJsonObject>>(nodes)) {
        if (node.value(u"key").toString() == args.at(1))
            return ApiReply::json(
                    staging(node, request.query.queryItemValue(u"withConfiguration"_s) == u"true"));
    }
    return ApiReply::error(
            404, u"Node with key %1 not found in package %2."_s.arg(args.at(1), args.at(0)));
}

std::optional<ApiReply> StagingApi::parseTransport(const QByteArray &body, const QString &nodeKey,
                                                   QJsonObject *transport) const
{
    if (auto invalid = m_records.parseNamed(body, transport))
        return invalid;
    const QJsonValue key = transport->value(u"key");
    if (!nodeKey.isEmpty() && !key.isUndefined() && key.toString() != nodeKey) {
        return ApiReply::error(400,
                               u"Bad request. The key in the body (%1) does not match the key "
                               "in the path (%2)."_s.arg(key.toString(), nodeKey));
    }
    if (nodeKey.isEmpty() && (!key.isString() || key.toString().isEmpty()))
        return ApiReply::validation(u"key"_s, u"must not be blank"_s, u"NOT_BLANK"_s);
    const QJsonValue configuration = transport->value(u"configuration");
    if (!configuration.isUndefined() && !configuration.isNull() && !configuration.isObject()) {
        return ApiReply::validation(u"configuration"_s, u"must be an object"_s, u"INVALID_TYPE"_s);
    }
    return std::nullopt;
}

ApiReply StagingApi::updateNode(const ApiKey &key, const QStringList &args,
                                const ApiRequest &request)
{
    auto nodes = packageNodes(key, args.at(0));
    if (auto *refused = std::get_if<ApiReply>(&nodes))
        return *refused;
    std::optional<QJsonObject> stored;
    for (const QJsonObject &node : std::get<QList<QJsonObject>>(nodes)) {
        if (node.value(u"key").toString() == args.at(1))
            stored = node;
    }
    if (!stored) {
        return ApiReply::error(
                404, u"Node with key %1 not found in package %2."_s.arg(args.at(1), args.at(0)));
    }
    if (auto denied = m_records.requireLevel(key, Kind::Node, *stored, Level::Edit))
        return *denied;
    QJsonObject transport;
    if (auto invalid = parseTransport(request.body, args.at(1), &transport))
        return *invalid;
    QJsonObject updated = *stored;
    updated.insert(u"name"_s, transport.value(u"name"));
    // Kept only where it differs from what the node's seeded content says already.
    const QJsonValue configuration = transport.value(u"configuration");
    if (configuration.isObject() && configuration != staging(*stored, true)[u"configuration"])
        updated.insert(u"configuration"_s, configuration);
    updated.insert(u"updatedBy"_s, key.identity.value(u"id"));
    updated.insert(u"changeDate"_s,
                   std::max(QDateTime::currentMSecsSinceEpoch(),
                            stored->value(u"changeDate").toInteger() + 1));
    if (request.query.queryItemValue(u"validate"_s) == u"true")
        return ApiReply::json(staging(*stored, true)); // valid; nothing is written
    m_team->nodes.replace(updated);
    ApiReply reply = ApiReply::json(staging(updated, true));
    reply.changed = true;
    return reply;
}

ApiReply StagingApi::createNode(const ApiKey &key, const QStringList &args,
                                const ApiRequest &request)
{
    auto nodes = packageNodes(key, args.at(0));
    if (auto *refused = std::get_if<ApiReply>(&nodes))
        return *refused;
    const QList<QJsonObject> &package = std::get<QList<QJsonObject>>(nodes);
    QJsonObject transport;
    if (auto invalid = parseTransport(request.body, {}, &transport))
        return *invalid;
    const QString nodeKey = transport.value(u"key").toString();
    const QString parentKey = transport.value(u"parentNodeKey").toString(args.at(0));
    std::optional<QJsonObject> parent;
    for (const QJsonObject &node : package) {
        if (node.value(u"key").toString() == nodeKey)
            return ApiReply::error(409, u"A node with key %1 exists already."_s.arg(nodeKey));
        if (node.value(u"key").toString() == parentKey)
            parent = node;
    }
    if (!parent)
        return ApiReply::error(400, u"Bad request. No parent node with key %1."_s.arg(parentKey));
    if (auto denied = m_records.requireLevel(key, Kind::Node, *parent, Level::Edit))
        return *denied;
    const QString type = transport.value(u"type").toString();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonValue user = key.identity.value(u"id");
    QJsonObject node{{u"id"_s, id},
                     {u"key"_s, nodeKey},
                     {u"name"_s, transport.value(u"name")},
                     {u"nodeType"_s, type == u"FOLDER" ? u"FOLDER"_s : u"ASSET"_s},
                     {u"assetType"_s, type == u"FOLDER" ? QJsonValue() : QJsonValue(type)},
                     {u"spaceId"_s, parent->value(u"spaceId")},
                     {u"rootNodeId"_s, parent->value(u"rootNodeId")},
                     {u"rootNodeKey"_s, args.at(0)},
                     {u"parentNodeId"_s, parent->value(u"id")},
                     {u"parentNodeKey"_s, parentKey},
                     {u"objectId"_s, id},
                     {u"creationDate"_s, now},
                     {u"changeDate"_s, now},
                     {u"createdById"_s, user},
                     {u"updatedBy"_s, user},
                     {u"folder"_s, type == u"FOLDER"},
                     {u"asset"_s, type != u"FOLDER"},
                     {u"configuration"_s, transport.value(u"configuration").toObject()}};
    if (request.query.queryItemValue(u"validate"_s) == u"true")
        return ApiReply::json(staging(node, true)); // valid; nothing is written
    m_team->nodes.insert(node);
    ApiReply reply = ApiReply::json(staging(node, true), 201);
    reply.changed = true;
    return reply;
}

} // namespace ems::sandbox
