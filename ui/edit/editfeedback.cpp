#include "ui/edit/editfeedback.h"

#include "core/edit/editmanager.h"
#include "ui/common/notificationbar.h"
#include "ui/edit/conflictdialog.h"
#include "ui/edit/editcommand.h"
#include "ui/pane/propertypane.h"

#include <QApplication>
#include <QClipboard>
#include <QStatusBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace ems {

EditFeedback::EditFeedback(EditManager *edits, QUndoStack *undo, PropertyPane *pane,
                           NotificationBar *notice, QStatusBar *statusBar, QWidget *window)
    : QObject(window)
    , m_edits(edits)
    , m_undo(undo)
    , m_pane(pane)
    , m_notice(notice)
    , m_statusBar(statusBar)
    , m_window(window)
{
    connect(edits, &EditManager::written, this, &EditFeedback::written);
    connect(edits, &EditManager::conflicted, this, &EditFeedback::conflicted);
    connect(edits, &EditManager::failed, this, &EditFeedback::failed);
    connect(edits, &EditManager::stateChanged, this, &EditFeedback::stateChanged);
    connect(edits, &EditManager::refused, this, [this](const QString &message) {
        m_notice->show(NotificationBar::Kind::Error, tr("Not sent: %1").arg(message), {});
    });
}

void EditFeedback::written(const Edit &edit)
{
    if (!edit.undoing)
        m_undo->push(new EditCommand(m_edits, edit));
    m_pane->showWritten(edit.result);
    m_statusBar->showMessage(tr("Done: %1").arg(edit.describe()), 5000);
}

void EditFeedback::conflicted(const Edit &edit)
{
    auto *dialog = new ConflictDialog(edit, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const quint64 id = edit.id;
    connect(dialog, &QDialog::finished, this, [this, dialog, id](int result) {
        m_edits->resolve(id,
                         result == QDialog::Accepted ? dialog->resolution()
                                                     : EditManager::Resolution::Cancel);
    });
    dialog->open();
}

void EditFeedback::failed(const Edit &edit)
{
    // Every text that was not written stays reachable until the user drops it: one bar
    // for all of them, not one that replaces the other.
    const QList<Edit> failed = m_edits->failedEdits();
    const auto typedText = [](const Edit &e) {
        return e.changes.value(u"name").toString(e.changes.value(u"description").toString());
    };
    QString text;
    QStringList typed;
    QList<quint64> ids;
    for (const Edit &e : failed) {
        typed.append(typedText(e));
        ids.append(e.id);
    }
    if (failed.size() == 1 && edit.error.kind == ApiError::Kind::Cancelled) {
        // The user chose this: no alarm, just what is kept and what can be done with it.
        m_notice->show(NotificationBar::Kind::Information,
                       tr("Your text “%1” is kept, not written: the object had changed on the "
                          "server.")
                               .arg(typedText(edit)),
                       {{tr("Overwrite Now"),
                         [this, id = edit.id] {
                             m_edits->retry(id);
                         }},
                        {tr("Discard"), [this, id = edit.id] {
                             m_edits->dismiss(id);
                         }}});
        return;
    }
    if (failed.size() <= 1) {
        text = tr("%1 failed: %2").arg(edit.describe(), edit.error.summary());
    } else {
        QStringList lines;
        constexpr int shown = 3; // the bar stays a bar; Copy Your Texts has them all
        for (const Edit &e : failed.mid(0, shown))
            lines.append(tr("%1 (%2)").arg(e.describe(), e.error.title()));
        if (failed.size() > shown)
            lines.append(tr("and %n more", nullptr, int(failed.size() - shown)));
        text = tr("%n change(s) were not written: %1", nullptr, int(failed.size()))
                       .arg(lines.join(u"; "_s));
    }
    m_notice->show(NotificationBar::Kind::Error, text,
                   {{failed.size() <= 1 ? tr("Retry") : tr("Retry All"),
                     [this, ids] {
                         for (quint64 id : ids)
                             m_edits->retry(id);
                     }},
                    {failed.size() <= 1 ? tr("Copy Your Text") : tr("Copy Your Texts"),
                     [this, typed, ids] {
                         QApplication::clipboard()->setText(typed.join(u'\n'));
                         for (quint64 id : ids) // the texts are the user's now
                             m_edits->dismiss(id);
                     }}},
                   [this, ids] {
                       for (quint64 id : ids)
                           m_edits->dismiss(id);
                   });
    m_notice->setDetails(edit.error.message(), edit.error.requestId);
}

void EditFeedback::stateChanged(const Edit &edit)
{
    const auto shown = m_pane->latest();
    if (!shown || shown->id != edit.original.id)
        return;
    // A conflict or a failed write brought the server's version along: show it.
    if (!edit.latest.id.isEmpty()
        && (edit.state == Edit::State::Conflict || edit.state == Edit::State::Failed))
        m_pane->showWritten(edit.latest);
    m_pane->setEditNote(edit.stateText());
}

} // namespace ems
