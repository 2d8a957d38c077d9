#include "ui/edit/confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace ems {

void Confirmation::ask(QWidget *parent, const QString &title, const QString &text,
                       const QString &doIt, const std::function<void()> &onConfirmed)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(doIt, QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel)); // and the focus
    QObject::connect(box, &QMessageBox::finished, box, [box, confirm, onConfirmed] {
        if (box->clickedButton() == confirm)
            onConfirmed();
    });
    box->open();
}

} // namespace ems
