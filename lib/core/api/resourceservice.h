#pragma once

#include "core/api/resource.h"

#include <QJsonObject>

namespace ems {

class DataModelPoolsQuery;
class ResourceQuery;
class Session;
class TeamQuery;
class UpdateJob;

// The EMS endpoints the program uses, as typed queries over one Session. The returned
// objects finish once and delete themselves; parent them to nothing.
class ResourceService
{
public:
    explicit ResourceService(Session *session);
    Session *session() const { return m_session; }

    TeamQuery *team() const; // GET /api/team
    ResourceQuery *spaces() const;
    ResourceQuery *spaceNodes(const QString &spaceId) const; // GET nodes/tree?spaceId=
    // GET nodes/by-root-key/; context names the package in the request log.
    ResourceQuery *packageNodes(const QString &packageKey, const QString &context = {}) const;
    ResourceQuery *pools() const;
    ResourceQuery *dataModels(const QString &poolId) const;
    DataModelPoolsQuery *dataModelPools() const; // the pool of each data model
    ResourceQuery *workspaces() const;
    ResourceQuery *analyses(const QString &workspaceId) const;
    // The latest state of one object (PyCelonis: reading .data fetches the latest).
    ResourceQuery *latest(const Resource &resource) const;
    // Looks an id up as an object of the given family (data models need their pool).
    ResourceQuery *byId(Resource::Family family, const QString &id,
                        const QString &parentId = {}) const;
    UpdateJob *update(const Resource &original, const QJsonObject &changes,
                      bool overwrite = false) const;

private:
    ResourceQuery *list(Resource::Family family, const QString &path, const QUrlQuery &query,
                        const QString &context) const;

    Session *m_session;
};

} // namespace ems
