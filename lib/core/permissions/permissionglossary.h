#pragma once

#include "core/access/servicepermission.h"
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

    enum class Verdict { Allowed, Refused, NotKnown };
    struct Capability
    {
        QString action; // "View its latest state", "Rename it", "Delete it", ...
        Verdict verdict = Verdict::NotKnown;
        QString reason; // why, naming the action or permission that grants it or is missing
        bool writesHere = false; // EMS Explorer does it (renames), through the write path
    };
    // What happened when the key last read the object's latest state.
    enum class Read { NotTried, Succeeded, Refused };
    // What the key may do with an object: view, rename, delete, create inside, publish
    // (packages) and share. Each verdict rests on what happened (read), else the object's
    // actions (READ, EDIT, ...), else its permissions, else the key's team-wide permissions
    // where a source names the one that grants it (EDIT_ALL_SPACES, ...); else not known.
    static QList<Capability> capabilities(const Resource &resource,
                                          const QList<ServicePermission> &team, Read read);
    // The team-wide form of an object permission, where a source shows it: EDIT_PACKAGE ->
    // EDIT_ALL_SPACES (packages live in spaces), USE_DATA_MODEL -> USE_ALL_DATA_MODELS;
    // empty when none does.
    static QString teamWide(const QString &permission);
};

} // namespace ems
