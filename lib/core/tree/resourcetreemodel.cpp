#include "core/tree/resourcetreemodel.h"

#include "core/api/resourcequery.h"
#include "core/api/resourceservice.h"
#include "core/edit/editmanager.h"
#include "core/net/apierror.h"
#include "core/net/netlog.h"
#include "core/net/session.h"
#include "core/tree/treebuilder.h"
#include "core/tree/treeloader.h"
#include "core/tree/treerowtext.h"
#include "core/tree/treeteam.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ems {

namespace {

qsizetype countResources(const TreeNode *node)
{
    return countInSubtree(node,
                          [](const TreeNode *n) { return n->type == TreeNode::Type::Resource; });
}

} // namespace

ResourceTreeModel::ResourceTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_loader(new TreeLoader(
              {{[this](TreeNode *changed) {
                    Q_EMIT dataChanged(indexOf(changed), indexOf(changed, TypeColumn));
                },
                [this](TreeNode *at, std::vector<std::unique_ptr<TreeNode>> nodes) {
                    insertChildren(at, std::move(nodes));
                },
                [this](TreeNode *at, int row) {
                    removeChildren(at, row, row);
                }},
               [this](TreeNode *n) {
                   const QModelIndex index = indexOf(n);
                   Q_EMIT dataChanged(index, index, {LoadStateRole, Qt::AccessibleDescriptionRole});
               },
               [this](TreeNode *n) -> const ResourceService * {
                   const TreeTeam *team = teamOf(n);
                   return team ? team->service.get() : nullptr;
               },
               [this](TreeNode *n) {
                   const TreeTeam *team = teamOf(n);
                   return team && team->session->state() == Session::State::Failed;
               }},
              this))
{
    m_root.state = TreeNode::LoadState::Loaded;
}

ResourceTreeModel::~ResourceTreeModel()
{
    for (const auto &team : m_teams)
        forgetSubtree(team->node);
}

QModelIndex ResourceTreeModel::addTeam(Session *session, const QString &label)
{
    std::unique_ptr<TreeNode> node = TreeBuilder::team(label);
    TreeNode *teamNode = node.get();
    auto team = std::make_unique<TreeTeam>(teamNode, session);

    const int row = int(m_root.children.size());
    beginInsertRows({}, row, row);
    node->parent = &m_root;
    node->row = row;
    m_root.children.push_back(std::move(node));
    m_teams.push_back(std::move(team));
    endInsertRows();

    connect(session, &Session::stateChanged, this, [this, teamNode](Session::State state) {
        const QModelIndex index = indexOf(teamNode);
        Q_EMIT dataChanged(index, index.siblingAtColumn(TypeColumn));
        if (state == Session::State::Failed)
            m_loader->teamFailed(teamNode);
    });
    return indexOf(teamNode);
}

void ResourceTreeModel::removeTeam(const QModelIndex &teamIndex)
{
    TreeTeam *team = teamOf(node(teamIndex));
    if (!team)
        return;
    disconnect(team->session, nullptr, this, nullptr);
    const int row = team->node->row;
    removeChildren(&m_root, row, row);
    m_teams.erase(std::find_if(m_teams.begin(), m_teams.end(),
                               [team](const auto &t) { return t.get() == team; }));
}

void ResourceTreeModel::setTeamLabel(const QModelIndex &index, const QString &label)
{
    TreeTeam *team = teamOf(node(index));
    if (!team || label.isEmpty())
        return;
    team->node->name = label;
    const QModelIndex row = indexOf(team->node);
    Q_EMIT dataChanged(row, row);
}

QString ResourceTreeModel::teamLabel(const QModelIndex &index) const
{
    TreeTeam *team = teamOf(node(index));
    return team ? team->node->name : QString();
}

TreeNode *ResourceTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid())
        return const_cast<TreeNode *>(&m_root);
    return static_cast<TreeNode *>(index.internalPointer());
}

QModelIndex ResourceTreeModel::indexOf(const TreeNode *n, int column) const
{
    if (!n || n == &m_root)
        return {};
    return createIndex(n->row, column, const_cast<TreeNode *>(n));
}

TreeTeam *ResourceTreeModel::teamOf(const TreeNode *n) const
{
    if (!n || n == &m_root)
        return nullptr;
    const TreeNode *top = const_cast<TreeNode *>(n)->teamNode();
    for (const auto &team : m_teams) {
        if (team->node == top)
            return team.get();
    }
    return nullptr;
}

Session *ResourceTreeModel::session(const QModelIndex &index) const
{
    TreeTeam *team = teamOf(node(index));
    return team ? team->session : nullptr;
}

ResourceService *ResourceTreeModel::service(const QModelIndex &index) const
{
    TreeTeam *team = teamOf(node(index));
    return team ? team->service.get() : nullptr;
}

QModelIndex ResourceTreeModel::teamIndex(const QModelIndex &index) const
{
    TreeTeam *team = teamOf(node(index));
    return team ? indexOf(team->node) : QModelIndex();
}

std::optional<Resource> ResourceTreeModel::resource(const QModelIndex &index) const
{
    return index.isValid() ? node(index)->resource() : std::nullopt;
}

QModelIndex ResourceTreeModel::indexForId(const QModelIndex &team, const QString &id) const
{
    const TreeTeam *t = teamOf(node(team));
    return indexOf(t ? t->ids.value(id) : nullptr);
}

QModelIndex ResourceTreeModel::groupIndex(const QModelIndex &team, Resource::Family family) const
{
    const TreeTeam *t = teamOf(node(team));
    return indexOf(t ? t->group(family) : nullptr);
}

QModelIndex ResourceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const TreeNode *p = node(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ResourceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(node(child)->parent);
}

int ResourceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(node(parent)->children.size());
}

int ResourceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ResourceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const TreeNode *n = node(index);
    const TreeTeam *team = n->type == TreeNode::Type::Team ? teamOf(n) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return ApiError::bounded(TreeRowText::display(
                *n, index.column() == NameColumn, overlayOf(n), team ? team->session : nullptr));
    case Qt::ToolTipRole:
        return TreeRowText::toolTip(*n, overlayOf(n), team ? team->session : nullptr);
    case Qt::EditRole:
        if (n->type == TreeNode::Type::Resource && index.column() == NameColumn) {
            const EditOverlay overlay = overlayOf(n);
            return overlay.state == EditState::None ? n->name : overlay.name;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        return TreeRowText::accessibleDescription(*n);
    case EditStateRole:
        return int(overlayOf(n).state);
    case ReadOnlyRole:
        return n->type == TreeNode::Type::Resource && !n->editable;
    case IdRole:
        return n->id;
    case NodeTypeRole:
        return int(n->type);
    case KindRole:
        return int(n->kind);
    case AssetTypeRole:
        return n->assetType;
    case LoadStateRole:
        return int(n->state);
    case RequestIdRole:
        return n->requestId;
    case IconNameRole:
        return TreeRowText::iconName(*n);
    default:
        return {};
    }
}

QVariant ResourceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Type");
}

EditOverlay ResourceTreeModel::overlayOf(const TreeNode *n) const
{
    const TreeTeam *team = n->type == TreeNode::Type::Resource ? teamOf(n) : nullptr;
    return team ? team->overlays.value(n->id) : EditOverlay();
}

Qt::ItemFlags ResourceTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    const TreeNode *n = node(index);
    if (index.isValid() && index.column() == NameColumn && n->type == TreeNode::Type::Resource
        && n->editable && overlayOf(n).state != EditState::Writing)
        flags |= Qt::ItemIsEditable;
    if (index.isValid() && !n->isExpandable())
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

bool ResourceTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const auto seen = seenResource(index);
    return m_edits && seen
            && m_edits->submit(session(index), *seen, {{u"name"_s, value.toString()}}) != 0;
}

std::optional<Resource> ResourceTreeModel::seenResource(const QModelIndex &index) const
{
    return index.isValid() ? node(index)->seen() : std::nullopt;
}

QModelIndex ResourceTreeModel::teamIndex(const Session *session) const
{
    for (const auto &team : m_teams) {
        if (team->session == session)
            return indexOf(team->node);
    }
    return {};
}

void ResourceTreeModel::showEdits(EditManager *edits)
{
    m_edits = edits;
    connect(edits, &EditManager::stateChanged, this, &ResourceTreeModel::editChanged);
    connect(edits, &EditManager::dismissed, this,
            [this](const Edit &edit) { setOverlay(edit.session, edit.original.id, {}); });
}

void ResourceTreeModel::editChanged(const Edit &edit)
{
    const Resource &answer = edit.result.id.isEmpty() ? edit.latest : edit.result;
    if ((edit.state == Edit::State::Done || edit.state == Edit::State::Failed)
        && !answer.id.isEmpty())
        applyServerState(edit.session, answer);
    setOverlay(edit.session, edit.original.id, EditOverlay::fromEdit(edit));
}

void ResourceTreeModel::setOverlay(const Session *session, const QString &id,
                                   const EditOverlay &overlay)
{
    TreeTeam *team = teamOf(node(teamIndex(session)));
    if (!team)
        return;
    team->setOverlay(id, overlay);
    if (TreeNode *n = team->ids.value(id))
        Q_EMIT dataChanged(indexOf(n), indexOf(n, TypeColumn));
}

void ResourceTreeModel::applyServerState(const Session *session, const Resource &resource)
{
    TreeTeam *team = teamOf(node(teamIndex(session)));
    if (TreeNode *n = team ? team->ids.value(resource.id) : nullptr) {
        n->writtenAt = m_loader->tick();
        n->apply(resource);
        Q_EMIT dataChanged(indexOf(n), indexOf(n, TypeColumn));
    }
}

bool ResourceTreeModel::hasChildren(const QModelIndex &parent) const
{
    const TreeNode *n = node(parent);
    if (parent.column() > 0)
        return false;
    if (!n->children.empty())
        return true;
    return n->isExpandable() && n->state == TreeNode::LoadState::NotLoaded;
}

bool ResourceTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const TreeNode *n = node(parent);
    return parent.isValid() && n->isExpandable() && n->state == TreeNode::LoadState::NotLoaded;
}

void ResourceTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_loader->start(node(parent));
}

void ResourceTreeModel::insertChildren(TreeNode *parent,
                                       std::vector<std::unique_ptr<TreeNode>> nodes)
{
    if (nodes.empty())
        return;
    TreeTeam *team = teamOf(parent);
    const int first = int(parent->children.size());
    beginInsertRows(indexOf(parent), first, first + int(nodes.size()) - 1);
    parent->children.reserve(parent->children.size() + nodes.size());
    for (auto &n : nodes) {
        n->parent = parent;
        n->row = int(parent->children.size());
        if (team)
            team->index(n.get(), true);
        m_loadedCount += countResources(n.get());
        parent->children.push_back(std::move(n));
    }
    endInsertRows();
}

void ResourceTreeModel::removeChildren(TreeNode *parent, int first, int last)
{
    TreeTeam *team = teamOf(parent);
    beginRemoveRows(indexOf(parent), first, last);
    for (int i = first; i <= last; ++i) {
        TreeNode *child = parent->children[size_t(i)].get();
        if (team)
            team->index(child, false);
        m_loadedCount -= countResources(child);
        forgetSubtree(child);
    }
    parent->children.erase(parent->children.begin() + first, parent->children.begin() + last + 1);
    for (size_t i = size_t(first); i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
    endRemoveRows();
}

void ResourceTreeModel::forgetSubtree(TreeNode *subtree)
{
    forEachInSubtree(subtree, [this](TreeNode *n) { m_loader->forget(n); });
}

void ResourceTreeModel::ensureLoaded(const QModelIndex &index,
                                     std::function<void(bool loaded)> waiter)
{
    if (index.isValid())
        m_loader->ensureLoaded(node(index), std::move(waiter));
    else
        waiter(false);
}

void ResourceTreeModel::refresh(const QModelIndex &index)
{
    if (index.isValid())
        m_loader->refresh(node(index));
}

void ResourceTreeModel::refreshAll(const QModelIndex &team)
{
    TreeTeam *t = teamOf(node(team));
    if (!t)
        return;
    m_loader->reloadAll(t->node);
}

void ResourceTreeModel::retry(const QModelIndex &errorRow)
{
    TreeNode *n = node(errorRow);
    if (!errorRow.isValid() || !n->isPlaceholder())
        return;
    m_loader->start(n->parent);
}

void ResourceTreeModel::updateResource(const QModelIndex &index, const Resource &r)
{
    TreeNode *n = node(index);
    if (index.isValid() && n->type == TreeNode::Type::Resource && n->id == r.id) {
        n->apply(r);
        Q_EMIT dataChanged(indexOf(n), indexOf(n, TypeColumn));
    }
}

qsizetype ResourceTreeModel::countMatches(const QString &text) const
{
    return countInSubtree(&m_root, [&text](const TreeNode *n) {
        return n->type == TreeNode::Type::Resource && n->name.contains(text, Qt::CaseInsensitive);
    });
}

void ResourceTreeModel::cancelLoads(const QModelIndex &index)
{
    m_loader->cancelBelow(node(index));
}

} // namespace ems
