#pragma once

#include "core/api/resource.h"
#include "core/tree/treenode.h"

#include <QCoreApplication>
#include <QSet>
#include <functional>
#include <memory>
#include <vector>

namespace ems {

// Turns an answer's flat list into rows under parent: the content nodes of a space or a
// package hang under their parents (packages on top; an orphan or a node in a parent cycle
// on top, marked misplaced), everything else as a flat list; folders before the rest, then
// by name. Keeps one shared copy of each asset type string across all the rows it builds.
class TreeBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TreeBuilder)

public:
    // A team's row with its three groups: Studio, Data Integration, Process Analytics.
    static std::unique_ptr<TreeNode> team(const QString &label);

    std::vector<std::unique_ptr<TreeNode>> build(const TreeNode &parent,
                                                 const QList<Resource> &resources);

    // What a merge does to the tree; the model does it, announcing each change.
    struct MergeActions
    {
        std::function<void(TreeNode *node)> changed; // its name, key or flags
        std::function<void(TreeNode *parent, std::vector<std::unique_ptr<TreeNode>> nodes)>
                insert; // at the end
        std::function<void(TreeNode *parent, int row)> remove;
    };
    // Merges a fresh listing into parent's rows by id, level by level: rows that stay keep
    // their children (and so what was expanded), except where the listing brings loaded
    // content. A row written after sentAt (TreeNode::writtenAt) keeps what the write said.
    static void merge(TreeNode *parent, std::vector<std::unique_ptr<TreeNode>> fresh,
                      quint64 sentAt, const MergeActions &actions);

private:
    QString interned(const QString &assetType);

    QSet<QString> m_assetTypes;
};

} // namespace ems
