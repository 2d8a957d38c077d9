#pragma once

#include "core/tree/editoverlay.h"
#include "core/tree/treenode.h"

#include <QHash>
#include <memory>

namespace ems {

class ResourceService;
class Session;

// What the tree keeps of one team: its row, its session and the service over it, its
// resource rows by id (for reveal and for edits) and the edits shown on them.
struct TreeTeam
{
    TreeTeam(TreeNode *teamNode, Session *teamSession);
    ~TreeTeam();
    TreeTeam(const TreeTeam &) = delete;
    TreeTeam &operator=(const TreeTeam &) = delete;

    TreeNode *node;
    Session *session;
    std::unique_ptr<ResourceService> service;
    QHash<QString, TreeNode *> ids;
    QHash<QString, EditOverlay> overlays; // by id: rows being edited

    // Adds the resource rows of subtree to ids, or takes them out.
    void index(TreeNode *subtree, bool add);
    // Shows an edit on the row with that id; State::None takes it away.
    void setOverlay(const QString &id, const EditOverlay &overlay);
    // The section row of a family (Studio, Data Integration, Process Analytics), or null.
    TreeNode *group(Resource::Family family) const;
};

} // namespace ems
