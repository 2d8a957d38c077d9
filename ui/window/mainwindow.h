#pragma once

#include "ui/tree/treepanel.h"

#include <QMainWindow>

class QLineEdit;
class QSplitter;
class QTreeView;
class QUndoStack;

namespace ems {

class ConnectDialog;
class CredentialStore;
class EditActions;
class EditManager;
class LogDock;
class MainActions;
class NotificationBar;
class PermissionsDialog;
class PermissionsOpener;
class ProfileConnector;
class ProfileStore;
class PropertyPane;
class ResourceTreeModel;
class Screenshotter;
class Session;
class StatusLine;
class TeamList;
class TeamOverview;
struct Profile;

// The program's window: the teams as a tree on the left, the selected object's latest
// state on the right, connection and traffic in the status bar. It builds and lays out the
// parts; what reacts to a team lives in teams/, the actions in MainActions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows a team; the window takes the session and starts it.
    void addTeam(Session *session, const QString &label);
    void connectProfile(const Profile &profile, const QString &key);
    // Reads the profile's key from where it is kept, asking for it when it is not there.
    void connectProfileWithStoredKey(const Profile &profile);
    // Whether the permissions dialog may open by itself after a connect (off for screenshots).
    void setPermissionsPopupAllowed(bool allowed);
    PermissionsDialog *permissionsDialog();
    CredentialStore *credentials() const { return m_credentials; }
    // Saves a picture of the window once the tree (and, with a path, that item and its
    // properties) has loaded, also for a team that connects later (teamExpected); then
    // screenshotTaken().
    void takeScreenshotWhenReady(const QString &file, const QString &selectPath,
                                 bool teamExpected = true);

    ResourceTreeModel *treeModel() const { return m_model; }
    QTreeView *treeView() const { return m_panel->treeView(); }
    QLineEdit *findField() const { return m_panel->findField(); }
    PropertyPane *propertyPane() const { return m_pane; }
    EditManager *editManager() const { return m_edits; }
    NotificationBar *notificationBar() const { return m_notice; }
    QUndoStack *undoStack() const { return m_undo; }
    LogDock *logDock() const { return m_log; }
    QString summaryText() const;

Q_SIGNALS:
    void screenshotTaken(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void currentChanged();
    void updateStatus();
    // A profile's team: selected, and the permissions dialog opens once they arrive.
    void addProfileTeam(Session *session, const QString &name);
    ConnectDialog *openConnectDialog();

    ResourceTreeModel *m_model;
    QSplitter *m_splitter;
    TreePanel *m_panel = nullptr;
    PropertyPane *m_pane;
    EditManager *m_edits;
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    ProfileConnector *m_connector;
    QUndoStack *m_undo;
    NotificationBar *m_notice;
    NotificationBar *m_stagingBar;
    LogDock *m_log;
    StatusLine *m_status;
    TeamList *m_teams;
    TeamOverview *m_overview;
    PermissionsOpener *m_permissions = nullptr;
    EditActions *m_editActions = nullptr;
    MainActions *m_actions = nullptr;
    Screenshotter *m_screenshotter = nullptr;
};

} // namespace ems
