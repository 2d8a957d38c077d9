#include "apikey.h"

using namespace Qt::StringLiterals;

namespace ems::sandbox {

QString ApiKey::typeName() const
{
    return type == Type::AppKey ? u"APP_KEY"_s : u"USER_KEY"_s;
}

QString ApiKey::scheme() const
{
    return type == Type::AppKey ? u"AppKey"_s : u"Bearer"_s;
}

bool ApiKey::hasServicePermission(const QString &service, const QString &permission) const
{
    for (const QJsonValue &entry : permissions) {
        const QJsonObject object = entry.toObject();
        if (object.value(u"serviceName").toString() == service)
            return object.value(u"permissions").toArray().contains(permission);
    }
    return false;
}

QJsonObject ApiKey::toJson() const
{
    return {{u"type"_s, typeName()},
            {u"token"_s, token},
            {u"role"_s, role},
            {u"identity"_s, identity},
            {u"permissions"_s, permissions}};
}

QJsonObject ApiKey::identityFor(const QJsonObject &team, const QString &id, const QString &name,
                                const QJsonValue &email, bool admin)
{
    const QString domain = team.value(u"domain").toString();
    const QString nameOrEmail = name.isEmpty() ? email.toString() : name;
    return {{u"id"_s, id},
            {u"email"_s, email},
            {u"name"_s, name},
            {u"teamName"_s, domain},
            {u"teamId"_s, team.value(u"id")},
            {u"teamDomain"_s, domain},
            {u"active"_s, true},
            {u"language"_s, u"en"_s},
            {u"timeZone"_s, u"Europe/Berlin"_s},
            {u"admin"_s, admin},
            {u"analyst"_s, !admin},
            {u"member"_s, true},
            {u"nameOrEmail"_s, nameOrEmail},
            {u"nameAndEmail"_s,
             email.isString() ? u"%1 (%2)"_s.arg(name, email.toString()) : name}};
}

ApiKey ApiKey::fromJson(const QJsonObject &object)
{
    ApiKey key;
    key.type = object.value(u"type").toString() == u"APP_KEY" ? Type::AppKey : Type::UserKey;
    key.token = object.value(u"token").toString();
    key.role = object.value(u"role").toString();
    key.identity = object.value(u"identity").toObject();
    key.permissions = object.value(u"permissions").toArray();
    return key;
}

} // namespace ems::sandbox
