#include "core/tree/treeloader.h"

#include "core/api/resourcequery.h"
#include "core/net/netlog.h"
#include "core/tree/treerowtext.h"

using namespace Qt::StringLiterals;

namespace ems {

TreeLoader::TreeLoader(Tree tree, QObject *parent)
    : QObject(parent)
    , m_tree(std::move(tree))
{ }

void TreeLoader::start(TreeNode *n)
{
    const ResourceService *service = m_tree.service(n);
    n = n->fetchOwner();
    if (!service || !n || n->state == TreeNode::LoadState::Loading || m_tree.teamFailed(n))
        return;
    ResourceQuery *query = n->startFetch(*service);
    if (!query)
        return;
    removePlaceholders(n);
    n->state = TreeNode::LoadState::Loading;
    n->pending = query;
    if (n->children.empty())
        insertRow(n, TreeNode::placeholder(TreeNode::Type::Loading));
    m_tree.loadStateChanged(n);
    connect(query, &ResourceQuery::finished, this,
            [this, n, query, sentAt = tick()] { finished(n, query, sentAt); });
}

void TreeLoader::finished(TreeNode *n, ResourceQuery *query, quint64 sentAt)
{
    n->pending = nullptr;
    n->requestId = query->requestId();
    removePlaceholders(n);
    const ApiError &error = query->error();
    // Cancelled, or not sent because the team could not connect (one error, on the team row).
    if (error.kind == ApiError::Kind::Cancelled || (error.isError() && m_tree.teamFailed(n))) {
        n->state = n->children.empty() ? TreeNode::LoadState::NotLoaded
                                       : TreeNode::LoadState::Loaded;
        m_tree.loadStateChanged(n);
        settle(n, false);
        return;
    }
    if (error.isError()) {
        qCInfo(lcModel).noquote() << "Loading" << n->name << "failed:" << error.message();
        n->state = TreeNode::LoadState::Failed;
        // Words first; the request itself is one key away in the network log.
        insertRow(n,
                  TreeNode::placeholder(TreeNode::Type::Error,
                                        tr("Couldn't load %1: %2").arg(n->name, error.summary()),
                                        query->requestId()));
        m_tree.loadStateChanged(n);
        settle(n, false);
        return;
    }
    TreeBuilder::merge(n, m_builder.build(*n, query->resources()), sentAt, m_tree.rows);
    n->state = TreeNode::LoadState::Loaded;
    // An empty listing says so, also for the packages and folders that came with it.
    std::vector<TreeNode *> empty;
    forEachInSubtree(n, [&empty](TreeNode *row) {
        if (row->isExpandable() && row->children.empty()
            && row->state == TreeNode::LoadState::Loaded)
            empty.push_back(row);
    });
    for (TreeNode *row : empty)
        insertRow(row, TreeNode::placeholder(TreeNode::Type::Empty, TreeRowText::emptyText(*row)));
    if (const QStringList &invalid = query->invalidObjects(); !invalid.isEmpty()) {
        insertRow(n,
                  TreeNode::placeholder(TreeNode::Type::Error,
                                        tr("%n object(s) could not be read and are not shown: %1",
                                           nullptr, int(invalid.size()))
                                                .arg(ApiError::bounded(invalid.join(u"; "_s))),
                                        query->requestId()));
    }
    m_tree.loadStateChanged(n);
    settle(n, true);
}

void TreeLoader::ensureLoaded(TreeNode *n, Waiter waiter)
{
    if (!n->isExpandable() || n->state == TreeNode::LoadState::Loaded) {
        waiter(true);
        return;
    }
    m_waiters[n].append(std::move(waiter));
    if (n->state != TreeNode::LoadState::Loading)
        start(n);
    if (n->state != TreeNode::LoadState::Loading) // nothing to fetch it with
        settle(n, false);
}

void TreeLoader::settle(TreeNode *n, bool loaded)
{
    const QList<Waiter> waiters = m_waiters.take(n);
    for (const Waiter &waiter : waiters)
        waiter(loaded);
}

void TreeLoader::refresh(TreeNode *node)
{
    switch (node->type) {
    case TreeNode::Type::Team:
        reloadAll(node);
        return;
    case TreeNode::Type::Error:
    case TreeNode::Type::Loading:
        start(node->parent);
        return;
    default:
        break;
    }
    if (!node->isExpandable()) {
        if (node->parent && node->parent->parent) // not the invisible root
            refresh(node->parent);
        return;
    }
    if (node->state != TreeNode::LoadState::NotLoaded)
        start(node);
}

void TreeLoader::reloadAll(TreeNode *team)
{
    // Collect first: fetches change the tree.
    std::vector<TreeNode *> roots;
    forEachInSubtree(team, [&roots](TreeNode *n) {
        if (n->fetchOwner() == n && !n->comesWithParent()
            && n->state != TreeNode::LoadState::NotLoaded)
            roots.push_back(n);
    });
    for (TreeNode *n : roots)
        start(n);
}

void TreeLoader::cancelBelow(TreeNode *node)
{
    std::vector<ResourceQuery *> pending;
    forEachInSubtree(node, [&pending](const TreeNode *n) {
        if (n->pending)
            pending.push_back(n->pending);
    });
    for (ResourceQuery *query : pending) // each cancel changes the tree
        query->cancel();
}

void TreeLoader::teamFailed(TreeNode *team)
{
    for (const auto &group : team->children) {
        if (group->state != TreeNode::LoadState::Failed)
            continue;
        removePlaceholders(group.get());
        group->state = group->children.empty() ? TreeNode::LoadState::NotLoaded
                                               : TreeNode::LoadState::Loaded;
        m_tree.loadStateChanged(group.get());
    }
}

void TreeLoader::forget(TreeNode *n)
{
    if (n->pending) {
        QObject::disconnect(n->pending, nullptr, this, nullptr);
        n->pending->cancel();
        n->pending = nullptr;
    }
    settle(n, false);
}

void TreeLoader::removePlaceholders(TreeNode *parent)
{
    for (int i = int(parent->children.size()) - 1; i >= 0; --i) {
        if (parent->children[size_t(i)]->isPlaceholder())
            m_tree.rows.remove(parent, i);
    }
}

void TreeLoader::insertRow(TreeNode *parent, std::unique_ptr<TreeNode> row)
{
    std::vector<std::unique_ptr<TreeNode>> rows;
    rows.push_back(std::move(row));
    m_tree.rows.insert(parent, std::move(rows));
}

} // namespace ems
