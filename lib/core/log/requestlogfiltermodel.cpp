#include "core/log/requestlogfiltermodel.h"

#include "core/log/requestlogmodel.h"

namespace ems {

RequestLogFilterModel::RequestLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void RequestLogFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void RequestLogFilterModel::setMethod(const QString &method)
{
    m_method = method;
    invalidateFilter();
}

void RequestLogFilterModel::setStatusFilter(StatusFilter filter)
{
    m_status = filter;
    invalidateFilter();
}

void RequestLogFilterModel::setContext(const QString &objectId)
{
    m_context = objectId;
    invalidateFilter();
}

bool RequestLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_context.isEmpty() && index.data(RequestLogModel::ContextRole).toString() != m_context)
        return false;
    if (!m_method.isEmpty() && index.data(RequestLogModel::MethodRole).toString() != m_method)
        return false;
    const int statusClass = index.data(RequestLogModel::StatusClassRole).toInt();
    const auto outcome = RequestLogModel::Outcome(index.data(RequestLogModel::OutcomeRole).toInt());
    switch (m_status) {
    case StatusFilter::All:
        break;
    case StatusFilter::Success:
        if (statusClass != 2)
            return false;
        break;
    case StatusFilter::ClientErrors:
        if (statusClass != 4)
            return false;
        break;
    case StatusFilter::ServerErrors:
        if (statusClass != 5)
            return false;
        break;
    case StatusFilter::Failed: // also attempts that failed and were tried again
        if (outcome != RequestLogModel::Outcome::Failed
            && outcome != RequestLogModel::Outcome::Retried)
            return false;
        break;
    case StatusFilter::Retried:
        if (outcome != RequestLogModel::Outcome::Retried)
            return false;
        break;
    }
    return m_text.isEmpty()
            || index.data(RequestLogModel::SearchTextRole)
                       .toString()
                       .contains(m_text, Qt::CaseInsensitive);
}

} // namespace ems
