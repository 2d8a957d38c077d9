#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QToolButton;
class QTreeView;

namespace ems {

class EmptyState;
class ResourceFilterModel;
class ResourceTreeModel;
class TreeDecorationProxy;
class TreeNavigator;

// The left side of the window: the find field (a name filters the loaded rows, an ID jumps
// to that object), the notification bar, the tree of teams, and a summary line that shows
// what the filter matched and how far the whole-team search has come.
class TreePanel : public QWidget
{
    Q_OBJECT

public:
    // The bars (notifications, staging) sit between the find field and the tree.
    TreePanel(ResourceTreeModel *model, const QList<QWidget *> &bars, QWidget *parent = nullptr);

    QTreeView *treeView() const { return m_tree; }
    QLineEdit *findField() const { return m_find; }
    TreeNavigator *navigator() const { return m_navigator; }
    QString summaryText() const;

    // The current row in the tree model, and its team (else the first team).
    QModelIndex currentSource() const;
    QModelIndex currentTeam() const;
    void setCurrentSource(const QModelIndex &source);
    // Selects the object with that id in the current team, loading the way to it.
    void reveal(const QString &id);
    // A new team: its groups open, and it is current when nothing else is.
    void showTeam(const QModelIndex &team);
    void focusFind();
    void setSearchAction(QAction *searchWholeTeam);
    // Loads every row of the current team, then filters them.
    void searchWholeTeam();
    bool canEditCurrentName() const;
    // Why the current row cannot be renamed; empty when it can.
    QString renameRefusal() const;
    void copyCurrentId();
    // Opens the editor on the current row's name; false when the row may not be renamed.
    bool editCurrentName();

Q_SIGNALS:
    void currentChanged();
    void statusMessage(const QString &text, int timeoutMs);

private:
    void findTextChanged(const QString &text);
    void activated(const QModelIndex &viewIndex);
    void revealed(const QModelIndex &sourceIndex);
    void loadAllFinished(bool cancelled);
    void updateSummary();
    QModelIndex toView(const QModelIndex &sourceIndex) const;
    QModelIndex toSource(const QModelIndex &viewIndex) const;

    ResourceTreeModel *m_model;
    TreeNavigator *m_navigator;
    ResourceFilterModel *m_filter;
    TreeDecorationProxy *m_decoration;
    QLineEdit *m_find;
    QToolButton *m_searchAll;
    QTreeView *m_tree;
    QLabel *m_summary;
    EmptyState *m_noMatch;
    QProgressBar *m_loadAllProgress;
    QToolButton *m_cancelLoadAll;
    QString m_revealMessage;
};

} // namespace ems
