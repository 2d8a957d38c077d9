#include "ui/pane/factsheet.h"

#include "ui/tree/treedecorationproxy.h"

#include <QFormLayout>
#include <QLabel>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

namespace ems {

FactSheet::FactSheet(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    setAccessibleName(tr("Summary"));
}

void FactSheet::setFacts(const QList<Fact> &facts)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    for (const Fact &fact : facts) {
        auto *label = new QLabel(fact.label, this);
        label->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(fact.value, this);
        value->setWordWrap(true);
        value->setTextFormat(Qt::RichText);
        value->setTextInteractionFlags(Qt::TextBrowserInteraction); // links by keyboard too
        value->setAccessibleName(fact.label);
        if (fact.error) {
            QPalette palette = value->palette();
            palette.setColor(QPalette::WindowText, TreeDecorationProxy::errorColor(palette));
            value->setPalette(palette);
        }
        connect(value, &QLabel::linkActivated, this, &FactSheet::linkActivated);
        m_form->addRow(label, value);
    }
    setVisible(!facts.isEmpty());
}

QString FactSheet::plainText() const
{
    QStringList lines;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        const auto *label
                = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        const auto *value
                = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
        lines.append(label->text() + u": "_s
                     + QTextDocumentFragment::fromHtml(value->text()).toPlainText());
    }
    return lines.join(u'\n');
}

} // namespace ems
