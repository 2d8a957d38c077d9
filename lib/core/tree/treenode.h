#pragma once

#include "core/api/resource.h"
#include "core/tree/rowtype.h"

#include <memory>
#include <vector>

namespace ems {

class ResourceQuery;
class ResourceService;

// One row of the resource tree. Kept light (ids, names, kind, flags): the full JSON of an
// object is fetched when it is selected, not kept here.
struct TreeNode
{
    TreeNode() = default;
    ~TreeNode(); // without recursion: a chain of 100,000 folders must not overflow the stack
    TreeNode(const TreeNode &) = delete;
    TreeNode &operator=(const TreeNode &) = delete;

    using Type = RowType;
    using LoadState = ems::LoadState;

    // The asset type rows of images carry: images have a node type, no asset type.
    static const QString imageType;

    Type type = Type::Resource;
    Resource::Family family = Resource::Family::Space; // groups: the family they list
    Resource::Kind kind = Resource::Kind::Space;
    LoadState state = LoadState::NotLoaded;
    bool editable = false; // a writable kind, and the key may edit it
    bool closed = false; // listed with no permissions: the key may not read it or its content
    bool misplaced = false; // its parent is not in the listing, or they form a cycle
    qint64 changeStamp = 0; // as listed: what a rename from the tree is checked against
    int row = 0;
    QString id;
    QString name; // error rows: the message
    QString key;
    QString assetType;
    quint64 requestId = 0; // error rows: the failed request; others: the last load
    quint64 writtenAt = 0; // the model's clock when a write's answer last set this row
    TreeNode *parent = nullptr;
    ResourceQuery *pending = nullptr;
    std::vector<std::unique_ptr<TreeNode>> children;

    bool isExpandable() const;
    bool isPlaceholder() const
    {
        return type == Type::Loading || type == Type::Error || type == Type::Empty;
    }
    // Packages and folders arrive with their space's listing, content included.
    bool comesWithParent() const
    {
        return type == Type::Resource
                && (kind == Resource::Kind::Package || kind == Resource::Kind::Folder);
    }
    TreeNode *teamNode(); // the top row this node belongs to
    // The resource a row stands for (family, kind, id, name, parent id), for fetching it;
    // nullopt for rows that are not objects.
    std::optional<Resource> resource() const;
    // What the user saw of it (name and change timestamp), for a conflict-checked write.
    std::optional<Resource> seen() const;
    // Takes what the team answered for this object: name, change stamp, whether the key may
    // change or open it, a package's key.
    void apply(const Resource &resource);
    // A "Loading…" row, or an error row with its message and the failed request.
    static std::unique_ptr<TreeNode> placeholder(Type type, const QString &message = {},
                                                 quint64 requestId = 0);
    // The node whose listing brings this node's children: itself, or for a folder its
    // package (folders come with their package). Null for rows that list nothing.
    TreeNode *fetchOwner();
    // Starts the listing of this node's children (the node must be its own fetch owner).
    ResourceQuery *startFetch(const ResourceService &service) const;
};

// Calls f(node) for root and every node below it, each parent before its children, without
// recursion. Node is TreeNode or const TreeNode.
template<typename Node, typename F>
void forEachInSubtree(Node *root, F &&f)
{
    std::vector<Node *> stack{root};
    while (!stack.empty()) {
        Node *n = stack.back();
        stack.pop_back();
        f(n);
        for (const auto &child : n->children)
            stack.push_back(child.get());
    }
}

// How many nodes of the subtree (root included) satisfy the predicate.
template<typename Predicate>
qsizetype countInSubtree(const TreeNode *root, Predicate &&predicate)
{
    qsizetype count = 0;
    forEachInSubtree(root, [&](const TreeNode *n) { count += predicate(n) ? 1 : 0; });
    return count;
}

} // namespace ems
