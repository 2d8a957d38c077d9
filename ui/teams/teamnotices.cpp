#include "ui/teams/teamnotices.h"

#include "core/access/servicepermission.h"
#include "core/net/session.h"
#include "core/tree/resourcetreemodel.h"
#include "ui/common/notificationbar.h"
#include "ui/teams/teamlist.h"

#include <QPointer>

namespace ems {

TeamNotices::TeamNotices(TeamList *teams, const ResourceTreeModel *model, NotificationBar *bar,
                         QObject *parent)
    : QObject(parent)
    , m_teams(teams)
    , m_model(model)
    , m_bar(bar)
{
    connect(teams, &TeamList::connectFailed, this, &TeamNotices::offerReconnect);
    connect(teams, &TeamList::permissionsSettled, this, &TeamNotices::sayWhatTheKeyMayNotChange);
}

void TeamNotices::offerReconnect(Session *session)
{
    const QString label = m_model->teamLabel(m_model->teamIndex(session));
    const ApiError &error = session->connectError();
    // A browser sign-in that the team no longer accepts: offer to sign in again.
    if (session->settings().auth == AuthKind::BrowserSignIn
        && error.detail.contains(u"invalid_grant")) {
        m_bar->show(NotificationBar::Kind::Error,
                    tr("The sign-in to %1 expired or was revoked.").arg(label),
                    {{tr("Sign In Again…"), [this, label] {
                          Q_EMIT editConnectionRequested(label);
                      }}});
        return;
    }
    // The bar can come back from Recent Notifications after the session is gone.
    const QPointer<Session> alive(session);
    const auto reconnect = [this, alive](KeyType keyType) {
        if (!alive)
            return;
        if (Session *fresh = m_teams->reconnect(alive, keyType))
            Q_EMIT teamSelected(m_model->teamIndex(fresh));
    };
    NotificationBar::Actions actions{{tr("Retry"), [alive, reconnect] {
                                          if (alive)
                                              reconnect(alive->settings().keyType);
                                      }}};
    // A key refused as the type chosen may be the other type.
    const KeyType keyType = session->settings().keyType;
    if ((error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::Forbidden)
        && session->settings().auth == AuthKind::ApiKey && keyType != KeyType::Auto) {
        const KeyType other = keyType == KeyType::UserKey ? KeyType::AppKey : KeyType::UserKey;
        actions.append({tr("Try as %1").arg(ConnectionSettings::keyTypeDisplay(other)),
                        [reconnect, other] {
                            reconnect(other);
                        }});
    }
    actions.append({tr("Edit Connection…"), [this, label] {
                        Q_EMIT editConnectionRequested(label);
                    }});
    m_bar->show(NotificationBar::Kind::Error,
                tr("Couldn't connect to %1: %2").arg(label, error.summary()), actions);
    m_bar->setDetails(error.message(), error.requestId);
}

// Once per team: a key that may change nothing says so before anyone tries.
void TeamNotices::sayWhatTheKeyMayNotChange(Session *session)
{
    const QList<ServicePermission> &permissions = session->permissions();
    if (ServicePermission::anyGrantsChanges(permissions))
        return;
    const bool sharedOnly = ServicePermission::noneGranted(permissions);
    const QModelIndex row = m_model->teamIndex(session);
    m_bar->show(NotificationBar::Kind::Information,
                (sharedOnly ? tr("This key has no team-wide permissions in %1: it "
                                 "reaches only what is shared with it.")
                            : tr("This key can view but not change anything in "
                                 "%1."))
                        .arg(m_model->teamLabel(row)),
                {{tr("Show Permissions"), [this, row = QPersistentModelIndex(row)] {
                      Q_EMIT teamSelected(row);
                      Q_EMIT permissionsRequested();
                  }}});
}

} // namespace ems
