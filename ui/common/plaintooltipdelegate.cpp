#include "ui/common/plaintooltipdelegate.h"

#include "core/net/apierror.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>

namespace ems {

bool PlainToolTipDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                     const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = index.data(Qt::ToolTipRole).toString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPos(), toolTip(text), view, option.rect);
    return true;
}

QString PlainToolTipDelegate::toolTip(const QString &text)
{
    return text.isEmpty() ? text
                          : Qt::convertFromPlainText(ApiError::bounded(text), Qt::WhiteSpaceNormal);
}

} // namespace ems
