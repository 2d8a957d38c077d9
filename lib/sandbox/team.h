#pragma once

#include "accesspolicy.h"
#include "apikey.h"
#include "collection.h"
#include "oauthclient.h"

namespace ems::sandbox {

// The whole state of one emulated EMS team: who may call it and everything it holds.
// Objects are stored without their "permissions" arrays; those are computed per caller.
struct Team
{
    QJsonObject info; // TeamTransport: id, name, domain, ...
    QList<ApiKey> keys;
    QList<OAuthClient> oauthClients;
    Collection spaces;
    Collection nodes{{QStringLiteral("spaceId"), QStringLiteral("rootNodeId"),
                      QStringLiteral("rootNodeKey")}};
    Collection pools;
    Collection dataModels{{QStringLiteral("poolId")}};
    Collection workspaces;
    Collection analyses{{QStringLiteral("processId")}};
    // Objects shared beyond the team-wide permissions: object id -> key role -> level.
    QHash<QString, QHash<QString, AccessPolicy::Level>> shares;

    const ApiKey *keyForToken(const QString &token) const;
    const ApiKey *userKey(const QString &role) const; // a person who can sign in
    const OAuthClient *oauthClient(const QString &clientId) const;

    QJsonObject toJson() const;
    static Team fromJson(const QJsonObject &object);
};

} // namespace ems::sandbox
