#pragma once

#include "core/tree/editoverlay.h"

#include <QCoreApplication>

namespace ems {

class Session;
struct TreeNode;

// What a row of the resource tree says to people and screen readers: its name (or the
// team's state), tooltip, description and icon, given the edit shown on it and, for a team
// row, the team's session.
class TreeRowText
{
    Q_DECLARE_TR_FUNCTIONS(TreeRowText)

public:
    static QString display(const TreeNode &node, bool nameColumn, const EditOverlay &overlay,
                           const Session *team);
    static QString toolTip(const TreeNode &node, const EditOverlay &overlay, const Session *team);
    static QString accessibleDescription(const TreeNode &node);
    static QString iconName(const TreeNode &node); // a name under :/icons
    // What an empty listing says: "No packages in this space".
    static QString emptyText(const TreeNode &parent);
};

} // namespace ems
