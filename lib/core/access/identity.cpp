#include "core/access/identity.h"

using namespace Qt::StringLiterals;

namespace ems {

namespace {

// An optional string field: absent or null is fine, any other type is an error.
bool readString(const QJsonObject &object, const char16_t *field, QString *target,
                QString *errorMessage)
{
    const QJsonValue value = object.value(QStringView(field));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        *errorMessage = Identity::tr("The field \"%1\" of the current user is not a string.")
                                .arg(QStringView(field));
        return false;
    }
    *target = value.toString();
    return true;
}

} // namespace

std::optional<Identity> Identity::fromJson(const QJsonValue &value, QString *errorMessage)
{
    if (!value.isObject()) {
        *errorMessage = tr("GET /api/cloud did not answer with a JSON object.");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    Identity identity;
    if (!readString(object, u"id", &identity.id, errorMessage)
        || !readString(object, u"name", &identity.name, errorMessage)
        || !readString(object, u"email", &identity.email, errorMessage)
        || !readString(object, u"teamName", &identity.teamName, errorMessage)
        || !readString(object, u"teamDomain", &identity.teamDomain, errorMessage)) {
        return std::nullopt;
    }
    return identity;
}

QString Identity::greeting(KeyType keyType) const
{
    if (keyType == KeyType::AppKey)
        return tr("Initial connect successful! You are using an Application Key.");
    const QString who = displayName();
    if (who.isEmpty())
        return tr("Initial connect successful!");
    return tr("Initial connect successful! Hello %1.").arg(who);
}

QString Identity::connectedAs(KeyType keyType, AuthKind auth) const
{
    if (keyType == KeyType::AppKey)
        return tr("Application Key in use");
    const QString who = displayName();
    switch (auth) {
    case AuthKind::OAuthClient:
        return tr("OAuth client %1").arg(who);
    case AuthKind::BrowserSignIn:
        return tr("Hello %1 (signed in)").arg(who);
    case AuthKind::ApiKey:
        break;
    }
    return tr("Hello %1 (user key)").arg(who);
}

} // namespace ems
