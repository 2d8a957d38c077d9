#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace ems::sandbox {

// One OAuth client registered with a sandbox team. A confidential client (with a secret)
// uses the client-credentials grant and acts as itself, with its own identity and team-wide
// permissions, like an application key. A public client (no secret) signs a person in with
// the authorization-code grant (PKCE required) or the device-code grant; its tokens act as
// that person. Either way a token reaches an API only with the matching scope.
struct OAuthClient
{
    QString clientId;
    QString secret; // empty: a public client
    QString name;
    QStringList scopes; // what the client may be granted
    QJsonObject identity; // GET /api/cloud for client-credentials tokens
    QJsonArray permissions; // team-wide, for client-credentials tokens

    bool isPublic() const { return secret.isEmpty(); }

    QJsonObject toJson() const;
    static OAuthClient fromJson(const QJsonObject &object);
};

} // namespace ems::sandbox
