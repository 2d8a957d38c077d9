#include "accesspolicy.h"

#include "team.h"

#include <optional>

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
    // PyCelonis 1.x's documented permissions answer reads data models by USE_ALL_DATA_MODELS.
    static const QStringList dataModels{u"USE_ALL_DATA_MODELS"_s, u"EDIT_ALL_DATA_POOLS"_s,
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
              dataModels,
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

// Use, Edit and Manage are 0, 1, 2 in the tables above.
int rank(AccessPolicy::Level level)
{
    return static_cast<int>(level) - static_cast<int>(AccessPolicy::Level::Use);
}

const QStringList &levelNames()
{
    static const QStringList names{u"none"_s, u"list"_s, u"use"_s, u"edit"_s, u"manage"_s};
    return names;
}

} // namespace

AccessPolicy::Level AccessPolicy::level(const ApiKey &key, Kind kind)
{
    const KindRules &r = rules(kind);
    for (Level l : {Level::Manage, Level::Edit, Level::Use}) {
        if (key.hasServicePermission(r.service, r.levelPermissions.at(rank(l))))
            return l;
    }
    return Level::None;
}

AccessPolicy::Level AccessPolicy::level(const Team &team, const ApiKey &key, Kind kind,
                                        const QJsonObject &object)
{
    const Level wide = level(key, kind);
    if (team.shares.isEmpty() || wide == Level::Manage)
        return wide;
    const auto shared = [&](const QString &id) -> std::optional<Level> {
        const auto byRole = team.shares.constFind(id);
        if (byRole == team.shares.cend())
            return std::nullopt;
        const auto found = byRole->constFind(key.role);
        return found == byRole->cend() ? std::nullopt : std::optional(*found);
    };
    const QString id = object.value(u"id").toString();
    if (const auto own = shared(id))
        return std::max(wide, *own);
    QStringList holders; // nearest first
    switch (kind) {
    case Kind::Node:
        holders = {object.value(u"rootNodeId").toString(), object.value(u"spaceId").toString()};
        holders.removeAll(id);
        break;
    case Kind::DataModel:
        holders = {object.value(u"poolId").toString()};
        break;
    case Kind::Analysis:
        holders = {object.value(u"processId").toString()};
        break;
    case Kind::Space:
    case Kind::DataPool:
    case Kind::Workspace:
        break;
    }
    for (const QString &holder : std::as_const(holders)) {
        if (const auto inherited = shared(holder)) // what is inside a listed-only object is hidden
            return std::max(wide, *inherited == Level::List ? Level::None : *inherited);
    }
    return wide;
}

QStringList AccessPolicy::objectPermissions(Kind kind, Level level)
{
    const KindRules &r = rules(kind);
    QStringList result;
    for (int i = 0; i <= rank(level); ++i)
        result += r.objectPermissions.at(i);
    return result;
}

QString AccessPolicy::objectPermission(Kind kind, Level level)
{
    return rank(level) < 0 ? QString() : rules(kind).objectPermissions.at(rank(level)).constFirst();
}

QString AccessPolicy::service(Kind kind)
{
    return rules(kind).service;
}

QString AccessPolicy::servicePermission(Kind kind, Level level)
{
    return rank(level) < 0 ? QString() : rules(kind).levelPermissions.at(rank(level));
}

QString AccessPolicy::levelName(Level level)
{
    return levelNames().at(static_cast<int>(level));
}

AccessPolicy::Level AccessPolicy::levelFromName(const QString &name)
{
    return static_cast<Level>(std::max(0, int(levelNames().indexOf(name))));
}

} // namespace ems::sandbox
