#include "integrationapi.h"

#include "team.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ems::sandbox {

using Kind = AccessPolicy::Kind;
using Level = AccessPolicy::Level;

IntegrationApi::IntegrationApi(Team *team)
    : m_team(team)
    , m_records(team)
{ }

QList<ApiRoute> IntegrationApi::routes()
{
    const QString id = ApiRoute::id();
    const auto route = [this](const QString &method, const QString &pattern, Handler handler) {
        return ApiRoute::make(method, pattern, this, handler);
    };
    return {
            route(u"GET"_s, u"/integration/api/pools"_s, &IntegrationApi::listPools),
            route(u"GET"_s, u"/integration/api/pools/paged"_s, &IntegrationApi::listPoolsPaged),
            route(u"POST"_s, u"/integration/api/pools"_s, &IntegrationApi::createPool),
            route(u"GET"_s, u"/integration/api/pools/"_s + id, &IntegrationApi::getPool),
            route(u"PUT"_s, u"/integration/api/pools/"_s + id, &IntegrationApi::putPool),
            route(u"DELETE"_s, u"/integration/api/pools/"_s + id, &IntegrationApi::deletePool),
            route(u"GET"_s, u"/package-manager/api/compute-pools/data-models/details"_s,
                  &IntegrationApi::dataModelDetails),
            route(u"GET"_s, u"/integration/api/pools/%1/data-models"_s.arg(id),
                  &IntegrationApi::listDataModels),
            route(u"GET"_s, u"/integration/api/pools/%1/data-models/%1"_s.arg(id),
                  &IntegrationApi::getDataModel),
            route(u"PUT"_s, u"/integration/api/pools/%1/data-models/%1"_s.arg(id),
                  &IntegrationApi::putDataModel),
    };
}

ApiReply IntegrationApi::listPools(const ApiKey &key, const QStringList &, const ApiRequest &)
{
    return m_records.list(key, Kind::DataPool, m_team->pools.all());
}

// content-cli's slim, paged pool list. Pages count from 0; totalCount is the number of
// pages, the reading under which content-cli's loop (while pageNumber < totalCount) is right.
ApiReply IntegrationApi::listPoolsPaged(const ApiKey &key, const QStringList &,
                                        const ApiRequest &request)
{
    bool ok = false;
    const int limit = request.query.queryItemValue(u"limit"_s).toInt(&ok);
    if (!ok || limit < 1 || limit > 1000)
        return ApiReply::error(400, u"Bad request. limit must be from 1 to 1000."_s);
    const int page = request.query.queryItemValue(u"page"_s).toInt(&ok);
    if (!ok || page < 0)
        return ApiReply::error(400, u"Bad request. page must be 0 or more."_s);
    QList<QJsonObject> pools = m_team->pools.all();
    pools.removeIf([&](const QJsonObject &pool) {
        return m_records.level(key, Kind::DataPool, pool) == Level::None;
    });
    QJsonArray content;
    for (const QJsonObject &pool : pools.mid(qsizetype(page) * limit, limit)) {
        content.append(QJsonObject{{u"id"_s, pool.value(u"id")},
                                   {u"name"_s, pool.value(u"name")},
                                   {u"status"_s, pool.value(u"configurationStatus")},
                                   {u"createdBy"_s, pool.value(u"creatorUserId")},
                                   {u"tags"_s, pool.value(u"tags")},
                                   {u"dataSources"_s, QJsonArray()}});
    }
    return ApiReply::json(QJsonObject{{u"content"_s, content},
                                      {u"pageSize"_s, limit},
                                      {u"pageNumber"_s, page},
                                      {u"totalCount"_s, int((pools.size() + limit - 1) / limit)}});
}

ApiReply IntegrationApi::getPool(const ApiKey &key, const QStringList &args, const ApiRequest &)
{
    return m_records.getOne(key, Kind::DataPool, args.at(0));
}

ApiReply IntegrationApi::createPool(const ApiKey &key, const QStringList &,
                                    const ApiRequest &request)
{
    if (auto denied
        = m_records.requirePermission(key, u"event-collection"_s, u"CREATE_DATA_POOL"_s))
        return *denied;
    const QJsonObject pool{{u"configurationStatus"_s, u"NEW"_s},
                           {u"locked"_s, false},
                           {u"tags"_s, QJsonArray()},
                           {u"creatorUserId"_s, key.identity.value(u"id")}};
    return m_records.create(key, Kind::DataPool, request.body, pool);
}

ApiReply IntegrationApi::putPool(const ApiKey &key, const QStringList &args,
                                 const ApiRequest &request)
{
    return m_records.putOne(key, Kind::DataPool, args.at(0), request.body);
}

ApiReply IntegrationApi::deletePool(const ApiKey &key, const QStringList &args, const ApiRequest &)
{
    return m_records.removeWithChildren(key, Kind::DataPool, args.at(0), m_team->dataModels,
                                        u"poolId"_s);
}

// content-cli's slim, team-wide list of data models (ems-api.md §2.6).
ApiReply IntegrationApi::dataModelDetails(const ApiKey &key, const QStringList &,
                                          const ApiRequest &)
{
    QJsonArray details;
    for (const QJsonObject &model : m_team->dataModels.all()) {
        if (m_records.level(key, Kind::DataModel, model) < Level::Use)
            continue;
        details.append(QJsonObject{{u"name"_s, model.value(u"name")},
                                   {u"dataModelId"_s, model.value(u"id")},
                                   {u"poolId"_s, model.value(u"poolId")}});
    }
    return ApiReply::json(details);
}

ApiReply IntegrationApi::listDataModels(const ApiKey &key, const QStringList &args,
                                        const ApiRequest &request)
{
    const auto pool = m_team->pools.value(args.at(0));
    if (!pool)
        return ApiReply::error(404, u"Data pool with id %1 not found."_s.arg(args.at(0)));
    if (auto denied = m_records.requireLevel(key, Kind::DataPool, *pool, Level::Use))
        return *denied;
    QList<QJsonObject> models = m_team->dataModels.where(u"poolId"_s, args.at(0));
    bool limited = false;
    const int limit = request.query.queryItemValue(u"limit"_s).toInt(&limited);
    if (limited && limit >= 0)
        models = models.mid(0, limit);
    return m_records.list(key, Kind::DataModel, models);
}

ApiReply IntegrationApi::getDataModel(const ApiKey &key, const QStringList &args,
                                      const ApiRequest &)
{
    const auto model = m_team->dataModels.value(args.at(1));
    if (!model || model->value(u"poolId").toString() != args.at(0)) {
        return ApiReply::error(
                404,
                u"Data model with id %1 not found in data pool %2."_s.arg(args.at(1), args.at(0)));
    }
    return m_records.getOne(key, Kind::DataModel, args.at(1));
}

ApiReply IntegrationApi::putDataModel(const ApiKey &key, const QStringList &args,
                                      const ApiRequest &request)
{
    const auto model = m_team->dataModels.value(args.at(1));
    if (!model || model->value(u"poolId").toString() != args.at(0)) {
        return ApiReply::error(
                404,
                u"Data model with id %1 not found in data pool %2."_s.arg(args.at(1), args.at(0)));
    }
    return m_records.putOne(key, Kind::DataModel, args.at(1), request.body);
}

} // namespace ems::sandbox
