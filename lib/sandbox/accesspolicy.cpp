#include "accesspolicy.h"

using namespace Qt::StringLiterals;

namespace ems::sandbox {

namespace {

struct KindRules
{
    QString service;
    QStringList levelPermissions; // service permission for Use, Edit, Manage
    QList<QStringList> objectPermissions; // added at Use, Edit, Manage
};

const KindRules &rules(AccessPolicy::Kind kind)
{
    using Kind = AccessPolicy::Kind;
    static const QStringList studio{u"USE_ALL_SPACES"_s, u"EDIT_ALL_SPACES"_s,
                                    u"DELETE_ALL_SPACES"_s};
    static const QStringList integration{u"USE_ALL_DATA_POOLS"_s, u"EDIT_ALL_DATA_POOLS"_s,
                                         u"DELETE_ALL_DATA_POOLS"_s};
    static const QStringList analytics{u"USE_ALL_ANALYSES"_s, u"EDIT_ALL_ANALYSES"_s,
                                       u"DELETE_ALL_ANALYSES"_s};
    static const QHash<Kind, KindRules> table{
            {Kind::Space,
             {u"package-manager"_s,
              studio,
              {{u"USE"_s, u"USE_PACKAGE"_s},
               {u"EDIT_SPACE"_s, u"CREATE_PACKAGE"_s, u"EDIT_PACKAGE"_s},
               {u"DELETE_SPACE"_s, u"DELETE_PACKAGE"_s}}}},
            {Kind::Node,
             {u"package-manager"_s,
              studio,
              {{u"USE_PACKAGE"_s}, {u"EDIT_PACKAGE"_s}, {u"DELETE_PACKAGE"_s}}}},
            {Kind::DataPool,
             {u"event-collection"_s,
              integration,
              {{u"USE_DATA_POOL"_s}, {u"EDIT_DATA_POOL"_s}, {u"DELETE_DATA_POOL"_s}}}},
            {Kind::DataModel,
             {u"event-collection"_s,
              integration,
              {{u"USE_DATA_MODEL"_s}, {u"EDIT_DATA_MODEL"_s}, {u"DELETE_DATA_MODEL"_s}}}},
            {Kind::Workspace,
             {u"process-analytics"_s,
              analytics,
              {{u"USE_WORKSPACE"_s}, {u"EDIT_WORKSPACE"_s}, {u"DELETE_WORKSPACE"_s}}}},
            {Kind::Analysis,
             {u"process-analytics"_s,
              analytics,
              {{u"USE_ANALYSIS"_s},
               {u"EDIT_ANALYSIS"_s, u"EXPORT_CONTENT"_s},
               {u"DELETE_ANALYSIS"_s}}}},
    };
    return *table.constFind(kind);
}

} // namespace

AccessPolicy::Level AccessPolicy::level(const ApiKey &key, Kind kind)
{
    const KindRules &r = rules(kind);
    for (int i = 2; i >= 0; --i) {
        if (key.hasServicePermission(r.service, r.levelPermissions.at(i)))
            return static_cast<Level>(i + 1);
    }
    return Level::None;
}

QStringList AccessPolicy::objectPermissions(const ApiKey &key, Kind kind)
{
    const KindRules &r = rules(kind);
    QStringList result;
    const int granted = static_cast<int>(level(key, kind));
    for (int i = 0; i < granted; ++i)
        result += r.objectPermissions.at(i);
    return result;
}

QString AccessPolicy::service(Kind kind)
{
    return rules(kind).service;
}

QString AccessPolicy::servicePermission(Kind kind, Level level)
{
    if (level == Level::None)
        return {};
    return rules(kind).levelPermissions.at(static_cast<int>(level) - 1);
}

QString AccessPolicy::editPermission(Kind kind)
{
    return rules(kind).objectPermissions.at(1).constFirst();
}

} // namespace ems::sandbox
