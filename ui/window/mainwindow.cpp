#include "ui/window/mainwindow.h"

#include "core/edit/editmanager.h"
#include "core/net/session.h"
#include "core/profiles/credentialstore.h"
#include "core/profiles/profilestore.h"
#include "core/tree/resourcetreemodel.h"
#include "ui/common/notificationbar.h"
#include "ui/connect/connectdialog.h"
#include "ui/connect/profileconnector.h"
#include "ui/edit/editactions.h"
#include "ui/edit/editfeedback.h"
#include "ui/log/logdock.h"
#include "ui/pane/propertypane.h"
#include "ui/permissions/permissionsopener.h"
#include "ui/teams/teamlist.h"
#include "ui/teams/teamnotices.h"
#include "ui/teams/teamoverview.h"
#include "ui/tree/treedecorationproxy.h"
#include "ui/window/mainactions.h"
#include "ui/window/screenshotter.h"
#include "ui/window/statusline.h"
#include "ui/window/theme.h"

#include <QCloseEvent>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace ems {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new ResourceTreeModel(this))
    , m_splitter(new QSplitter(this))
    , m_pane(new PropertyPane(this))
    , m_edits(new EditManager(this))
    , m_profiles(new ProfileStore)
    , m_credentials(new CredentialStore(nullptr, this))
    , m_connector(new ProfileConnector(m_profiles, m_credentials, this))
    , m_undo(new QUndoStack(this))
    , m_notice(new NotificationBar(this))
    , m_stagingBar(new NotificationBar(this))
    , m_log(new LogDock(this))
    , m_status(new StatusLine(statusBar()))
    , m_teams(new TeamList(m_model, m_edits, this))
    , m_overview(new TeamOverview(m_teams, m_model, m_pane, this))
{
    if (Theme::saved() != Theme::Kind::System)
        Theme::apply(Theme::saved());
    setWindowTitle(tr("EMS Explorer"));
    setWindowIcon(TreeDecorationProxy::icon(u"ems-explorer"_s));
    m_panel = new TreePanel(m_model, {m_notice, m_stagingBar}, m_splitter);
    m_permissions = new PermissionsOpener(m_teams, m_model, m_panel, m_pane, m_profiles, this);
    connect(m_panel, &TreePanel::currentChanged, this, &MainWindow::currentChanged);
    connect(m_panel, &TreePanel::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_connector, &ProfileConnector::message, statusBar(), &QStatusBar::showMessage);
    connect(m_connector, &ProfileConnector::sessionOpened, this, &MainWindow::addProfileTeam);
    m_splitter->addWidget(m_panel);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    // The teams: each in the tree, the status bar, the log and the bar above the tree.
    connect(m_teams, &TeamList::teamAdded, this, [this](Session *session, const QString &label) {
        if (m_screenshotter)
            m_screenshotter->watch(session);
        m_panel->showTeam(m_model->teamIndex(session));
        m_editActions->restorePending(session, label);
        updateStatus();
    });
    connect(m_teams, &TeamList::teamRemoved, this, &MainWindow::currentChanged);
    connect(m_teams, &TeamList::teamChanged, this, &MainWindow::updateStatus);
    connect(m_teams, &TeamList::trafficChanged, this, &MainWindow::updateStatus);
    connect(m_teams, &TeamList::requestLogged, m_log, &LogDock::append);
    auto *notices = new TeamNotices(m_teams, m_model, m_notice, this);
    connect(notices, &TeamNotices::teamSelected, m_panel, &TreePanel::setCurrentSource);
    connect(notices, &TeamNotices::permissionsRequested, m_permissions,
            [this] { m_permissions->show(false); });
    connect(notices, &TeamNotices::editConnectionRequested, this,
            [this](const QString &profile) { openConnectDialog()->selectProfile(profile); });

    // The pane reads the latest state and edits in place; the tree renames through the
    // model, which hands the edit to the EditManager itself.
    connect(m_pane, &PropertyPane::latestLoaded, m_model, [this](const Resource &latest) {
        m_model->updateResource(m_panel->currentSource(), latest);
    });
    connect(m_pane, &PropertyPane::editRequested, m_edits,
            [this](const Resource &original, const QJsonObject &changes) {
                if (Session *session = m_model->session(m_panel->currentSource()))
                    m_edits->submit(session, original, changes);
            });
    connect(m_pane, &PropertyPane::revealRequested, m_panel, &TreePanel::reveal);
    m_model->showEdits(m_edits);
    new EditFeedback(m_edits, m_undo, m_pane, m_notice, statusBar(), this);
    m_editActions = new EditActions(m_edits, m_undo, m_notice, m_stagingBar, statusBar(), this);
    connect(m_edits, &EditManager::pendingChanged, m_status, &StatusLine::setPendingCount);
    addDockWidget(Qt::BottomDockWidgetArea, m_log);
    m_log->hide(); // until the user opens it; restoreState() below brings back their choice
    m_actions = new MainActions(
            this,
            {m_model, m_teams, m_panel, m_pane, m_log, m_editActions, m_notice, m_permissions});
    connect(m_actions, &MainActions::connectDialogRequested, this, &MainWindow::openConnectDialog);
    connect(m_notice, &NotificationBar::requestActivated, m_actions, &MainActions::showRequest);
    m_pane->showSummary(tr("No team connected"),
                        tr("Start EMS Explorer with --demo to try the built-in sandbox team, or "
                           "set CELONIS_URL and CELONIS_API_TOKEN (as for PyCelonis) and start "
                           "it again."));
    updateStatus();

    QSettings settings;
    resize(1180, 720);
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    if (!m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray()))
        m_splitter->setSizes({560, 620});
}

MainWindow::~MainWindow()
{
    // Children go in creation order; the undo stack's clear() must not reach the edits.
    m_undo->disconnect();
    // The model holds pointers to the sessions: it goes first, and what it cancels on its
    // way out finishes in sessions that no longer report. Nothing that follows the tree
    // may see it half gone.
    m_teams->silence();
    delete m_actions;
    delete m_overview;
    delete m_permissions;
    disconnect(m_panel, nullptr, this, nullptr);
    delete m_panel;
    delete m_model;
    delete m_teams; // and with it the sessions
    delete m_profiles;
}

void MainWindow::addTeam(Session *session, const QString &label)
{
    m_teams->add(session, label);
}

void MainWindow::currentChanged()
{
    const QModelIndex index = m_panel->currentSource();
    m_actions->setCurrent(index);
    updateStatus();
    if (m_overview->setCurrent(index))
        return; // a team row: its overview
    const auto type = ResourceTreeModel::rowType(index);
    if (!index.isValid()) {
        m_pane->showSummary(tr("Nothing selected"),
                            tr("Select an item in the tree to see its latest state."));
    } else if (auto resource = m_model->resource(index)) {
        QList<std::pair<QString, QString>> ancestors;
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent()) {
            const QString name
                    = up.parent().isValid() ? up.data().toString() : m_model->teamLabel(up);
            ancestors.prepend({name, up.data(ResourceTreeModel::IdRole).toString()});
        }
        m_pane->setLocation(ancestors);
        m_pane->showResource(m_model->service(index), *resource);
        m_permissions->followSelection();
    } else if (type == RowType::Empty) {
        m_pane->showSummary(index.data().toString(),
                            tr("Refresh (F5) looks again, for example after someone added "
                               "something or shared it with you."));
    } else if (type == RowType::Error) {
        // The row's tooltip: what failed, and that Enter retries.
        m_pane->showSummary(tr("Could not load"),
                            tr("%1\nCtrl+Shift+L shows the failed request in the network log.")
                                    .arg(index.data(Qt::ToolTipRole).toString()),
                            true);
    } else {
        m_pane->showSummary(index.data().toString(),
                            tr("%n item(s) loaded.", nullptr, m_model->rowCount(index)));
    }
}

void MainWindow::updateStatus()
{
    const QModelIndex team = m_panel->currentTeam();
    const QString label = m_model->teamLabel(team);
    m_status->showTeam(m_model->session(team), label, m_teams->requestsInFlight());
    setWindowTitle(label.isEmpty() ? tr("EMS Explorer") : tr("%1 – EMS Explorer").arg(label));
}

QString MainWindow::summaryText() const
{
    return m_panel->summaryText();
}

void MainWindow::connectProfile(const Profile &profile, const QString &key)
{
    addProfileTeam(m_connector->open(profile, key), profile.name);
}

void MainWindow::connectProfileWithStoredKey(const Profile &profile)
{
    m_connector->openWithStoredKey(profile);
}

void MainWindow::addProfileTeam(Session *session, const QString &name)
{
    if (session->settings().loadPermissions)
        m_permissions->showAfterConnect(session);
    addTeam(session, name);
    m_panel->setCurrentSource(m_model->teamIndex(session));
}

ConnectDialog *MainWindow::openConnectDialog()
{
    auto *dialog = new ConnectDialog(m_profiles, m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectDialog::connectRequested, this, &MainWindow::connectProfile);
    dialog->open();
    return dialog;
}

void MainWindow::setPermissionsPopupAllowed(bool allowed)
{
    m_permissions->setPopupAllowed(allowed);
}

PermissionsDialog *MainWindow::permissionsDialog()
{
    return m_permissions->dialog();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    event->accept();
}

void MainWindow::takeScreenshotWhenReady(const QString &file, const QString &selectPath,
                                         bool teamExpected)
{
    m_screenshotter = new Screenshotter(this, m_panel->navigator(), m_pane, file, selectPath);
    connect(m_screenshotter, &Screenshotter::taken, this, &MainWindow::screenshotTaken);
    for (Session *session : m_teams->sessions())
        m_screenshotter->watch(session);
    if (m_teams->sessions().isEmpty() && !teamExpected)
        m_screenshotter->shootEmpty();
}

} // namespace ems
