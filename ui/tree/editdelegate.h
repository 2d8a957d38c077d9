#pragma once

#include "ui/common/plaintooltipdelegate.h"

#include <functional>

namespace ems {

// Edits a name or a description in place. Enter with a value the program would refuse
// (an empty name) keeps the editor open and says why at the field, so nothing typed is
// lost; editable fields are shown in bold.
class EditDelegate : public PlainToolTipDelegate
{
    Q_OBJECT

public:
    using FieldOf = std::function<QString(const QModelIndex &)>;
    using EditableOf = std::function<bool(const QModelIndex &)>;

    EditDelegate(FieldOf fieldOf, EditableOf markEditable, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QString problem(QWidget *editor) const;

    FieldOf m_fieldOf;
    EditableOf m_markEditable;
};

} // namespace ems
