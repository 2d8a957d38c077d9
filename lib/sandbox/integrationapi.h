#pragma once

#include "apiroute.h"
#include "records.h"

namespace ems::sandbox {

// The Data Integration endpoints of ems-api.md over a Team: data pools (also content-cli's
// paged list) and their data models, with content-cli's team-wide list of data models.
class IntegrationApi
{
public:
    Q_DISABLE_COPY_MOVE(IntegrationApi) // the routes hold this
    explicit IntegrationApi(Team *team);

    QList<ApiRoute> routes();

private:
    using Handler
            = ApiReply (IntegrationApi::*)(const ApiKey &, const QStringList &, const ApiRequest &);

    ApiReply listPools(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply listPoolsPaged(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply getPool(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply createPool(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply putPool(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply deletePool(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply dataModelDetails(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply listDataModels(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply getDataModel(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply putDataModel(const ApiKey &, const QStringList &, const ApiRequest &);

    Team *m_team;
    Records m_records;
};

} // namespace ems::sandbox
