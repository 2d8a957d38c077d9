#include "ui/permissions/permissionsopener.h"

#include "core/net/session.h"
#include "core/profiles/profilestore.h"
#include "core/tree/resourcetreemodel.h"
#include "ui/pane/propertypane.h"
#include "ui/permissions/permissionsdialog.h"
#include "ui/teams/teamlist.h"
#include "ui/tree/treepanel.h"

namespace ems {

PermissionsOpener::PermissionsOpener(TeamList *teams, const ResourceTreeModel *model,
                                     const TreePanel *panel, const PropertyPane *pane,
                                     const ProfileStore *profiles, QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_panel(panel)
    , m_pane(pane)
    , m_profiles(profiles)
    , m_window(window)
{
    connect(teams, &TeamList::teamChanged, this, &PermissionsOpener::followTeam);
    connect(teams, &TeamList::permissionsLoaded, this, [this](Session *session) {
        if (m_afterConnect.remove(session) && m_popupAllowed
            && m_profiles->showPermissionsAfterConnect()
            && m_model->session(m_panel->currentTeam()) == session)
            show(false);
    });
    connect(teams, &TeamList::teamRemoved, this, [this] {
        m_afterConnect.removeIf(
                [this](const Session *session) { return !m_model->teamIndex(session).isValid(); });
    });
    // Read just now, or refused: the verdicts know what happened.
    connect(pane, &PropertyPane::latestLoaded, this, &PermissionsOpener::followSelection);
    connect(pane, &PropertyPane::stateChanged, this, [this](PropertyPane::State state) {
        if (state == PropertyPane::State::Failed)
            followSelection();
    });
}

PermissionsDialog *PermissionsOpener::dialog()
{
    if (!m_dialog)
        m_dialog = new PermissionsDialog(m_window);
    return m_dialog;
}

bool PermissionsOpener::isOpen() const
{
    return m_dialog && m_dialog->isVisible();
}

void PermissionsOpener::show(bool objectTab)
{
    PermissionsDialog *permissions = dialog();
    const QModelIndex team = m_panel->currentTeam();
    permissions->showSession(m_model->session(team), m_model->teamLabel(team));
    showSelection();
    if (objectTab)
        permissions->showObjectTab();
    permissions->show();
    permissions->raise();
}

void PermissionsOpener::followSelection()
{
    if (isOpen())
        showSelection();
}

void PermissionsOpener::showSelection()
{
    using Read = PermissionGlossary::Read;
    const auto selected = m_model->resource(m_panel->currentSource());
    const auto &latest = m_pane->latest();
    if (latest && selected && latest->id == selected->id)
        m_dialog->showObject(latest, Read::Succeeded);
    else if (selected && m_pane->readRefused(selected->id))
        m_dialog->showObject(selected, Read::Refused);
    else
        m_dialog->showObject(selected);
}

void PermissionsOpener::followTeam(const Session *session)
{
    const QModelIndex current = m_panel->currentTeam();
    if (isOpen() && m_model->session(current) == session)
        m_dialog->showSession(session, m_model->teamLabel(current));
}

} // namespace ems
