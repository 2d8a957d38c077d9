#include "core/tree/treenode.h"

namespace ems {

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

} // namespace ems
