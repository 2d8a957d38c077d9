#include "ui/edit/conflictdialog.h"

#include "core/net/apierror.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ems {

namespace {
QString shown(const QJsonValue &value)
{
    if (value.isString())
        return ApiError::bounded(value.toString());
    if (value.isNull() || value.isUndefined())
        return ConflictDialog::tr("(empty)");
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
            .chopped(1)
            .mid(1);
}
} // namespace

ConflictDialog::ConflictDialog(const Edit &edit, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Changed on the server"));
    auto *intro = new QLabel(
            tr("<b>%1</b> was changed on the server after you read it. Choose which version "
               "to keep.")
                    .arg(ApiError::bounded(edit.latest.name).toHtmlEscaped()),
            this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    const QStringList headers{tr("Field"), tr("When you read it"), tr("On the server now"),
                              tr("Yours")};
    for (int column = 0; column < headers.size(); ++column) {
        auto *header = new QLabel(u"<b>%1</b>"_s.arg(headers.at(column)), this);
        grid->addWidget(header, 0, column);
    }
    int row = 1;
    for (auto it = edit.changes.begin(); it != edit.changes.end(); ++it, ++row) {
        const QStringList cells{it.key(), shown(edit.previous.value(it.key())),
                                shown(edit.latest.raw.value(it.key())), shown(it.value())};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QLabel(cells.at(column), this);
            cell->setTextFormat(Qt::PlainText); // values from the server
            cell->setTextInteractionFlags(Qt::TextSelectableByMouse);
            cell->setWordWrap(true);
            cell->setAccessibleName(u"%1, %2"_s.arg(headers.at(column), it.key()));
            grid->addWidget(cell, row, column);
        }
    }
    if (edit.latest.changeStamp != edit.original.changeStamp && edit.original.changeStamp) {
        auto *note = new QLabel(tr("Other fields may have changed too."), this);
        note->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(note, row, 0, 1, headers.size());
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *overwrite = buttons->addButton(tr("&Overwrite"), QDialogButtonBox::AcceptRole);
    overwrite->setToolTip(tr("Write your values over the server's"));
    QPushButton *theirs = buttons->addButton(tr("&Keep Theirs"), QDialogButtonBox::DestructiveRole);
    theirs->setToolTip(tr("Drop your change and show the server's values"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setToolTip(tr("Write nothing for now; your text stays available to retry"));
    // Enter and Escape write nothing: in a dialog the focused button takes Enter when it is
    // auto-default, so the two that write or drop need a click or their mnemonic.
    overwrite->setAutoDefault(false);
    theirs->setAutoDefault(false);
    cancel->setDefault(true);
    cancel->setFocus();
    connect(overwrite, &QPushButton::clicked, this, [this] {
        m_resolution = EditManager::Resolution::Overwrite;
        accept();
    });
    connect(theirs, &QPushButton::clicked, this, [this] {
        m_resolution = EditManager::Resolution::KeepTheirs;
        accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(buttons);
}

} // namespace ems
