#include "core/tree/treenavigator.h"

#include "core/api/datamodelpoolsquery.h"
#include "core/api/resourcequery.h"
#include "core/api/resourceservice.h"
#include "core/tree/resourcetreemodel.h"
#include "core/tree/treenode.h"

using namespace Qt::StringLiterals;

namespace ems {

TreeNavigator::TreeNavigator(ResourceTreeModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{ }

void TreeNavigator::revealLoaded(const QPersistentModelIndex &team, const QString &id,
                                 const QString &notFound)
{
    const QModelIndex index = m_model->indexForId(team, id);
    if (index.isValid())
        Q_EMIT revealed(index);
    else
        Q_EMIT revealFailed(notFound);
}

void TreeNavigator::revealThrough(const QPersistentModelIndex &team, const Steps &steps,
                                  const QString &id)
{
    const QString notFound = tr("The object %1 exists, but its place in the tree could not be "
                                "loaded.")
                                     .arg(id);
    if (steps.isEmpty()) {
        revealLoaded(team, id, notFound);
        return;
    }
    const Resource::Family family = steps.first().first;
    const QString containerId = steps.first().second;
    const Steps rest = steps.mid(1);
    m_model->ensureLoaded(m_model->groupIndex(team, family), [=, this](bool loaded) {
        const QModelIndex container
                = containerId.isEmpty() ? QModelIndex() : m_model->indexForId(team, containerId);
        if (!loaded || (!containerId.isEmpty() && !container.isValid())) {
            Q_EMIT revealFailed(notFound);
            return;
        }
        if (containerId.isEmpty()) {
            revealThrough(team, rest, id);
            return;
        }
        m_model->ensureLoaded(container, [=, this](bool ok) {
            if (ok)
                revealThrough(team, rest, id);
            else
                Q_EMIT revealFailed(notFound);
        });
    });
}

void TreeNavigator::revealDataModel(const QPersistentModelIndex &team, const QString &id)
{
    // content-cli's team-wide list says which pool a data model is in: one request, then
    // only that pool. Where a team does not answer it, every pool is loaded instead.
    DataModelPoolsQuery *query = m_model->service(team)->dataModelPools();
    connect(query, &DataModelPoolsQuery::finished, this, [=, this] {
        if (!team.isValid())
            return;
        if (!query->answered()) {
            revealInPools(team, id);
            return;
        }
        if (const QString pool = query->poolOf(id); !pool.isEmpty()) {
            revealThrough(team, {{Resource::Family::DataPool, pool}}, id);
            return;
        }
        Q_EMIT revealFailed(notFoundText(id));
    });
}

QString TreeNavigator::notFoundText(const QString &id)
{
    return tr("Nothing with the id %1 in this team: no space, content node, data pool, data "
              "model, workspace or analysis has it.")
            .arg(id);
}

void TreeNavigator::revealInPools(const QPersistentModelIndex &team, const QString &id)
{
    // Without the team-wide list, data models are found through their pools.
    const QString notFound = notFoundText(id);
    const QPersistentModelIndex pools = m_model->groupIndex(team, Resource::Family::DataPool);
    m_model->ensureLoaded(pools, [=, this](bool loaded) {
        const int count = loaded ? m_model->rowCount(pools) : 0;
        if (count == 0) {
            revealLoaded(team, id, notFound);
            return;
        }
        auto open = std::make_shared<int>(count);
        for (int row = 0; row < count; ++row) {
            m_model->ensureLoaded(m_model->index(row, 0, pools), [=, this](bool) {
                if (--*open == 0)
                    revealLoaded(team, id, notFound);
            });
        }
    });
}

void TreeNavigator::reveal(const QModelIndex &teamIndex, const QString &rawId)
{
    const QPersistentModelIndex team = m_model->teamIndex(teamIndex);
    ResourceService *service = m_model->service(team);
    const QString id = rawId.trimmed();
    if (!service || id.isEmpty()) {
        Q_EMIT revealFailed(tr("Choose a team to search in."));
        return;
    }
    if (const QModelIndex known = m_model->indexForId(team, id); known.isValid()) {
        Q_EMIT revealed(known);
        return;
    }
    const Resource::Family families[]
            = {Resource::Family::Space, Resource::Family::Node, Resource::Family::DataPool,
               Resource::Family::Workspace, Resource::Family::Analysis};
    struct Lookup
    {
        int open;
        bool found = false;
    };
    auto lookup = std::make_shared<Lookup>(Lookup{int(std::size(families))});
    for (Resource::Family family : families) {
        ResourceQuery *query = service->byId(family, id);
        connect(query, &ResourceQuery::finished, this, [=, this] {
            --lookup->open;
            if (lookup->found)
                return;
            if (!query->error().isError() && !query->resources().isEmpty()) {
                lookup->found = true;
                const Resource &r = query->resources().constFirst();
                switch (family) {
                case Resource::Family::Node:
                    revealThrough(team, {{Resource::Family::Space, r.spaceId}}, id);
                    break;
                case Resource::Family::Analysis:
                    revealThrough(team, {{Resource::Family::Workspace, r.parentId}}, id);
                    break;
                default:
                    revealThrough(team, {{family, QString()}}, id);
                    break;
                }
                return;
            }
            if (lookup->open == 0)
                revealDataModel(team, id);
        });
    }
}

void TreeNavigator::revealPath(const QModelIndex &team, const QStringList &names)
{
    if (!m_model->teamIndex(team).isValid()) {
        Q_EMIT revealFailed(tr("Choose a team to search in."));
        return;
    }
    revealPathFrom(m_model->teamIndex(team), names, 0);
}

void TreeNavigator::revealPathFrom(const QPersistentModelIndex &at, const QStringList &names, int i)
{
    if (i == names.size()) {
        Q_EMIT revealed(at);
        return;
    }
    m_model->ensureLoaded(at, [=, this](bool loaded) {
        for (int row = 0; row < m_model->rowCount(at); ++row) {
            const QModelIndex child = m_model->index(row, 0, at);
            const auto type = TreeNode::Type(child.data(ResourceTreeModel::NodeTypeRole).toInt());
            if ((type == TreeNode::Type::Group || type == TreeNode::Type::Resource)
                && child.data().toString().compare(names.at(i), Qt::CaseInsensitive) == 0) {
                revealPathFrom(child, names, i + 1);
                return;
            }
        }
        const QString atName = at.data().toString();
        Q_EMIT revealFailed(loaded ? tr("There is no \"%1\" in \"%2\".").arg(names.at(i), atName)
                                   : tr("\"%1\" could not be loaded.").arg(atName));
    });
}

void TreeNavigator::loadAll(const QModelIndex &team)
{
    if (m_loadAll.active || !m_model->teamIndex(team).isValid())
        return;
    ++m_loadAll.generation;
    m_loadAll.active = true;
    m_loadAll.done = 0;
    m_loadAll.total = 0;
    m_loadAll.team = m_model->teamIndex(team);
    loadAllBelow(m_loadAll.team);
    if (m_loadAll.active && m_loadAll.done == m_loadAll.total)
        loadAllDone(false);
}

void TreeNavigator::loadAllBelow(const QModelIndex &index)
{
    // Without recursion: loaded package content can be deep.
    const int generation = m_loadAll.generation;
    std::vector<QModelIndex> stack{index};
    while (!stack.empty()) {
        const QModelIndex at = stack.back();
        stack.pop_back();
        for (int row = 0; row < m_model->rowCount(at); ++row) {
            const QModelIndex child = m_model->index(row, 0, at);
            if (m_model->flags(child) & Qt::ItemNeverHasChildren)
                continue;
            const auto state
                    = TreeNode::LoadState(child.data(ResourceTreeModel::LoadStateRole).toInt());
            if (state == TreeNode::LoadState::Loaded) {
                stack.push_back(child);
                continue;
            }
            ++m_loadAll.total;
            m_model->ensureLoaded(
                    child,
                    [this, generation, loadedRow = QPersistentModelIndex(child)](bool loaded) {
                        if (!m_loadAll.active || generation != m_loadAll.generation)
                            return;
                        ++m_loadAll.done;
                        if (loaded)
                            loadAllBelow(loadedRow);
                        Q_EMIT loadAllProgress(m_loadAll.done, m_loadAll.total);
                        if (m_loadAll.done == m_loadAll.total)
                            loadAllDone(false);
                    });
        }
    }
}

void TreeNavigator::loadAllDone(bool cancelled)
{
    m_loadAll.active = false;
    Q_EMIT loadAllFinished(cancelled);
}

void TreeNavigator::cancelLoadAll()
{
    if (!m_loadAll.active)
        return;
    m_loadAll.active = false;
    ++m_loadAll.generation;
    m_model->cancelLoads(m_loadAll.team);
    loadAllDone(true);
}

} // namespace ems
