#include "team.h"

using namespace Qt::StringLiterals;

namespace ems::sandbox {

const ApiKey *Team::keyForToken(const QString &token) const
{
    for (const ApiKey &key : keys) {
        if (key.token == token)
            return &key;
    }
    return nullptr;
}

QJsonObject Team::toJson() const
{
    QJsonArray keyArray;
    for (const ApiKey &key : keys)
        keyArray.append(key.toJson());
    QJsonArray clientArray;
    for (const OAuthClient &client : oauthClients)
        clientArray.append(client.toJson());
    return {{u"info"_s, info},
            {u"keys"_s, keyArray},
            {u"oauthClients"_s, clientArray},
            {u"spaces"_s, spaces.toJson()},
            {u"nodes"_s, nodes.toJson()},
            {u"pools"_s, pools.toJson()},
            {u"dataModels"_s, dataModels.toJson()},
            {u"workspaces"_s, workspaces.toJson()},
            {u"analyses"_s, analyses.toJson()}};
}

Team Team::fromJson(const QJsonObject &object)
{
    Team team;
    team.info = object.value(u"info").toObject();
    for (const QJsonValue &key : object.value(u"keys").toArray())
        team.keys.append(ApiKey::fromJson(key.toObject()));
    for (const QJsonValue &client : object.value(u"oauthClients").toArray())
        team.oauthClients.append(OAuthClient::fromJson(client.toObject()));
    team.spaces.fromJson(object.value(u"spaces").toArray());
    team.nodes.fromJson(object.value(u"nodes").toArray());
    team.pools.fromJson(object.value(u"pools").toArray());
    team.dataModels.fromJson(object.value(u"dataModels").toArray());
    team.workspaces.fromJson(object.value(u"workspaces").toArray());
    team.analyses.fromJson(object.value(u"analyses").toArray());
    return team;
}

const ApiKey *Team::userKey(const QString &role) const
{
    for (const ApiKey &key : keys) {
        if (key.type == ApiKey::Type::UserKey && key.role == role)
            return &key;
    }
    return nullptr;
}

const OAuthClient *Team::oauthClient(const QString &clientId) const
{
    for (const OAuthClient &client : oauthClients) {
        if (client.clientId == clientId)
            return &client;
    }
    return nullptr;
}

} // namespace ems::sandbox
