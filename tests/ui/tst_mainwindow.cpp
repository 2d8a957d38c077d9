#include "core/edit/propertymodel.h"
#include "core/log/requestlogmodel.h"
#include "core/net/requestlogentry.h"
#include "core/net/session.h"
#include "core/profiles/profilestore.h"
#include "core/tree/resourcetreemodel.h"
#include "sandbox/teamseeder.h"
#include "testwindow.h"
#include "ui/common/notificationbar.h"
#include "ui/connect/connectdialog.h"
#include "ui/log/logdock.h"
#include "ui/pane/factsheet.h"
#include "ui/pane/propertypane.h"
#include "ui/permissions/permissionsdialog.h"
#include "ui/tree/treedecorationproxy.h"
#include "ui/window/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace ems;

// The main window on the offscreen platform, driven like a person would: keys and text.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void expandToAnalysisByKeyboard();
    void errorRowRetriesOnEnter();
    void errorsLeadWithWords();
    void failedConnectIsSaidOnce();
    void viewerKeyIsToldItCanChangeNothing();
    void failedConnectOffersWhatToDo();
    void teamsAreNamedAfterTheTeam();
    void filterShowsMatchesAndCounts();
    void emptyPlacesSayWhatIsMissing();
    void sharedObjectsExplainThemselves();
    void contextMenuOpensFromTheKeyboard();
    void permissionsHeaderFollowsTheConnection();
    void pastedIdRevealsUnloadedObject();
    void locationLinksSelectTheirPlace();
    void copyIdPutsTheIdOnTheClipboard();
    void everyInteractiveWidgetHasAName();
    void errorRowLinksToItsRequest();
    void requestsForAnObject();
    void logFollowsTheNewestUnlessScrolledUp();
    void logColoursStatusesAndSaysWhenEmpty();
    void splitterIsRestored();
    void darkThemeKeepsErrorsReadable();
    void revokedSignInOffersToSignInAgain();
    void screenshotWaitsForATeamThatComesLater_data();
    void screenshotWaitsForATeamThatComesLater();

private:
    void openWindow();
    // Opens the window again with one team, without the permissions dialog popping up.
    void openWindowWith(const ConnectionSettings &settings, const QString &label);
    // Opens the window again with the first request to path failing with status.
    void reopenFailingOnce(const QString &path, int status);
    QModelIndex viewIndexNamed(const QString &name) const;
    QString current() const { return m_window->treeView()->currentIndex().data().toString(); }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"ems-explorer-tests"_s);
    QSettings().clear();
}

void TestMainWindow::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(sandbox::TeamSeeder::demo());
    QVERIFY(m_sandbox->started());
    openWindow();
}

void TestMainWindow::openWindow()
{
    m_window = openTestWindow(*m_sandbox);
    // What the view shows: the decoration proxy over the filter over the tree model.
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_window->treeView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tester->setUseFetchMore(false);
}

void TestMainWindow::openWindowWith(const ConnectionSettings &settings, const QString &label)
{
    m_tester.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->setPermissionsPopupAllowed(false);
    m_window->addTeam(new Session(settings), label);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_sandbox.reset();
}

void TestMainWindow::reopenFailingOnce(const QString &path, int status)
{
    m_tester.reset();
    m_window.reset();
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::Status;
    fault.status = status;
    m_sandbox->failNext(path, 1, fault);
    openWindow();
}

QModelIndex TestMainWindow::viewIndexNamed(const QString &name) const
{
    const QAbstractItemModel *model = m_window->treeView()->model();
    const QModelIndexList found = model->match(model->index(0, 0), Qt::DisplayRole, name, 1,
                                               Qt::MatchExactly | Qt::MatchRecursive);
    return found.value(0);
}

void TestMainWindow::expandToAnalysisByKeyboard()
{
    QTreeView *tree = m_window->treeView();
    tree->setFocus();
    QTRY_VERIFY(viewIndexNamed(u"Procurement"_s).isValid()); // Studio expanded and loaded
    QCOMPARE(current(), u"Demo · Ada Lovelace"_s);
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(current(), u"Studio"_s);
    QTest::keyClicks(tree, u"Proc"_s); // type-ahead
    QCOMPARE(current(), u"Procurement"_s);
    QTest::keyClick(tree, Qt::Key_Right); // expand: loads the space
    QTRY_VERIFY(viewIndexNamed(u"Procurement App"_s).isValid());
    QTest::keyClick(tree, Qt::Key_Right);
    QCOMPARE(current(), u"Procurement App"_s);
    QTest::keyClick(tree, Qt::Key_Right);
    QTest::keyClick(tree, Qt::Key_Right);
    QCOMPARE(current(), u"Analyses"_s);
    QTest::keyClick(tree, Qt::Key_Right);
    QTest::keyClick(tree, Qt::Key_Right);
    QCOMPARE(current(), u"On-Time Delivery (OTD)"_s);

    PropertyPane *pane = m_window->propertyPane();
    QTRY_COMPARE(pane->state(), PropertyPane::State::Loaded);
    QCOMPARE(pane->latest()->name, u"On-Time Delivery (OTD)"_s);
    const QAbstractItemModel *fields = pane->fieldView()->model();
    const QModelIndexList assetType = fields->match(fields->index(0, 0), Qt::DisplayRole,
                                                    u"assetType"_s, 1, Qt::MatchExactly);
    QCOMPARE(assetType.size(), 1);
    QCOMPARE(assetType.first().siblingAtColumn(1).data().toString(), u"ANALYSIS"_s);
    QVERIFY(pane->fieldView()->isVisible());
}

void TestMainWindow::errorRowRetriesOnEnter()
{
    reopenFailingOnce(u"/integration/api/pools"_s, 502);

    QTreeView *tree = m_window->treeView();
    // What happened in words; the request is one key away (Ctrl+Shift+L), not in the row.
    QTRY_VERIFY(viewIndexNamed(u"Couldn't load Data Integration: Server error (502). Injected "
                               "fault: the sandbox answers 502 on purpose. — Press Enter to "
                               "retry."_s)
                        .isValid());
    const QModelIndex group = viewIndexNamed(u"Data Integration"_s);
    const QModelIndex error = tree->model()->index(0, 0, group);
    QCOMPARE(TreeNode::Type(error.data(ResourceTreeModel::NodeTypeRole).toInt()),
             TreeNode::Type::Error);
    // Studio and Process Analytics loaded all the same.
    QVERIFY(viewIndexNamed(u"Finance"_s).isValid());
    QVERIFY(viewIndexNamed(u"Order-to-Cash (legacy)"_s).isValid());

    tree->setFocus();
    const auto retryAction = [tree] {
        for (QAction *a : tree->actions()) {
            if (a->text() == u"Re&try")
                return a;
        }
        return static_cast<QAction *>(nullptr);
    };
    tree->setCurrentIndex(viewIndexNamed(u"Finance"_s));
    QVERIFY(retryAction() && !retryAction()->isVisible()); // only on error rows
    tree->setCurrentIndex(error);
    QVERIFY(retryAction()->isVisible());
    QTRY_COMPARE(m_window->propertyPane()->state(), PropertyPane::State::Empty);
    QTest::keyClick(tree, Qt::Key_Return);
    QTRY_VERIFY(viewIndexNamed(u"Oracle Financials"_s).isValid());
    QCOMPARE(tree->model()->rowCount(viewIndexNamed(u"Data Integration"_s)), 5);
}

void TestMainWindow::errorsLeadWithWords()
{
    reopenFailingOnce(u"/integration/api/pools"_s, 503);
    QTRY_VERIFY(viewIndexNamed(u"Finance"_s).isValid());
    const QString id = viewIndexNamed(u"Finance"_s).data(ResourceTreeModel::IdRole).toString();
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::Status;
    fault.status = 503;
    m_sandbox->failNext(u"/package-manager/api/spaces/"_s + id, 1, fault);
    m_window->treeView()->setCurrentIndex(viewIndexNamed(u"Finance"_s));
    PropertyPane *pane = m_window->propertyPane();
    QTRY_COMPARE(pane->state(), PropertyPane::State::Failed);
    QVERIFY2(pane->errorMessage().startsWith(
                     u"Couldn't read its latest state: Server error (503)."_s),
             qPrintable(pane->errorMessage()));

    // No row, label or status text leads with the wire: method and URL are in the log.
    const QString url = m_sandbox->server().url().toString();
    const QAbstractItemModel *model = m_window->treeView()->model();
    const QModelIndexList rows = model->match(model->index(0, 0), Qt::DisplayRole, u"*"_s, -1,
                                              Qt::MatchWildcard | Qt::MatchRecursive);
    QVERIFY(!rows.isEmpty());
    for (const QModelIndex &row : rows)
        QVERIFY2(!row.data().toString().contains(url), qPrintable(row.data().toString()));
    for (const QLabel *label : m_window->findChildren<QLabel *>()) {
        QVERIFY2(!label->text().contains(u"GET ->"_s) && !label->text().contains(url),
                 qPrintable(label->text()));
    }
}

void TestMainWindow::failedConnectIsSaidOnce()
{
    m_tester.reset();
    ConnectionSettings wrong = m_sandbox->settings(u"admin"_s, KeyType::UserKey);
    wrong.secret = u"not-a-key-of-this-team"_s;
    m_window = std::make_unique<MainWindow>();
    m_window->addTeam(new Session(wrong), u"Demo"_s);
    const QAbstractItemModel *model = m_window->treeView()->model();
    const QModelIndex team = model->index(0, 0);
    QTRY_VERIFY(team.data().toString().contains(u"connection failed"_s));
    QTRY_VERIFY(team.data(Qt::ToolTipRole).toString().contains(u"Not authorized (401)"_s));
    // The sections wait for a working connection instead of repeating the 401 three times.
    for (int row = 0; row < model->rowCount(team); ++row) {
        const QModelIndex group = model->index(row, 0, team);
        QTRY_COMPARE(TreeNode::LoadState(group.data(ResourceTreeModel::LoadStateRole).toInt()),
                     TreeNode::LoadState::NotLoaded);
        QCOMPARE(model->rowCount(group), 0);
    }
}

void TestMainWindow::failedConnectOffersWhatToDo()
{
    // A user key sent as an application key: refused.
    openWindowWith(m_sandbox->settings(u"admin"_s, KeyType::AppKey), u"Demo"_s);
    NotificationBar *bar = m_window->notificationBar();
    QTRY_VERIFY(bar->text().startsWith(u"Couldn't connect to Demo: Not authorized (401)"_s));
    QCOMPARE(bar->kind(), NotificationBar::Kind::Error);
    // Words in the bar; the request behind Details.
    QVERIFY(!bar->text().contains(u"http"_s));
    QVERIFY(bar->details().contains(u"GET -> http"_s));
    // Show Request opens the network log on the refused connect check.
    for (auto *button : bar->findChildren<QToolButton *>()) {
        if (button->text() == u"Show Request")
            button->click();
    }
    QTRY_VERIFY(m_window->logDock()->isVisible());
    QVERIFY(m_window->logDock()->detailsText().contains(u"/api/cloud"_s));
    QVERIFY(m_window->logDock()->detailsText().contains(u"Status: 401"_s));
    QStringList buttons;
    for (auto *button : bar->findChildren<QPushButton *>()) {
        if (button->isVisible())
            buttons.append(button->text());
    }
    QCOMPARE(buttons,
             (QStringList{u"Retry"_s, u"Try as user key"_s, u"Edit Connection…"_s, u"Dismiss"_s}));
    // The team row's pane says it in the error colour.
    m_window->treeView()->setCurrentIndex(m_window->treeView()->model()->index(0, 0));
    const FactSheet *facts = m_window->propertyPane()->facts();
    QVERIFY(facts->plainText().contains(u"Problem: Not authorized (401)"_s));

    for (auto *button : bar->findChildren<QPushButton *>()) {
        if (button->isVisible() && button->text() == u"Try as user key")
            button->click();
    }
    QTRY_COMPARE(m_window->treeView()->model()->index(0, 0).data().toString(),
                 u"Demo · Ada Lovelace"_s);
    QVERIFY(facts->plainText().contains(u"Signed in as: Ada Lovelace"_s));
    // The old bar, back from Recent Notifications, has nothing left to retry.
    const int old = int(
            bar->recentTexts().indexOf(bar->recentTexts().filter(u"Couldn't connect"_s).value(0)));
    QVERIFY(old >= 0);
    bar->showRecent(old);
    for (auto *button : bar->findChildren<QPushButton *>()) {
        if (button->isVisible() && button->text() == u"Retry")
            button->click();
    }
    QCOMPARE(m_window->treeView()->model()->rowCount(), 1);
    QCOMPARE(m_window->treeView()->model()->index(0, 0).data().toString(),
             u"Demo · Ada Lovelace"_s);
}

void TestMainWindow::teamsAreNamedAfterTheTeam()
{
    // Started with --url: the profile is named after the host until the team answers.
    const ConnectionSettings settings = m_sandbox->settings(u"viewer"_s, KeyType::UserKey);
    openWindowWith(settings, settings.teamUrl.host());
    const QModelIndex team = m_window->treeModel()->index(0, 0);
    QTRY_COMPARE(m_window->treeModel()->teamLabel(team), u"Lovelace Werke GmbH"_s);
    QCOMPARE(team.data().toString(), u"Lovelace Werke GmbH · Grace Hopper"_s);
    // What is said about the team waits for its name.
    QTRY_COMPARE(m_window->notificationBar()->text(),
                 u"This key can view but not change anything in Lovelace Werke GmbH."_s);
    QCOMPARE(m_window->windowTitle(), u"Lovelace Werke GmbH – EMS Explorer"_s);
    // The team row was current all along: its overview follows the new name.
    QCOMPARE(m_window->treeView()->currentIndex(), m_window->treeView()->model()->index(0, 0));
    QCOMPARE(m_window->propertyPane()->findChild<QLabel *>()->text(), u"Lovelace Werke GmbH"_s);
}

void TestMainWindow::viewerKeyIsToldItCanChangeNothing()
{
    const auto iconOf = [this](const QString &name) {
        return viewIndexNamed(name).data(Qt::DecorationRole).value<QIcon>().cacheKey();
    };
    // The admin may change things: no notice, no lock.
    const ResourceTreeModel *model = m_window->treeModel();
    QTRY_VERIFY(model->session(model->index(0, 0))->hasPermissions());
    QTRY_VERIFY(viewIndexNamed(u"Finance"_s).isValid());
    QCOMPARE(iconOf(u"Finance"_s), TreeDecorationProxy::icon(u"space"_s).cacheKey());
    QVERIFY(!m_window->notificationBar()->text().contains(u"not change"_s));

    openWindowWith(m_sandbox->settings(u"viewer"_s, KeyType::UserKey), u"Demo"_s);
    QTRY_VERIFY(m_window->notificationBar()->text().contains(
            u"This key can view but not change anything in Demo"_s));
    QTRY_VERIFY(viewIndexNamed(u"Finance"_s).isValid());
    // Its rows carry a lock before anyone tries, and say so to screen readers.
    QCOMPARE(iconOf(u"Finance"_s), TreeDecorationProxy::badged(u"space"_s, u"lock"_s).cacheKey());
    QVERIFY(viewIndexNamed(u"Finance"_s)
                    .data(Qt::AccessibleDescriptionRole)
                    .toString()
                    .contains(u"read-only"_s));
}

// The member key sees only what was shared with it; each object says what the key may do
// with it, from what happened and the object's own permissions.
void TestMainWindow::sharedObjectsExplainThemselves()
{
    openWindowWith(m_sandbox->settings(u"member"_s, KeyType::UserKey), u"Demo"_s);
    QTRY_VERIFY(viewIndexNamed(u"Finance"_s).isValid());
    const QAbstractItemModel *model = m_window->treeView()->model();
    QCOMPARE(model->rowCount(viewIndexNamed(u"Finance"_s).parent()), 2); // and Procurement
    QVERIFY(!viewIndexNamed(u"Order-to-Cash"_s).isValid());

    // A package it may list but not open says so before anyone tries.
    m_window->treeView()->expand(viewIndexNamed(u"Procurement"_s));
    QTRY_VERIFY(viewIndexNamed(u"Supplier Risk"_s).isValid());
    const QModelIndex risk = viewIndexNamed(u"Supplier Risk"_s);
    QVERIFY(risk.data(Qt::ToolTipRole)
                    .toString()
                    .contains(
                            u"You may see that it exists, not open it: your key lacks USE_PACKAGE on it."_s));
    QVERIFY(risk.data(Qt::AccessibleDescriptionRole).toString().contains(u"closed to you"_s));
    m_window->treeView()->expand(risk);
    QCOMPARE(model->index(0, 0, risk).data().toString(),
             u"Closed to you: your key lacks USE_PACKAGE on it"_s);

    const auto verdict = [this](int row) {
        const QTreeWidgetItem *actions
                = m_window->permissionsDialog()->objectView()->topLevelItem(0);
        return actions && actions->childCount() > row
                ? actions->child(row)->text(0) + u": "_s + actions->child(row)->text(1)
                : QString();
    };
    const auto select = [this](const QString &name) {
        m_window->treeView()->setCurrentIndex(viewIndexNamed(name));
    };
    select(u"Finance"_s); // shared read-only
    QTRY_VERIFY(m_window->propertyPane()->latest().has_value());
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == u"&What Can I Do Here?")
            action->trigger();
    }
    QVERIFY(verdict(0).startsWith(u"✓ View its latest state: The key read it just now."_s));
    QCOMPARE(verdict(1),
             u"✗ Rename it: Needs EDIT_SPACE, which the key does not have on this object."_s);
    select(u"Procurement"_s); // shared to edit
    QTRY_VERIFY(verdict(1).startsWith(u"✓ Rename it: Granted by EDIT_SPACE on this object."_s));
    QVERIFY(verdict(2).startsWith(u"✗ Delete it (in Celonis): Needs DELETE_SPACE"_s));
    select(u"Supplier Risk"_s); // listed only: reading it is refused
    QTRY_COMPARE(verdict(0),
                 u"✗ View its latest state: The key was refused just now (403): "
                 "reading it needs USE_PACKAGE, which the key lacks here."_s);
    const QString pane = m_window->propertyPane()->errorMessage();
    QVERIFY2(pane.startsWith(u"Closed to you: "_s) && pane.contains(u"USE_PACKAGE"_s)
                     && pane.contains(u"shared with it"_s),
             qPrintable(pane));
    // Listed with no permissions: the verdicts name what it lacks, they do not guess.
    QCOMPARE(verdict(2),
             u"✗ Delete it (in Celonis): Needs DELETE_PACKAGE, which the key does "
             "not have on this object."_s);
    bool toldSharedOnly = false;
    for (QLabel *label : m_window->permissionsDialog()->findChildren<QLabel *>()) {
        if (label->accessibleName() == u"Connected key")
            toldSharedOnly = label->text().contains(u"no team-wide permissions"_s);
    }
    QVERIFY(toldSharedOnly);
    // A key without team-wide permissions is not told it can change nothing, here nor in
    // its team's overview.
    QVERIFY(m_window->notificationBar()->text().contains(u"reaches only what is shared"_s));
    m_window->treeView()->setCurrentIndex(m_window->treeView()->model()->index(0, 0));
    const QString overview = m_window->propertyPane()->facts()->plainText();
    QVERIFY2(overview.contains(u"only what is shared with it"_s)
                     && !overview.contains(u"not change"_s),
             qPrintable(overview));
    // "No workspaces this key may see" is not a workspace.
    QVERIFY2(overview.contains(u"Process Analytics: 0"_s), qPrintable(overview));
}

void TestMainWindow::emptyPlacesSayWhatIsMissing()
{
    // An empty space and an empty pool say so instead of losing their arrow.
    QTRY_VERIFY(viewIndexNamed(u"New Pool"_s).isValid());
    m_window->treeView()->expand(viewIndexNamed(u"Sandbox – Ideas"_s));
    m_window->treeView()->expand(viewIndexNamed(u"New Pool"_s));
    QTRY_VERIFY(viewIndexNamed(u"No packages in this space"_s).isValid());
    QTRY_VERIFY(viewIndexNamed(u"No data models in this pool"_s).isValid());
    QCOMPARE(viewIndexNamed(u"No data models in this pool"_s).parent(),
             viewIndexNamed(u"New Pool"_s));

    // A filter that matches nothing says so, and offers the whole team.
    const auto noMatch = [this]() -> QLabel * {
        for (auto *label : m_window->treeView()->viewport()->findChildren<QLabel *>()) {
            if (!label->isHidden())
                return label;
        }
        return nullptr;
    };
    QCOMPARE(noMatch(), nullptr);
    m_window->findField()->setText(u"zzz"_s);
    QVERIFY(noMatch());
    QVERIFY(noMatch()->text().startsWith(u"Nothing loaded matches “zzz”."_s));
    QVERIFY(noMatch()->text().contains(u"Search the whole team"_s));
    m_window->findField()->setText(u"Finance"_s);
    QCOMPARE(noMatch(), nullptr);
}

void TestMainWindow::filterShowsMatchesAndCounts()
{
    QTRY_VERIFY(viewIndexNamed(u"Procurement"_s).isValid());
    m_window->treeView()->expand(viewIndexNamed(u"Procurement"_s));
    QTRY_VERIFY(viewIndexNamed(u"Procurement App"_s).isValid());

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->findField()->hasFocus());
    QTest::keyClicks(m_window->findField(), u"deliv"_s);
    QCOMPARE(m_window->summaryText(), u"1 matches in 28 loaded items"_s);
    const QModelIndex match = viewIndexNamed(u"On-Time Delivery (OTD)"_s);
    QVERIFY(match.isValid());
    QVERIFY(m_window->treeView()->isExpanded(match.parent()));
    QVERIFY(!viewIndexNamed(u"Finance"_s).isValid());

    QTest::keyClick(m_window->findField(), Qt::Key_Escape); // clears the filter
    QVERIFY(m_window->findField()->text().isEmpty());
    QVERIFY(viewIndexNamed(u"Finance"_s).isValid());
    QCOMPARE(m_window->summaryText(), u"28 loaded items"_s);
    QTest::keyClick(m_window->findField(), Qt::Key_Escape); // then goes back to the tree
    QTRY_VERIFY(m_window->treeView()->hasFocus());
}

void TestMainWindow::permissionsHeaderFollowsTheConnection()
{
    m_tester.reset();
    m_window.reset();
    sandbox::FaultConfig slow;
    slow.latencyMs = 200;
    m_sandbox->server().faults().setConfig(slow);
    openWindow();
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier); // opened while connecting
    PermissionsDialog *dialog = m_window->permissionsDialog();
    QTRY_VERIFY(dialog->isVisible());
    QLabel *header = nullptr;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->accessibleName() == u"Connected key")
            header = label;
    }
    QVERIFY(header);
    QTRY_VERIFY_WITH_TIMEOUT(header->text().contains(u"Hello Ada Lovelace"_s), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(header->text().contains(u"per service"_s), 10000);
    QVERIFY(!header->text().contains(u"connecting"_s));
}

void TestMainWindow::contextMenuOpensFromTheKeyboard()
{
    QTRY_VERIFY(viewIndexNamed(u"Finance"_s).isValid());
    QTreeView *tree = m_window->treeView();
    tree->setFocus();
    tree->setCurrentIndex(viewIndexNamed(u"Finance"_s));
    QStringList shown;
    // The menu runs its own event loop: read it from there, then close it.
    QTimer::singleShot(0, this, [&shown] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions()) {
            if (a->isVisible())
                shown.append(a->isSeparator() ? u"|"_s : a->text());
        }
        menu->close();
    });
    QTest::keyClick(tree, Qt::Key_F10, Qt::ShiftModifier);
    QCOMPARE(shown,
             (QStringList{u"Re&name"_s, u"&Refresh"_s, u"Copy &ID"_s, u"Copy as &JSON"_s, u"|"_s,
                          u"&What Can I Do Here?"_s, u"|"_s, u"Show Re&quests for This Item"_s,
                          u"&Search the Whole Team"_s}));
}

void TestMainWindow::pastedIdRevealsUnloadedObject()
{
    QString id;
    for (const QJsonObject &analysis : m_sandbox->server().snapshot().analyses.all()) {
        if (analysis[u"name"].toString() == u"Zahlungsverhalten Kunden")
            id = analysis[u"id"].toString();
    }
    QTRY_VERIFY(viewIndexNamed(u"Order-to-Cash (legacy)"_s).isValid());
    QVERIFY(!viewIndexNamed(u"Zahlungsverhalten Kunden"_s).isValid());
    m_window->findField()->setFocus();
    QApplication::clipboard()->setText(u"  "_s + id + u" "_s);
    QTest::keyClick(m_window->findField(), Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE(current(), u"Zahlungsverhalten Kunden"_s);
    QTRY_COMPARE(m_window->propertyPane()->state(), PropertyPane::State::Loaded);
    QCOMPARE(m_window->propertyPane()->latest()->id, id);
}

void TestMainWindow::locationLinksSelectTheirPlace()
{
    // An analysis, revealed by its ID: its Location links to its workspace.
    pastedIdRevealsUnloadedObject();
    const QModelIndex workspace = m_window->treeView()->currentIndex().parent();
    // The link names the place by its position, never by a text from the server.
    QString link;
    const auto location = [&]() -> QLabel * {
        for (QLabel *label : m_window->propertyPane()->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->accessibleName() != u"Location")
                continue;
            QTextDocument document;
            document.setHtml(label->text());
            for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    if (it.fragment().text() == workspace.data().toString())
                        link = it.fragment().charFormat().anchorHref();
                }
            }
            return link.startsWith(u"place:") ? label : nullptr;
        }
        return nullptr;
    };
    QTRY_VERIFY(location()); // the pane lays out its facts once the object is read
    Q_EMIT location()->linkActivated(link);
    QTRY_COMPARE(m_window->treeView()->currentIndex(), workspace);
}

void TestMainWindow::copyIdPutsTheIdOnTheClipboard()
{
    QTRY_VERIFY(viewIndexNamed(u"Finance"_s).isValid());
    m_window->treeView()->setCurrentIndex(viewIndexNamed(u"Finance"_s));
    QApplication::clipboard()->clear();
    QTest::keyClick(m_window->treeView(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QString expected
            = viewIndexNamed(u"Finance"_s).data(ResourceTreeModel::IdRole).toString();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(QApplication::clipboard()->text(), expected);
}

void TestMainWindow::everyInteractiveWidgetHasAName()
{
    QTRY_VERIFY(viewIndexNamed(u"Finance"_s).isValid());
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(widget)
                || qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget);
        const bool internal = widget->inherits("QHeaderView")
                || qobject_cast<QLineEdit *>(widget->parentWidget()) // the clear button
                || widget->parentWidget()->inherits("QMenuBar") // the overflow button
                || qobject_cast<QAbstractItemView *>(widget->parentWidget()); // corner button
        if (!interactive || internal)
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(), widget->metaObject()->className());
        ++checked;
    }
    QVERIFY(checked >= 7);
}

void TestMainWindow::errorRowLinksToItsRequest()
{
    reopenFailingOnce(u"/process-mining/api/processes"_s, 504);
    const QModelIndex group = viewIndexNamed(u"Process Analytics"_s);
    QTreeView *tree = m_window->treeView();
    QTRY_COMPARE(TreeNode::Type(tree->model()
                                        ->index(0, 0, group)
                                        .data(ResourceTreeModel::NodeTypeRole)
                                        .toInt()),
                 TreeNode::Type::Error);
    tree->setFocus();
    tree->setCurrentIndex(tree->model()->index(0, 0, group));
    QVERIFY(!m_window->logDock()->isVisible());
    QTest::keyClick(tree, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->logDock()->isVisible());
    const QModelIndex selected = m_window->logDock()->table()->currentIndex();
    QCOMPARE(selected.siblingAtColumn(RequestLogModel::StatusColumn).data().toString(),
             u"504 · failed"_s);
    QCOMPARE(selected.siblingAtColumn(RequestLogModel::PathColumn).data().toString(),
             u"/process-mining/api/processes"_s);
    QVERIFY(m_window->logDock()->detailsText().contains(u"Injected fault"_s));
    QVERIFY(!m_window->logDock()->detailsText().contains(m_sandbox->token(u"admin"_s)));
}

void TestMainWindow::logFollowsTheNewestUnlessScrolledUp()
{
    LogDock *log = m_window->logDock();
    log->show();
    const auto logMore = [log](int count) {
        for (int i = 0; i < count; ++i) {
            RequestLogEntry entry;
            entry.requestId = quint64(1000 + i);
            entry.method = "GET";
            entry.url = QUrl(u"https://team.example/api/cloud"_s);
            entry.status = 200;
            log->append(entry);
        }
    };
    logMore(200);
    const QScrollBar *bar = log->table()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum()); // at the newest
    log->table()->verticalScrollBar()->setValue(0); // the user reads older ones
    logMore(5);
    QCOMPARE(bar->value(), 0);
    log->table()->scrollToBottom(); // back at the newest: following again
    logMore(5);
    QCOMPARE(bar->value(), bar->maximum());
}

void TestMainWindow::logColoursStatusesAndSaysWhenEmpty()
{
    LogDock *log = m_window->logDock();
    log->show();
    log->model()->clear();
    QVERIFY(log->emptyText().startsWith(u"No requests yet"_s));
    for (const int status : {200, 503}) {
        RequestLogEntry entry;
        entry.method = "GET";
        entry.url = QUrl(u"https://team.example/api/cloud"_s);
        entry.status = status;
        log->append(entry);
    }
    QCOMPARE(log->emptyText(), QString());
    const QAbstractItemModel *shown = log->table()->model();
    const QPalette palette = QGuiApplication::palette();
    QCOMPARE(
            shown->index(1, RequestLogModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>(),
            TreeDecorationProxy::errorColor(palette));
    QVERIFY(!shown->index(0, RequestLogModel::StatusColumn).data(Qt::ForegroundRole).isValid());

    auto *filterField = log->findChild<QLineEdit *>();
    filterField->setText(u"zzz"_s);
    QCOMPARE(shown->rowCount(), 0);
    QVERIFY(log->emptyText().startsWith(u"No request matches these filters."_s));
    for (auto *label : log->table()->viewport()->findChildren<QLabel *>())
        Q_EMIT label->linkActivated(u"all"_s);
    QCOMPARE(filterField->text(), QString());
    QCOMPARE(shown->rowCount(), 2);
}

void TestMainWindow::darkThemeKeepsErrorsReadable()
{
    QMenu *theme = nullptr;
    for (QMenu *menu : m_window->findChildren<QMenu *>()) {
        if (menu->title() == u"T&heme")
            theme = menu;
    }
    QVERIFY(theme);
    const auto choose = [theme](const QString &text) {
        for (QAction *action : theme->actions()) {
            if (action->text() == text)
                action->trigger();
        }
    };
    choose(u"&Dark"_s);
    const QPalette dark = QApplication::palette();
    QVERIFY(dark.color(QPalette::Base).lightness() < 128);
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
    QVERIFY(TreeDecorationProxy::errorColor(dark).lightness() > 128); // light red on dark
    QCOMPARE(QSettings().value(u"view/theme"_s).toInt(), 2);
    // The bar follows the theme: its background stays dark.
    NotificationBar *bar = m_window->notificationBar();
    bar->show(NotificationBar::Kind::Error, u"Something failed"_s, {});
    const auto background = [bar] {
        return bar->grab().toImage().pixelColor(3, 3).lightness();
    };
    QTRY_VERIFY(background() < 128); // widgets take a new palette from the event loop
    choose(u"&Light"_s);
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() > 128);
    QTRY_VERIFY(background() > 128);
    QSettings().remove(u"view/theme"_s);
}

void TestMainWindow::requestsForAnObject()
{
    QTRY_VERIFY(viewIndexNamed(u"Finance"_s).isValid());
    QTreeView *tree = m_window->treeView();
    tree->setFocus();
    tree->setCurrentIndex(viewIndexNamed(u"Finance"_s));
    QTRY_COMPARE(m_window->propertyPane()->state(), PropertyPane::State::Loaded);
    tree->expand(viewIndexNamed(u"Finance"_s));
    QTRY_VERIFY(viewIndexNamed(u"Accounts Payable"_s).isValid());
    QTest::keyClick(tree, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    const QAbstractItemModel *shown = m_window->logDock()->table()->model();
    QCOMPARE(shown->rowCount(), 2); // its latest state, and its content
    const QString id = viewIndexNamed(u"Finance"_s).data(ResourceTreeModel::IdRole).toString();
    QCOMPARE(shown->index(0, RequestLogModel::PathColumn).data().toString(),
             u"/package-manager/api/spaces/"_s + id);
    QCOMPARE(shown->index(1, RequestLogModel::PathColumn).data().toString(),
             u"/package-manager/api/nodes/tree?spaceId="_s + id);
}

void TestMainWindow::splitterIsRestored()
{
    QSplitter *splitter = m_window->findChild<QSplitter *>();
    QVERIFY(splitter);
    splitter->setSizes({300, 800});
    const QList<int> sizes = splitter->sizes();
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->findChild<QSplitter *>()->sizes(), sizes);
}

void TestMainWindow::revokedSignInOffersToSignInAgain()
{
    Profile profile;
    profile.name = u"Me in the sandbox"_s;
    profile.settings = m_sandbox->settings(u"admin"_s);
    profile.settings.auth = AuthKind::BrowserSignIn;
    profile.settings.clientId = u"ems-explorer"_s;
    profile.keyStorage = Profile::KeyStorage::Memory;
    ProfileStore().save(profile);
    m_window->connectProfile(profile, u"a-refresh-token-the-team-never-gave"_s);

    QAbstractButton *again = nullptr;
    QTRY_VERIFY(again = [this]() -> QAbstractButton * {
        for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
            if (button->text() == u"Sign In Again…" && button->isVisible())
                return button;
        }
        return nullptr;
    }());
    bool told = false;
    for (const QLabel *label : m_window->findChildren<QLabel *>())
        told = told || label->text().contains(u"expired or was revoked"_s);
    QVERIFY(told);
    again->click();
    ConnectDialog *dialog = nullptr;
    QTRY_VERIFY(dialog = m_window->findChild<ConnectDialog *>());
    bool selected = false;
    for (const QLineEdit *edit : dialog->findChildren<QLineEdit *>())
        selected = selected || edit->text() == profile.name;
    QVERIFY(selected);
    ProfileStore().remove(profile.name);
}

void TestMainWindow::screenshotWaitsForATeamThatComesLater_data()
{
    QTest::addColumn<QString>("select");
    QTest::newRow("the tree") << QString();
    QTest::newRow("an item") << u"Studio/Finance"_s;
}

// As with --profile: the key comes from the keychain, so the team joins after the
// screenshot was asked for.
void TestMainWindow::screenshotWaitsForATeamThatComesLater()
{
    QFETCH(QString, select);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTemporaryDir folder;
    const QString file = folder.filePath(u"shot.png"_s);
    QSignalSpy taken(&window, &MainWindow::screenshotTaken);
    window.takeScreenshotWhenReady(file, select);
    window.addTeam(new Session(m_sandbox->settings(u"admin"_s, KeyType::UserKey)), u"Demo"_s);
    QVERIFY(taken.wait(10000));
    QCOMPARE(taken.size(), 1);
    QVERIFY(taken.first().first().toBool());
    QVERIFY(!QImage(file).isNull());
    if (!select.isEmpty())
        QCOMPARE(window.treeView()->currentIndex().data().toString(), u"Finance"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
