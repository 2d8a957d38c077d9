#pragma once

#include "core/profiles/connectionsettings.h"

#include <QObject>
#include <QSet>

namespace ems {

class EditManager;
class ResourceTreeModel;
class Session;
struct RequestLogEntry;

// The connected teams, each one's session from the moment it is added until it is
// disconnected or replaced. Whatever a session says reaches the rest of the window through
// these signals: a per-team feature listens here, and nothing else connects to a session.
class TeamList : public QObject
{
    Q_OBJECT

public:
    TeamList(ResourceTreeModel *model, EditManager *edits, QObject *parent = nullptr);
    ~TeamList() override;

    // Shows the team in the tree, takes the session and starts it. A label that only
    // stands in for a name (the host, "Environment") gives way to the team's own name.
    void add(Session *session, const QString &label);
    // Replaces the team's session by a new one with its settings and this key type (Retry,
    // Try as the other key type); returns the new one, or nullptr when the team is gone.
    // Staged edits stay saved and are offered again.
    Session *reconnect(Session *session, KeyType keyType);
    void remove(Session *session);
    // The window is closing: no session reports any more, while the model goes first.
    void silence();

    const QList<Session *> &sessions() const { return m_sessions; }
    int requestsInFlight() const;

Q_SIGNALS:
    void teamAdded(ems::Session *session, const QString &label);
    void teamRemoved();
    // Connected, failed, permissions arrived, named after itself.
    void teamChanged(ems::Session *session);
    void trafficChanged(); // requests in flight
    void connectFailed(ems::Session *session);
    void permissionsLoaded(ems::Session *session);
    // Once per team: its permissions are known and it goes by its final name.
    void permissionsSettled(ems::Session *session);
    void requestLogged(const ems::RequestLogEntry &entry);

private:
    void nameAfterTeam(Session *session);
    void settleIfReady(Session *session);

    ResourceTreeModel *m_model;
    EditManager *m_edits;
    QList<Session *> m_sessions;
    QSet<const Session *> m_unnamed; // waiting for GET /api/team
    QSet<const Session *> m_settled;
};

} // namespace ems
