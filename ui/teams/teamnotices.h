#pragma once

#include <QObject>

namespace ems {

class NotificationBar;
class ResourceTreeModel;
class Session;
class TeamList;

// What is said about a team's connection in the notification bar: a failed connect, once,
// with what can be done about it (Retry, Try as the other key type, Edit Connection, Sign
// In Again), and once per team a key that may change nothing.
class TeamNotices : public QObject
{
    Q_OBJECT

public:
    TeamNotices(TeamList *teams, const ResourceTreeModel *model, NotificationBar *bar,
                QObject *parent = nullptr);

Q_SIGNALS:
    void teamSelected(const QModelIndex &team); // a reconnected team, Show Permissions
    void permissionsRequested();
    void editConnectionRequested(const QString &profileName);

private:
    void offerReconnect(Session *session);
    void sayWhatTheKeyMayNotChange(Session *session);

    TeamList *m_teams;
    const ResourceTreeModel *m_model;
    NotificationBar *m_bar;
};

} // namespace ems
