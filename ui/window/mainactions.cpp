#include "ui/window/mainactions.h"

#include "core/net/session.h"
#include "core/tree/resourcetreemodel.h"
#include "ui/common/notificationbar.h"
#include "ui/edit/editactions.h"
#include "ui/log/logdock.h"
#include "ui/pane/propertypane.h"
#include "ui/permissions/permissionsopener.h"
#include "ui/teams/teamlist.h"
#include "ui/tree/treepanel.h"
#include "ui/window/theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace ems {

MainActions::MainActions(QMainWindow *window, const Parts &parts)
    : QObject(window)
    , m_window(window)
    , m_parts(parts)
{
    createMenus();
    // Only a change of the current row (its permissions arrived, a write ended) matters.
    connect(parts.model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (m_current.parent() == topLeft.parent() && m_current.row() >= topLeft.row()
                    && m_current.row() <= bottomRight.row())
                    updateRowActions();
            });
    updateRowActions();
}

QAction *MainActions::add(const QString &text, const QKeySequence &shortcut,
                          const std::function<void()> &run)
{
    auto *action = new QAction(text, m_window);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, run);
    m_window->addAction(action);
    return action;
}

void MainActions::createMenus()
{
    QMenuBar *menus = m_window->menuBar();
    TreePanel *panel = m_parts.panel;
    EditActions *edits = m_parts.edits;
    QMenu *file = menus->addMenu(tr("&File"));
    QAction *connectAction = add(tr("&Connect to a Team…"), QKeySequence::Open,
                                 [this] { Q_EMIT connectDialogRequested(); });
    file->addAction(connectAction);
    file->addAction(add(tr("&Disconnect Team"), {}, [this] {
        m_parts.teams->remove(m_parts.model->session(m_parts.panel->currentTeam()));
    }));
    file->addSeparator();
    QAction *quit = add(tr("&Quit"), QKeySequence::Quit, [this] { m_window->close(); });
    quit->setMenuRole(QAction::QuitRole);
    file->addAction(quit);

    QMenu *edit = menus->addMenu(tr("&Edit"));
    QAction *copyId = add(tr("Copy &ID"), QKeySequence(u"Ctrl+Shift+C"_s),
                          [panel] { panel->copyCurrentId(); });
    QAction *copyJson = add(tr("Copy as &JSON"), QKeySequence(u"Ctrl+Shift+J"_s),
                            [this] { this->copyJson(); });
    QAction *find = add(tr("&Find…"), QKeySequence::Find, [panel] { panel->focusFind(); });
    QAction *rename = m_rename
            = add(tr("Re&name"), QKeySequence(Qt::Key_F2), [this] { renameCurrent(); });
    // F2 renames in the tree; in the field list it edits the field.
    m_window->removeAction(rename);
    rename->setShortcutContext(Qt::WidgetShortcut);
    edit->addActions({edits->undo(), edits->redo()});
    edit->addSeparator();
    edit->addActions({rename, copyId, copyJson});
    edit->addSeparator();
    edit->addActions({edits->stage(), edits->applyPending(), edits->discardPending()});
    edit->addSeparator();
    edit->addAction(find);

    QMenu *view = menus->addMenu(tr("&View"));
    QAction *refresh = add(tr("&Refresh"), QKeySequence::Refresh, [this] { this->refresh(false); });
    refresh->setToolTip(tr("Reload the selected item and its content"));
    QAction *refreshTeam = add(tr("Refresh &Team"), QKeySequence(u"Shift+F5"_s),
                               [this] { this->refresh(true); });
    QAction *searchAll = add(tr("&Search the Whole Team"), QKeySequence(u"Ctrl+Shift+F"_s),
                             [panel] { panel->searchWholeTeam(); });
    view->addActions({refresh, refreshTeam});
    view->addSeparator();
    view->addAction(searchAll);
    view->addSeparator();
    QAction *log = m_parts.log->toggleViewAction();
    log->setText(tr("&Network Log"));
    log->setShortcut(QKeySequence(u"Ctrl+L"_s));
    view->addAction(log);
    QAction *requests = add(tr("Show Re&quests for This Item"), QKeySequence(u"Ctrl+Shift+L"_s),
                            [this] { showRequestsForCurrent(); });
    view->addAction(requests);
    view->addSeparator();
    PermissionsOpener *opener = m_parts.permissions;
    QAction *permissions = add(tr("&Permissions of This Key…"), QKeySequence(u"Ctrl+I"_s),
                               [opener] { opener->show(false); });
    view->addAction(permissions);
    QAction *whatCanI = add(tr("&What Can I Do Here?"), QKeySequence(u"Ctrl+Shift+I"_s),
                            [opener] { opener->show(true); });
    view->addAction(whatCanI);
    panel->setSearchAction(searchAll);
    const std::tuple<QAction *, QStyle::StandardPixmap, QString> gap{nullptr, {}, {}};
    QToolBar *bar
            = createToolBar({{connectAction, QStyle::SP_DialogOpenButton, tr("Connect")},
                             {refresh, QStyle::SP_BrowserReload, tr("Refresh")},
                             gap,
                             {edits->stage(), QStyle::SP_FileDialogDetailedView, tr("Stage Edits")},
                             {edits->applyPending(), QStyle::SP_DialogApplyButton, tr("Apply")},
                             gap,
                             {log, QStyle::SP_FileDialogContentsView, tr("Network Log")},
                             {permissions, QStyle::SP_MessageBoxInformation, tr("Permissions")}});
    view->addSeparator();
    view->addAction(bar->toggleViewAction());
    QMenu *theme = view->addMenu(tr("T&heme"));
    auto *themes = new QActionGroup(theme);
    for (const auto kind : {Theme::Kind::System, Theme::Kind::Light, Theme::Kind::Dark}) {
        QAction *choice = theme->addAction(Theme::name(kind), this, [kind] { Theme::apply(kind); });
        choice->setCheckable(true);
        choice->setChecked(kind == Theme::saved());
        themes->addAction(choice);
    }
    QMenu *recent = view->addMenu(tr("Recent N&otifications"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        const QStringList texts = m_parts.notice->recentTexts();
        for (int i = 0; i < texts.size(); ++i) {
            QString text = m_window->fontMetrics().elidedText(texts[i], Qt::ElideRight, 480);
            text.replace(u'&', u"&&"_s); // not a mnemonic
            recent->addAction(text, this, [this, i] { m_parts.notice->showRecent(i); });
        }
        if (texts.isEmpty())
            recent->addAction(tr("None yet"))->setEnabled(false);
    });

    QMenu *help = menus->addMenu(tr("&Help"));
    QAction *about = add(tr("&About EMS Explorer"), {}, [this] { showAbout(); });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // The tree's context menu: the row's own actions, then what explains it.
    m_retry = new QAction(tr("Re&try"), this);
    connect(m_retry, &QAction::triggered, this,
            [this] { m_parts.model->retry(m_parts.panel->currentSource()); });
    const auto separator = [this] {
        auto *line = new QAction(this);
        line->setSeparator(true);
        return line;
    };
    panel->treeView()->addActions({m_retry, rename, refresh, copyId, copyJson, separator(),
                                   whatCanI, separator(), requests, searchAll});
}

QToolBar *MainActions::createToolBar(
        const QList<std::tuple<QAction *, QStyle::StandardPixmap, QString>> &actions)
{
    QToolBar *bar = m_window->addToolBar(tr("Toolbar"));
    bar->setObjectName(u"toolbar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->toggleViewAction()->setText(tr("Tool&bar"));
    // The button for what does not fit has no name of its own.
    if (auto *more = bar->findChild<QWidget *>(u"qt_toolbar_ext_button"_s))
        more->setAccessibleName(tr("More toolbar actions"));
    for (const auto &[action, pixmap, text] : actions) {
        if (!action) {
            bar->addSeparator();
            continue;
        }
        action->setIcon(m_window->style()->standardIcon(pixmap));
        action->setIconText(text);
        bar->addAction(action);
    }
    return bar;
}

void MainActions::setCurrent(const QModelIndex &current)
{
    m_current = current;
    updateRowActions();
}

void MainActions::updateRowActions()
{
    const QString refusal = m_parts.panel->renameRefusal();
    m_rename->setEnabled(refusal.isEmpty());
    m_rename->setToolTip(refusal.isEmpty() ? tr("Rename the selected object (F2)") : refusal);
    const auto type = ResourceTreeModel::rowType(m_current);
    m_retry->setVisible(m_current.isValid() && type == RowType::Error);
}

void MainActions::refresh(bool wholeTeam)
{
    if (wholeTeam)
        m_parts.model->refreshAll(m_parts.panel->currentTeam());
    else
        m_parts.model->refresh(m_parts.panel->currentSource());
    m_parts.pane->reload();
}

void MainActions::copyJson()
{
    if (!m_parts.pane->latest()) {
        m_window->statusBar()->showMessage(tr("Nothing to copy: select an object and wait for "
                                              "its latest state."),
                                           5000);
        return;
    }
    QApplication::clipboard()->setText(QString::fromUtf8(
            QJsonDocument(m_parts.pane->latest()->raw).toJson(QJsonDocument::Indented)));
    m_window->statusBar()->showMessage(tr("Copied the object as JSON."), 3000);
}

void MainActions::renameCurrent()
{
    if (!m_parts.panel->editCurrentName())
        m_window->statusBar()->showMessage(m_parts.panel->renameRefusal(), 8000);
}

void MainActions::showRequestsForCurrent()
{
    const QModelIndex index = m_parts.panel->currentSource();
    const auto type = ResourceTreeModel::rowType(index);
    if (type == RowType::Error) {
        showRequest(index.data(ResourceTreeModel::RequestIdRole).toULongLong());
        return;
    }
    m_parts.log->show();
    m_parts.log->raise();
    const QString id = index.data(ResourceTreeModel::IdRole).toString();
    m_parts.log->showRequestsFor(id, index.data().toString());
}

void MainActions::showRequest(quint64 requestId)
{
    m_parts.log->show();
    m_parts.log->raise();
    if (!m_parts.log->selectRequest(requestId))
        m_window->statusBar()->showMessage(tr("That request is no longer in the log."), 5000);
}

void MainActions::showAbout()
{
    QMessageBox::about(
            m_window, tr("About EMS Explorer"),
            tr("<h3>EMS Explorer %1</h3>"
               "<p>A desktop browser for Celonis EMS teams.</p>"
               "<p>Built with Qt %2, running on Qt %3.</p>"
               "<p>EMS Explorer is free software under the MIT license. It uses:</p>"
               "<ul><li>Qt (Core, Network, Widgets, Svg): LGPL 3</li>"
               "<li>QtKeychain: BSD 3-Clause</li>"
               "<li>cpp-httplib (the sandbox): MIT</li>"
               "<li>OpenSSL: Apache 2.0</li></ul>"
               "<p>Celonis and EMS are trademarks of Celonis SE; EMS Explorer is not made "
               "by Celonis.</p>")
                    .arg(QApplication::applicationVersion(), QString::fromLatin1(QT_VERSION_STR),
                         QString::fromLatin1(qVersion())));
}

} // namespace ems
