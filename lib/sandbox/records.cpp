#include "records.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <array>

using namespace Qt::StringLiterals;

namespace ems::sandbox {

namespace {

using Kind = AccessPolicy::Kind;
using Level = AccessPolicy::Level;

constexpr int maxNameLength = 255;

struct KindFields
{
    QString label;
    QString timestamp; // moved forward on every write; empty when the kind has none
    QStringList serverOwned; // kept from the stored object whatever a PUT sends
};

const KindFields &fields(Kind kind)
{
    static const QHash<Kind, KindFields> table{
            {Kind::Space,
             {u"Space"_s,
              u"changeDate"_s,
              {u"id"_s, u"objectId"_s, u"creationDate"_s, u"createdBy"_s}}},
            {Kind::Node,
             {u"Node"_s,
              u"changeDate"_s,
              {u"id"_s, u"key"_s, u"nodeType"_s, u"assetType"_s, u"spaceId"_s, u"rootNodeId"_s,
               u"rootNodeKey"_s, u"parentNodeId"_s, u"parentNodeKey"_s, u"objectId"_s,
               u"creationDate"_s, u"createdById"_s}}},
            {Kind::DataPool,
             {u"Data pool"_s, u"timeStamp"_s, {u"id"_s, u"objectId"_s, u"creatorUserId"_s}}},
            {Kind::DataModel,
             {u"Data model"_s,
              u"changedDate"_s,
              {u"id"_s, u"poolId"_s, u"objectId"_s, u"createDate"_s, u"creatorUserId"_s}}},
            {Kind::Workspace, {u"Workspace"_s, {}, {u"id"_s}}},
            {Kind::Analysis,
             {u"Analysis"_s,
              {},
              {u"id"_s, u"processId"_s, u"objectId"_s, u"createDate"_s, u"parentObjectId"_s}}},
    };
    return *table.constFind(kind);
}

} // namespace

Records::Records(Team *team)
    : m_team(team)
{ }

Collection &Records::collection(Kind kind)
{
    switch (kind) {
    case Kind::Space:
        return m_team->spaces;
    case Kind::Node:
        return m_team->nodes;
    case Kind::DataPool:
        return m_team->pools;
    case Kind::DataModel:
        return m_team->dataModels;
    case Kind::Workspace:
        return m_team->workspaces;
    case Kind::Analysis:
        break;
    }
    return m_team->analyses;
}

AccessPolicy::Level Records::level(const ApiKey &key, Kind kind, const QJsonObject &object) const
{
    return AccessPolicy::level(*m_team, key, kind, object);
}

QJsonObject Records::withPermissions(const ApiKey &key, Kind kind, QJsonObject object) const
{
    object.insert(u"permissions"_s,
                  QJsonArray::fromStringList(
                          AccessPolicy::objectPermissions(kind, level(key, kind, object))));
    return object;
}

ApiReply Records::list(const ApiKey &key, Kind kind, const QList<QJsonObject> &objects) const
{
    // Computed once per level and answer, not per object: a listing may hold thousands.
    std::array<std::optional<QJsonArray>, 5> permissions;
    QJsonArray array;
    for (QJsonObject object : objects) {
        const Level granted = level(key, kind, object);
        if (granted == Level::None)
            continue; // objects the key may not see are not listed
        auto &cached = permissions.at(size_t(granted));
        if (!cached)
            cached = QJsonArray::fromStringList(AccessPolicy::objectPermissions(kind, granted));
        object.insert(u"permissions"_s, *cached);
        array.append(object);
    }
    return ApiReply::json(array);
}

std::optional<ApiReply> Records::requireLevel(const ApiKey &key, Kind kind,
                                              const QJsonObject &object, Level wanted) const
{
    if (level(key, kind, object) >= wanted)
        return std::nullopt;
    return ApiReply::error(403,
                           u"Forbidden. This key lacks the permission %1 on this object and %2 "
                           "of the service %3."_s.arg(AccessPolicy::objectPermission(kind, wanted),
                                                      AccessPolicy::servicePermission(kind, wanted),
                                                      AccessPolicy::service(kind)));
}

std::optional<ApiReply> Records::requirePermission(const ApiKey &key, const QString &service,
                                                   const QString &permission) const
{
    if (key.hasServicePermission(service, permission))
        return std::nullopt;
    return ApiReply::error(403,
                           u"Forbidden. This key lacks the permission %1 of the service %2."_s.arg(
                                   permission, service));
}

ApiReply Records::getOne(const ApiKey &key, Kind kind, const QString &id)
{
    const auto object = collection(kind).value(id);
    if (!object)
        return ApiReply::error(404, u"%1 with id %2 not found."_s.arg(fields(kind).label, id));
    if (auto denied = requireLevel(key, kind, *object, Level::Use))
        return *denied;
    return ApiReply::json(withPermissions(key, kind, *object));
}

std::optional<ApiReply> Records::parseNamed(const QByteArray &body, QJsonObject *object) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return ApiReply::error(400,
                               u"Bad request. The body is not a JSON object (%1)."_s.arg(
                                       parseError.error != QJsonParseError::NoError
                                               ? parseError.errorString()
                                               : u"found another JSON value"_s));
    }
    *object = document.object();
    const QJsonValue name = object->value(u"name");
    if (!name.isString())
        return ApiReply::validation(u"name"_s, u"must be a string"_s, u"INVALID_TYPE"_s);
    if (name.toString().trimmed().isEmpty())
        return ApiReply::validation(u"name"_s, u"must not be blank"_s, u"NOT_BLANK"_s);
    if (name.toString().size() > maxNameLength) {
        return ApiReply::validation(
                u"name"_s, u"must be at most %1 characters long"_s.arg(maxNameLength), u"SIZE"_s);
    }
    const QJsonValue description = object->value(u"description");
    if (!description.isUndefined() && !description.isNull() && !description.isString()) {
        return ApiReply::validation(u"description"_s, u"must be a string or null"_s,
                                    u"INVALID_TYPE"_s);
    }
    return std::nullopt;
}

ApiReply Records::putOne(const ApiKey &key, Kind kind, const QString &id, const QByteArray &body)
{
    Collection &objects = collection(kind);
    const auto stored = objects.value(id);
    if (!stored)
        return ApiReply::error(404, u"%1 with id %2 not found."_s.arg(fields(kind).label, id));
    if (auto denied = requireLevel(key, kind, *stored, Level::Edit))
        return *denied;
    QJsonObject updated;
    if (auto invalid = parseNamed(body, &updated))
        return *invalid;
    if (updated.value(u"id").toString() != id) {
        return ApiReply::error(400,
                               u"Bad request. The id in the body (%1) does not match the "
                               "id in the path (%2)."_s.arg(updated.value(u"id").toString(), id));
    }

    const KindFields &kindFields = fields(kind);
    updated.remove(u"permissions"_s);
    for (const QString &field : kindFields.serverOwned)
        updated.insert(field, stored->value(field));
    if (!kindFields.timestamp.isEmpty()) {
        const qint64 previous = stored->value(kindFields.timestamp).toInteger();
        updated.insert(kindFields.timestamp,
                       std::max(QDateTime::currentMSecsSinceEpoch(), previous + 1));
    }
    if (kind == Kind::Node)
        updated.insert(u"updatedBy"_s, key.identity.value(u"id"));
    objects.replace(updated);
    ApiReply reply = ApiReply::json(withPermissions(key, kind, updated));
    reply.changed = true;
    return reply;
}

ApiReply Records::create(const ApiKey &key, Kind kind, const QByteArray &body, QJsonObject object)
{
    QJsonObject requested;
    if (auto invalid = parseNamed(body, &requested))
        return *invalid;
    QString id = requested.value(u"id").toString();
    if (id.isEmpty())
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (collection(kind).contains(id))
        return ApiReply::error(409, u"Conflict. An object with id %1 exists already."_s.arg(id));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    object.insert(u"id"_s, id);
    object.insert(u"objectId"_s, id);
    object.insert(u"name"_s, requested.value(u"name"));
    object.insert(u"description"_s,
                  requested.contains(u"description") ? requested.value(u"description")
                                                     : QJsonValue(QJsonValue::Null));
    object.insert(fields(kind).timestamp, now);
    collection(kind).insert(object);
    ApiReply reply = ApiReply::json(withPermissions(key, kind, object));
    reply.changed = true;
    return reply;
}

ApiReply Records::removeWithChildren(const ApiKey &key, Kind kind, const QString &id,
                                     Collection &children, const QString &parentField)
{
    const auto object = collection(kind).value(id);
    if (!object)
        return ApiReply::error(404, u"%1 with id %2 not found."_s.arg(fields(kind).label, id));
    if (auto denied = requireLevel(key, kind, *object, Level::Manage))
        return *denied;
    for (const QJsonObject &child : children.where(parentField, id))
        children.remove(child.value(u"id").toString());
    collection(kind).remove(id);
    ApiReply reply;
    reply.changed = true;
    return reply;
}

} // namespace ems::sandbox
