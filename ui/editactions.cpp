#include "editactions.h"

#include "core/edit/editmanager.h"
#include "notificationbar.h"

#include <QAction>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace ems {

EditActions::EditActions(EditManager *edits, QUndoStack *undo, NotificationBar *notice,
                         QStatusBar *statusBar, QWidget *window)
    : QObject(window)
    , m_edits(edits)
    , m_stack(undo)
    , m_notice(notice)
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
    connect(m_stage, &QAction::toggled, this, [this, statusBar](bool on) {
        m_edits->setStaged(on);
        statusBar->showMessage(on ? tr("Edits are staged: nothing is written until you apply "
                                       "them.")
                                  : tr("Edits are written right away."),
                               5000);
    });
    connect(m_apply, &QAction::triggered, m_edits, &EditManager::applyPending);
    connect(m_discard, &QAction::triggered, this, [this] {
        if (QMessageBox::question(m_window, tr("Discard pending edits"),
                                  tr("Drop %n staged edit(s) without writing them?", nullptr,
                                     m_edits->pendingCount()))
            == QMessageBox::Yes)
            m_edits->discardPending();
    });
    connect(m_edits, &EditManager::pendingChanged, this, &EditActions::pendingChanged);
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
    m_undo->setText(m_stack->canUndo() ? tr("&Undo %1").arg(m_stack->undoText()) : tr("&Undo"));
    m_redo->setText(m_stack->canRedo() ? tr("&Redo %1").arg(m_stack->redoText()) : tr("&Redo"));
}

void EditActions::pendingChanged(int count)
{
    m_apply->setText(count ? tr("&Apply %n Pending Edit(s)", nullptr, count)
                           : tr("&Apply Pending Edits"));
    m_apply->setEnabled(count > 0);
    m_discard->setEnabled(count > 0);
}

} // namespace ems
