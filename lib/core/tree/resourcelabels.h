#pragma once

#include "core/api/resource.h"

#include <QCoreApplication>

namespace ems {

// How a kind of object is named and drawn for people: its type label ("Knowledge model"),
// its icon's name in the resources, and why a row is read-only.
class ResourceLabels
{
    Q_DECLARE_TR_FUNCTIONS(ResourceLabels)

public:
    static QString typeLabel(Resource::Kind kind, const QString &assetType);
    static QString iconName(Resource::Kind kind, const QString &assetType);
    static QString missingEditPermission(Resource::Family family);
    // Why the object's name cannot be changed here: the API does not take it, or the key
    // lacks the permission; empty when it can.
    static QString readOnlyReason(const Resource &resource);
};

} // namespace ems
