#include "core/api/resourcequery.h"
#include "core/api/resourceservice.h"
#include "core/api/updatejob.h"
#include "core/edit/editmanager.h"
#include "core/edit/pendingeditsfile.h"
#include "core/net/session.h"
#include "core/tree/resourcetreemodel.h"
#include "sandbox/teamseeder.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ems;
using EditState = ResourceTreeModel::EditState;

// Edits through the manager against the sandbox: writes, validation, errors, conflicts
// and staged edits, with the tree showing where each one stands.
class TestEditManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void managerWorksWithoutATree();
    void renameEachKind_data();
    void renameEachKind();
    void nodesAreValidatedBeforeWritten();
    void validationRefusesBeforeSending_data();
    void validationRefusesBeforeSending();
    void writingShowsInTheTree();
    void staleListingKeepsTheWrittenName();
    void badRequestKeepsTheUsersText();
    void forbiddenSaysWhichPermission();
    void conflictOverwrite();
    void conflictKeepTheirs();
    void conflictCancelKeepsTextForRetry();
    void treeMarksReadOnlyRows();
    void stagedEditsApplyInOrder();
    void stagedEditsDiscard();
    void stagedEditsSurviveARestart();
    void stagedEditsConflictWaitsForTheChoice();

private:
    QModelIndex loadedRow(int group, const QString &name);
    QString serverName(const Resource &resource);
    void secondWriterRenames(const QModelIndex &row, const QString &name);
    void recreate(const QString &role = u"admin"_s);
    struct Conflict
    {
        quint64 id = 0;
        QModelIndex row; // Finance
        Resource seen; // what the user saw
        Edit edit; // as conflicted() reported it
    };
    // Renames Finance to "Mine" after a second writer renamed it to "Theirs"; returns once
    // the edit conflicted.
    Conflict conflictingRename();

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Session> m_other;
    std::unique_ptr<ResourceTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<EditManager> m_edits;
    QPersistentModelIndex m_team;
};

void TestEditManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEditManager::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(sandbox::TeamSeeder::demo());
    QVERIFY(m_sandbox->started());
    m_other = std::make_unique<Session>(m_sandbox->settings(u"admin"_s, KeyType::UserKey));
    recreate();
}

void TestEditManager::recreate(const QString &role)
{
    m_edits.reset();
    m_tester.reset();
    m_model.reset();
    m_session = std::make_unique<Session>(m_sandbox->settings(role, KeyType::UserKey));
    m_model = std::make_unique<ResourceTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get());
    m_tester->setUseFetchMore(false);
    m_team = m_model->addTeam(m_session.get(), u"Demo"_s);
    m_edits = std::make_unique<EditManager>();
    m_model->showEdits(m_edits.get());
}

void TestEditManager::cleanup()
{
    if (m_session)
        QFile::remove(PendingEditsFile(m_session->teamUrl()).path());
    m_edits.reset();
    m_tester.reset();
    m_model.reset();
    m_session.reset();
    m_other.reset();
    m_sandbox.reset();
}

QModelIndex TestEditManager::loadedRow(int group, const QString &name)
{
    QModelIndex parent = m_model->index(group, 0, m_team);
    const QStringList path = name.split(u'/');
    for (const QString &part : path) {
        if (m_model->canFetchMore(parent)) {
            m_model->fetchMore(parent);
            if (!QTest::qWaitFor([&] {
                    return TreeNode::LoadState(
                                   parent.data(ResourceTreeModel::LoadStateRole).toInt())
                            == TreeNode::LoadState::Loaded;
                }))
                return {};
        }
        const QModelIndexList found = m_model->match(m_model->index(0, 0, parent), Qt::DisplayRole,
                                                     part, 1, Qt::MatchExactly);
        if (found.isEmpty())
            return {};
        parent = found.first();
    }
    return parent;
}

QString TestEditManager::serverName(const Resource &resource)
{
    ResourceQuery *query = ResourceService(m_other.get()).latest(resource);
    QSignalSpy finished(query, &ResourceQuery::finished);
    finished.wait();
    return query->resources().value(0).name;
}

void TestEditManager::secondWriterRenames(const QModelIndex &row, const QString &name)
{
    UpdateJob *job = ResourceService(m_other.get())
                             .update(*m_model->resource(row), {{u"name"_s, name}}, true);
    QSignalSpy finished(job, &UpdateJob::finished);
    QVERIFY(finished.wait());
    QCOMPARE(job->outcome(), UpdateJob::Outcome::Updated);
}

TestEditManager::Conflict TestEditManager::conflictingRename()
{
    Conflict conflict;
    conflict.row = loadedRow(0, u"Finance"_s);
    conflict.seen = *m_model->seenResource(conflict.row);
    secondWriterRenames(conflict.row, u"Theirs"_s);
    QSignalSpy conflicted(m_edits.get(), &EditManager::conflicted);
    conflict.id = m_edits->submit(m_session.get(), conflict.seen, {{u"name"_s, u"Mine"_s}});
    if (conflicted.wait())
        conflict.edit = conflicted.first().first().value<Edit>();
    return conflict;
}

void TestEditManager::managerWorksWithoutATree()
{
    // What views see: every state through stateChanged(), the answer with Done.
    ResourceQuery *spaces = ResourceService(m_session.get()).spaces();
    QSignalSpy listed(spaces, &ResourceQuery::finished);
    QVERIFY(listed.wait());
    const Resource finance = *std::find_if(spaces->resources().cbegin(), spaces->resources().cend(),
                                           [](const Resource &r) { return r.name == u"Finance"; });
    EditManager edits;
    QSignalSpy states(&edits, &EditManager::stateChanged);
    QSignalSpy dismissed(&edits, &EditManager::dismissed);
    edits.setStaged(true);
    const quint64 staged = edits.submit(m_session.get(), finance, {{u"name"_s, u"Staged"_s}});
    QCOMPARE(states.size(), 1);
    QCOMPARE(states.last().first().value<Edit>().state, Edit::State::Pending);
    QCOMPARE(states.last().first().value<Edit>().shownName(), u"Staged"_s);
    edits.dismiss(staged);
    QCOMPARE(dismissed.size(), 1);
    QCOMPARE(dismissed.first().first().value<Edit>().id, staged);

    edits.setStaged(false);
    edits.submit(m_session.get(), finance, {{u"name"_s, u"Written"_s}});
    QCOMPARE(states.last().first().value<Edit>().state, Edit::State::Writing);
    QTRY_COMPARE(states.last().first().value<Edit>().state, Edit::State::Done);
    QCOMPARE(states.last().first().value<Edit>().result.name, u"Written"_s);
    QCOMPARE(serverName(finance), u"Written"_s);
}

void TestEditManager::renameEachKind_data()
{
    QTest::addColumn<int>("group");
    QTest::addColumn<QString>("path");
    QTest::newRow("space") << 0 << u"Finance"_s;
    QTest::newRow("folder") << 0 << u"Finance/Accounts Payable/Reports"_s;
    QTest::newRow("skill") << 0 << u"Order-to-Cash/Accounts Receivable/Dunning Assistant"_s;
    QTest::newRow("package") << 0 << u"Finance/Accounts Payable"_s;
    QTest::newRow("studio analysis")
            << 0 << u"Finance/Accounts Payable/Reports/Monthly/Cash Discount Report"_s;
    QTest::newRow("knowledge model") << 0 << u"Finance/Accounts Payable/AP Knowledge Model"_s;
    QTest::newRow("view") << 0 << u"Procurement/Procurement App/Views/Buyer Cockpit"_s;
    QTest::newRow("pool") << 1 << u"Oracle Financials"_s;
    QTest::newRow("data model") << 1 << u"Oracle Financials/AP Data Model"_s;
    QTest::newRow("legacy analysis") << 2 << u"Order-to-Cash (legacy)/Zahlungsverhalten Kunden"_s;
}

void TestEditManager::renameEachKind()
{
    QFETCH(int, group);
    QFETCH(QString, path);
    const QModelIndex row = loadedRow(group, path);
    QVERIFY(row.isValid());
    QSignalSpy written(m_edits.get(), &EditManager::written);
    QString error;
    const quint64 id = m_edits->submit(m_session.get(), *m_model->seenResource(row),
                                       {{u"name"_s, u"  Neuer Name ✓ "_s}}, &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY(written.wait());
    const Edit edit = written.first().first().value<Edit>();
    QCOMPARE(edit.result.name, u"Neuer Name ✓"_s); // trimmed
    QCOMPARE(edit.previous.value(u"name").toString(), path.section(u'/', -1));
    QCOMPARE(row.data().toString(), u"Neuer Name ✓"_s);
    QCOMPARE(EditState(row.data(ResourceTreeModel::EditStateRole).toInt()), EditState::None);
    QCOMPARE(serverName(*m_model->resource(row)), u"Neuer Name ✓"_s);
    QVERIFY(!m_edits->edit(id));
}

// A Studio node is written through its staging node, as content-cli writes it: a dry run
// first, whose refusal is said while nothing is written; then the write.
void TestEditManager::nodesAreValidatedBeforeWritten()
{
    const QModelIndex row = loadedRow(0, u"Finance/Accounts Payable/AP Knowledge Model"_s);
    QVERIFY(row.isValid());
    const Resource seen = *m_model->seenResource(row);
    const auto puts = [this] { // path?query of each PUT
        QStringList sent;
        for (const sandbox::ReceivedRequest &request : m_sandbox->server().received()) {
            if (request.method == u"PUT")
                sent.append(request.path + u'?' + request.query);
        }
        return sent;
    };
    const QString node = u"/pacman/api/core/staging/packages/accounts-payable/nodes/"
                         "accounts-payable-ap-knowledge-model?"_s;
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::Status;
    fault.status = 400;
    m_sandbox->server().faults().addRule({u"*"_s, u"PUT"_s, 1, fault});
    m_sandbox->server().clearReceived();
    QSignalSpy failed(m_edits.get(), &EditManager::failed);
    const quint64 id = m_edits->submit(m_session.get(), seen, {{u"name"_s, u"KM neu"_s}});
    QVERIFY(id);
    QVERIFY(failed.wait());
    const Edit refused = failed.first().first().value<Edit>();
    QVERIFY2(refused.error.message().contains(u"dry run"_s), qPrintable(refused.error.message()));
    QCOMPARE(puts(), QStringList{node + u"validate=true"_s});
    QCOMPARE(serverName(seen), u"AP Knowledge Model"_s);

    m_sandbox->server().clearReceived();
    QSignalSpy written(m_edits.get(), &EditManager::written);
    m_edits->retry(id);
    QVERIFY(written.wait());
    QCOMPARE(puts(), (QStringList{node + u"validate=true"_s, node}));
    QCOMPARE(serverName(seen), u"KM neu"_s);
    QCOMPARE(row.data().toString(), u"KM neu"_s);
}

void TestEditManager::validationRefusesBeforeSending_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QJsonObject{{u"name"_s, u""_s}} << u"cannot be empty"_s;
    QTest::newRow("spaces") << QJsonObject{{u"name"_s, u" \t "_s}} << u"cannot be empty"_s;
    QTest::newRow("number") << QJsonObject{{u"name"_s, 5}} << u"must be text"_s;
    QTest::newRow("too long") << QJsonObject{{u"name"_s, QString(300, u'x')}} << u"at most 255"_s;
    QTest::newRow("other field") << QJsonObject{{u"id"_s, u"x"_s}} << u"cannot be edited"_s;
    QTest::newRow("unchanged") << QJsonObject{{u"name"_s, u" Finance "_s}} << QString();
}

void TestEditManager::validationRefusesBeforeSending()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QString, message);
    const QModelIndex row = loadedRow(0, u"Finance"_s);
    m_sandbox->server().clearReceived();
    QString error = u"untouched"_s;
    QCOMPARE(m_edits->submit(m_session.get(), *m_model->seenResource(row), changes, &error), 0u);
    QVERIFY2(message.isEmpty() ? error.isEmpty() : error.contains(message), qPrintable(error));
    // A write would have made a request right away.
    QCOMPARE(m_session->requestsInFlight(), 0);
    QCOMPARE(m_sandbox->server().received().size(), 0);
}

void TestEditManager::writingShowsInTheTree()
{
    const QModelIndex row = loadedRow(1, u"New Pool"_s);
    sandbox::FaultConfig faults;
    faults.latencyMs = 200;
    m_sandbox->server().faults().setConfig(faults);
    QSignalSpy written(m_edits.get(), &EditManager::written);
    m_edits->submit(m_session.get(), *m_model->seenResource(row), {{u"name"_s, u"Pool B"_s}});
    QCOMPARE(EditState(row.data(ResourceTreeModel::EditStateRole).toInt()), EditState::Writing);
    QCOMPARE(row.data().toString(), u"Pool B"_s);
    QVERIFY(!(m_model->flags(row) & Qt::ItemIsEditable));
    // Elsewhere the tree stays editable.
    QVERIFY(m_model->flags(m_model->index(1, 0, row.parent())) & Qt::ItemIsEditable);
    QVERIFY(written.wait());
    QCOMPARE(EditState(row.data(ResourceTreeModel::EditStateRole).toInt()), EditState::None);
    QVERIFY(m_model->flags(row) & Qt::ItemIsEditable);
}

// A refresh sent before a rename that answers after it must not put the old name back,
// nor its old change date, which would make the next rename a false conflict.
void TestEditManager::staleListingKeepsTheWrittenName()
{
    const QModelIndex row = loadedRow(0, u"Finance"_s);
    sandbox::Fault slow; // answered at once, delivered one byte a millisecond
    slow.kind = sandbox::Fault::Kind::Trickle;
    slow.delayMs = 1;
    m_sandbox->server().faults().addRule({u"/package-manager/api/spaces"_s, u"GET"_s, 1, slow});
    m_model->refresh(row.parent()); // the list of spaces, answered late
    QSignalSpy written(m_edits.get(), &EditManager::written);
    m_edits->submit(m_session.get(), *m_model->seenResource(row), {{u"name"_s, u"Finanzen"_s}});
    QVERIFY(written.wait());
    QCOMPARE(row.data().toString(), u"Finanzen"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
            TreeNode::LoadState(row.parent().data(ResourceTreeModel::LoadStateRole).toInt()),
            TreeNode::LoadState::Loaded, 5000);
    QCOMPARE(row.data().toString(), u"Finanzen"_s);

    QSignalSpy conflicted(m_edits.get(), &EditManager::conflicted);
    m_edits->submit(m_session.get(), *m_model->seenResource(row), {{u"name"_s, u"Finanzwesen"_s}});
    QVERIFY(written.wait());
    QVERIFY(conflicted.isEmpty());
    QCOMPARE(row.data().toString(), u"Finanzwesen"_s);
}

void TestEditManager::badRequestKeepsTheUsersText()
{
    const QModelIndex row = loadedRow(0, u"Finance"_s);
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::Status;
    fault.status = 400;
    m_sandbox->server().faults().addRule({u"*"_s, u"PUT"_s, 1, fault});
    QSignalSpy failed(m_edits.get(), &EditManager::failed);
    const quint64 id = m_edits->submit(m_session.get(), *m_model->seenResource(row),
                                       {{u"name"_s, u"Finanzen"_s}});
    QVERIFY(failed.wait());
    const Edit edit = failed.first().first().value<Edit>();
    QCOMPARE(edit.error.httpStatus, 400);
    QVERIFY(edit.error.message().contains(u"Injected fault"_s));
    QCOMPARE(edit.changes.value(u"name").toString(), u"Finanzen"_s);
    QCOMPARE(row.data().toString(), u"Finance"_s); // back to the server's value
    QCOMPARE(EditState(row.data(ResourceTreeModel::EditStateRole).toInt()), EditState::Failed);
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(u"Injected fault"_s));

    QSignalSpy written(m_edits.get(), &EditManager::written);
    m_edits->retry(id);
    QVERIFY(written.wait());
    QCOMPARE(row.data().toString(), u"Finanzen"_s);
}

void TestEditManager::forbiddenSaysWhichPermission()
{
    recreate(u"viewer"_s);
    QSignalSpy loaded(m_session.get(), &Session::permissionsLoaded);
    m_session->start();
    QVERIFY(loaded.wait());
    const QModelIndex row = loadedRow(0, u"Finance"_s);
    QVERIFY(!(m_model->flags(row) & Qt::ItemIsEditable));
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(u"lacks the permission EDIT_SPACE"_s));
    // Written anyway (as a stale view of the permissions would): the 403 says the same.
    QSignalSpy failed(m_edits.get(), &EditManager::failed);
    m_edits->submit(m_session.get(), *m_model->seenResource(row), {{u"name"_s, u"X"_s}});
    QVERIFY(failed.wait());
    const QString message = failed.first().first().value<Edit>().error.message();
    QVERIFY2(message.contains(u"EDIT_ALL_SPACES"_s), qPrintable(message));
}

void TestEditManager::conflictOverwrite()
{
    const auto [id, row, seen, edit] = conflictingRename();
    QCOMPARE(edit.id, id);
    QCOMPARE(edit.latest.name, u"Theirs"_s);
    QCOMPARE(edit.previous.value(u"name").toString(), u"Finance"_s);
    QCOMPARE(serverName(seen), u"Theirs"_s); // nothing written without a choice
    QSignalSpy written(m_edits.get(), &EditManager::written);
    m_edits->resolve(id, EditManager::Resolution::Overwrite);
    QVERIFY(written.wait());
    QCOMPARE(serverName(seen), u"Mine"_s);
    QCOMPARE(row.data().toString(), u"Mine"_s);
}

void TestEditManager::conflictKeepTheirs()
{
    const auto [id, row, seen, edit] = conflictingRename();
    QCOMPARE(edit.id, id);
    m_edits->resolve(id, EditManager::Resolution::KeepTheirs);
    QCOMPARE(row.data().toString(), u"Theirs"_s);
    QCOMPARE(EditState(row.data(ResourceTreeModel::EditStateRole).toInt()), EditState::None);
    QVERIFY(!m_edits->edit(id));
    QCOMPARE(serverName(seen), u"Theirs"_s);
}

void TestEditManager::conflictCancelKeepsTextForRetry()
{
    const auto [id, row, seen, edit] = conflictingRename();
    QCOMPARE(edit.id, id);
    QSignalSpy failed(m_edits.get(), &EditManager::failed);
    m_edits->resolve(id, EditManager::Resolution::Cancel);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_edits->edit(id)->changes.value(u"name").toString(), u"Mine"_s);
    QCOMPARE(row.data().toString(), u"Theirs"_s);
    QCOMPARE(serverName(seen), u"Theirs"_s);
    // Retry now checks against what the user has seen since: it writes.
    QSignalSpy written(m_edits.get(), &EditManager::written);
    m_edits->retry(id);
    QVERIFY(written.wait());
    QCOMPARE(serverName(seen), u"Mine"_s);
}

void TestEditManager::treeMarksReadOnlyRows()
{
    const QModelIndex workspace = loadedRow(2, u"Order-to-Cash (legacy)"_s);
    QVERIFY(!(m_model->flags(workspace) & Qt::ItemIsEditable)); // workspaces are read-only
    QVERIFY(!(m_model->flags(workspace.siblingAtColumn(1)) & Qt::ItemIsEditable));
    QVERIFY(!(m_model->flags(m_model->index(0, 0, m_team)) & Qt::ItemIsEditable));
    QVERIFY(m_model->flags(loadedRow(1, u"New Pool"_s)) & Qt::ItemIsEditable);
}

void TestEditManager::stagedEditsApplyInOrder()
{
    const QModelIndex finance = loadedRow(0, u"Finance"_s);
    const QModelIndex pool = loadedRow(1, u"New Pool"_s);
    m_edits->setStaged(true);
    QSignalSpy pending(m_edits.get(), &EditManager::pendingChanged);
    m_sandbox->server().clearReceived();
    m_edits->submit(m_session.get(), *m_model->seenResource(finance), {{u"name"_s, u"A"_s}});
    m_edits->submit(m_session.get(), *m_model->seenResource(pool), {{u"name"_s, u"B"_s}});
    QCOMPARE(m_edits->pendingCount(), 2);
    QCOMPARE(pending.last().first().toInt(), 2);
    QCOMPARE(EditState(finance.data(ResourceTreeModel::EditStateRole).toInt()), EditState::Pending);
    QCOMPARE(finance.data().toString(), u"A"_s);
    QVERIFY(QFile::exists(PendingEditsFile(m_session->teamUrl()).path()));
    QCOMPARE(m_session->requestsInFlight(), 0); // nothing written
    QCOMPARE(m_sandbox->server().received().size(), 0);

    QSignalSpy progress(m_edits.get(), &EditManager::applyProgress);
    QSignalSpy finished(m_edits.get(), &EditManager::applyFinished);
    m_edits->applyPending();
    QVERIFY(finished.wait());
    QCOMPARE(progress.size(), 2);
    QCOMPARE(progress.last().at(0).toInt(), 2);
    QCOMPARE(m_edits->pendingCount(), 0);
    QCOMPARE(serverName(*m_model->resource(finance)), u"A"_s);
    QCOMPARE(serverName(*m_model->resource(pool)), u"B"_s);
    QStringList puts;
    for (const auto &request : m_sandbox->server().received()) {
        if (request.method == u"PUT")
            puts.append(request.path.section(u'/', 3, 3));
    }
    QCOMPARE(puts, (QStringList{u"spaces"_s, u"pools"_s}));
    QVERIFY(!QFile::exists(PendingEditsFile(m_session->teamUrl()).path()));
}

void TestEditManager::stagedEditsDiscard()
{
    const QModelIndex finance = loadedRow(0, u"Finance"_s);
    m_edits->setStaged(true);
    m_edits->submit(m_session.get(), *m_model->seenResource(finance), {{u"name"_s, u"A"_s}});
    m_edits->discardPending();
    QCOMPARE(m_edits->pendingCount(), 0);
    QCOMPARE(finance.data().toString(), u"Finance"_s);
    QCOMPARE(EditState(finance.data(ResourceTreeModel::EditStateRole).toInt()), EditState::None);
    QVERIFY(!QFile::exists(PendingEditsFile(m_session->teamUrl()).path()));
}

void TestEditManager::stagedEditsSurviveARestart()
{
    const QModelIndex finance = loadedRow(0, u"Finance"_s);
    m_edits->setStaged(true);
    m_edits->submit(m_session.get(), *m_model->seenResource(finance),
                    {{u"name"_s, u"Finanzen"_s}, {u"description"_s, u"Money"_s}});
    QFile file(PendingEditsFile(m_session->teamUrl()).path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(!saved.contains(m_sandbox->token(u"admin"_s).toUtf8()));
    QVERIFY(saved.contains("Finanzen"));

    recreate(); // as after a restart
    QCOMPARE(m_edits->pendingCount(), 0);
    QCOMPARE(m_edits->restorePending(m_session.get()), 1);
    const Edit restored = m_edits->pendingEdits().first();
    QCOMPARE(restored.changes.value(u"name").toString(), u"Finanzen"_s);
    QCOMPARE(restored.previous.value(u"name").toString(), u"Finance"_s);
    const QModelIndex again = loadedRow(0, u"Finanzen"_s); // shown with the staged name
    QVERIFY(again.isValid());
    QCOMPARE(EditState(again.data(ResourceTreeModel::EditStateRole).toInt()), EditState::Pending);
    QSignalSpy finished(m_edits.get(), &EditManager::applyFinished);
    m_edits->applyPending();
    QVERIFY(finished.wait());
    QCOMPARE(serverName(*m_model->resource(again)), u"Finanzen"_s);
}

void TestEditManager::stagedEditsConflictWaitsForTheChoice()
{
    const QModelIndex finance = loadedRow(0, u"Finance"_s);
    const QModelIndex pool = loadedRow(1, u"New Pool"_s);
    m_edits->setStaged(true);
    const quint64 first = m_edits->submit(m_session.get(), *m_model->seenResource(finance),
                                          {{u"name"_s, u"A"_s}});
    m_edits->submit(m_session.get(), *m_model->seenResource(pool), {{u"name"_s, u"B"_s}});
    secondWriterRenames(finance, u"Theirs"_s);
    QSignalSpy conflicted(m_edits.get(), &EditManager::conflicted);
    QSignalSpy finished(m_edits.get(), &EditManager::applyFinished);
    m_edits->applyPending();
    QVERIFY(conflicted.wait());
    QVERIFY(m_edits->isApplying());
    QCOMPARE(m_session->requestsInFlight(), 0); // the next edit waits for the choice
    QCOMPARE(serverName(*m_model->resource(pool)), u"New Pool"_s); // waits in order
    m_edits->resolve(first, EditManager::Resolution::KeepTheirs);
    QVERIFY(finished.wait());
    QCOMPARE(serverName(*m_model->resource(pool)), u"B"_s);
    QCOMPARE(serverName(*m_model->resource(finance)), u"Theirs"_s);
}

QTEST_GUILESS_MAIN(TestEditManager)
#include "tst_editmanager.moc"
