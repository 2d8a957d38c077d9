#pragma once

#include "accesspolicy.h"
#include "apireply.h"
#include "team.h"

#include <optional>

namespace ems::sandbox {

// The reads and writes every kind of object shares: listing and getting with the key's
// permissions on it, a full-object PUT checked as EMS checks it (name, description, the id,
// fields the server owns, the change timestamp moved on), create, delete with children.
class Records
{
public:
    using Kind = AccessPolicy::Kind;

    explicit Records(Team *team);

    Collection &collection(Kind kind);
    AccessPolicy::Level level(const ApiKey &key, Kind kind, const QJsonObject &object) const;
    QJsonObject withPermissions(const ApiKey &key, Kind kind, QJsonObject object) const;
    // The objects the key may list, each with its permissions.
    ApiReply list(const ApiKey &key, Kind kind, const QList<QJsonObject> &objects) const;
    ApiReply getOne(const ApiKey &key, Kind kind, const QString &id);
    ApiReply putOne(const ApiKey &key, Kind kind, const QString &id, const QByteArray &body);
    ApiReply create(const ApiKey &key, Kind kind, const QByteArray &body, QJsonObject object);
    ApiReply removeWithChildren(const ApiKey &key, Kind kind, const QString &id,
                                Collection &children, const QString &parentField);
    // A 403 naming the permissions that grant the level, unless the key has it on the object.
    std::optional<ApiReply> requireLevel(const ApiKey &key, Kind kind, const QJsonObject &object,
                                         AccessPolicy::Level level) const;
    // A 403 naming the permission, unless the key has it in that service.
    std::optional<ApiReply> requirePermission(const ApiKey &key, const QString &service,
                                              const QString &permission) const;
    // A 400 unless the body is a JSON object with a valid name (and description).
    std::optional<ApiReply> parseNamed(const QByteArray &body, QJsonObject *object) const;

private:
    Team *m_team;
};

} // namespace ems::sandbox
