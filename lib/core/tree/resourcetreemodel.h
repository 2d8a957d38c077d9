#pragma once

#include "core/tree/editoverlay.h"
#include "core/tree/treenode.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <functional>

namespace ems {

class EditManager;
struct Edit;
class ResourceService;
class TreeLoader;
struct TreeTeam;
class Session;

// The teams as a lazy tree: team > Studio (spaces > packages > folders > assets),
// Data Integration (pools > data models), Process Analytics (workspaces > analyses).
// A node's children are requested on fetchMore(); while they load the node shows a
// "Loading…" row, a failure shows an error row that retry() reloads. A refresh merges the
// answer by id, so what was expanded and selected stays where it still exists.
class ResourceTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        NodeTypeRole, // RowType, as int
        KindRole, // Resource::Kind
        AssetTypeRole,
        IconNameRole, // a name under :/icons, for the view to map to an icon
        LoadStateRole, // LoadState, as int
        RequestIdRole, // error rows: the failed request
        EditStateRole, // EditState
        ReadOnlyRole, // objects whose name this key may not change (or no API changes)
    };
    // Where an edit of a row stands; the row shows the user's value while it is not None.
    using EditState = EditOverlay::State;
    // The roles read back as their types, for views (also through proxies).
    static RowType rowType(const QModelIndex &index)
    {
        return RowType(index.data(NodeTypeRole).toInt());
    }
    static LoadState loadState(const QModelIndex &index)
    {
        return LoadState(index.data(LoadStateRole).toInt());
    }

    explicit ResourceTreeModel(QObject *parent = nullptr);
    ~ResourceTreeModel() override;

    // Adds a team at the end; the model does not own the session.
    QModelIndex addTeam(Session *session, const QString &label);
    void setTeamLabel(const QModelIndex &team, const QString &label);
    // Removes a team and everything loaded for it; the session is the caller's again.
    void removeTeam(const QModelIndex &team);
    QString teamLabel(const QModelIndex &index) const;
    Session *session(const QModelIndex &index) const;
    ResourceService *service(const QModelIndex &index) const;
    QModelIndex teamIndex(const QModelIndex &index) const;
    // The resource a row stands for (family, kind, id, name, parent id), for fetching it.
    std::optional<Resource> resource(const QModelIndex &index) const;
    QModelIndex indexForId(const QModelIndex &team, const QString &id) const;
    QModelIndex teamIndex(const Session *session) const;
    // What the user saw of a row (name and change timestamp), for a conflict-checked write.
    std::optional<Resource> seenResource(const QModelIndex &index) const;
    // Shows each edit's state on its row (the user's name while writing or staged, the
    // failure in the tooltip) and the server's answer once it comes; a rename in the tree
    // (setData) starts an edit there.
    void showEdits(EditManager *edits);

    void refresh(const QModelIndex &index); // reloads the children of a loaded row
    void refreshAll(const QModelIndex &team); // every loaded row of the team
    void retry(const QModelIndex &errorRow); // reloads the parent of an error row
    void updateResource(const QModelIndex &index, const Resource &resource);

    // Calls back once the row's children are loaded (true) or could not be (false): at once
    // for a loaded row, else after the fetch it starts or joins. See TreeNavigator.
    void ensureLoaded(const QModelIndex &index, std::function<void(bool loaded)> callback);
    // Cancels every fetch running at or below the row.
    void cancelLoads(const QModelIndex &index);
    QModelIndex groupIndex(const QModelIndex &team, Resource::Family family) const;

    qsizetype loadedCount() const { return m_loadedCount; }
    qsizetype countMatches(const QString &text) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // A rename: starts it as an edit of the EditManager (showEdits), which shows it on the
    // row; true when an edit was started.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    TreeNode *node(const QModelIndex &index) const;
    QModelIndex indexOf(const TreeNode *node, int column = 0) const;
    TreeTeam *teamOf(const TreeNode *node) const;
    void insertChildren(TreeNode *parent, std::vector<std::unique_ptr<TreeNode>> nodes);
    void removeChildren(TreeNode *parent, int first, int last);
    void forgetSubtree(TreeNode *node);
    EditOverlay overlayOf(const TreeNode *n) const;
    void editChanged(const Edit &edit);
    void setOverlay(const Session *session, const QString &id, const EditOverlay &overlay);
    void applyServerState(const Session *session, const Resource &resource);

    TreeNode m_root;
    std::vector<std::unique_ptr<TreeTeam>> m_teams;
    qsizetype m_loadedCount = 0;
    QPointer<EditManager> m_edits;
    TreeLoader *m_loader;
};

} // namespace ems
