#include "oauthclient.h"

using namespace Qt::StringLiterals;

namespace ems::sandbox {

QJsonObject OAuthClient::toJson() const
{
    return {{u"clientId"_s, clientId}, {u"secret"_s, secret},
            {u"name"_s, name},         {u"scopes"_s, QJsonArray::fromStringList(scopes)},
            {u"identity"_s, identity}, {u"permissions"_s, permissions}};
}

OAuthClient OAuthClient::fromJson(const QJsonObject &object)
{
    OAuthClient client;
    client.clientId = object.value(u"clientId").toString();
    client.secret = object.value(u"secret").toString();
    client.name = object.value(u"name").toString();
    for (const QJsonValue &scope : object.value(u"scopes").toArray())
        client.scopes.append(scope.toString());
    client.identity = object.value(u"identity").toObject();
    client.permissions = object.value(u"permissions").toArray();
    return client;
}

} // namespace ems::sandbox
