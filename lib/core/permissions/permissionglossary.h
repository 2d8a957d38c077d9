#pragma once

#include "core/api/resource.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ems {

// Short explanations of EMS permissions for people, and what they mean for EMS Explorer.
class PermissionGlossary
{
    Q_DECLARE_TR_FUNCTIONS(PermissionGlossary)

public:
    // "EDIT_ALL_SPACES" -> "Change every space and the packages in it".
    static QString explain(const QString &permission);

    struct Capability
    {
        QString action; // "View", "Rename"
        bool allowed = false;
        QString reason; // why, naming the permission
    };
    // What EMS Explorer can do with an object, from its permissions array.
    static QList<Capability> capabilities(const Resource &resource);
};

} // namespace ems
