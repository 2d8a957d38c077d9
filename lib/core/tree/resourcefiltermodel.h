#pragma once

#include <QSortFilterProxyModel>

namespace ems {

class ResourceTreeModel;

// Filters the loaded rows of the resource tree by name, keeping the ancestors of matches,
// and counts what it searched ("12 matches in 3,400 loaded items").
class ResourceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ResourceFilterModel(ResourceTreeModel *source, QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    qsizetype matchCount() const { return m_matches; }
    QString summary() const;
    void recount(); // after rows were loaded
    // No loading while a filter is active: expanding matches must not fetch the team.
    bool canFetchMore(const QModelIndex &parent) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ResourceTreeModel *m_source;
    QString m_text;
    qsizetype m_matches = 0;
};

} // namespace ems
