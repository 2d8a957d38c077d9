#include "ui/teams/teamlist.h"

#include "core/api/resourceservice.h"
#include "core/api/teamquery.h"
#include "core/edit/editmanager.h"
#include "core/net/session.h"
#include "core/profiles/profile.h"
#include "core/tree/resourcetreemodel.h"

namespace ems {

TeamList::TeamList(ResourceTreeModel *model, EditManager *edits, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_edits(edits)
{ }

TeamList::~TeamList()
{
    qDeleteAll(m_sessions);
}

void TeamList::add(Session *session, const QString &label)
{
    session->setParent(nullptr); // owned here, deleted after the model
    m_sessions.append(session);
    m_model->addTeam(session, label);
    if (label == QLatin1StringView(Profile::environmentName)
        || label == session->teamUrl().host()) {
        m_unnamed.insert(session);
        connect(session, &Session::connected, this, [this, session] { nameAfterTeam(session); });
    }
    connect(session, &Session::requestLogged, this, &TeamList::requestLogged);
    connect(session, &Session::stateChanged, this,
            [this, session] { Q_EMIT teamChanged(session); });
    connect(session, &Session::connectFailed, this,
            [this, session] { Q_EMIT connectFailed(session); });
    connect(session, &Session::permissionsLoaded, this, [this, session] {
        Q_EMIT teamChanged(session);
        Q_EMIT permissionsLoaded(session);
        settleIfReady(session);
    });
    connect(session, &Session::requestsInFlightChanged, this, &TeamList::trafficChanged);
    session->start();
    Q_EMIT teamAdded(session, label);
}

Session *TeamList::reconnect(Session *session, KeyType keyType)
{
    const QModelIndex team = m_model->teamIndex(session);
    if (!team.isValid())
        return nullptr; // disconnected meanwhile
    ConnectionSettings settings = session->settings();
    settings.keyType = keyType;
    const QString label = m_model->teamLabel(team);
    remove(session);
    auto *fresh = new Session(settings);
    add(fresh, label);
    return fresh;
}

void TeamList::remove(Session *session)
{
    const QModelIndex team = m_model->teamIndex(session);
    if (!team.isValid())
        return;
    m_edits->closeSession(session); // staged edits stay saved
    m_model->removeTeam(team);
    m_sessions.removeOne(session);
    m_unnamed.remove(session);
    m_settled.remove(session);
    // At once, not later: whatever still points at it (undo commands, update jobs) sees it
    // gone before anything can use it again.
    delete session;
    Q_EMIT teamRemoved();
}

void TeamList::silence()
{
    for (Session *session : std::as_const(m_sessions))
        session->disconnect(this);
}

int TeamList::requestsInFlight() const
{
    int inFlight = 0;
    for (const Session *session : m_sessions)
        inFlight += session->requestsInFlight();
    return inFlight;
}

void TeamList::nameAfterTeam(Session *session)
{
    TeamQuery *query = ResourceService(session).team();
    connect(query, &TeamQuery::finished, this, [this, session, query] {
        const QModelIndex team = m_model->teamIndex(session);
        if (!team.isValid())
            return; // disconnected meanwhile: the session is gone
        // The connect check's team name serves when the key may not read the team.
        const auto &identity = session->identity();
        m_model->setTeamLabel(team,
                              !query->name().isEmpty() ? query->name()
                                      : identity       ? identity->teamName
                                                       : QString());
        m_unnamed.remove(session);
        Q_EMIT teamChanged(session);
        settleIfReady(session);
    });
}

void TeamList::settleIfReady(Session *session)
{
    if (m_unnamed.contains(session) || !session->hasPermissions() || m_settled.contains(session))
        return;
    m_settled.insert(session);
    Q_EMIT permissionsSettled(session);
}

} // namespace ems
