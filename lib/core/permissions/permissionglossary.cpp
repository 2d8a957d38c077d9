#include "core/permissions/permissionglossary.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ems {

namespace {

// Object words for the generic patterns: USE_ALL_DATA_POOLS -> "data pools". Subjects not
// in the table are spelled out from the identifier.
QString words(const QString &subject)
{
    static const QHash<QString, const char *> known{
            {u"SPACE"_s, QT_TRANSLATE_NOOP("PermissionGlossary", "space")},
            {u"SPACES"_s, QT_TRANSLATE_NOOP("PermissionGlossary", "spaces")},
            {u"PACKAGE"_s, QT_TRANSLATE_NOOP("PermissionGlossary", "package")},
            {u"PACKAGES"_s, QT_TRANSLATE_NOOP("PermissionGlossary", "packages")},
            {u"DATA_POOL"_s, QT_TRANSLATE_NOOP("PermissionGlossary", "data pool")},
            {u"DATA_POOLS"_s, QT_TRANSLATE_NOOP("PermissionGlossary", "data pools")},
            {u"DATA_MODEL"_s, QT_TRANSLATE_NOOP("PermissionGlossary", "data model")},
            {u"DATA_MODELS"_s, QT_TRANSLATE_NOOP("PermissionGlossary", "data models")},
            {u"WORKSPACE"_s, QT_TRANSLATE_NOOP("PermissionGlossary", "workspace")},
            {u"WORKSPACES"_s, QT_TRANSLATE_NOOP("PermissionGlossary", "workspaces")},
            {u"ANALYSIS"_s, QT_TRANSLATE_NOOP("PermissionGlossary", "analysis")},
            {u"ANALYSES"_s, QT_TRANSLATE_NOOP("PermissionGlossary", "analyses")},
            {u"SKILL"_s, QT_TRANSLATE_NOOP("PermissionGlossary", "skill")},
            {u"SKILLS"_s, QT_TRANSLATE_NOOP("PermissionGlossary", "skills")},
    };
    if (const auto it = known.constFind(subject); it != known.constEnd())
        return PermissionGlossary::tr(*it);
    return subject.toLower().replace(u'_', u' ');
}

} // namespace

QString PermissionGlossary::explain(const QString &permission)
{
    static const QHash<QString, const char *> known{
            {u"USE"_s, QT_TR_NOOP("Open this space and see what is in it")},
            {u"MANAGE_PERMISSIONS"_s, QT_TR_NOOP("Change who may do what")},
            {u"MANAGE_MEMBERS"_s, QT_TR_NOOP("Invite, change and remove team members")},
            {u"MANAGE_APPLICATIONS"_s, QT_TR_NOOP("Create and change application keys")},
            {u"EXPORT_CONTENT"_s, QT_TR_NOOP("Export the content, for example to another team")},
            {u"EDIT_ALL_SPACES"_s,
             QT_TR_NOOP("Change every space and the packages in it, including their names")},
            {u"USE_ALL_SPACES"_s, QT_TR_NOOP("Open every space and the packages in it")},
            {u"DELETE_ALL_SPACES"_s, QT_TR_NOOP("Delete any space or package")},
    };
    if (const auto it = known.constFind(permission); it != known.constEnd())
        return tr(*it);
    const QString verb = permission.section(u'_', 0, 0);
    QString subject = permission.section(u'_', 1);
    const bool all = subject.startsWith(u"ALL_");
    if (all)
        subject = subject.mid(4);
    const QString what = words(subject);
    // The ALL_ forms name their subject in the plural (ALL_DATA_POOLS), the others not.
    if (verb == u"USE")
        return all ? tr("Open and read all %1").arg(what) : tr("Open and read this %1").arg(what);
    if (verb == u"EDIT")
        return all ? tr("Change all %1, including their names").arg(what)
                   : tr("Change this %1, including its name").arg(what);
    if (verb == u"DELETE")
        return all ? tr("Delete any of the %1").arg(what) : tr("Delete this %1").arg(what);
    if (verb == u"CREATE")
        return tr("Create a %1").arg(what);
    if (verb == u"MANAGE")
        return tr("Manage %1").arg(what);
    return tr("A permission EMS Explorer does not know; see the EMS documentation.");
}

QString PermissionGlossary::teamWide(const QString &permission)
{
    // Only the team-wide names a source shows (docs/endpoints.md, "Rules"): PyCelonis 1.x's
    // documented answer of GET /api/cloud/permissions.
    static const QHash<QString, QString> sourced{
            {u"EDIT_SPACE"_s, u"EDIT_ALL_SPACES"_s},
            {u"EDIT_PACKAGE"_s, u"EDIT_ALL_SPACES"_s},
            {u"DELETE_SPACE"_s, u"DELETE_ALL_SPACES"_s},
            {u"DELETE_PACKAGE"_s, u"DELETE_ALL_SPACES"_s},
            {u"EDIT_DATA_POOL"_s, u"EDIT_ALL_DATA_POOLS"_s},
            {u"USE_DATA_MODEL"_s, u"USE_ALL_DATA_MODELS"_s},
    };
    return sourced.value(permission);
}

namespace {

// The object permissions that grant each action, per kind (the names EMS lists on objects).
struct Needs
{
    QString view, edit, remove, create;
};

// The actions (PyCelonis 2.x's Action enum) that grant each verdict, where objects carry
// "actions": the plain form on the object and its _ALL form.
const QHash<QString, QStringList> &actionsFor()
{
    static const QHash<QString, QStringList> table{
            {u"view"_s, {u"READ"_s, u"READ_ALL"_s, u"USE"_s, u"USE_ALL"_s}},
            {u"edit"_s, {u"EDIT"_s, u"EDIT_ALL"_s}},
            {u"remove"_s, {u"DELETE"_s, u"DELETE_ALL"_s}},
            {u"create"_s, {u"CREATE"_s}},
            {u"share"_s, {u"SHARE"_s, u"SHARE_ALL"_s}},
    };
    return table;
}

Needs needsOf(const Resource &r)
{
    const auto permission = [&r](QStringView verb) {
        return Resource::objectPermission(r.family, verb);
    };
    // Creating inside: a package in a space, content in a package or folder, a data model
    // in a pool, an analysis in a workspace.
    QString create;
    switch (r.family) {
    case Resource::Family::Space:
        create = u"CREATE_PACKAGE"_s;
        break;
    case Resource::Family::Node:
        if (r.kind == Resource::Kind::Package || r.kind == Resource::Kind::Folder)
            create = permission(u"EDIT");
        break;
    case Resource::Family::DataPool:
    case Resource::Family::Workspace:
        create = permission(u"EDIT");
        break;
    case Resource::Family::DataModel:
    case Resource::Family::Analysis:
        break;
    }
    return {permission(u"USE"), permission(u"EDIT"), permission(u"DELETE"), create};
}

} // namespace

QList<PermissionGlossary::Capability>
PermissionGlossary::capabilities(const Resource &resource, const QList<ServicePermission> &team,
                                 Read read)
{
    const bool listed = resource.raw.contains(u"permissions");
    const QJsonValue actionsValue = resource.raw.value(u"actions");
    QStringList actions;
    for (const QJsonValue &action : actionsValue.toArray())
        actions.append(action.toString());
    QStringList teamPermissions;
    for (const ServicePermission &service : team)
        teamPermissions += service.permissions;
    // One verdict: the object's actions first, then its permissions, then the team's.
    const auto judge = [&](const QString &action, const QString &need, const QString &permission) {
        Capability c{action, Verdict::NotKnown, {}};
        const QStringList granting = actionsFor().value(need);
        if (actionsValue.isArray() && !granting.isEmpty()) {
            for (const QString &a : granting) {
                if (actions.contains(a)) {
                    c.verdict = Verdict::Allowed;
                    c.reason = tr("Granted by the action %1 on this object.").arg(a);
                    return c;
                }
            }
            c.verdict = Verdict::Refused;
            c.reason = tr("Needs the action %1, which the object does not list for the key.")
                               .arg(granting.constFirst());
            return c;
        }
        const QString wide = teamWide(permission);
        if (listed && resource.permissions.contains(permission)) {
            c.verdict = Verdict::Allowed;
            c.reason = tr("Granted by %1 on this object.").arg(permission);
        } else if (listed) {
            c.verdict = Verdict::Refused;
            c.reason = tr("Needs %1, which the key does not have on this object.").arg(permission);
        } else if (!wide.isEmpty() && teamPermissions.contains(wide)) {
            c.verdict = Verdict::Allowed;
            c.reason = tr("Granted by %1 (team-wide); the object lists no permissions.").arg(wide);
        } else if (!wide.isEmpty()) {
            c.reason = tr("Not known: the object lists no permissions and the key has no "
                          "team-wide %1.")
                               .arg(wide);
        } else {
            c.reason = tr("Not known: the object lists no permissions, and no source says which "
                          "team-wide permission grants %1.")
                               .arg(permission);
        }
        return c;
    };
    const Needs needs = needsOf(resource);
    QList<Capability> result;

    Capability view = judge(tr("View its latest state"), u"view"_s, needs.view);
    // What happened outweighs what the lists say.
    if (read == Read::Succeeded) {
        view.reason = view.verdict == Verdict::Allowed
                ? tr("The key read it just now. %1").arg(view.reason)
                : tr("The key read it just now, though %1 is not listed for it.").arg(needs.view);
        view.verdict = Verdict::Allowed;
    } else if (read == Read::Refused) {
        view.reason = view.verdict == Verdict::Allowed
                ? tr("The key was refused just now (403), though the lists say it may: %1")
                          .arg(view.reason)
                : tr("The key was refused just now (403): reading it needs %1, which the key "
                     "lacks here.")
                          .arg(needs.view);
        view.verdict = Verdict::Refused;
    }
    result.append(view);

    Capability rename = judge(tr("Rename it"), u"edit"_s, needs.edit);
    rename.writesHere = true;
    if (!resource.isWritable()) {
        rename.verdict = Verdict::Refused;
        rename.reason = resource.writeRefusal();
    }
    result.append(rename);
    result.append(judge(tr("Delete it (in Celonis)"), u"remove"_s, needs.remove));
    if (!needs.create.isEmpty())
        result.append(
                judge(tr("Create something inside it (in Celonis)"), u"create"_s, needs.create));
    if (resource.kind == Resource::Kind::Package)
        result.append(judge(tr("Publish it (in Celonis)"), {}, u"EDIT_PACKAGE"_s));
    Capability share = judge(tr("Share it: change who may do what (in Celonis)"), u"share"_s,
                             u"MANAGE_PERMISSIONS"_s);
    if (share.verdict != Verdict::Allowed && teamPermissions.contains(u"MANAGE_PERMISSIONS")) {
        share.verdict = Verdict::Allowed;
        share.reason = tr("Granted by MANAGE_PERMISSIONS (team-wide).");
    }
    result.append(share);
    return result;
}

} // namespace ems
