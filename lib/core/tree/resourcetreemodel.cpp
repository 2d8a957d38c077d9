#include "core/tree/resourcetreemodel.h"

#include "core/api/resourcequery.h"
#include "core/api/resourceservice.h"
#include "core/edit/editmanager.h"
#include "core/net/netlog.h"
#include "core/net/session.h"
#include "core/tree/resourcelabels.h"
#include "core/tree/treebuilder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ems {

struct ResourceTreeModel::Team
{
    TreeNode *node = nullptr;
    Session *session = nullptr;
    std::unique_ptr<ResourceService> service;
    QHash<QString, TreeNode *> ids;
    QHash<QString, Overlay> overlays; // by id: rows being edited
};

namespace {

qsizetype countResources(TreeNode *node)
{
    qsizetype count = 0;
    forEachInSubtree(node,
                     [&count](const TreeNode *n) { count += n->type == TreeNode::Type::Resource; });
    return count;
}

} // namespace

ResourceTreeModel::ResourceTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
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
    auto team = std::make_unique<Team>();
    team->session = session;
    team->service = std::make_unique<ResourceService>(session);

    auto node = std::make_unique<TreeNode>();
    node->type = TreeNode::Type::Team;
    node->state = TreeNode::LoadState::Loaded;
    node->name = label;
    const std::pair<Resource::Family, QString> groups[]
            = {{Resource::Family::Space, tr("Studio")},
               {Resource::Family::DataPool, tr("Data Integration")},
               {Resource::Family::Workspace, tr("Process Analytics")}};
    for (const auto &[family, name] : groups) {
        auto group = std::make_unique<TreeNode>();
        group->type = TreeNode::Type::Group;
        group->family = family;
        group->name = name;
        group->parent = node.get();
        group->row = int(node->children.size());
        node->children.push_back(std::move(group));
    }
    team->node = node.get();
    TreeNode *teamNode = node.get();

    const int row = int(m_root.children.size());
    beginInsertRows({}, row, row);
    node->parent = &m_root;
    node->row = row;
    m_root.children.push_back(std::move(node));
    m_teams.push_back(std::move(team));
    endInsertRows();

    connect(session, &Session::stateChanged, this, [this, teamNode] {
        const QModelIndex index = indexOf(teamNode);
        Q_EMIT dataChanged(index, index.siblingAtColumn(TypeColumn));
    });
    return indexOf(teamNode);
}

void ResourceTreeModel::removeTeam(const QModelIndex &teamIndex)
{
    Team *team = teamOf(node(teamIndex));
    if (!team)
        return;
    disconnect(team->session, nullptr, this, nullptr);
    const int row = team->node->row;
    removeChildren(&m_root, row, row);
    m_teams.erase(std::find_if(m_teams.begin(), m_teams.end(),
                               [team](const auto &t) { return t.get() == team; }));
}

QString ResourceTreeModel::teamLabel(const QModelIndex &index) const
{
    Team *team = teamOf(node(index));
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

ResourceTreeModel::Team *ResourceTreeModel::teamOf(const TreeNode *n) const
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
    Team *team = teamOf(node(index));
    return team ? team->session : nullptr;
}

ResourceService *ResourceTreeModel::service(const QModelIndex &index) const
{
    Team *team = teamOf(node(index));
    return team ? team->service.get() : nullptr;
}

QModelIndex ResourceTreeModel::teamIndex(const QModelIndex &index) const
{
    Team *team = teamOf(node(index));
    return team ? indexOf(team->node) : QModelIndex();
}

std::optional<Resource> ResourceTreeModel::resource(const QModelIndex &index) const
{
    const TreeNode *n = node(index);
    if (!index.isValid() || n->type != TreeNode::Type::Resource)
        return std::nullopt;
    Resource r;
    r.family = n->family;
    r.kind = n->kind;
    r.id = n->id;
    r.name = n->name;
    r.key = n->key;
    r.assetType = n->assetType == TreeBuilder::imageType ? QString() : n->assetType;
    if (n->parent && n->parent->type == TreeNode::Type::Resource)
        r.parentId = n->parent->id;
    return r;
}

QModelIndex ResourceTreeModel::indexForId(const QModelIndex &team, const QString &id) const
{
    Team *t = teamOf(node(team));
    if (!t)
        return {};
    return indexOf(t->ids.value(id));
}

QModelIndex ResourceTreeModel::groupIndex(const QModelIndex &team, Resource::Family family) const
{
    const Team *t = teamOf(node(team));
    if (!t)
        return {};
    for (const auto &child : t->node->children) {
        if (child->type == TreeNode::Type::Group && child->family == family)
            return indexOf(child.get());
    }
    return {};
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
    const bool nameColumn = index.column() == NameColumn;
    switch (role) {
    case Qt::DisplayRole:
        switch (n->type) {
        case TreeNode::Type::Team: {
            if (!nameColumn)
                return tr("Team");
            const Session *session = teamOf(n)->session;
            switch (session->state()) {
            case Session::State::Connected:
                return tr("%1 · %2").arg(n->name, session->connectedAs());
            case Session::State::Failed:
                return tr("%1 · connection failed").arg(n->name);
            default:
                return tr("%1 · connecting…").arg(n->name);
            }
        }
        case TreeNode::Type::Group:
            return nameColumn ? n->name : QString();
        case TreeNode::Type::Resource: {
            if (!nameColumn)
                return ResourceLabels::typeLabel(n->kind, n->assetType);
            const Overlay overlay = overlayOf(n);
            if (overlay.state == EditState::Writing || overlay.state == EditState::Pending)
                return overlay.name;
            return n->name.isEmpty() ? tr("(no name)") : n->name;
        }
        case TreeNode::Type::Loading:
            return nameColumn ? tr("Loading…") : QString();
        case TreeNode::Type::Error:
            return nameColumn ? n->name : tr("Error");
        }
        break;
    case Qt::ToolTipRole:
        if (n->type == TreeNode::Type::Team) {
            const Team *team = teamOf(n);
            switch (team->session->state()) {
            case Session::State::Connected:
                return team->session->greeting().isEmpty()
                        ? team->session->teamUrl().toDisplayString()
                        : team->session->greeting();
            case Session::State::Failed:
                return team->session->connectError().message();
            default:
                return tr("Connecting to %1…").arg(team->session->teamUrl().toDisplayString());
            }
        }
        if (n->type == TreeNode::Type::Error)
            return tr("%1\nPress Enter or choose Retry to load again.").arg(n->name);
        if (n->type == TreeNode::Type::Resource) {
            QString tip = u"%1\n%2 · %3"_s.arg(
                    n->name, ResourceLabels::typeLabel(n->kind, n->assetType), n->id);
            const Overlay overlay = overlayOf(n);
            if (!overlay.message.isEmpty())
                tip += u"\n\n"_s + overlay.message;
            if (!n->editable && n->family != Resource::Family::Workspace)
                tip += u"\n"_s + ResourceLabels::missingEditPermission(n->family);
            if (n->misplaced)
                tip += u"\n"_s
                        + tr("Shown here because its parent is not in the listing, or its "
                             "parents form a cycle.");
            return tip;
        }
        break;
    case Qt::EditRole:
        if (n->type == TreeNode::Type::Resource && nameColumn) {
            const Overlay overlay = overlayOf(n);
            return overlay.state == EditState::None ? n->name : overlay.name;
        }
        break;
    case EditStateRole:
        return int(overlayOf(n).state);
    case Qt::AccessibleDescriptionRole:
        if (n->type == TreeNode::Type::Resource) {
            QString description = ResourceLabels::typeLabel(n->kind, n->assetType);
            if (n->state == TreeNode::LoadState::Loading)
                description += tr(", loading");
            else if (n->state == TreeNode::LoadState::Failed)
                description += tr(", failed to load");
            return description;
        }
        if (n->type == TreeNode::Type::Error)
            return tr("Error. Press Enter to retry.");
        break;
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
        switch (n->type) {
        case TreeNode::Type::Team:
            return u"team"_s;
        case TreeNode::Type::Group: {
            static const QStringList groups{u"studio"_s,
                                            u"studio"_s,
                                            u"data-integration"_s,
                                            u"data-integration"_s,
                                            u"process-analytics"_s,
                                            u"process-analytics"_s};
            return groups.at(int(n->family));
        }
        case TreeNode::Type::Resource:
            return ResourceLabels::iconName(n->kind, n->assetType);
        case TreeNode::Type::Loading:
            return u"loading"_s;
        case TreeNode::Type::Error:
            return u"error"_s;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ResourceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Type");
}

ResourceTreeModel::Overlay ResourceTreeModel::overlayOf(const TreeNode *n) const
{
    const Team *team = n->type == TreeNode::Type::Resource ? teamOf(n) : nullptr;
    return team ? team->overlays.value(n->id) : Overlay();
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
    Q_EMIT renameRequested(index, value.toString());
    return false;
}

std::optional<Resource> ResourceTreeModel::seenResource(const QModelIndex &index) const
{
    const TreeNode *n = node(index);
    auto r = resource(index);
    if (!r)
        return std::nullopt;
    Resource seen = Resource::seen(n->family, n->kind, n->id, r->parentId, n->name, n->changeStamp);
    seen.key = n->key;
    seen.assetType = r->assetType;
    return seen;
}

QModelIndex ResourceTreeModel::teamIndex(const Session *session) const
{
    for (const auto &team : m_teams) {
        if (team->session == session)
            return indexOf(team->node);
    }
    return {};
}

void ResourceTreeModel::showEdits(const EditManager *edits)
{
    connect(edits, &EditManager::stateChanged, this, &ResourceTreeModel::editChanged);
    connect(edits, &EditManager::dismissed, this, [this](const Edit &edit) {
        setEditState(edit.session, edit.original.id, EditState::None);
    });
}

void ResourceTreeModel::editChanged(const Edit &edit)
{
    const Resource &answer = edit.result.id.isEmpty() ? edit.latest : edit.result;
    if ((edit.state == Edit::State::Done || edit.state == Edit::State::Failed)
        && !answer.id.isEmpty())
        applyServerState(edit.session, answer);
    switch (edit.state) {
    case Edit::State::Pending:
        setEditState(edit.session, edit.original.id, EditState::Pending, edit.shownName(),
                     edit.stateText());
        break;
    case Edit::State::Writing:
        setEditState(edit.session, edit.original.id, EditState::Writing, edit.shownName(),
                     edit.stateText());
        break;
    case Edit::State::Conflict:
    case Edit::State::Failed:
        setEditState(edit.session, edit.original.id, EditState::Failed, {}, edit.stateText());
        break;
    case Edit::State::Done:
        setEditState(edit.session, edit.original.id, EditState::None);
        break;
    }
}

void ResourceTreeModel::setEditState(const Session *session, const QString &id, EditState state,
                                     const QString &shownName, const QString &message)
{
    Team *team = teamOf(node(teamIndex(session)));
    if (!team)
        return;
    if (state == EditState::None)
        team->overlays.remove(id);
    else
        team->overlays.insert(id, {state, shownName, message});
    if (TreeNode *n = team->ids.value(id))
        Q_EMIT dataChanged(indexOf(n), indexOf(n, TypeColumn));
}

void ResourceTreeModel::applyServerState(const Session *session, const Resource &resource)
{
    Team *team = teamOf(node(teamIndex(session)));
    if (TreeNode *n = team ? team->ids.value(resource.id) : nullptr) {
        n->writtenAt = ++m_clock;
        apply(n, resource);
    }
}

void ResourceTreeModel::apply(TreeNode *n, const Resource &r)
{
    n->changeStamp = r.changeStamp;
    if (r.raw.contains(u"permissions"))
        n->editable = r.isWritable() && r.missingEditPermission().isEmpty();
    if (r.kind == Resource::Kind::Package)
        n->key = r.key;
    n->name = r.name;
    Q_EMIT dataChanged(indexOf(n), indexOf(n, TypeColumn));
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
        startFetch(node(parent));
}

void ResourceTreeModel::startFetch(TreeNode *n)
{
    Team *team = teamOf(n);
    n = n->fetchOwner();
    if (!team || !n || n->state == TreeNode::LoadState::Loading)
        return;
    ResourceQuery *query = n->startFetch(*team->service);
    if (!query)
        return;
    removePlaceholders(n);
    n->state = TreeNode::LoadState::Loading;
    n->pending = query;
    if (n->children.empty()) {
        auto loading = std::make_unique<TreeNode>();
        loading->type = TreeNode::Type::Loading;
        std::vector<std::unique_ptr<TreeNode>> rows;
        rows.push_back(std::move(loading));
        insertChildren(n, std::move(rows));
    }
    const QModelIndex index = indexOf(n);
    Q_EMIT dataChanged(index, index, {LoadStateRole, Qt::AccessibleDescriptionRole});
    connect(query, &ResourceQuery::finished, this,
            [this, n, query, sentAt = ++m_clock] { fetchFinished(n, query, sentAt); });
}

void ResourceTreeModel::fetchFinished(TreeNode *n, ResourceQuery *query, quint64 sentAt)
{
    n->pending = nullptr;
    n->requestId = query->requestId();
    removePlaceholders(n);
    const ApiError &error = query->error();
    const QModelIndex index = indexOf(n);
    if (error.kind == ApiError::Kind::Cancelled) {
        n->state = n->children.empty() ? TreeNode::LoadState::NotLoaded
                                       : TreeNode::LoadState::Loaded;
        Q_EMIT dataChanged(index, index, {LoadStateRole});
        settleWaiters(n, false);
        return;
    }
    if (error.isError()) {
        qCInfo(lcModel).noquote() << "Loading" << n->name << "failed:" << error.message();
        n->state = TreeNode::LoadState::Failed;
        addErrorRow(n, error.message(), query->requestId());
        Q_EMIT dataChanged(index, index, {LoadStateRole, Qt::AccessibleDescriptionRole});
        settleWaiters(n, false);
        return;
    }
    mergeChildren(n, m_builder.build(*n, query->resources()), sentAt);
    n->state = TreeNode::LoadState::Loaded;
    if (!query->invalidObjects().isEmpty()) {
        addErrorRow(n,
                    tr("%n object(s) could not be read and are not shown: %1", nullptr,
                       int(query->invalidObjects().size()))
                            .arg(ApiError::bounded(query->invalidObjects().join(u"; "_s))),
                    query->requestId());
    }
    Q_EMIT dataChanged(index, index, {LoadStateRole, Qt::AccessibleDescriptionRole});
    settleWaiters(n, true);
}

void ResourceTreeModel::mergeChildren(TreeNode *parent,
                                      std::vector<std::unique_ptr<TreeNode>> fresh, quint64 sentAt)
{
    // Level by level from a work list, not by recursion: package content can be deep.
    std::vector<std::pair<TreeNode *, std::vector<std::unique_ptr<TreeNode>>>> work;
    work.emplace_back(parent, std::move(fresh));
    while (!work.empty()) {
        auto [at, listed] = std::move(work.back());
        work.pop_back();
        if (at->children.empty()) {
            insertChildren(at, std::move(listed));
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
            // A row written after this listing was sent keeps what the write answered.
            const bool stale = e->writtenAt > sentAt;
            if (!stale
                && (e->name != f->name || e->key != f->key || e->assetType != f->assetType
                    || e->changeStamp != f->changeStamp || e->editable != f->editable
                    || e->misplaced != f->misplaced)) {
                e->changeStamp = f->changeStamp;
                e->editable = f->editable;
                e->misplaced = f->misplaced;
                e->name = f->name;
                e->key = f->key;
                e->assetType = f->assetType;
                Q_EMIT dataChanged(indexOf(e), indexOf(e, TypeColumn));
            }
            if (f->state == TreeNode::LoadState::Loaded) {
                e->state = TreeNode::LoadState::Loaded;
                work.emplace_back(e, std::move(f->children));
            }
        }
        for (int i = int(at->children.size()) - 1; i >= 0; --i) {
            if (!keep.contains(at->children[size_t(i)]->id))
                removeChildren(at, i, i);
        }
        insertChildren(at, std::move(added));
    }
}

void ResourceTreeModel::insertChildren(TreeNode *parent,
                                       std::vector<std::unique_ptr<TreeNode>> nodes)
{
    if (nodes.empty())
        return;
    Team *team = teamOf(parent);
    const int first = int(parent->children.size());
    beginInsertRows(indexOf(parent), first, first + int(nodes.size()) - 1);
    parent->children.reserve(parent->children.size() + nodes.size());
    for (auto &n : nodes) {
        n->parent = parent;
        n->row = int(parent->children.size());
        if (team)
            indexSubtree(team, n.get(), true);
        m_loadedCount += countResources(n.get());
        parent->children.push_back(std::move(n));
    }
    endInsertRows();
}

void ResourceTreeModel::removeChildren(TreeNode *parent, int first, int last)
{
    Team *team = teamOf(parent);
    beginRemoveRows(indexOf(parent), first, last);
    for (int i = first; i <= last; ++i) {
        TreeNode *child = parent->children[size_t(i)].get();
        if (team)
            indexSubtree(team, child, false);
        m_loadedCount -= countResources(child);
        forgetSubtree(child);
    }
    parent->children.erase(parent->children.begin() + first, parent->children.begin() + last + 1);
    for (size_t i = size_t(first); i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
    endRemoveRows();
}

void ResourceTreeModel::removePlaceholders(TreeNode *parent)
{
    for (int i = int(parent->children.size()) - 1; i >= 0; --i) {
        if (parent->children[size_t(i)]->isPlaceholder())
            removeChildren(parent, i, i);
    }
}

void ResourceTreeModel::addErrorRow(TreeNode *parent, const QString &message, quint64 requestId)
{
    auto error = std::make_unique<TreeNode>();
    error->type = TreeNode::Type::Error;
    error->name = message;
    error->requestId = requestId;
    std::vector<std::unique_ptr<TreeNode>> rows;
    rows.push_back(std::move(error));
    insertChildren(parent, std::move(rows));
}

void ResourceTreeModel::indexSubtree(Team *team, TreeNode *subtree, bool add)
{
    forEachInSubtree(subtree, [team, add](TreeNode *n) {
        if (n->type != TreeNode::Type::Resource)
            return;
        if (add)
            team->ids.insert(n->id, n);
        else if (team->ids.value(n->id) == n)
            team->ids.remove(n->id);
    });
}

void ResourceTreeModel::forgetSubtree(TreeNode *subtree)
{
    forEachInSubtree(subtree, [this](TreeNode *n) {
        if (n->pending) {
            QObject::disconnect(n->pending, nullptr, this, nullptr);
            n->pending->cancel();
            n->pending = nullptr;
        }
        settleWaiters(n, false);
    });
}

void ResourceTreeModel::ensureLoaded(const QModelIndex &index, Waiter waiter)
{
    TreeNode *n = node(index);
    if (!index.isValid() || !n->isExpandable() || n->state == TreeNode::LoadState::Loaded) {
        waiter(index.isValid());
        return;
    }
    m_waiters[n].append(std::move(waiter));
    if (n->state != TreeNode::LoadState::Loading)
        startFetch(n);
    if (n->state != TreeNode::LoadState::Loading) // nothing to fetch it with
        settleWaiters(n, false);
}

void ResourceTreeModel::settleWaiters(TreeNode *n, bool loaded)
{
    const QList<Waiter> waiters = m_waiters.take(n);
    for (const Waiter &waiter : waiters)
        waiter(loaded);
}

void ResourceTreeModel::refresh(const QModelIndex &index)
{
    TreeNode *n = node(index);
    if (!index.isValid())
        return;
    switch (n->type) {
    case TreeNode::Type::Team:
        refreshAll(index);
        return;
    case TreeNode::Type::Error:
    case TreeNode::Type::Loading:
        retry(index);
        return;
    default:
        break;
    }
    if (!n->isExpandable()) {
        refresh(index.parent());
        return;
    }
    if (n->state != TreeNode::LoadState::NotLoaded)
        startFetch(n);
}

void ResourceTreeModel::refreshAll(const QModelIndex &team)
{
    Team *t = teamOf(node(team));
    if (!t)
        return;
    // Collect first: fetches change the tree.
    std::vector<TreeNode *> roots;
    forEachInSubtree(t->node, [&roots](TreeNode *n) {
        if (n->fetchOwner() == n && !n->comesWithParent()
            && n->state != TreeNode::LoadState::NotLoaded)
            roots.push_back(n);
    });
    for (TreeNode *n : roots)
        startFetch(n);
}

void ResourceTreeModel::retry(const QModelIndex &errorRow)
{
    TreeNode *n = node(errorRow);
    if (!errorRow.isValid() || !n->isPlaceholder())
        return;
    TreeNode *parent = n->parent;
    removePlaceholders(parent);
    startFetch(parent);
}

void ResourceTreeModel::updateResource(const QModelIndex &index, const Resource &r)
{
    TreeNode *n = node(index);
    if (index.isValid() && n->type == TreeNode::Type::Resource && n->id == r.id)
        apply(n, r);
}

qsizetype ResourceTreeModel::countMatches(const QString &text) const
{
    qsizetype count = 0;
    forEachInSubtree(&m_root, [&](const TreeNode *n) {
        count += n->type == TreeNode::Type::Resource && n->name.contains(text, Qt::CaseInsensitive);
    });
    return count;
}

void ResourceTreeModel::cancelLoads(const QModelIndex &index)
{
    std::vector<ResourceQuery *> pending;
    forEachInSubtree(node(index), [&pending](const TreeNode *n) {
        if (n->pending)
            pending.push_back(n->pending);
    });
    for (ResourceQuery *query : pending) // each cancel changes the tree
        query->cancel();
}

} // namespace ems
