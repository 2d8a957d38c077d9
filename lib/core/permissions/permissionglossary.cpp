#include "core/permissions/permissionglossary.h"

#include <QHash>

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

QList<PermissionGlossary::Capability> PermissionGlossary::capabilities(const Resource &resource)
{
    QList<Capability> result;
    const bool listed = resource.raw.contains(u"permissions");
    Capability view{tr("View its latest state"), true, {}};
    view.reason = listed && resource.permissions.isEmpty()
            ? tr("The key could read it, though it lists no permission on it.")
            : tr("The key could read it just now.");
    result.append(view);

    Capability rename{tr("Rename it"), false, {}};
    const QString needed = Resource::editPermission(resource.family);
    if (!resource.isWritable()) {
        rename.reason = resource.writeRefusal();
    } else if (!listed) {
        rename.allowed = true;
        rename.reason = tr("The object does not list permissions; the team decides when you "
                           "write.");
    } else if (resource.permissions.contains(needed)) {
        rename.allowed = true;
        rename.reason = tr("Allowed by %1.").arg(needed);
    } else {
        rename.reason = tr("Needs %1, which the key does not have on this object.").arg(needed);
    }
    result.append(rename);
    return result;
}

} // namespace ems
