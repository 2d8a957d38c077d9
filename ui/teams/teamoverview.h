#pragma once

#include <QObject>
#include <QPersistentModelIndex>

namespace ems {

class PropertyPane;
class ResourceTreeModel;
class TeamList;

// The pane's page for a team row: its URL, who is signed in, what the key may do, what is
// loaded per section, when the team last answered; or why it failed. It follows the team
// while its row is current: connecting, permissions, its name, a section that loaded.
class TeamOverview : public QObject
{
    Q_OBJECT

public:
    TeamOverview(TeamList *teams, const ResourceTreeModel *model, PropertyPane *pane,
                 QObject *parent = nullptr);

    // The tree's current row; false when it is not a team row (nothing shown then).
    bool setCurrent(const QModelIndex &current);

private:
    void show();

    const ResourceTreeModel *m_model;
    PropertyPane *m_pane;
    QPersistentModelIndex m_team;
};

} // namespace ems
