#include "core/api/resourcequery.h"
#include "core/api/resourceservice.h"
#include "core/api/updatejob.h"
#include "core/edit/editmanager.h"
#include "core/edit/pendingeditsfile.h"
#include "core/edit/propertymodel.h"
#include "core/net/apijob.h"
#include "core/net/session.h"
#include "core/tree/resourcetreemodel.h"
#include "sandbox/teamseeder.h"
#include "testwindow.h"
#include "ui/common/notificationbar.h"
#include "ui/edit/conflictdialog.h"
#include "ui/pane/propertypane.h"
#include "ui/tree/treedecorationproxy.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ems;

// Renaming in the window: F2 in the tree, in-place edits in the pane, the conflict dialog,
// undo and redo, staged edits, on the offscreen platform against the sandbox.
class TestEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void f2RenamesInTheTree();
    void emptyNameKeepsTheEditorOpen();
    void paneEditsTheDescription();
    void conflictDialogChoices_data();
    void conflictDialogChoices();
    void failedWriteOffersRetryAndCopy();
    void undoAndRedoWriteBack();
    void readOnlyRowSaysWhy();
    void stagedEditsAreCountedAndApplied();
    void stagingStaysVisibleAndAsksBeforeStopping();
    void undoWritesWhileStaged();
    void disconnectEndsTheTeamsEdits();
    void everyFailedTextStaysReachable();
    void earlierNotificationsStayReachable();
    void teamsSideBySide();

private:
    QModelIndex rowNamed(const QString &name) const;
    QString serverName(const QString &spaceName);
    void select(const QString &name);
    QLineEdit *startRename();
    // Selects the row, types the new name with F2 and Enter; returns the object's id.
    QString renameRow(const QString &row, const QString &name);
    QString renameFinance(const QString &name) { return renameRow(u"Finance"_s, name); }
    QAction *action(const QString &text) const;
    QPushButton *barButton(const QString &text) const; // visible, in the notification bar
    void failWrites(int count); // the next count PUTs answer 500

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Session> m_other;
};

void TestEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEditing::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(sandbox::TeamSeeder::demo());
    QVERIFY(m_sandbox->started());
    m_other = std::make_unique<Session>(m_sandbox->settings(u"admin"_s, KeyType::UserKey));
    m_window = openTestWindow(*m_sandbox);
    QTRY_VERIFY(rowNamed(u"Finance"_s).isValid());
}

void TestEditing::cleanup()
{
    for (Session *session : m_window->findChildren<Session *>())
        QFile::remove(PendingEditsFile(session->teamUrl()).path());
    m_window.reset();
    m_other.reset();
    m_sandbox.reset();
}

QModelIndex TestEditing::rowNamed(const QString &name) const
{
    const QAbstractItemModel *model = m_window->treeView()->model();
    return model
            ->match(model->index(0, 0), Qt::DisplayRole, name, 1,
                    Qt::MatchExactly | Qt::MatchRecursive)
            .value(0);
}

QString TestEditing::serverName(const QString &spaceName)
{
    for (const QJsonObject &space : m_sandbox->server().snapshot().spaces.all()) {
        if (space[u"id"].toString() == spaceName)
            return space[u"name"].toString();
    }
    return {};
}

void TestEditing::select(const QString &name)
{
    m_window->treeView()->setFocus();
    m_window->treeView()->setCurrentIndex(rowNamed(name));
}

QLineEdit *TestEditing::startRename()
{
    QTest::keyClick(m_window->treeView(), Qt::Key_F2);
    return m_window->treeView()->findChild<QLineEdit *>();
}

QString TestEditing::renameRow(const QString &row, const QString &name)
{
    select(row);
    const QString id = rowNamed(row).data(ResourceTreeModel::IdRole).toString();
    QLineEdit *editor = startRename();
    if (!editor)
        return {};
    editor->selectAll();
    QTest::keyClicks(editor, name);
    QTest::keyClick(editor, Qt::Key_Return);
    return id;
}

void TestEditing::f2RenamesInTheTree()
{
    select(u"Finance"_s);
    const QString id = rowNamed(u"Finance"_s).data(ResourceTreeModel::IdRole).toString();
    QLineEdit *editor = startRename();
    QVERIFY(editor);
    QCOMPARE(editor->text(), u"Finance"_s);
    editor->selectAll();
    QTest::keyClicks(editor, u"  Finanzen  "_s);
    QTest::keyClick(editor, Qt::Key_Return);
    // Italic while writing, then the server's answer.
    QTRY_COMPARE(serverName(id), u"Finanzen"_s);
    QTRY_VERIFY(rowNamed(u"Finanzen"_s).isValid());
    QTRY_COMPARE(ResourceTreeModel::EditState(
                         rowNamed(u"Finanzen"_s).data(ResourceTreeModel::EditStateRole).toInt()),
                 ResourceTreeModel::EditState::None);
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_window->undoStack()->undoText(), u"Rename “Finance” to “Finanzen”"_s);
}

void TestEditing::emptyNameKeepsTheEditorOpen()
{
    select(u"Finance"_s);
    QLineEdit *editor = startRename();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"   "_s);
    m_sandbox->server().clearReceived();
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(m_window->treeView()->findChild<QLineEdit *>() == editor);
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->text(), u"   "_s);
    QCOMPARE(editor->toolTip(), u"The name cannot be empty."_s);
    QTest::keyClick(editor, Qt::Key_Escape);
    // A rename would have marked the row as writing right away.
    QCOMPARE(ResourceTreeModel::EditState(
                     rowNamed(u"Finance"_s).data(ResourceTreeModel::EditStateRole).toInt()),
             ResourceTreeModel::EditState::None);
    for (const auto &request : m_sandbox->server().received())
        QCOMPARE(request.method, u"GET"_s);
    QVERIFY(rowNamed(u"Finance"_s).isValid());
}

void TestEditing::paneEditsTheDescription()
{
    select(u"Finance"_s);
    PropertyPane *pane = m_window->propertyPane();
    QTRY_COMPARE(pane->state(), PropertyPane::State::Loaded);
    QTreeView *fields = pane->fieldView();
    const QModelIndex description = fields->model()
                                            ->match(fields->model()->index(0, 0), Qt::DisplayRole,
                                                    u"description"_s, 1, Qt::MatchExactly)
                                            .value(0);
    QVERIFY(description.isValid());
    QVERIFY(description.data(PropertyModel::EditableRole).toBool());
    const QModelIndex id = fields->model()
                                   ->match(fields->model()->index(0, 0), Qt::DisplayRole, u"id"_s,
                                           1, Qt::MatchExactly)
                                   .value(0);
    QVERIFY(!(fields->model()->flags(id.siblingAtColumn(1)) & Qt::ItemIsEditable));
    fields->setFocus();
    fields->setCurrentIndex(description.siblingAtColumn(1));
    QTest::keyClick(fields, Qt::Key_F2);
    QLineEdit *editor = fields->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTest::keyClicks(editor, u"Money matters"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(pane->latest()->raw.value(u"description").toString(), u"Money matters"_s);
    const QString spaceId = rowNamed(u"Finance"_s).data(ResourceTreeModel::IdRole).toString();
    for (const QJsonObject &space : m_sandbox->server().snapshot().spaces.all()) {
        if (space[u"id"].toString() == spaceId)
            QCOMPARE(space[u"description"].toString(), u"Money matters"_s);
    }
}

void TestEditing::conflictDialogChoices_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("serverAfter");
    QTest::newRow("overwrite") << u"&Overwrite"_s << u"Mine"_s;
    QTest::newRow("keep theirs") << u"&Keep Theirs"_s << u"Theirs"_s;
    QTest::newRow("cancel") << u"Cancel"_s << u"Theirs"_s;
    // Keys pressed right after the dialog opens, on whatever has the focus.
    QTest::newRow("enter") << u"<Enter>"_s << u"Theirs"_s;
    QTest::newRow("escape") << u"<Escape>"_s << u"Theirs"_s;
}

void TestEditing::conflictDialogChoices()
{
    QFETCH(QString, button);
    QFETCH(QString, serverAfter);
    select(u"Finance"_s);
    const QString id = rowNamed(u"Finance"_s).data(ResourceTreeModel::IdRole).toString();
    // The pane's fetch of the latest state must not see the second writer's name.
    const PropertyPane *pane = m_window->propertyPane();
    QTRY_VERIFY(pane->state() == PropertyPane::State::Loaded && pane->latest()
                && pane->latest()->id == id);
    // A second writer renames it after the tree listed it.
    ResourceQuery *query = ResourceService(m_other.get()).byId(Resource::Family::Space, id);
    QSignalSpy fetched(query, &ResourceQuery::finished);
    QVERIFY(fetched.wait());
    UpdateJob *theirs = ResourceService(m_other.get())
                                .update(query->resources().first(), {{u"name"_s, u"Theirs"_s}});
    QSignalSpy written(theirs, &UpdateJob::finished);
    QVERIFY(written.wait());

    renameFinance(u"Mine"_s);
    ConflictDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ConflictDialog *>()) && dialog->isVisible());
    const QStringList texts = [&] {
        QStringList all;
        for (QLabel *label : dialog->findChildren<QLabel *>())
            all.append(label->text());
        return all;
    }();
    QVERIFY(texts.contains(u"Theirs"_s));
    QVERIFY(texts.contains(u"Mine"_s));
    QVERIFY(texts.contains(u"Finance"_s));
    QCOMPARE(serverName(id), u"Theirs"_s); // nothing written before the choice
    const bool key = button.startsWith(u'<');
    if (key) {
        QWidget *focused = dialog->focusWidget();
        // The safe choice has the focus.
        QCOMPARE(focused,
                 dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel));
        QTest::keyClick(focused, button == u"<Enter>" ? Qt::Key_Return : Qt::Key_Escape);
    } else {
        QPushButton *choice = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->text() == button || (b->text() == u"&Cancel"_s && button == u"Cancel"_s))
                choice = b;
        }
        QVERIFY(choice);
        choice->click();
    }
    QTRY_COMPARE(serverName(id), serverAfter);
    QTRY_VERIFY(rowNamed(serverAfter).isValid());
    if (button == u"Cancel" || key) {
        // Cancelling was the user's choice: said neutrally, the text kept for Overwrite Now.
        NotificationBar *bar = m_window->notificationBar();
        QTRY_VERIFY(bar->text().contains(u"Your text “Mine” is kept"_s));
        QCOMPARE(bar->kind(), NotificationBar::Kind::Information);
        QCOMPARE(ResourceTreeModel::EditState(
                         rowNamed(u"Theirs"_s).data(ResourceTreeModel::EditStateRole).toInt()),
                 ResourceTreeModel::EditState::Kept);
        // The bar takes no focus, so Enter in the tree, where the rename was typed, does not
        // mean Overwrite Now.
        QVERIFY(!bar->isAncestorOf(m_window->focusWidget()));
        QTest::keyClick(m_window->treeView(), Qt::Key_Return);
        QCOMPARE(ResourceTreeModel::EditState(
                         rowNamed(u"Theirs"_s).data(ResourceTreeModel::EditStateRole).toInt()),
                 ResourceTreeModel::EditState::Kept);
        barButton(u"Overwrite Now"_s)->click();
        QTRY_COMPARE(serverName(id), u"Mine"_s);
    }
}

void TestEditing::failedWriteOffersRetryAndCopy()
{
    failWrites(2);
    const QString id = renameFinance(u"Finanzen"_s);
    NotificationBar *bar = m_window->notificationBar();
    QTRY_VERIFY(bar->text().contains(u"Injected fault"_s));
    QVERIFY(rowNamed(u"Finance"_s).isValid()); // back to the server's value
    QVERIFY(rowNamed(u"Finance"_s).data(Qt::ToolTipRole).toString().contains(u"Injected fault"_s));

    barButton(u"Retry"_s)->click(); // fails once more
    QTRY_VERIFY(bar->isVisible() && bar->text().contains(u"Injected fault"_s));
    barButton(u"Copy Your Text"_s)->click();
    QCOMPARE(QApplication::clipboard()->text(), u"Finanzen"_s);
    QVERIFY(!bar->isVisible());
    QCOMPARE(serverName(id), u"Finance"_s);
}

void TestEditing::undoAndRedoWriteBack()
{
    const QString id = renameFinance(u"Finanzen"_s);
    QTRY_COMPARE(serverName(id), u"Finanzen"_s);
    QTRY_COMPARE(m_window->undoStack()->count(), 1);

    QTest::keyClick(m_window->treeView(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(serverName(id), u"Finance"_s);
    QTRY_COMPARE(ResourceTreeModel::EditState(
                         rowNamed(u"Finance"_s).data(ResourceTreeModel::EditStateRole).toInt()),
                 ResourceTreeModel::EditState::None);
    QTest::keyClick(m_window->treeView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(serverName(id), u"Finanzen"_s);
    QTRY_VERIFY(rowNamed(u"Finanzen"_s).isValid());
    QCOMPARE(m_window->undoStack()->count(), 1);
}

void TestEditing::readOnlyRowSaysWhy()
{
    QAction *rename = action(u"Re&name"_s);
    QVERIFY(rename);
    select(u"Finance"_s);
    QVERIFY(rename->isEnabled());
    select(u"Purchase-to-Pay (legacy)"_s);
    // Rename is off, and says why, before anyone tries.
    QVERIFY(!rename->isEnabled());
    QVERIFY(rename->toolTip().startsWith(u"Workspaces cannot be changed"_s));
    QCOMPARE(startRename(), nullptr);
    // The row says the same, not that the key (the admin's) lacks a permission.
    const QString tip = rowNamed(u"Purchase-to-Pay (legacy)"_s).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Workspaces cannot be changed"_s) && !tip.contains(u"lacks"_s),
             qPrintable(tip));
    QCOMPARE(rowNamed(u"Purchase-to-Pay (legacy)"_s)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .cacheKey(),
             TreeDecorationProxy::badged(u"workspace"_s, u"lock"_s).cacheKey());
    // The pane's header says it too, with the reason in its tooltip.
    const auto readOnlyLabel = [this]() -> QLabel * {
        for (QLabel *label : m_window->propertyPane()->findChildren<QLabel *>()) {
            if (label->text().endsWith(u" · Read-only"_s))
                return label;
        }
        return nullptr;
    };
    QTRY_VERIFY(readOnlyLabel());
    QVERIFY(readOnlyLabel()->toolTip().contains(u"cannot be changed"_s));
    select(u"Finance"_s);
    QTRY_COMPARE(m_window->propertyPane()->state(), PropertyPane::State::Loaded);
    QVERIFY(!readOnlyLabel());
}

void TestEditing::stagedEditsAreCountedAndApplied()
{
    QAction *stage = nullptr;
    QAction *apply = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == u"&Stage Edits (Don't Write)")
            stage = a;
        if (a->text().startsWith(u"&Apply"))
            apply = a;
    }
    QVERIFY(stage && apply);
    QVERIFY(!apply->isEnabled());
    stage->trigger();
    const QString id = renameFinance(u"Finanzen"_s);
    QTRY_VERIFY(rowNamed(u"Finanzen"_s).isValid());
    QCOMPARE(ResourceTreeModel::EditState(
                     rowNamed(u"Finanzen"_s).data(ResourceTreeModel::EditStateRole).toInt()),
             ResourceTreeModel::EditState::Pending);
    bool counted = false;
    for (QLabel *label : m_window->findChildren<QLabel *>())
        counted |= label->isVisible() && label->text() == u"1 pending edit(s)";
    QVERIFY(counted);
    QVERIFY(apply->isEnabled());
    QCOMPARE(apply->text(), u"&Apply 1 Pending Edit(s)"_s);
    QCOMPARE(serverName(id), u"Finance"_s);
    apply->trigger();
    QTRY_COMPARE(serverName(id), u"Finanzen"_s);
    QTRY_VERIFY(!apply->isEnabled());
}

void TestEditing::stagingStaysVisibleAndAsksBeforeStopping()
{
    const auto stagingBar = [this]() -> NotificationBar * {
        for (auto *bar : m_window->findChildren<NotificationBar *>()) {
            if (bar->accessibleName() == u"Staged edits" && bar->isVisible())
                return bar;
        }
        return nullptr;
    };
    QCOMPARE(stagingBar(), nullptr);
    QAction *stage = action(u"&Stage Edits"_s);
    stage->trigger();
    QVERIFY(stagingBar());
    QVERIFY(stagingBar()->text().startsWith(u"Staging: edits wait here"_s));
    const QString id = renameFinance(u"Finanzen"_s);
    QTRY_COMPARE(stagingBar()->text(), u"1 edit(s) not written yet."_s);

    // Turning staging off asks first; Keep Staging keeps everything as it was.
    const auto question = [] {
        return qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    };
    const auto click = [&](const QString &text) {
        for (QAbstractButton *button : question()->buttons()) {
            if (button->text() == text)
                return button->click();
        }
        QFAIL(qPrintable(u"no button "_s + text));
    };
    stage->trigger();
    QTRY_VERIFY(question());
    QVERIFY(question()->text().contains(u"not written yet"_s));
    QVERIFY(stage->isChecked());
    // Enter right away keeps staging: applying writes, discarding loses.
    QCOMPARE(question()->focusWidget(), question()->defaultButton());
    QTest::keyClick(question()->focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!question());
    QVERIFY(stage->isChecked());
    QCOMPARE(m_window->editManager()->pendingCount(), 1);
    QCOMPARE(serverName(id), u"Finance"_s);

    // Discard asks, and Enter there keeps the edit too.
    for (QPushButton *b : stagingBar()->findChildren<QPushButton *>()) {
        if (b->text() == u"Discard…")
            b->click();
    }
    QTRY_VERIFY(question());
    QVERIFY(question()->text().startsWith(u"Drop 1 staged edit"_s));
    QTest::keyClick(question()->focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!question());
    QCOMPARE(m_window->editManager()->pendingCount(), 1);

    stage->trigger();
    QTRY_VERIFY(question());
    click(u"&Apply and Stop Staging"_s);
    QTRY_COMPARE(serverName(id), u"Finanzen"_s);
    QVERIFY(!stage->isChecked());
    QVERIFY(!m_window->editManager()->isStaged());
    QCOMPARE(stagingBar(), nullptr);
}

void TestEditing::undoWritesWhileStaged()
{
    const QString id = renameFinance(u"Finanzen"_s);
    QTRY_COMPARE(m_window->undoStack()->count(), 1);
    action(u"&Stage Edits"_s)->trigger();
    // Undo says it writes, and does: it puts back what the team had.
    QAction *undo = action(u"&Undo"_s);
    QVERIFY(undo->text().endsWith(u"(Writes Now)"_s));
    QTest::keyClick(m_window->treeView(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(serverName(id), u"Finance"_s);
    QCOMPARE(m_window->editManager()->pendingCount(), 0);
}

void TestEditing::failWrites(int count)
{
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::Status;
    fault.status = 500;
    m_sandbox->server().faults().addRule({u"*"_s, u"PUT"_s, count, fault});
}

QPushButton *TestEditing::barButton(const QString &text) const
{
    for (QPushButton *b : m_window->notificationBar()->findChildren<QPushButton *>()) {
        if (b->text() == text && b->isVisible())
            return b;
    }
    return nullptr;
}

QAction *TestEditing::action(const QString &text) const
{
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text().startsWith(text))
            return a;
    }
    return nullptr;
}

// After File > Disconnect Team nothing may touch the team's session: not undo, not the
// failure bar's Retry, not Apply Pending Edits. The staged edit stays saved for next time.
void TestEditing::disconnectEndsTheTeamsEdits()
{
    const QString written = renameFinance(u"Finanzen"_s);
    QTRY_COMPARE(m_window->undoStack()->count(), 1);

    failWrites(1);
    renameRow(u"Procurement"_s, u"Einkauf"_s);
    QPushButton *retry = nullptr;
    QTRY_VERIFY(retry = barButton(u"Retry"_s));

    action(u"&Stage Edits"_s)->trigger();
    renameRow(u"Order-to-Cash"_s, u"O2C"_s);
    QTRY_COMPARE(m_window->editManager()->pendingCount(), 1);
    const QString pendingFile
            = PendingEditsFile(m_window->editManager()->pendingEdits().first().session->teamUrl())
                      .path();

    m_sandbox->server().clearReceived();
    action(u"&Disconnect Team"_s)->trigger();
    QCOMPARE(m_window->editManager()->pendingCount(), 0);
    QVERIFY(QFile::exists(pendingFile)); // offered again at the next connect

    m_window->undoStack()->undo();
    retry->click();
    m_window->editManager()->applyPending();
    QTRY_COMPARE(m_window->undoStack()->count(), 0); // the disconnected team's write is gone
    // Whatever was sent is at the server before this answer comes.
    QSignalSpy probe(m_other->get(u"/api/cloud"_s), &ApiJob::finished);
    QVERIFY(probe.wait());
    for (const auto &request : m_sandbox->server().received())
        QVERIFY2(request.method == u"GET" && request.path == u"/api/cloud",
                 qPrintable(request.path));
    QCOMPARE(serverName(written), u"Finanzen"_s);
    QFile::remove(pendingFile);
}

// A second failed write does not push the first one's text out of reach.
void TestEditing::everyFailedTextStaysReachable()
{
    failWrites(2);
    NotificationBar *bar = m_window->notificationBar();
    const QString finance = renameFinance(u"Finanzen"_s);
    QTRY_VERIFY(barButton(u"Retry"_s));
    const QString procurement = renameRow(u"Procurement"_s, u"Einkauf"_s);
    QTRY_VERIFY(bar->text().startsWith(u"2 change(s) were not written"_s));
    QVERIFY(bar->text().contains(u"Rename “Finance” to “Finanzen”"_s));
    QVERIFY(bar->text().contains(u"Rename “Procurement” to “Einkauf”"_s));

    QPushButton *retryAll = nullptr;
    QTRY_VERIFY(retryAll = barButton(u"Retry All"_s));
    retryAll->click();
    QTRY_COMPARE(serverName(finance), u"Finanzen"_s);
    QTRY_COMPARE(serverName(procurement), u"Einkauf"_s);
    QVERIFY(m_window->editManager()->failedEdits().isEmpty());
}

void TestEditing::earlierNotificationsStayReachable()
{
    failWrites(1);
    const QString id = renameFinance(u"Finanzen"_s);
    NotificationBar *bar = m_window->notificationBar();
    QTRY_VERIFY(bar->text().contains(u"Injected fault"_s));
    bar->show(NotificationBar::Kind::Information, u"Something later"_s, {});

    // View > Recent Notifications brings the failure back, with its Retry.
    QMenu *recent = nullptr;
    for (QMenu *menu : m_window->findChildren<QMenu *>()) {
        if (menu->title() == u"Recent N&otifications")
            recent = menu;
    }
    QVERIFY(recent);
    Q_EMIT recent->aboutToShow();
    QCOMPARE(recent->actions().size(), 2);
    QCOMPARE(recent->actions().at(0)->text(), u"Something later"_s);
    recent->actions().at(1)->trigger();
    QVERIFY(bar->text().contains(u"Injected fault"_s));
    barButton(u"Retry"_s)->click();
    QTRY_COMPARE(serverName(id), u"Finanzen"_s);
}

// Several teams at once: a failing one stays on its own row, each team keeps its own staged
// edits, and disconnecting one (also while it loads) leaves the others whole.
void TestEditing::teamsSideBySide()
{
    SandboxFixture second(sandbox::TeamSeeder::demo());
    QVERIFY(second.started());
    ConnectionSettings wrong = second.settings(u"admin"_s, KeyType::UserKey);
    wrong.secret = u"not-a-key-of-this-team"_s;
    m_window->addTeam(new Session(second.settings(u"admin"_s, KeyType::UserKey)), u"Second"_s);
    m_window->addTeam(new Session(wrong), u"Broken"_s);
    const QAbstractItemModel *model = m_window->treeView()->model();
    QCOMPARE(model->rowCount(), 3);
    const auto inTeam = [model](int team, const QString &name) {
        return model
                ->match(model->index(0, 0, model->index(team, 0)), Qt::DisplayRole, name, 1,
                        Qt::MatchExactly | Qt::MatchRecursive)
                .value(0);
    };
    QTRY_VERIFY(inTeam(1, u"Finance"_s).isValid());
    QTRY_VERIFY(model->index(2, 0).data().toString().contains(u"connection failed"_s));
    QVERIFY(inTeam(0, u"Finance"_s).isValid()); // the first team is untouched
    QVERIFY(!model->index(0, 0).data().toString().contains(u"failed"_s));

    // One staged rename per team.
    action(u"&Stage Edits"_s)->trigger();
    const auto rename = [this](const QModelIndex &row, const QString &name) {
        m_window->treeView()->setFocus();
        m_window->treeView()->setCurrentIndex(row);
        QTRY_VERIFY(!m_window->treeView()->findChild<QLineEdit *>()); // the last one is gone
        QLineEdit *editor = startRename();
        QVERIFY(editor);
        editor->setText(name);
        QTest::keyClick(editor, Qt::Key_Return);
    };
    rename(inTeam(0, u"Finance"_s), u"Finanzen A"_s);
    rename(inTeam(1, u"Finance"_s), u"Finanzen B"_s);
    QTRY_COMPARE(m_window->editManager()->pendingCount(), 2);

    // Disconnecting the second team keeps its edit for its next connect, not for the first.
    const QString secondFile = PendingEditsFile(second.settings(u"admin"_s).teamUrl).path();
    m_window->treeView()->setCurrentIndex(model->index(1, 0));
    action(u"&Disconnect Team"_s)->trigger();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(m_window->editManager()->pendingCount(), 1);
    QVERIFY(QFile::exists(secondFile));
    QFile::remove(secondFile);
    m_window->editManager()->applyPending();
    QTRY_VERIFY(rowNamed(u"Finanzen A"_s).isValid());
    QTRY_COMPARE(m_window->editManager()->pendingCount(), 0);
    const QString id = rowNamed(u"Finanzen A"_s).data(ResourceTreeModel::IdRole).toString();
    QTRY_COMPARE(serverName(id), u"Finanzen A"_s);
    for (const QJsonObject &space : second.server().snapshot().spaces.all())
        QVERIFY(space[u"name"].toString() != u"Finanzen B");

    // A team disconnected while it still loads leaves the others loading as before.
    m_window->addTeam(new Session(second.settings(u"admin"_s, KeyType::UserKey)), u"Third"_s);
    m_window->treeView()->setCurrentIndex(model->index(2, 0));
    action(u"&Disconnect Team"_s)->trigger();
    QCOMPARE(model->rowCount(), 2);
    m_window->treeView()->expand(rowNamed(u"Procurement"_s));
    QTRY_VERIFY(rowNamed(u"Procurement App"_s).isValid());
}

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
