#include "ui/window/mainwindow.h"

#include "core/api/resourceservice.h"
#include "core/edit/editmanager.h"
#include "core/edit/propertymodel.h"
#include "core/net/apijob.h"
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
#include "ui/permissions/permissionsdialog.h"
#include "ui/tree/treedecorationproxy.h"
#include "ui/tree/treepanel.h"
#include "ui/window/screenshotter.h"
#include "ui/window/statusline.h"
#include "ui/window/theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QJsonDocument>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
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
{
    if (Theme::saved() != Theme::Kind::System)
        Theme::apply(Theme::saved());
    setWindowTitle(tr("EMS Explorer"));
    setWindowIcon(TreeDecorationProxy::icon(u"ems-explorer"_s));
    m_panel = new TreePanel(m_model, {m_notice, m_stagingBar}, m_splitter);
    connect(m_panel, &TreePanel::currentChanged, this, &MainWindow::currentChanged);
    connect(m_panel, &TreePanel::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_connector, &ProfileConnector::message, statusBar(), &QStatusBar::showMessage);
    connect(m_notice, &NotificationBar::requestActivated, this, &MainWindow::showRequest);
    connect(m_connector, &ProfileConnector::sessionOpened, this, &MainWindow::addProfileTeam);
    m_splitter->addWidget(m_panel);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    connect(m_pane, &PropertyPane::latestLoaded, this, [this](const Resource &latest) {
        m_model->updateResource(currentSource(), latest);
        if (m_permissions && m_permissions->isVisible())
            showObjectPermissions(); // read just now: the verdicts know it
    });
    connect(m_pane, &PropertyPane::stateChanged, this, [this](PropertyPane::State state) {
        if (state == PropertyPane::State::Failed && m_permissions && m_permissions->isVisible())
            showObjectPermissions(); // a refused read is what happened, too
    });
    connect(m_model, &ResourceTreeModel::renameRequested, this,
            [this](const QModelIndex &index, const QString &name) {
                if (auto seen = m_model->seenResource(index))
                    submitEdit(m_model->session(index), *seen, {{u"name"_s, name}});
            });
    connect(m_pane, &PropertyPane::editRequested, this,
            [this](const Resource &original, const QJsonObject &changes) {
                submitEdit(m_model->session(currentSource()), original, changes);
            });
    m_model->showEdits(m_edits);
    new EditFeedback(m_edits, m_undo, m_pane, m_notice, statusBar(), this);
    m_editActions = new EditActions(m_edits, m_undo, m_notice, m_stagingBar, statusBar(), this);
    connect(m_edits, &EditManager::pendingChanged, m_status, &StatusLine::setPendingCount);
    addDockWidget(Qt::BottomDockWidgetArea, m_log);
    m_log->hide(); // until the user opens it; restoreState() below brings back their choice
    createActions();
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
    // The model holds pointers to the sessions: let it go first. What it cancels on its way
    // out finishes in the sessions, which no longer report here.
    for (Session *session : std::as_const(m_sessions))
        session->disconnect(this);
    delete m_panel;
    m_panel = nullptr;
    delete m_model;
    m_model = nullptr;
    qDeleteAll(m_sessions);
    delete m_profiles;
}

void MainWindow::createActions()
{
    const auto action = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction
            = action(tr("&Connect to a Team…"), QKeySequence::Open, &MainWindow::openConnectDialog);
    file->addAction(connectAction);
    file->addAction(action(tr("&Disconnect Team"), QKeySequence(), &MainWindow::disconnectTeam));
    file->addSeparator();
    QAction *quit = action(tr("&Quit"), QKeySequence::Quit, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
    file->addAction(quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copyIdAction = action(tr("Copy &ID"), QKeySequence(u"Ctrl+Shift+C"_s),
                                   [this] { m_panel->copyCurrentId(); });
    QAction *copyJsonAction
            = action(tr("Copy as &JSON"), QKeySequence(u"Ctrl+Shift+J"_s), &MainWindow::copyJson);
    QAction *find = action(tr("&Find…"), QKeySequence::Find, [this] { m_panel->focusFind(); });
    QAction *rename = m_rename
            = action(tr("Re&name"), QKeySequence(Qt::Key_F2), &MainWindow::renameCurrent);
    // F2 renames in the tree; in the field list it edits the field.
    removeAction(rename);
    rename->setShortcutContext(Qt::WidgetShortcut);
    edit->addAction(m_editActions->undo());
    edit->addAction(m_editActions->redo());
    edit->addSeparator();
    edit->addAction(rename);
    edit->addAction(copyIdAction);
    edit->addAction(copyJsonAction);
    edit->addSeparator();
    edit->addAction(m_editActions->stage());
    edit->addAction(m_editActions->applyPending());
    edit->addAction(m_editActions->discardPending());
    edit->addSeparator();
    edit->addAction(find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = action(tr("&Refresh"), QKeySequence::Refresh, &MainWindow::refreshCurrent);
    refresh->setToolTip(tr("Reload the selected item and its content"));
    QAction *refreshTeamAction
            = action(tr("Refresh &Team"), QKeySequence(u"Shift+F5"_s), &MainWindow::refreshTeam);
    QAction *searchAll = action(tr("&Search the Whole Team"), QKeySequence(u"Ctrl+Shift+F"_s),
                                [this] { m_panel->searchWholeTeam(); });
    view->addAction(refresh);
    view->addAction(refreshTeamAction);
    view->addSeparator();
    view->addAction(searchAll);
    view->addSeparator();
    QAction *logAction = m_log->toggleViewAction();
    logAction->setText(tr("&Network Log"));
    logAction->setShortcut(QKeySequence(u"Ctrl+L"_s));
    view->addAction(logAction);
    QAction *requests = action(tr("Show Re&quests for This Item"), QKeySequence(u"Ctrl+Shift+L"_s),
                               &MainWindow::showRequestsForCurrent);
    view->addAction(requests);
    view->addSeparator();
    QAction *permissions = action(tr("&Permissions of This Key…"), QKeySequence(u"Ctrl+I"_s),
                                  [this] { showPermissions(false); });
    view->addAction(permissions);
    QAction *whatCanI = action(tr("&What Can I Do Here?"), QKeySequence(u"Ctrl+Shift+I"_s),
                               [this] { showPermissions(true); });
    view->addAction(whatCanI);
    m_panel->setSearchAction(searchAll);
    const std::tuple<QAction *, QStyle::StandardPixmap, QString> gap{nullptr, {}, {}};
    createToolBar({{connectAction, QStyle::SP_DialogOpenButton, tr("Connect")},
                   {refresh, QStyle::SP_BrowserReload, tr("Refresh")},
                   gap,
                   {m_editActions->stage(), QStyle::SP_FileDialogDetailedView, tr("Stage Edits")},
                   {m_editActions->applyPending(), QStyle::SP_DialogApplyButton, tr("Apply")},
                   gap,
                   {logAction, QStyle::SP_FileDialogContentsView, tr("Network Log")},
                   {permissions, QStyle::SP_MessageBoxInformation, tr("Permissions")}});
    view->addSeparator();
    view->addAction(findChild<QToolBar *>()->toggleViewAction());
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
        const QStringList texts = m_notice->recentTexts();
        for (int i = 0; i < texts.size(); ++i) {
            QString text = fontMetrics().elidedText(texts[i], Qt::ElideRight, 480);
            text.replace(u'&', u"&&"_s); // not a mnemonic
            recent->addAction(text, this, [this, i] { m_notice->showRecent(i); });
        }
        if (texts.isEmpty())
            recent->addAction(tr("None yet"))->setEnabled(false);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = action(tr("&About EMS Explorer"), QKeySequence(), &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // The tree's context menu: the row's own actions, then what explains it.
    m_retry = new QAction(tr("Re&try"), this);
    connect(m_retry, &QAction::triggered, this, [this] { m_model->retry(currentSource()); });
    const auto separator = [this] {
        auto *line = new QAction(this);
        line->setSeparator(true);
        return line;
    };
    m_panel->treeView()->addActions({m_retry, rename, refresh, copyIdAction, copyJsonAction,
                                     separator(), whatCanI, separator(), requests, searchAll});
    // Only a change of the current row (its permissions arrived, a write ended) matters,
    // and for a team row a section that finished loading.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = currentSource();
                if (current.parent() == topLeft.parent() && current.row() >= topLeft.row()
                    && current.row() <= bottomRight.row())
                    updateRowActions();
                if (current.isValid() && topLeft.parent() == current && !current.parent().isValid())
                    showTeamOverview(current);
            });
    updateRowActions();
}

void MainWindow::createToolBar(
        const QList<std::tuple<QAction *, QStyle::StandardPixmap, QString>> &actions)
{
    auto *bar = addToolBar(tr("Toolbar"));
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
        action->setIcon(style()->standardIcon(pixmap));
        action->setIconText(text);
        bar->addAction(action);
    }
}

void MainWindow::addTeam(Session *session, const QString &label)
{
    session->setParent(nullptr); // owned through m_sessions, deleted after the model
    m_sessions.append(session);
    const QModelIndex team = m_model->addTeam(session, label);
    // A profile named after the environment or the host takes the team's own name; what is
    // said about the team waits for it.
    const auto named = std::make_shared<bool>(true);
    if (label == QLatin1StringView(Profile::environmentName)
        || label == session->teamUrl().host()) {
        *named = false;
        connect(session, &Session::connected, this, [this, session, named] {
            nameAfterTeam(session, [this, session, named] {
                *named = true;
                if (session->hasPermissions())
                    sayWhatTheKeyMayNotChange(session);
            });
        });
    }
    connect(session, &Session::requestLogged, m_log, &LogDock::append);
    // A team row's overview follows its connection and permissions (its loads: see
    // createActions).
    const auto followInOverview = [this, session] {
        const QModelIndex row = m_model->teamIndex(session);
        if (currentSource() == row)
            showTeamOverview(row);
    };
    connect(session, &Session::stateChanged, this, &MainWindow::updateStatus);
    connect(session, &Session::stateChanged, this, followInOverview);
    connect(session, &Session::permissionsLoaded, this, followInOverview);
    connect(session, &Session::connectFailed, this, [this, session] { offerReconnect(session); });
    // An open permissions dialog follows its team: connected, permissions arrived.
    connect(session, &Session::stateChanged, this,
            [this, session] { followInPermissions(session); });
    connect(session, &Session::permissionsLoaded, this,
            [this, session] { followInPermissions(session); });
    connect(
            session, &Session::permissionsLoaded, this,
            [this, session, named] {
                if (*named)
                    sayWhatTheKeyMayNotChange(session);
            },
            Qt::SingleShotConnection);
    connect(session, &Session::requestsInFlightChanged, this, &MainWindow::updateStatus);
    connect(session, &Session::connected, this, &MainWindow::updateStatus);
    session->start();
    if (m_screenshotter)
        m_screenshotter->watch(session);
    m_panel->showTeam(team);
    m_editActions->restorePending(session, label);
    updateStatus();
}

QModelIndex MainWindow::currentSource() const
{
    return m_panel ? m_panel->currentSource() : QModelIndex();
}

QModelIndex MainWindow::currentTeam() const
{
    return m_panel ? m_panel->currentTeam() : QModelIndex();
}

void MainWindow::currentChanged()
{
    const QModelIndex index = currentSource();
    const auto type = TreeNode::Type(index.data(ResourceTreeModel::NodeTypeRole).toInt());
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
        if (m_permissions && m_permissions->isVisible())
            showObjectPermissions();
    } else if (type == TreeNode::Type::Team) {
        showTeamOverview(index);
    } else if (type == TreeNode::Type::Empty) {
        m_pane->showSummary(index.data().toString(),
                            tr("Refresh (F5) looks again, for example after someone added "
                               "something or shared it with you."));
    } else if (type == TreeNode::Type::Error) {
        // The row's tooltip: what failed, and that Enter retries.
        m_pane->showSummary(tr("Could not load"),
                            tr("%1\nCtrl+Shift+L shows the failed request in the network log.")
                                    .arg(index.data(Qt::ToolTipRole).toString()),
                            true);
    } else {
        m_pane->showSummary(index.data().toString(),
                            tr("%n item(s) loaded.", nullptr, m_model->rowCount(index)));
    }
    updateRowActions();
    updateStatus();
}

// Once per team: a key that may change nothing says so before anyone tries.
void MainWindow::sayWhatTheKeyMayNotChange(Session *session)
{
    const QList<ServicePermission> &permissions = session->permissions();
    if (ServicePermission::anyGrantsChanges(permissions))
        return;
    const bool sharedOnly = ServicePermission::noneGranted(permissions);
    const QModelIndex row = m_model->teamIndex(session);
    m_notice->show(NotificationBar::Kind::Information,
                   (sharedOnly ? tr("This key has no team-wide permissions in %1: it "
                                    "reaches only what is shared with it.")
                               : tr("This key can view but not change anything in "
                                    "%1."))
                           .arg(m_model->teamLabel(row)),
                   {{tr("Show Permissions"), [this, row = QPersistentModelIndex(row)] {
                         m_panel->setCurrentSource(row);
                         showPermissions(false);
                     }}});
}

void MainWindow::followInPermissions(Session *session)
{
    const QModelIndex current = currentTeam();
    if (m_permissions && m_permissions->isVisible() && m_model->session(current) == session)
        m_permissions->showSession(session, m_model->teamLabel(current));
}

void MainWindow::nameAfterTeam(Session *session, const std::function<void()> &named)
{
    // GET /api/team has the team's name (PyCelonis reads it too); the connect check only
    // its domain, which serves when the key may not read the team.
    ApiJob *job = session->get(u"/api/team"_s);
    connect(job, &ApiJob::finished, this, [this, session, job, named] {
        const QModelIndex team = m_model->teamIndex(session);
        if (!team.isValid())
            return; // disconnected meanwhile: the session is gone
        const QString name = job->json().toObject().value(u"name").toString();
        const auto &identity = session->identity();
        m_model->setTeamLabel(team,
                              !name.isEmpty()    ? name
                                      : identity ? identity->teamName
                                                 : QString());
        updateStatus();
        if (currentSource() == team)
            showTeamOverview(team);
        followInPermissions(session);
        named();
    });
}

void MainWindow::showTeamOverview(const QModelIndex &team)
{
    const Session *session = m_model->session(team);
    const QString label = m_model->teamLabel(team);
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
    for (int row = 0; row < m_model->rowCount(team); ++row) {
        const QModelIndex group = m_model->index(row, 0, team);
        if (TreeNode::LoadState(group.data(ResourceTreeModel::LoadStateRole).toInt())
            != TreeNode::LoadState::Loaded)
            continue;
        int objects = 0; // not the rows that say the group is empty
        for (int child = 0; child < m_model->rowCount(group); ++child) {
            if (TreeNode::Type(m_model->index(child, 0, group)
                                       .data(ResourceTreeModel::NodeTypeRole)
                                       .toInt())
                == TreeNode::Type::Resource)
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

void MainWindow::offerReconnect(Session *session)
{
    const QString label = m_model->teamLabel(m_model->teamIndex(session));
    const ApiError &error = session->connectError();
    // A browser sign-in that the team no longer accepts: offer to sign in again.
    if (session->settings().auth == AuthKind::BrowserSignIn
        && error.detail.contains(u"invalid_grant")) {
        m_notice->show(NotificationBar::Kind::Error,
                       tr("The sign-in to %1 expired or was revoked.").arg(label),
                       {{tr("Sign In Again…"), [this, label] {
                             openConnectDialog()->selectProfile(label);
                         }}});
        return;
    }
    // The bar can come back from Recent Notifications after the session is gone.
    const QPointer<Session> alive(session);
    NotificationBar::Actions actions{{tr("Retry"), [this, alive] {
                                          if (alive)
                                              reconnect(alive, alive->settings().keyType);
                                      }}};
    // A key refused as the type chosen may be the other type.
    const KeyType keyType = session->settings().keyType;
    if ((error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::Forbidden)
        && session->settings().auth == AuthKind::ApiKey && keyType != KeyType::Auto) {
        const KeyType other = keyType == KeyType::UserKey ? KeyType::AppKey : KeyType::UserKey;
        actions.append({tr("Try as %1").arg(ConnectionSettings::keyTypeDisplay(other)),
                        [this, alive, other] {
                            if (alive)
                                reconnect(alive, other);
                        }});
    }
    actions.append({tr("Edit Connection…"), [this, label] {
                        openConnectDialog()->selectProfile(label);
                    }});
    m_notice->show(NotificationBar::Kind::Error,
                   tr("Couldn't connect to %1: %2").arg(label, error.summary()), actions);
    m_notice->setDetails(error.message(), error.requestId);
}

void MainWindow::reconnect(Session *session, KeyType keyType)
{
    ConnectionSettings settings = session->settings();
    settings.keyType = keyType;
    const QModelIndex team = m_model->teamIndex(session);
    if (!team.isValid())
        return; // disconnected meanwhile
    const QString label = m_model->teamLabel(team);
    m_edits->closeSession(session); // staged edits stay saved, offered again below
    m_model->removeTeam(team);
    m_sessions.removeOne(session);
    delete session;
    auto *fresh = new Session(settings);
    addTeam(fresh, label);
    m_panel->setCurrentSource(m_model->teamIndex(fresh));
}

void MainWindow::updateRowActions()
{
    if (!m_rename)
        return;
    const QString refusal = m_panel->renameRefusal();
    m_rename->setEnabled(refusal.isEmpty());
    m_rename->setToolTip(refusal.isEmpty() ? tr("Rename the selected object (F2)") : refusal);
    const auto type = TreeNode::Type(currentSource().data(ResourceTreeModel::NodeTypeRole).toInt());
    m_retry->setVisible(currentSource().isValid() && type == TreeNode::Type::Error);
}

void MainWindow::refreshCurrent()
{
    const QModelIndex index = currentSource();
    m_model->refresh(index);
    m_pane->reload();
}

void MainWindow::refreshTeam()
{
    m_model->refreshAll(currentTeam());
    m_pane->reload();
}

void MainWindow::copyJson()
{
    if (!m_pane->latest()) {
        statusBar()->showMessage(tr("Nothing to copy: select an object and wait for its "
                                    "latest state."),
                                 5000);
        return;
    }
    QApplication::clipboard()->setText(QString::fromUtf8(
            QJsonDocument(m_pane->latest()->raw).toJson(QJsonDocument::Indented)));
    statusBar()->showMessage(tr("Copied the object as JSON."), 3000);
}

void MainWindow::updateStatus()
{
    int inFlight = 0;
    for (Session *session : std::as_const(m_sessions))
        inFlight += session->requestsInFlight();
    const QModelIndex team = m_model ? currentTeam() : QModelIndex();
    const QString label = m_model ? m_model->teamLabel(team) : QString();
    m_status->showTeam(m_model ? m_model->session(team) : nullptr, label, inFlight);
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
    if (session->settings().loadPermissions) {
        connect(session, &Session::permissionsLoaded, this, [this, session] {
            if (m_permissionsPopupAllowed && m_profiles->showPermissionsAfterConnect()
                && m_model->session(currentTeam()) == session)
                showPermissions(false);
        });
    }
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

void MainWindow::disconnectTeam()
{
    const QModelIndex team = currentTeam();
    Session *session = m_model->session(team);
    if (!session)
        return;
    m_edits->closeSession(session);
    m_model->removeTeam(team);
    m_sessions.removeOne(session);
    // At once, not later: whatever still points at it (undo commands, update jobs) sees it
    // gone before anything can use it again.
    delete session;
    currentChanged();
}

void MainWindow::showObjectPermissions()
{
    using Read = PermissionGlossary::Read;
    const auto selected = m_model->resource(currentSource());
    const auto latest = m_pane->latest();
    if (latest && selected && latest->id == selected->id)
        m_permissions->showObject(latest, Read::Succeeded);
    else if (selected && m_pane->readRefused(selected->id))
        m_permissions->showObject(selected, Read::Refused);
    else
        m_permissions->showObject(selected);
}

PermissionsDialog *MainWindow::permissionsDialog()
{
    if (!m_permissions)
        m_permissions = new PermissionsDialog(this);
    return m_permissions;
}

void MainWindow::showPermissions(bool objectTab)
{
    PermissionsDialog *dialog = permissionsDialog();
    const QModelIndex team = currentTeam();
    dialog->showSession(m_model->session(team), m_model->teamLabel(team));
    showObjectPermissions();
    if (objectTab)
        dialog->showObjectTab();
    dialog->show();
    dialog->raise();
}

void MainWindow::showRequestsForCurrent()
{
    const QModelIndex index = currentSource();
    const auto type = TreeNode::Type(index.data(ResourceTreeModel::NodeTypeRole).toInt());
    if (type == TreeNode::Type::Error) {
        showRequest(index.data(ResourceTreeModel::RequestIdRole).toULongLong());
        return;
    }
    m_log->show();
    m_log->raise();
    const QString id = index.data(ResourceTreeModel::IdRole).toString();
    m_log->showRequestsFor(id, index.data().toString());
}

void MainWindow::showRequest(quint64 requestId)
{
    m_log->show();
    m_log->raise();
    if (!m_log->selectRequest(requestId))
        statusBar()->showMessage(tr("That request is no longer in the log."), 5000);
}

void MainWindow::renameCurrent()
{
    if (!m_panel->editCurrentName())
        statusBar()->showMessage(m_panel->renameRefusal(), 8000);
}

void MainWindow::submitEdit(Session *session, const Resource &original, const QJsonObject &changes)
{
    if (!session)
        return;
    QString error;
    m_edits->submit(session, original, changes, &error);
    if (!error.isEmpty())
        m_notice->show(NotificationBar::Kind::Error, tr("Not sent: %1").arg(error), {});
}

void MainWindow::showAbout()
{
    QMessageBox::about(
            this, tr("About EMS Explorer"),
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
    for (Session *session : std::as_const(m_sessions))
        m_screenshotter->watch(session);
    if (m_sessions.isEmpty() && !teamExpected)
        m_screenshotter->shootEmpty();
}

} // namespace ems
