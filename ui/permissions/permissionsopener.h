#pragma once

#include <QObject>
#include <QSet>

class QWidget;

namespace ems {

class PermissionsDialog;
class ProfileStore;
class PropertyPane;
class ResourceTreeModel;
class Session;
class TeamList;
class TreePanel;

// What opens the permissions dialog and keeps it up to date while it is open: the current
// team's key (connected, permissions arrived, named) and the selected object with what its
// last read found. After a connect it opens by itself, unless the user turned that off.
class PermissionsOpener : public QObject
{
    Q_OBJECT

public:
    PermissionsOpener(TeamList *teams, const ResourceTreeModel *model, const TreePanel *panel,
                      const PropertyPane *pane, const ProfileStore *profiles, QWidget *window);

    PermissionsDialog *dialog();
    // Shows the current team's key; objectTab: What Can I Do Here? for the selected object.
    void show(bool objectTab);
    // Opens by itself once the session's permissions arrive, if it is the current team.
    void showAfterConnect(Session *session) { m_afterConnect.insert(session); }
    void setPopupAllowed(bool allowed) { m_popupAllowed = allowed; }
    // The selected row changed, or what is known about it: an open dialog shows it.
    void followSelection();

private:
    bool isOpen() const;
    void showSelection();
    void followTeam(const Session *session);

    const ResourceTreeModel *m_model;
    const TreePanel *m_panel;
    const PropertyPane *m_pane;
    const ProfileStore *m_profiles;
    QWidget *m_window;
    PermissionsDialog *m_dialog = nullptr;
    QSet<const Session *> m_afterConnect;
    bool m_popupAllowed = true;
};

} // namespace ems
