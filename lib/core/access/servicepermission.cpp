#include "core/access/servicepermission.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ems {

std::optional<QList<ServicePermission>> ServicePermission::listFromJson(const QJsonValue &value,
                                                                        QString *errorMessage)
{
    if (!value.isArray()) {
        *errorMessage = tr("The permissions answer is not a JSON array.");
        return std::nullopt;
    }
    QList<ServicePermission> result;
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject object = entry.toObject();
        const QJsonValue service = object.value(u"serviceName");
        const QJsonValue permissions = object.value(u"permissions");
        if (!service.isString()
            || !(permissions.isArray() || permissions.isNull() || permissions.isUndefined())) {
            *errorMessage = tr("A permissions entry lacks a serviceName or has a permissions "
                               "field that is not a list.");
            return std::nullopt;
        }
        ServicePermission permission{service.toString(), {}};
        for (const QJsonValue &p : permissions.toArray()) {
            if (!p.isString()) {
                *errorMessage = tr("A permission of %1 is not a string.").arg(service.toString());
                return std::nullopt;
            }
            permission.permissions.append(p.toString());
        }
        result.append(permission);
    }
    return result;
}

bool ServicePermission::anyGrantsChanges(const QList<ServicePermission> &services)
{
    for (const ServicePermission &service : services) {
        for (const QString &permission : service.permissions) {
            for (const auto prefix : {u"EDIT_", u"CREATE_", u"DELETE_", u"MANAGE_"}) {
                if (permission.startsWith(prefix))
                    return true;
            }
        }
    }
    return false;
}

bool ServicePermission::noneGranted(const QList<ServicePermission> &services)
{
    return std::ranges::all_of(services, [](const ServicePermission &service) {
        return service.permissions.isEmpty();
    });
}

} // namespace ems
