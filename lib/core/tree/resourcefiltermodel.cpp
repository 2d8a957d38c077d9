#include "core/tree/resourcefiltermodel.h"

#include "core/tree/resourcetreemodel.h"

#include <QLocale>

namespace ems {

ResourceFilterModel::ResourceFilterModel(ResourceTreeModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(false);
}

void ResourceFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_matches = m_text.isEmpty() ? 0 : m_source->countMatches(m_text);
    invalidateFilter();
}

void ResourceFilterModel::recount()
{
    m_matches = m_text.isEmpty() ? 0 : m_source->countMatches(m_text);
}

bool ResourceFilterModel::canFetchMore(const QModelIndex &parent) const
{
    return m_text.isEmpty() && QSortFilterProxyModel::canFetchMore(parent);
}

QString ResourceFilterModel::summary() const
{
    const QLocale locale;
    if (m_text.isEmpty()) {
        return tr("%1 loaded items").arg(locale.toString(m_source->loadedCount()));
    }
    return tr("%1 matches in %2 loaded items")
            .arg(locale.toString(m_matches), locale.toString(m_source->loadedCount()));
}

bool ResourceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = m_source->index(sourceRow, 0, sourceParent);
    const auto type = TreeNode::Type(index.data(ResourceTreeModel::NodeTypeRole).toInt());
    if (type != TreeNode::Type::Resource)
        return false; // teams and groups show when something below them matches
    return index.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace ems
