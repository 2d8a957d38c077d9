#pragma once

#include "core/api/resource.h"
#include "core/tree/treenode.h"

#include <QSet>
#include <memory>
#include <vector>

namespace ems {

// Turns an answer's flat list into rows under parent: the content nodes of a space or a
// package hang under their parents (packages on top; an orphan or a node in a parent cycle
// on top, marked misplaced), everything else as a flat list; folders before the rest, then
// by name. Keeps one shared copy of each asset type string across all the rows it builds.
class TreeBuilder
{
public:
    static const QString imageType; // the node type of images, which have no asset type

    std::vector<std::unique_ptr<TreeNode>> build(const TreeNode &parent,
                                                 const QList<Resource> &resources);

private:
    QString interned(const QString &assetType);

    QSet<QString> m_assetTypes;
};

} // namespace ems
