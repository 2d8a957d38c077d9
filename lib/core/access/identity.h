#pragma once

#include "core/profiles/connectionsettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace ems {

// Who the key belongs to, from the connect check (GET /api/cloud).
struct Identity
{
    Q_DECLARE_TR_FUNCTIONS(Identity)

public:
    QString id;
    QString name;
    QString email;
    QString teamName;
    QString teamDomain;

    // The person by name, else by email; empty for neither.
    QString displayName() const { return name.isEmpty() ? email : name; }

    static std::optional<Identity> fromJson(const QJsonValue &value, QString *errorMessage);
    // ems-api.md §9.2: user keys greet with the name, else the email; application keys
    // say that an Application Key is in use.
    QString greeting(KeyType keyType) const;
    // As the status bar and the team row say it: "Hello Ada Lovelace (user key)".
    QString connectedAs(KeyType keyType, AuthKind auth) const;
};

} // namespace ems
