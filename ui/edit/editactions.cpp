#include "ui/edit/editactions.h"

#include "core/edit/edit.h"
#include "core/edit/editmanager.h"
#include "ui/common/notificationbar.h"
#include "ui/edit/confirmation.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace ems {

EditActions::EditActions(EditManager *edits, QUndoStack *undo, NotificationBar *notice,
                         NotificationBar *stagingBar, QStatusBar *statusBar, QWidget *window)
    : QObject(window)
    , m_edits(edits)
    , m_stack(undo)
    , m_notice(notice)
    , m_stagingBar(stagingBar)
    , m_window(window)
    , m_undo(add(tr("&Undo"), QKeySequence::Undo))
    , m_redo(add(tr("&Redo"), QKeySequence(u"Ctrl+Shift+Z"_s)))
    , m_stage(add(tr("&Stage Edits (Don't Write)"), {}))
    , m_apply(add(tr("&Apply Pending Edits"), QKeySequence(u"Ctrl+Shift+S"_s)))
    , m_discard(add(tr("&Discard Pending Edits"), {}))
{
    // Undo and redo write; one waits for the other to reach the server.
    connect(m_undo, &QAction::triggered, this, [this] {
        m_stack->undo();
        updateUndo();
    });
    m_redo->setShortcuts({QKeySequence(u"Ctrl+Shift+Z"_s), QKeySequence(u"Ctrl+Y"_s)});
    connect(m_redo, &QAction::triggered, this, [this] {
        m_stack->redo();
        updateUndo();
    });
    connect(m_stack, &QUndoStack::indexChanged, this, &EditActions::updateUndo);
    connect(m_edits, &EditManager::stateChanged, this, &EditActions::updateUndo);

    m_stage->setCheckable(true);
    m_stage->setToolTip(tr("Keep edits here until you apply them, instead of writing each "
                           "right away"));
    m_stagingBar->setPersistent(true);
    m_stagingBar->setAccessibleName(tr("Staged edits"));
    connect(m_stage, &QAction::toggled, this, &EditActions::setStaged);
    connect(m_apply, &QAction::triggered, m_edits, &EditManager::applyPending);
    connect(m_discard, &QAction::triggered, this, [this] {
        Confirmation::ask(m_window, tr("Discard pending edits"),
                          tr("Drop %n staged edit(s) without writing them?", nullptr,
                             m_edits->pendingCount()),
                          tr("&Discard"), [this] { m_edits->discardPending(); });
    });
    connect(m_edits, &EditManager::pendingChanged, this, &EditActions::pendingChanged);
    connect(m_edits, &EditManager::pendingChanged, this, &EditActions::showStagingBar);
    connect(m_edits, &EditManager::applyProgress, this, [statusBar](int done, int total) {
        statusBar->showMessage(tr("Applied %1 of %2 pending edits.").arg(done).arg(total), 5000);
    });
    pendingChanged(0);
    updateUndo();
}

QAction *EditActions::add(const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, m_window);
    action->setShortcut(shortcut);
    m_window->addAction(action);
    return action;
}

void EditActions::restorePending(Session *session, const QString &teamLabel)
{
    const int restored = m_edits->restorePending(session);
    if (!restored)
        return;
    m_notice->show(NotificationBar::Kind::Information,
                   tr("%n staged edit(s) from your last session for %1 are not written yet.",
                      nullptr, restored)
                           .arg(teamLabel),
                   {{tr("Apply Now"),
                     [this] {
                         m_edits->applyPending();
                     }},
                    {tr("Discard"), [this] {
                         m_edits->discardPending();
                     }}});
}

void EditActions::updateUndo()
{
    const bool busy = m_edits->isUndoing();
    m_undo->setEnabled(m_stack->canUndo() && !busy);
    m_redo->setEnabled(m_stack->canRedo() && !busy);
    // What is undone was written: undo writes too, also while edits are staged.
    const bool staged = m_edits->isStaged();
    m_undo->setText(!m_stack->canUndo() ? tr("&Undo")
                            : staged    ? tr("&Undo %1 (Writes Now)").arg(m_stack->undoText())
                                        : tr("&Undo %1").arg(m_stack->undoText()));
    m_redo->setText(!m_stack->canRedo() ? tr("&Redo")
                            : staged    ? tr("&Redo %1 (Writes Now)").arg(m_stack->redoText())
                                        : tr("&Redo %1").arg(m_stack->redoText()));
}

void EditActions::setStaged(bool staged)
{
    if (!staged && m_edits->pendingCount() > 0) {
        askBeforeUnstaging();
        return;
    }
    m_edits->setStaged(staged);
    showStagingBar();
    updateUndo();
}

void EditActions::askBeforeUnstaging()
{
    {
        const QSignalBlocker blocker(m_stage); // staged until the user decides
        m_stage->setChecked(true);
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Stop staging edits"),
                                tr("%n staged edit(s) are not written yet. Write them before "
                                   "edits are written right away again?",
                                   nullptr, m_edits->pendingCount()),
                                QMessageBox::NoButton, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *apply = box->addButton(tr("&Apply and Stop Staging"), QMessageBox::AcceptRole);
    QPushButton *discard
            = box->addButton(tr("&Discard and Stop Staging"), QMessageBox::DestructiveRole);
    // Enter keeps everything as it is: applying writes, discarding loses.
    box->setDefaultButton(box->addButton(tr("&Keep Staging"), QMessageBox::RejectRole));
    connect(box, &QMessageBox::finished, this, [this, box, apply, discard] {
        if (box->clickedButton() != apply && box->clickedButton() != discard)
            return;
        if (box->clickedButton() == apply)
            m_edits->applyPending();
        else
            m_edits->discardPending();
        m_stage->setChecked(false);
    });
    box->open();
}

void EditActions::showStagingBar()
{
    if (!m_edits->isStaged()) {
        m_stagingBar->hide();
        return;
    }
    const int count = m_edits->pendingCount();
    if (count == 0) {
        m_stagingBar->show(NotificationBar::Kind::Information,
                           tr("Staging: edits wait here until you apply them."),
                           {{tr("Stop Staging"), [this] {
                                 m_stage->setChecked(false);
                             }}});
        return;
    }
    m_stagingBar->show(NotificationBar::Kind::Information,
                       tr("%n edit(s) not written yet.", nullptr, count),
                       {{tr("Review…"),
                         [this] {
                             review();
                         }},
                        {tr("Apply"),
                         [this] {
                             m_edits->applyPending();
                         }},
                        {tr("Discard…"), [this] {
                             m_discard->trigger();
                         }}});
}

void EditActions::review()
{
    QStringList lines;
    const QList<Edit> pending = m_edits->pendingEdits();
    constexpr int shown = 15; // the box stays on the screen
    for (const Edit &edit : pending.mid(0, shown))
        lines.append(u"• "_s + edit.describe());
    if (pending.size() > shown)
        lines.append(tr("and %n more", nullptr, int(pending.size() - shown)));
    auto *box = new QMessageBox(QMessageBox::Information, tr("Staged edits"),
                                tr("These edits are written when you apply them:"),
                                QMessageBox::Close, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(lines.join(u'\n'));
    box->open();
}

void EditActions::pendingChanged(int count)
{
    m_apply->setText(count ? tr("&Apply %n Pending Edit(s)", nullptr, count)
                           : tr("&Apply Pending Edits"));
    m_apply->setEnabled(count > 0);
    m_discard->setEnabled(count > 0);
}

} // namespace ems
