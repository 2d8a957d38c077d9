#include "ui/tree/editdelegate.h"

#include "core/edit/editmanager.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace ems {

namespace {
constexpr auto fieldProperty = "emsField";
} // namespace

EditDelegate::EditDelegate(FieldOf fieldOf, EditableOf markEditable, QObject *parent)
    : PlainToolTipDelegate(parent)
    , m_fieldOf(std::move(fieldOf))
    , m_markEditable(std::move(markEditable))
{ }

QWidget *EditDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    const QString field = m_fieldOf(index);
    editor->setProperty(fieldProperty, field);
    editor->setAccessibleName(field == u"name" ? tr("New name") : tr("New %1").arg(field));
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setMaxLength(1000);
    return editor;
}

QString EditDelegate::problem(QWidget *editor) const
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return {};
    QJsonValue value = line->text();
    return EditManager::validate(editor->property(fieldProperty).toString(), &value);
}

void EditDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    // Leaving a refused value (say by clicking away from an empty name) changes nothing.
    if (problem(editor).isEmpty())
        QStyledItemDelegate::setModelData(editor, model, index);
}

bool EditDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            const QString message = problem(editor);
            if (!message.isEmpty()) {
                QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), message,
                                   editor);
                editor->setToolTip(message);
                return true; // the editor stays open with what was typed
            }
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void EditDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_markEditable && m_markEditable(index))
        option->font.setBold(true);
}

} // namespace ems
