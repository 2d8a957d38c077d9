#include "ui/teams/teamoverview.h"

#include "core/access/servicepermission.h"
#include "core/edit/propertymodel.h"
#include "core/net/session.h"
#include "core/tree/resourcetreemodel.h"
#include "ui/pane/propertypane.h"
#include "ui/teams/teamlist.h"

using namespace Qt::StringLiterals;

namespace ems {

TeamOverview::TeamOverview(TeamList *teams, const ResourceTreeModel *model, PropertyPane *pane,
                           QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_pane(pane)
{
    connect(teams, &TeamList::teamChanged, this, [this](const Session *session) {
        if (m_team.isValid() && m_model->session(m_team) == session)
            show();
    });
    // A section of the team that finished loading.
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (m_team.isValid() && topLeft.parent() == m_team)
            show();
    });
}

bool TeamOverview::setCurrent(const QModelIndex &current)
{
    const bool team = current.isValid() && !current.parent().isValid();
    m_team = team ? current : QModelIndex();
    if (team)
        show();
    return team;
}

void TeamOverview::show()
{
    const Session *session = m_model->session(m_team);
    const QString label = m_model->teamLabel(m_team);
    const QString url = session->teamUrl().toDisplayString().toHtmlEscaped();
    QList<FactSheet::Fact> facts{{tr("Team URL"), url}};
    switch (session->state()) {
    case Session::State::Failed:
        facts.append({tr("Problem"), session->connectError().summary().toHtmlEscaped(), true});
        m_pane->showFacts(label, tr("Connection failed"), facts);
        return;
    case Session::State::Connected:
        break;
    default:
        m_pane->showFacts(label, tr("Connecting…"), facts);
        return;
    }
    if (const auto &me = session->identity()) {
        const QString who = me->name.isEmpty() || me->email.isEmpty()
                ? me->displayName()
                : tr("%1 (%2)").arg(me->name, me->email);
        facts.append({tr("Signed in as"), who.toHtmlEscaped()});
    }
    if (session->hasPermissions()) {
        const QList<ServicePermission> &permissions = session->permissions();
        const QString reach = ServicePermission::anyGrantsChanges(permissions)
                ? tr("can view and change things")
                : ServicePermission::noneGranted(permissions) ? tr("only what is shared with it")
                                                              : tr("can view, not change");
        facts.append({tr("Permissions"), reach + tr(" · details: View > Permissions (Ctrl+I)")});
    }
    QStringList loaded;
    for (int row = 0; row < m_model->rowCount(m_team); ++row) {
        const QModelIndex group = m_model->index(row, 0, m_team);
        if (ResourceTreeModel::loadState(group) != LoadState::Loaded)
            continue;
        int objects = 0; // not the rows that say the group is empty
        for (int child = 0; child < m_model->rowCount(group); ++child) {
            if (ResourceTreeModel::rowType(m_model->index(child, 0, group)) == RowType::Resource)
                ++objects;
        }
        loaded.append(tr("%1: %2").arg(group.data().toString()).arg(objects));
    }
    if (!loaded.isEmpty())
        facts.append({tr("Loaded"), loaded.join(u" · "_s).toHtmlEscaped()});
    if (session->lastAnswerAt().isValid())
        facts.append({tr("Last answer"), PropertyModel::displayTime(session->lastAnswerAt())});
    m_pane->showFacts(label, session->connectedAs(), facts);
}

} // namespace ems
