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
    QJsonObject shareObject;
    for (auto object = shares.cbegin(); object != shares.cend(); ++object) {
        QJsonObject byRole;
        for (auto role = object->cbegin(); role != object->cend(); ++role)
            byRole.insert(role.key(), AccessPolicy::levelName(role.value()));
        shareObject.insert(object.key(), byRole);
    }
    return {{u"info"_s, info},
            {u"keys"_s, keyArray},
            {u"oauthClients"_s, clientArray},
            {u"spaces"_s, spaces.toJson()},
            {u"nodes"_s, nodes.toJson()},
            {u"pools"_s, pools.toJson()},
            {u"dataModels"_s, dataModels.toJson()},
            {u"workspaces"_s, workspaces.toJson()},
            {u"analyses"_s, analyses.toJson()},
            {u"shares"_s, shareObject}};
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
    const QJsonObject shareObject = object.value(u"shares").toObject();
    for (auto shared = shareObject.begin(); shared != shareObject.end(); ++shared) {
        const QJsonObject byRole = shared.value().toObject();
        for (auto role = byRole.begin(); role != byRole.end(); ++role) {
            team.shares[shared.key()].insert(role.key(),
                                             AccessPolicy::levelFromName(role.value().toString()));
        }
    }
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
