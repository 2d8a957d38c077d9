#include "core/tree/treebuilder.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace ems {

namespace {

bool siblingLess(const std::unique_ptr<TreeNode> &a, const std::unique_ptr<TreeNode> &b)
{
    const bool aFolder = a->kind == Resource::Kind::Folder;
    const bool bFolder = b->kind == Resource::Kind::Folder;
    if (aFolder != bFolder)
        return aFolder;
    return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
}

void sortSiblings(std::vector<std::unique_ptr<TreeNode>> &nodes)
{
    std::stable_sort(nodes.begin(), nodes.end(), siblingLess);
    for (size_t i = 0; i < nodes.size(); ++i)
        nodes[i]->row = int(i);
}

void sortRecursively(std::vector<std::unique_ptr<TreeNode>> &nodes)
{
    sortSiblings(nodes);
    for (const auto &n : nodes)
        forEachInSubtree(n.get(), [](TreeNode *node) { sortSiblings(node->children); });
}

} // namespace

QString TreeBuilder::interned(const QString &assetType)
{
    if (assetType.isEmpty())
        return {};
    auto it = m_assetTypes.constFind(assetType);
    if (it == m_assetTypes.constEnd())
        it = m_assetTypes.insert(assetType);
    return *it; // one shared copy per distinct value
}

std::unique_ptr<TreeNode> TreeBuilder::team(const QString &label)
{
    auto team = std::make_unique<TreeNode>();
    team->type = TreeNode::Type::Team;
    team->state = TreeNode::LoadState::Loaded;
    team->name = label;
    const std::pair<Resource::Family, QString> groups[]
            = {{Resource::Family::Space, tr("Studio")},
               {Resource::Family::DataPool, tr("Data Integration")},
               {Resource::Family::Workspace, tr("Process Analytics")}};
    for (const auto &[family, name] : groups) {
        auto group = std::make_unique<TreeNode>();
        group->type = TreeNode::Type::Group;
        group->family = family;
        group->name = name;
        group->parent = team.get();
        group->row = int(team->children.size());
        team->children.push_back(std::move(group));
    }
    return team;
}

std::vector<std::unique_ptr<TreeNode>> TreeBuilder::build(const TreeNode &parent,
                                                          const QList<Resource> &resources)
{
    const auto make = [this](const Resource &r) {
        auto n = std::make_unique<TreeNode>();
        n->family = r.family;
        n->kind = r.kind;
        n->id = r.id;
        n->name = r.name;
        n->editable = r.isWritable() && r.missingEditPermission().isEmpty();
        n->closed = r.isClosed();
        n->changeStamp = r.changeStamp;
        if (r.kind == Resource::Kind::Package)
            n->key = r.key;
        n->assetType = interned(r.nodeType == TreeNode::imageType && r.assetType.isEmpty()
                                        ? TreeNode::imageType
                                        : r.assetType);
        if (n->comesWithParent() || n->closed) // the rest load on expansion
            n->state = TreeNode::LoadState::Loaded;
        return n;
    };

    std::vector<std::unique_ptr<TreeNode>> result;
    const bool contentNodes = parent.type == TreeNode::Type::Resource
            && (parent.kind == Resource::Kind::Space || parent.kind == Resource::Kind::Package);
    if (!contentNodes) {
        result.reserve(size_t(resources.size()));
        for (const Resource &r : resources)
            result.push_back(make(r));
        sortRecursively(result);
        return result;
    }

    // A flat list of content nodes: hang each under its parent, packages at the top.
    QHash<QString, TreeNode *> byId;
    QHash<QString, TreeNode *> packagesByKey;
    std::vector<std::unique_ptr<TreeNode>> all;
    all.reserve(size_t(resources.size()));
    for (const Resource &r : resources) {
        all.push_back(make(r));
        byId.insert(r.id, all.back().get());
        if (r.kind == Resource::Kind::Package)
            packagesByKey.insert(r.key, all.back().get());
    }
    // Each node's owner; one whose parent is not listed, or whose parents form a cycle,
    // goes to the top, marked, instead of vanishing (or leaking, owned in a circle).
    std::vector<TreeNode *> owners(all.size(), nullptr);
    for (qsizetype i = 0; i < resources.size(); ++i) {
        const Resource &r = resources.at(i);
        TreeNode *self = all[size_t(i)].get();
        if (r.kind == Resource::Kind::Package)
            continue;
        TreeNode *owner = byId.value(r.parentId);
        if (!owner || owner == self)
            owner = packagesByKey.value(r.rootKey);
        if (owner == self)
            owner = nullptr;
        owners[size_t(i)] = owner;
        self->misplaced = !owner;
    }
    QHash<const TreeNode *, size_t> indexOfNode;
    for (size_t i = 0; i < all.size(); ++i)
        indexOfNode.insert(all[i].get(), i);
    enum : char { Unseen, OnPath, Rooted };
    std::vector<char> seen(all.size(), Unseen);
    for (size_t i = 0; i < all.size(); ++i) {
        std::vector<size_t> path;
        for (size_t j = i; seen[j] != Rooted;) {
            if (seen[j] == OnPath) { // back on this very path: a cycle, cut at j
                owners[j] = nullptr;
                all[j]->misplaced = true;
                break;
            }
            seen[j] = OnPath;
            path.push_back(j);
            if (!owners[j])
                break;
            j = indexOfNode.value(owners[j]);
        }
        for (size_t p : path)
            seen[p] = Rooted;
    }
    std::vector<std::unique_ptr<TreeNode>> top;
    for (size_t i = 0; i < all.size(); ++i) {
        std::unique_ptr<TreeNode> &n = all[i];
        if (TreeNode *owner = owners[i]) {
            n->parent = owner;
            owner->children.push_back(std::move(n));
        } else {
            top.push_back(std::move(n));
        }
    }
    if (parent.kind == Resource::Kind::Package) {
        // The answer holds the package itself: its children are what we want.
        for (auto &n : top) {
            if (n->id == parent.id) {
                result = std::move(n->children);
                break;
            }
        }
        for (auto &n : top) {
            if (n && n->id != parent.id)
                result.push_back(std::move(n));
        }
    } else {
        result = std::move(top);
    }
    sortRecursively(result);
    return result;
}

void TreeBuilder::merge(TreeNode *parent, std::vector<std::unique_ptr<TreeNode>> fresh,
                        quint64 sentAt, const MergeActions &actions)
{
    // Level by level from a work list, not by recursion: package content can be deep.
    std::vector<std::pair<TreeNode *, std::vector<std::unique_ptr<TreeNode>>>> work;
    work.emplace_back(parent, std::move(fresh));
    while (!work.empty()) {
        auto [at, listed] = std::move(work.back());
        work.pop_back();
        if (at->children.empty()) {
            actions.insert(at, std::move(listed));
            continue;
        }
        QHash<QString, TreeNode *> existing;
        for (const auto &child : at->children)
            existing.insert(child->id, child.get());
        QSet<QString> keep;
        std::vector<std::unique_ptr<TreeNode>> added;
        for (auto &f : listed) {
            keep.insert(f->id);
            TreeNode *e = existing.value(f->id);
            if (!e || e->kind != f->kind) {
                added.push_back(std::move(f));
                continue;
            }
            // Opened or closed to the key since: what was below it is stale, load it anew.
            if (e->closed != f->closed && f->state != TreeNode::LoadState::Loaded) {
                for (int i = int(e->children.size()) - 1; i >= 0; --i)
                    actions.remove(e, i);
                e->state = f->state;
            }
            // A row written after this listing was sent keeps what the write answered.
            const bool stale = e->writtenAt > sentAt;
            if (!stale
                && (e->name != f->name || e->key != f->key || e->assetType != f->assetType
                    || e->changeStamp != f->changeStamp || e->editable != f->editable
                    || e->closed != f->closed || e->misplaced != f->misplaced)) {
                e->changeStamp = f->changeStamp;
                e->editable = f->editable;
                e->closed = f->closed;
                e->misplaced = f->misplaced;
                e->name = f->name;
                e->key = f->key;
                e->assetType = f->assetType;
                actions.changed(e);
            }
            if (f->state == TreeNode::LoadState::Loaded) {
                e->state = TreeNode::LoadState::Loaded;
                work.emplace_back(e, std::move(f->children));
            }
        }
        for (int i = int(at->children.size()) - 1; i >= 0; --i) {
            if (!keep.contains(at->children[size_t(i)]->id))
                actions.remove(at, i);
        }
        actions.insert(at, std::move(added));
    }
}

} // namespace ems
