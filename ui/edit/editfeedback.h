#pragma once

#include <QObject>

class QStatusBar;
class QUndoStack;

namespace ems {

class EditManager;
class NotificationBar;
class PropertyPane;
struct Edit;

// What the window says about edits as they go: a written one goes on the undo stack and
// into the pane, a conflict opens the dialog, failures stay in the notification bar with
// Retry and Copy until the user drops them, and the pane notes the state of its object.
class EditFeedback : public QObject
{
    Q_OBJECT

public:
    EditFeedback(EditManager *edits, QUndoStack *undo, PropertyPane *pane, NotificationBar *notice,
                 QStatusBar *statusBar, QWidget *window);

private:
    void written(const Edit &edit);
    void conflicted(const Edit &edit);
    void failed(const Edit &edit);
    void stateChanged(const Edit &edit);

    EditManager *m_edits;
    QUndoStack *m_undo;
    PropertyPane *m_pane;
    NotificationBar *m_notice;
    QStatusBar *m_statusBar;
    QWidget *m_window;
};

} // namespace ems
