#pragma once

#include "core/api/resource.h"

#include <QObject>
#include <QPersistentModelIndex>

namespace ems {

class ResourceTreeModel;

// Reaches rows that are not loaded yet: an object by id (looked up through the API, then
// the rows on its way loaded), a path of names, or every row of a team. Built on the
// model's public interface: each level loads through ResourceTreeModel::ensureLoaded().
class TreeNavigator : public QObject
{
    Q_OBJECT

public:
    explicit TreeNavigator(ResourceTreeModel *model, QObject *parent = nullptr);
    ResourceTreeModel *model() const { return m_model; }

    // Shows an object by id: from the loaded rows, or looked up through the API and its
    // path loaded. Ends with revealed() or revealFailed().
    void reveal(const QModelIndex &team, const QString &id);
    // Walks a path of names from the team row ("Studio/Procurement/Procurement App").
    void revealPath(const QModelIndex &team, const QStringList &names);

    // Loads every row of the team that is not loaded yet, then reports loadAllFinished().
    void loadAll(const QModelIndex &team);
    void cancelLoadAll();
    bool isLoadingAll() const { return m_loadAll.active; }

Q_SIGNALS:
    void revealed(const QModelIndex &index);
    void revealFailed(const QString &message);
    void loadAllProgress(int done, int total);
    void loadAllFinished(bool cancelled);

private:
    using Steps = QList<std::pair<Resource::Family, QString>>;

    void revealLoaded(const QPersistentModelIndex &team, const QString &id,
                      const QString &notFound);
    // Each step: the group of that family, then (when given) the container with that id.
    void revealThrough(const QPersistentModelIndex &team, const Steps &steps, const QString &id);
    void revealDataModel(const QPersistentModelIndex &team, const QString &id);
    void revealInPools(const QPersistentModelIndex &team, const QString &id);
    static QString notFoundText(const QString &id);
    // Finds names[i], names[i + 1], ... below at, loading each level on the way.
    void revealPathFrom(const QPersistentModelIndex &at, const QStringList &names, int i);
    void loadAllBelow(const QModelIndex &index);
    void loadAllDone(bool cancelled);

    ResourceTreeModel *m_model;
    struct
    {
        bool active = false;
        int generation = 0;
        int done = 0;
        int total = 0;
        QPersistentModelIndex team;
    } m_loadAll;
};

} // namespace ems
