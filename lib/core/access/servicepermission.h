#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <optional>

namespace ems {

// One entry of GET /api/cloud/permissions: a service and what the key may do in it.
struct ServicePermission
{
    Q_DECLARE_TR_FUNCTIONS(ServicePermission)

public:
    QString serviceName;
    QStringList permissions;

    static std::optional<QList<ServicePermission>> listFromJson(const QJsonValue &value,
                                                                QString *errorMessage);
    // Whether any service lets the key change something: EDIT_, CREATE_, DELETE_, MANAGE_.
    static bool anyGrantsChanges(const QList<ServicePermission> &services);
    // Whether no service grants anything team-wide: the key reaches only what is shared
    // with it, object by object.
    static bool noneGranted(const QList<ServicePermission> &services);
    bool operator==(const ServicePermission &) const = default;
};

} // namespace ems
