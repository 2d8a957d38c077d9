#pragma once

#include "core/tree/treebuilder.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace ems {

class ResourceQuery;
class ResourceService;

// Loads rows of the resource tree: starts the listing a row needs (TreeNode::startFetch),
// shows a "Loading…" row, then merges the answer or shows an error row, and calls back
// whoever waits for the row (ensureLoaded). It changes rows only through Tree, so the model
// can announce every change. A listing sent before a row's last write (see tick()) does not
// put the row's old values back.
class TreeLoader : public QObject
{
    Q_OBJECT

public:
    using Waiter = std::function<void(bool loaded)>;
    struct Tree
    {
        TreeBuilder::MergeActions rows;
        std::function<void(TreeNode *node)> loadStateChanged;
        std::function<const ResourceService *(TreeNode *node)> service; // of the row's team
        // The row's team failed to connect: its team row says why, its rows load nothing.
        std::function<bool(TreeNode *node)> teamFailed;
    };

    explicit TreeLoader(Tree tree, QObject *parent = nullptr);

    // (Re)loads the children of the row (of its package, for a folder) unless they are
    // loading already.
    void start(TreeNode *node);
    void ensureLoaded(TreeNode *node, Waiter waiter);
    // Reloads every loaded listing below the team row.
    void reloadAll(TreeNode *team);
    // Refresh (F5) on a row: a team reloads all it has loaded, an error or loading row its
    // parent's listing, an object without content what holds it, a loaded row its own.
    void refresh(TreeNode *node);
    void cancelBelow(TreeNode *node);
    // The team failed to connect: its sections drop the errors they got meanwhile and wait,
    // so the failure is said once, on the team row.
    void teamFailed(TreeNode *team);
    // A row leaves the tree: its listing stops, whoever waits for it hears false.
    void forget(TreeNode *node);
    // The loader's clock: a write's answer stamps its row (TreeNode::writtenAt) with it.
    quint64 tick() { return ++m_clock; }

private:
    void finished(TreeNode *node, ResourceQuery *query, quint64 sentAt);
    void settle(TreeNode *node, bool loaded);
    void removePlaceholders(TreeNode *parent);
    void insertRow(TreeNode *parent, std::unique_ptr<TreeNode> row);

    Tree m_tree;
    TreeBuilder m_builder;
    QHash<TreeNode *, QList<Waiter>> m_waiters;
    quint64 m_clock = 0;
};

} // namespace ems
