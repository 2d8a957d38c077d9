#include "treenode.h"

namespace ems {

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
