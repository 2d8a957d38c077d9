#pragma once

#include <QObject>

class QAction;
class QStatusBar;
class QUndoStack;
class QWidget;

namespace ems {

class EditManager;
class NotificationBar;
class Session;

// The Edit menu's actions for writes: Undo and Redo (one waits for the other to reach the
// server), Stage Edits, Apply and Discard Pending Edits, kept enabled and named as the
// edits stand; and the offer to apply the staged edits a team kept from the last session.
class EditActions : public QObject
{
    Q_OBJECT

public:
    // The staging bar stays above the tree while edits are staged.
    EditActions(EditManager *edits, QUndoStack *undo, NotificationBar *notice,
                NotificationBar *stagingBar, QStatusBar *statusBar, QWidget *window);

    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }
    QAction *stage() const { return m_stage; }
    QAction *applyPending() const { return m_apply; }
    QAction *discardPending() const { return m_discard; }
    // Reads the team's staged edits from the last session and offers to apply them.
    void restorePending(Session *session, const QString &teamLabel);

private:
    QAction *add(const QString &text, const QKeySequence &shortcut);
    void updateUndo();
    void pendingChanged(int count);
    void setStaged(bool staged);
    // Staging off with edits pending: apply them, discard them, or stay staged.
    void askBeforeUnstaging();
    void showStagingBar();
    void review();

    EditManager *m_edits;
    QUndoStack *m_stack;
    NotificationBar *m_notice;
    NotificationBar *m_stagingBar;
    QWidget *m_window;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_stage;
    QAction *m_apply;
    QAction *m_discard;
};

} // namespace ems
