#pragma once

#include "apikey.h"

#include <QStringList>

namespace ems::sandbox {

// What a key may do with an object, derived only from its team-wide service permissions:
//
//   service            grants Use / Edit / Manage with
//   package-manager    USE_ALL_SPACES / EDIT_ALL_SPACES / DELETE_ALL_SPACES
//   event-collection   USE_ALL_DATA_POOLS / EDIT_ALL_DATA_POOLS / DELETE_ALL_DATA_POOLS
//   process-analytics  USE_ALL_ANALYSES / EDIT_ALL_ANALYSES / DELETE_ALL_ANALYSES
//
// A higher level includes the lower ones. Objects without Use are not listed and answer 403.
class AccessPolicy
{
public:
    enum class Kind { Space, Node, DataPool, DataModel, Workspace, Analysis };
    enum class Level { None, Use, Edit, Manage };

    static Level level(const ApiKey &key, Kind kind);
    static QStringList objectPermissions(const ApiKey &key, Kind kind);
    static QString service(Kind kind);
    // The service permission a key lacks for the given level, for error messages.
    static QString servicePermission(Kind kind, Level level);
    // The object permission a PUT needs (EDIT_SPACE, EDIT_PACKAGE, ...).
    static QString editPermission(Kind kind);
};

} // namespace ems::sandbox
