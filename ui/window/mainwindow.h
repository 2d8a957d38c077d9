#pragma once

#include "core/profiles/connectionsettings.h"
#include "ui/tree/treepanel.h"

#include <QMainWindow>
#include <QStyle>

class QAction;
class QLineEdit;
class QSplitter;
class QTreeView;
class QUndoStack;

namespace ems {

class ConnectDialog;
class Screenshotter;
class CredentialStore;
class EditActions;
class EditManager;
class LogDock;
class PermissionsDialog;
class ProfileConnector;
class ProfileStore;
struct Profile;
class NotificationBar;
class PropertyPane;
struct Edit;
struct Resource;
class ResourceTreeModel;
class Session;
class StatusLine;
class TreePanel;

// The program's window: the teams as a tree on the left, the selected object's latest
// state on the right, connection and traffic in the status bar.
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
    void setPermissionsPopupAllowed(bool allowed) { m_permissionsPopupAllowed = allowed; }
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
    void createActions();
    // The toolbar: the actions (a null one is a separator) with short texts and icons.
    void
    createToolBar(const QList<std::tuple<QAction *, QStyle::StandardPixmap, QString>> &actions);
    void currentChanged();
    // The team row's pane: who, where, what the key may do, what is loaded; or the failure.
    void showTeamOverview(const QModelIndex &team);
    // Replaces a stand-in label (the host, "Environment") by the team's own name.
    // Names the team after itself (GET /api/team), then calls named.
    void nameAfterTeam(Session *session, const std::function<void()> &named);
    void sayWhatTheKeyMayNotChange(Session *session);
    // An open permissions dialog shows the current team's session again.
    void followInPermissions(Session *session);
    // A failed connect: said once in the bar, with what can be done about it.
    void offerReconnect(Session *session);
    // Replaces the team's session by a new one with its settings and this key type (Retry,
    // Try as the other key type).
    void reconnect(Session *session, KeyType keyType);
    void refreshCurrent();
    void refreshTeam();
    void copyJson();
    void updateStatus();
    void showAbout();
    void renameCurrent();
    // Rename enabled (or why not, in its tooltip) and Retry shown for the current row.
    void updateRowActions();
    void submitEdit(Session *session, const Resource &original, const QJsonObject &changes);
    ConnectDialog *openConnectDialog();
    void disconnectTeam();
    void addProfileTeam(Session *session, const QString &name);
    void showPermissions(bool objectTab);
    // The selected object in the permissions dialog, with what its last read found.
    void showObjectPermissions();
    void showRequestsForCurrent();
    // Opens the network log on one request (an error row's, a bar's Show Request).
    void showRequest(quint64 requestId);
    QModelIndex currentSource() const;
    QModelIndex currentTeam() const;

    ResourceTreeModel *m_model;
    QSplitter *m_splitter;
    TreePanel *m_panel = nullptr;
    PropertyPane *m_pane;
    EditManager *m_edits;
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    ProfileConnector *m_connector;
    PermissionsDialog *m_permissions = nullptr;
    bool m_permissionsPopupAllowed = true;
    QUndoStack *m_undo;
    NotificationBar *m_notice;
    NotificationBar *m_stagingBar;
    LogDock *m_log;
    StatusLine *m_status;
    EditActions *m_editActions = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_retry = nullptr;
    QList<Session *> m_sessions;
    Screenshotter *m_screenshotter = nullptr;
};

} // namespace ems
