#pragma once

#include <QObject>
#include <QPersistentModelIndex>
#include <QStyle>

class QAction;
class QMainWindow;
class QToolBar;

namespace ems {

class EditActions;
class LogDock;
class NotificationBar;
class PermissionsOpener;
class PropertyPane;
class ResourceTreeModel;
class TeamList;
class TreePanel;

// The window's menus, toolbar and the tree's context menu as one object, enabled for the
// current row (with the reason in the tooltip when an action is not possible there), as
// Dolphin's DolphinViewActionHandler does for its view.
class MainActions : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        ResourceTreeModel *model;
        TeamList *teams;
        TreePanel *panel;
        PropertyPane *pane;
        LogDock *log;
        EditActions *edits;
        NotificationBar *notice;
        PermissionsOpener *permissions;
    };
    MainActions(QMainWindow *window, const Parts &parts);

    // The tree's current row (or what is known about it) changed.
    void setCurrent(const QModelIndex &current);
    // Opens the network log on one request (an error row's, a bar's Show Request).
    void showRequest(quint64 requestId);

Q_SIGNALS:
    void connectDialogRequested();

private:
    QAction *add(const QString &text, const QKeySequence &shortcut,
                 const std::function<void()> &run);
    void createMenus();
    // The toolbar: the actions (a null one is a separator) with short texts and icons.
    QToolBar *
    createToolBar(const QList<std::tuple<QAction *, QStyle::StandardPixmap, QString>> &actions);
    void updateRowActions();
    void refresh(bool wholeTeam);
    void copyJson();
    void renameCurrent();
    void showRequestsForCurrent();
    void showAbout();

    QMainWindow *m_window;
    Parts m_parts;
    QPersistentModelIndex m_current;
    QAction *m_rename = nullptr;
    QAction *m_retry = nullptr;
};

} // namespace ems
