#include "core/tree/treenode.h"

#include "core/api/resourceservice.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ems {

const QString TreeNode::imageType = u"IMAGE"_s;

TreeNode::~TreeNode()
{
    std::vector<std::unique_ptr<TreeNode>> doomed = std::move(children);
    while (!doomed.empty()) {
        std::unique_ptr<TreeNode> n = std::move(doomed.back());
        doomed.pop_back();
        std::move(n->children.begin(), n->children.end(), std::back_inserter(doomed));
        n->children.clear(); // n goes without children, so without recursion
    }
}

bool TreeNode::isExpandable() const
{
    switch (type) {
    case Type::Team:
    case Type::Group:
        return true;
    case Type::Resource:
        return kind == Resource::Kind::Space || kind == Resource::Kind::Package
                || kind == Resource::Kind::Folder || kind == Resource::Kind::DataPool
                || kind == Resource::Kind::Workspace;
    case Type::Loading:
    case Type::Error:
    case Type::Empty:
        break;
    }
    return false;
}

TreeNode *TreeNode::teamNode()
{
    TreeNode *node = this;
    while (node->parent && node->parent->parent) // the invisible root holds the teams
        node = node->parent;
    return node;
}

std::optional<Resource> TreeNode::resource() const
{
    if (type != Type::Resource)
        return std::nullopt;
    Resource r;
    r.family = family;
    r.kind = kind;
    r.id = id;
    r.name = name;
    r.key = key;
    r.assetType = assetType == imageType ? QString() : assetType;
    if (parent && parent->type == Type::Resource)
        r.parentId = parent->id;
    if (closed) // all that was listed of its permissions: none
        r.raw.insert(u"permissions"_s, QJsonArray());
    return r;
}

std::optional<Resource> TreeNode::seen() const
{
    const auto r = resource();
    if (!r)
        return std::nullopt;
    Resource seen = Resource::seen(family, kind, id, r->parentId, name, changeStamp);
    seen.key = key;
    seen.assetType = r->assetType;
    return seen;
}

std::unique_ptr<TreeNode> TreeNode::placeholder(Type type, const QString &message,
                                                quint64 requestId)
{
    auto row = std::make_unique<TreeNode>();
    row->type = type;
    row->name = message;
    row->requestId = requestId;
    return row;
}

TreeNode *TreeNode::fetchOwner()
{
    if (!isExpandable() || type == Type::Team)
        return nullptr;
    TreeNode *owner = this;
    while (owner && owner->type == Type::Resource && owner->kind == Resource::Kind::Folder)
        owner = owner->parent;
    return owner && owner->type != Type::Team ? owner : nullptr;
}

ResourceQuery *TreeNode::startFetch(const ResourceService &service) const
{
    if (type == Type::Group) {
        switch (family) {
        case Resource::Family::Space:
            return service.spaces();
        case Resource::Family::DataPool:
            return service.pools();
        default:
            return service.workspaces();
        }
    }
    if (type != Type::Resource || closed)
        return nullptr;
    switch (kind) {
    case Resource::Kind::Space:
        return service.spaceNodes(id);
    case Resource::Kind::Package:
        return service.packageNodes(key, id);
    case Resource::Kind::DataPool:
        return service.dataModels(id);
    case Resource::Kind::Workspace:
        return service.analyses(id);
    default:
        return nullptr;
    }
}

void TreeNode::apply(const Resource &resource)
{
    changeStamp = resource.changeStamp;
    if (resource.raw.contains(QLatin1StringView("permissions"))) {
        editable = resource.isWritable() && resource.missingEditPermission().isEmpty();
        closed = resource.isClosed();
    }
    if (resource.kind == Resource::Kind::Package)
        key = resource.key;
    name = resource.name;
}

} // namespace ems
