#include "core/tree/treeteam.h"

#include "core/api/resourceservice.h"

namespace ems {

TreeTeam::TreeTeam(TreeNode *teamNode, Session *teamSession)
    : node(teamNode)
    , session(teamSession)
    , service(std::make_unique<ResourceService>(teamSession))
{ }

TreeTeam::~TreeTeam() = default;

void TreeTeam::index(TreeNode *subtree, bool add)
{
    forEachInSubtree(subtree, [this, add](TreeNode *n) {
        if (n->type != TreeNode::Type::Resource)
            return;
        if (add)
            ids.insert(n->id, n);
        else if (ids.value(n->id) == n)
            ids.remove(n->id);
    });
}

void TreeTeam::setOverlay(const QString &id, const EditOverlay &overlay)
{
    if (overlay.state == EditOverlay::State::None)
        overlays.remove(id);
    else
        overlays.insert(id, overlay);
}

TreeNode *TreeTeam::group(Resource::Family family) const
{
    for (const auto &child : node->children) {
        if (child->type == TreeNode::Type::Group && child->family == family)
            return child.get();
    }
    return nullptr;
}

} // namespace ems
