#include "ui/log/logstatuscolors.h"

#include "core/log/requestlogmodel.h"
#include "ui/tree/treedecorationproxy.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace ems {

LogStatusColors::LogStatusColors(QObject *parent)
    : QIdentityProxyModel(parent)
{ }

QVariant LogStatusColors::data(const QModelIndex &index, int role) const
{
    if (role != Qt::ForegroundRole || index.column() != RequestLogModel::StatusColumn)
        return QIdentityProxyModel::data(index, role);
    const QPalette palette = QGuiApplication::palette();
    switch (RequestLogModel::Outcome(index.data(RequestLogModel::OutcomeRole).toInt())) {
    case RequestLogModel::Outcome::Failed:
        return TreeDecorationProxy::errorColor(palette);
    case RequestLogModel::Outcome::Retried:
        return TreeDecorationProxy::warningColor(palette);
    case RequestLogModel::Outcome::Expected:
        return palette.color(QPalette::PlaceholderText);
    case RequestLogModel::Outcome::Success:
        break;
    }
    return {};
}

} // namespace ems
