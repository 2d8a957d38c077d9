#include "core/api/resourceservice.h"

#include "core/api/datamodelpoolsquery.h"
#include "core/api/resourcequery.h"
#include "core/api/teamquery.h"
#include "core/api/updatejob.h"
#include "core/net/session.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ems {

namespace {
QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}
} // namespace

ResourceService::ResourceService(Session *session)
    : m_session(session)
{ }

ResourceQuery *ResourceService::list(Resource::Family family, const QString &path,
                                     const QUrlQuery &query, const QString &context) const
{
    return new ResourceQuery(m_session->get(path, query, context), family, false);
}

TeamQuery *ResourceService::team() const
{
    return new TeamQuery(m_session->get(u"/api/team"_s));
}

DataModelPoolsQuery *ResourceService::dataModelPools() const
{
    return new DataModelPoolsQuery(
            m_session->get(u"/package-manager/api/compute-pools/data-models/details"_s));
}

ResourceQuery *ResourceService::spaces() const
{
    return list(Resource::Family::Space, u"/package-manager/api/spaces"_s, {}, {});
}

ResourceQuery *ResourceService::spaceNodes(const QString &spaceId) const
{
    QUrlQuery query;
    query.addQueryItem(u"spaceId"_s, spaceId);
    return list(Resource::Family::Node, u"/package-manager/api/nodes/tree"_s, query, spaceId);
}

ResourceQuery *ResourceService::packageNodes(const QString &packageKey,
                                             const QString &context) const
{
    return list(Resource::Family::Node,
                u"/package-manager/api/nodes/by-root-key/"_s + encoded(packageKey), {}, context);
}

ResourceQuery *ResourceService::pools() const
{
    return list(Resource::Family::DataPool, u"/integration/api/pools"_s, {}, {});
}

ResourceQuery *ResourceService::dataModels(const QString &poolId) const
{
    return list(Resource::Family::DataModel,
                u"/integration/api/pools/%1/data-models"_s.arg(encoded(poolId)), {}, poolId);
}

ResourceQuery *ResourceService::workspaces() const
{
    return list(Resource::Family::Workspace, u"/process-mining/api/processes"_s, {}, {});
}

ResourceQuery *ResourceService::analyses(const QString &workspaceId) const
{
    QUrlQuery query;
    query.addQueryItem(u"processId"_s, workspaceId);
    return list(Resource::Family::Analysis, u"/process-mining/api/analysis"_s, query, workspaceId);
}

ResourceQuery *ResourceService::latest(const Resource &resource) const
{
    return new ResourceQuery(m_session->get(resource.readPath(), {}, resource.id), resource.family,
                             true);
}

ResourceQuery *ResourceService::byId(Resource::Family family, const QString &id,
                                     const QString &parentId) const
{
    Resource probe;
    probe.family = family;
    probe.id = id;
    probe.parentId = parentId;
    return latest(probe);
}

UpdateJob *ResourceService::update(const Resource &original, const QJsonObject &changes,
                                   bool overwrite) const
{
    return new UpdateJob(m_session, original, changes, overwrite);
}

} // namespace ems
