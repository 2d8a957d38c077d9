#pragma once

#include <QtGlobal>

namespace ems {

// What a row of the resource tree is, as views read it (ResourceTreeModel::rowType).
// Loading, Error and Empty are placeholder rows: what a listing is doing or found.
enum class RowType : quint8 { Team, Group, Resource, Loading, Error, Empty };
// How far the content of a row has loaded (ResourceTreeModel::loadState).
enum class LoadState : quint8 { NotLoaded, Loading, Loaded, Failed };

} // namespace ems
