#include "core/tree/treerowtext.h"

#include "core/net/session.h"
#include "core/tree/resourcelabels.h"
#include "core/tree/treenode.h"

using namespace Qt::StringLiterals;

namespace ems {

QString TreeRowText::display(const TreeNode &n, bool nameColumn, const EditOverlay &overlay,
                             const Session *team)
{
    switch (n.type) {
    case TreeNode::Type::Team:
        if (!nameColumn)
            return tr("Team");
        switch (team->state()) {
        case Session::State::Connected: {
            // Short enough for the row in every language; who tells two keys apart. The
            // greeting and key type are in the tooltip, the status bar and the overview.
            const auto &me = team->identity();
            const QString who
                    = me && !me->displayName().isEmpty() ? me->displayName() : team->connectedAs();
            return tr("%1 · %2").arg(n.name, who);
        }
        case Session::State::Failed:
            return tr("%1 · connection failed").arg(n.name);
        default:
            return tr("%1 · connecting…").arg(n.name);
        }
    case TreeNode::Type::Group:
        return nameColumn ? n.name : QString();
    case TreeNode::Type::Resource:
        if (!nameColumn)
            return ResourceLabels::typeLabel(n.kind, n.assetType);
        if (overlay.state == EditOverlay::State::Writing
            || overlay.state == EditOverlay::State::Pending)
            return overlay.name;
        return n.name.isEmpty() ? tr("(no name)") : n.name;
    case TreeNode::Type::Loading:
        return nameColumn ? tr("Loading…") : QString();
    case TreeNode::Type::Error:
        return nameColumn ? tr("%1 — Press Enter to retry.").arg(n.name) : tr("Error");
    case TreeNode::Type::Empty:
        return nameColumn ? n.name : QString();
    }
    return {};
}

QString TreeRowText::toolTip(const TreeNode &n, const EditOverlay &overlay, const Session *team)
{
    switch (n.type) {
    case TreeNode::Type::Team:
        switch (team->state()) {
        case Session::State::Connected:
            return team->greeting().isEmpty() ? team->teamUrl().toDisplayString()
                                              : team->greeting();
        case Session::State::Failed:
            return team->connectError().summary();
        default:
            return tr("Connecting to %1…").arg(team->teamUrl().toDisplayString());
        }
    case TreeNode::Type::Error:
        return tr("%1\nPress Enter or choose Retry to load again.").arg(n.name);
    case TreeNode::Type::Resource: {
        QString tip = u"%1\n%2 · %3"_s.arg(n.name, ResourceLabels::typeLabel(n.kind, n.assetType),
                                           n.id);
        if (!overlay.message.isEmpty())
            tip += u"\n\n"_s + overlay.message;
        const auto resource = n.resource();
        if (n.closed) {
            tip += u"\n"_s
                    + tr("You may see that it exists, not open it: your key lacks %1 on it.")
                              .arg(Resource::viewPermission(n.family));
        } else if (resource && !resource->isWritable()) {
            tip += u"\n"_s + resource->writeRefusal();
        } else if (!n.editable) {
            tip += u"\n"_s + ResourceLabels::missingEditPermission(n.family);
        }
        if (n.misplaced)
            tip += u"\n"_s
                    + tr("Shown here because its parent is not in the listing, or its parents "
                         "form a cycle.");
        return tip;
    }
    default:
        return {};
    }
}

QString TreeRowText::accessibleDescription(const TreeNode &n)
{
    if (n.type == TreeNode::Type::Error)
        return tr("Error. Press Enter to retry.");
    if (n.type != TreeNode::Type::Resource)
        return {};
    QString description = ResourceLabels::typeLabel(n.kind, n.assetType);
    if (n.closed)
        description += tr(", closed to you");
    else if (!n.editable)
        description += tr(", read-only");
    if (n.state == TreeNode::LoadState::Loading)
        description += tr(", loading");
    else if (n.state == TreeNode::LoadState::Failed)
        description += tr(", failed to load");
    return description;
}

QString TreeRowText::iconName(const TreeNode &n)
{
    switch (n.type) {
    case TreeNode::Type::Team:
        return u"team"_s;
    case TreeNode::Type::Group:
        switch (n.family) {
        case Resource::Family::Space:
        case Resource::Family::Node:
            return u"studio"_s;
        case Resource::Family::DataPool:
        case Resource::Family::DataModel:
            return u"data-integration"_s;
        default:
            return u"process-analytics"_s;
        }
    case TreeNode::Type::Resource:
        return ResourceLabels::iconName(n.kind, n.assetType);
    case TreeNode::Type::Loading:
        return u"loading"_s;
    case TreeNode::Type::Error:
        return u"error"_s;
    case TreeNode::Type::Empty:
        break;
    }
    return {};
}

QString TreeRowText::emptyText(const TreeNode &parent)
{
    if (parent.closed)
        return tr("Closed to you: your key lacks %1 on it")
                .arg(Resource::viewPermission(parent.family));
    if (parent.type == TreeNode::Type::Group) {
        switch (parent.family) {
        case Resource::Family::DataPool:
        case Resource::Family::DataModel:
            return tr("No data pools this key may see");
        case Resource::Family::Workspace:
        case Resource::Family::Analysis:
            return tr("No workspaces this key may see");
        default:
            return tr("No spaces this key may see");
        }
    }
    switch (parent.kind) {
    case Resource::Kind::Space:
        return tr("No packages in this space");
    case Resource::Kind::Package:
        return tr("Nothing in this package");
    case Resource::Kind::Folder:
        return tr("Nothing in this folder");
    case Resource::Kind::DataPool:
        return tr("No data models in this pool");
    case Resource::Kind::Workspace:
        return tr("No analyses in this workspace");
    default:
        return tr("Nothing here");
    }
}

} // namespace ems
