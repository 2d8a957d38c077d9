#pragma once

#include "apikey.h"

#include <QStringList>

namespace ems::sandbox {

struct Team;

// What a key may do with an object. Team-wide, its service permissions grant a level on
// every object of a kind:
//
//   service            grants Use / Edit / Manage with
//   package-manager    USE_ALL_SPACES / EDIT_ALL_SPACES / DELETE_ALL_SPACES
//   event-collection   USE_ALL_DATA_POOLS / EDIT_ALL_DATA_POOLS / DELETE_ALL_DATA_POOLS
//                      (data models: USE_ALL_DATA_MODELS for Use)
//   process-analytics  USE_ALL_ANALYSES / EDIT_ALL_ANALYSES / DELETE_ALL_ANALYSES
//
// docs/endpoints.md ("Rules") names the source of each name, or says that there is none.
// A higher level includes the lower ones. On top of that, an object may be shared with the
// keys of a role (Team::shares): the nearest share on the object or what holds it (a
// node's package, then its space; a data model's pool; an analysis' workspace) adds its
// level. List shows an object with no permissions and nothing inside it. Objects below
// List are not listed and answer 403.
class AccessPolicy
{
public:
    enum class Kind { Space, Node, DataPool, DataModel, Workspace, Analysis };
    enum class Level { None, List, Use, Edit, Manage };

    // The level its team-wide permissions give a key on every object of a kind.
    static Level level(const ApiKey &key, Kind kind);
    // The level a key has on one object of a team.
    static Level level(const Team &team, const ApiKey &key, Kind kind, const QJsonObject &object);
    // The object's "permissions" at a level: USE, EDIT_SPACE, ... (none at List).
    static QStringList objectPermissions(Kind kind, Level level);
    // The first object permission a level adds (USE_PACKAGE, EDIT_SPACE, ...), for messages.
    static QString objectPermission(Kind kind, Level level);
    static QString service(Kind kind);
    // The service permission that grants a level team-wide, for messages.
    static QString servicePermission(Kind kind, Level level);

    static QString levelName(Level level);
    static Level levelFromName(const QString &name);
};

} // namespace ems::sandbox
