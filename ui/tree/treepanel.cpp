#include "ui/tree/treepanel.h"

#include "core/tree/resourcefiltermodel.h"
#include "core/tree/resourcelabels.h"
#include "core/tree/resourcetreemodel.h"
#include "core/tree/treenavigator.h"
#include "ui/tree/editdelegate.h"
#include "ui/tree/emptystate.h"
#include "ui/tree/treedecorationproxy.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ems {

namespace {
const QRegularExpression uuidPattern(
        u"^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$"_s);
} // namespace

TreePanel::TreePanel(ResourceTreeModel *model, const QList<QWidget *> &bars, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_navigator(new TreeNavigator(model, this))
    , m_filter(new ResourceFilterModel(model, this))
    , m_decoration(new TreeDecorationProxy(this))
    , m_find(new QLineEdit(this))
    , m_searchAll(new QToolButton(this))
    , m_tree(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_noMatch(new EmptyState(m_tree))
    , m_loadAllProgress(new QProgressBar(this))
    , m_cancelLoadAll(new QToolButton(this))
{
    m_decoration->setSourceModel(m_filter);

    m_find->setPlaceholderText(tr("Filter loaded items by name, or paste an ID"));
    m_find->setClearButtonEnabled(true);
    m_find->setAccessibleName(tr("Find"));
    m_find->setAccessibleDescription(tr("Filters the loaded items by name as you type. An ID "
                                        "jumps to that object."));
    connect(m_find, &QLineEdit::textChanged, this, &TreePanel::findTextChanged);
    // Esc clears the filter; on an empty field it goes back to the tree.
    new QShortcut(
            Qt::Key_Escape, m_find, this,
            [this] {
                if (m_find->text().isEmpty())
                    m_tree->setFocus(Qt::ShortcutFocusReason);
                else
                    m_find->clear();
            },
            Qt::WidgetShortcut);

    m_tree->setModel(m_decoration);
    m_tree->setAccessibleName(tr("Team resources"));
    m_tree->setAccessibleDescription(tr("Teams, spaces, packages and their content, data pools "
                                        "and workspaces. Expanding an item loads its content."));
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_tree->setItemDelegate(
            new EditDelegate([](const QModelIndex &) { return u"name"_s; }, {}, m_tree));
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ResourceTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ResourceTreeModel::TypeColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TreePanel::currentChanged);
    connect(m_tree, &QTreeView::activated, this, &TreePanel::activated);
    // Shift+F10 opens the context menu, as the Menu key does.
    new QShortcut(
            QKeySequence(u"Shift+F10"_s), m_tree, this,
            [this] {
                const QRect row = m_tree->visualRect(m_tree->currentIndex());
                const QPoint at = row.isValid() ? row.center() : QPoint();
                QContextMenuEvent event(QContextMenuEvent::Keyboard, at,
                                        m_tree->viewport()->mapToGlobal(at));
                QCoreApplication::sendEvent(m_tree, &event);
            },
            Qt::WidgetShortcut);

    m_noMatch->setAccessibleName(tr("No match"));
    connect(m_noMatch, &QLabel::linkActivated, this, &TreePanel::searchWholeTeam);
    m_summary->setTextFormat(Qt::PlainText); // what was typed, names found
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setAccessibleName(tr("Find summary"));
    m_loadAllProgress->setAccessibleName(tr("Loading the whole team"));
    m_loadAllProgress->setMaximumHeight(m_summary->sizeHint().height());
    m_loadAllProgress->hide();
    m_cancelLoadAll->setText(tr("Cancel"));
    m_cancelLoadAll->setAccessibleName(tr("Cancel loading the whole team"));
    m_cancelLoadAll->hide();
    connect(m_cancelLoadAll, &QToolButton::clicked, m_navigator, &TreeNavigator::cancelLoadAll);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_searchAll);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_loadAllProgress);
    summaryRow->addWidget(m_cancelLoadAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addLayout(findRow);
    for (QWidget *bar : bars)
        layout->addWidget(bar);
    layout->addWidget(m_tree, 1);
    layout->addLayout(summaryRow);

    connect(m_navigator, &TreeNavigator::revealed, this, &TreePanel::revealed);
    connect(m_navigator, &TreeNavigator::revealFailed, this, [this](const QString &message) {
        m_revealMessage = message;
        updateSummary();
        Q_EMIT statusMessage(message, 10000);
    });
    connect(m_navigator, &TreeNavigator::loadAllProgress, this, [this](int done, int total) {
        m_loadAllProgress->setRange(0, total);
        m_loadAllProgress->setValue(done);
        m_loadAllProgress->setFormat(tr("%1 of %2").arg(done).arg(total));
    });
    connect(m_navigator, &TreeNavigator::loadAllFinished, this, &TreePanel::loadAllFinished);
    // Counting matches walks the loaded rows: once after a burst of loads, not per load.
    auto *summaryTimer = new QTimer(this);
    summaryTimer->setSingleShot(true);
    summaryTimer->setInterval(100);
    connect(summaryTimer, &QTimer::timeout, this, [this] {
        m_filter->recount();
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, summaryTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsRemoved, summaryTimer, qOverload<>(&QTimer::start));
    updateSummary();
}

QString TreePanel::summaryText() const
{
    return m_summary->text();
}

QModelIndex TreePanel::toView(const QModelIndex &sourceIndex) const
{
    return m_decoration->mapFromSource(m_filter->mapFromSource(sourceIndex));
}

QModelIndex TreePanel::toSource(const QModelIndex &viewIndex) const
{
    return m_filter->mapToSource(m_decoration->mapToSource(viewIndex));
}

QModelIndex TreePanel::currentSource() const
{
    return toSource(m_tree->currentIndex());
}

QModelIndex TreePanel::currentTeam() const
{
    const QModelIndex team = m_model->teamIndex(currentSource());
    return team.isValid() ? team : m_model->index(0, 0);
}

void TreePanel::setCurrentSource(const QModelIndex &source)
{
    m_tree->setCurrentIndex(toView(source));
}

void TreePanel::showTeam(const QModelIndex &team)
{
    // The top level of the team paints after one round trip.
    const QModelIndex viewTeam = toView(team);
    m_tree->expand(viewTeam);
    for (int row = 0; row < m_decoration->rowCount(viewTeam); ++row)
        m_tree->expand(m_decoration->index(row, 0, viewTeam));
    if (!m_tree->currentIndex().isValid())
        m_tree->setCurrentIndex(viewTeam);
}

void TreePanel::focusFind()
{
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void TreePanel::setSearchAction(QAction *searchWholeTeam)
{
    m_searchAll->setDefaultAction(searchWholeTeam);
    m_searchAll->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_searchAll->setText(tr("Search whole team"));
    m_searchAll->setToolTip(tr("Load everything not loaded yet, then filter (Ctrl+Shift+F)"));
    m_searchAll->setAccessibleName(tr("Search the whole team"));
}

void TreePanel::findTextChanged(const QString &text)
{
    m_revealMessage.clear();
    if (uuidPattern.match(text).hasMatch()) {
        m_filter->setText({});
        m_summary->setText(tr("Looking up %1…").arg(text.trimmed()));
        m_navigator->reveal(currentTeam(), text.trimmed());
        return;
    }
    m_filter->setText(text);
    if (!m_filter->text().isEmpty())
        m_tree->expandAll();
    updateSummary();
}

void TreePanel::reveal(const QString &id)
{
    m_navigator->reveal(currentTeam(), id);
}

void TreePanel::revealed(const QModelIndex &sourceIndex)
{
    QModelIndex viewIndex = toView(sourceIndex);
    if (!viewIndex.isValid() && !m_filter->text().isEmpty()) {
        m_find->clear(); // the filter hides it
        viewIndex = toView(sourceIndex);
    }
    m_tree->scrollTo(viewIndex);
    m_tree->setCurrentIndex(viewIndex);
    m_revealMessage.clear();
    updateSummary();
}

void TreePanel::activated(const QModelIndex &viewIndex)
{
    const QModelIndex source = toSource(viewIndex);
    const auto type = ResourceTreeModel::rowType(source);
    if (type == RowType::Error) {
        m_model->retry(source);
        return;
    }
    m_tree->setExpanded(viewIndex, !m_tree->isExpanded(viewIndex));
}

void TreePanel::searchWholeTeam()
{
    if (m_navigator->isLoadingAll() || !currentTeam().isValid())
        return;
    m_searchAll->setEnabled(false);
    m_loadAllProgress->setRange(0, 0);
    m_loadAllProgress->show();
    m_cancelLoadAll->show();
    m_navigator->loadAll(currentTeam());
}

void TreePanel::loadAllFinished(bool cancelled)
{
    m_loadAllProgress->hide();
    m_cancelLoadAll->hide();
    m_searchAll->setEnabled(true);
    Q_EMIT statusMessage(
            cancelled ? tr("Stopped loading the team.") : tr("The whole team is loaded."), 5000);
    m_filter->recount();
    if (!m_filter->text().isEmpty())
        m_tree->expandAll();
    updateSummary();
}

bool TreePanel::canEditCurrentName() const
{
    const QModelIndex view = m_tree->currentIndex().siblingAtColumn(ResourceTreeModel::NameColumn);
    return m_decoration->flags(view) & Qt::ItemIsEditable;
}

QString TreePanel::renameRefusal() const
{
    if (canEditCurrentName())
        return {};
    const auto resource = m_model->resource(currentSource());
    if (!resource)
        return tr("Select an object to rename it.");
    const QString reason = ResourceLabels::readOnlyReason(*resource);
    return reason.isEmpty() ? tr("Its last change is being written; wait for the answer.") : reason;
}

void TreePanel::copyCurrentId()
{
    const QString id = currentSource().data(ResourceTreeModel::IdRole).toString();
    if (id.isEmpty())
        return;
    QApplication::clipboard()->setText(id);
    Q_EMIT statusMessage(tr("Copied the ID %1.").arg(id), 3000);
}

bool TreePanel::editCurrentName()
{
    if (!canEditCurrentName())
        return false;
    m_tree->setFocus();
    m_tree->edit(m_tree->currentIndex().siblingAtColumn(ResourceTreeModel::NameColumn));
    return true;
}

void TreePanel::updateSummary()
{
    m_summary->setText(m_revealMessage.isEmpty() ? m_filter->summary() : m_revealMessage);
    const QString text = m_filter->text();
    m_noMatch->say(text.isEmpty() || m_filter->matchCount() > 0
                           ? QString()
                           : tr("Nothing loaded matches “%1”.<br><a href=\"search\">Search the "
                                "whole team</a> (Ctrl+Shift+F)")
                                     .arg(text.toHtmlEscaped()));
}

} // namespace ems
