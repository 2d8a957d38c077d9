#pragma once

#include <QStyledItemDelegate>

namespace ems {

// Shows a model's tooltips as plain text: QToolTip renders anything that looks like HTML,
// and tooltips carry names, values and messages from the server.
class PlainToolTipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    // Text from outside as a tooltip that shows it literally, bounded in length.
    static QString toolTip(const QString &text);
};

} // namespace ems
