#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace ems::sandbox {

// One API key of a sandbox team: how it authenticates, who it is (the body of
// GET /api/cloud) and its team-wide permissions per service (GET /api/cloud/permissions),
// which are also what the server enforces.
struct ApiKey
{
    enum class Type { AppKey, UserKey };

    Type type = Type::UserKey;
    QString token;
    QString role;
    QJsonObject identity;
    QJsonArray permissions;

    QString typeName() const;
    QString scheme() const;
    bool hasServicePermission(const QString &service, const QString &permission) const;

    // Who a key or client of that team is: the body of GET /api/cloud.
    static QJsonObject identityFor(const QJsonObject &team, const QString &id, const QString &name,
                                   const QJsonValue &email, bool admin);

    QJsonObject toJson() const;
    static ApiKey fromJson(const QJsonObject &object);
};

} // namespace ems::sandbox
