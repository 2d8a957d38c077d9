#include "core/api/resourcequery.h"
#include "core/api/resourceservice.h"
#include "core/api/updatejob.h"
#include "core/net/session.h"
#include "core/tree/resourcefiltermodel.h"
#include "core/tree/resourcetreemodel.h"
#include "core/tree/treenavigator.h"
#include "sandbox/teamseeder.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ems;
using sandbox::Fault;

// The lazy resource tree against the sandbox, watched by QAbstractItemModelTester.
class TestResourceTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void teamHasThreeGroups();
    void fetchShowsLoadingThenChildren();
    void spaceLoadsItsWholeContent();
    void failureShowsErrorRowAndRetryLoads();
    void otherNodesWorkWhileOneFails();
    void refreshMergesAndKeepsRows();
    void invalidObjectsAreNamedInAnErrorRow();
    void filterKeepsAncestorsAndCounts();
    void revealsUnloadedObjectsById_data();
    void revealsUnloadedObjectsById();
    void revealUnknownIdFails();
    void revealPathWalksNames();
    void loadAllLoadsEverything();
    void loadAllCanBeCancelled();
    void updateResourceRenamesTheRow();
    void deepChainsCyclesAndOrphans();

private:
    QModelIndex group(int row) const { return m_model->index(row, 0, m_team); }
    QModelIndex childNamed(const QModelIndex &parent, const QString &name) const;
    void load(const QModelIndex &index);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ResourceTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<TreeNavigator> m_navigator;
    QPersistentModelIndex m_team;
};

void TestResourceTreeModel::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(sandbox::TeamSeeder::demo());
    QVERIFY(m_sandbox->started());
    m_session = std::make_unique<Session>(m_sandbox->settings(u"admin"_s, KeyType::UserKey));
    m_model = std::make_unique<ResourceTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tester->setUseFetchMore(false);
    m_team = m_model->addTeam(m_session.get(), u"Demo"_s);
    m_navigator = std::make_unique<TreeNavigator>(m_model.get());
}

void TestResourceTreeModel::cleanup()
{
    m_navigator.reset();
    m_tester.reset();
    m_model.reset();
    m_session.reset();
    m_sandbox.reset();
}

QModelIndex TestResourceTreeModel::childNamed(const QModelIndex &parent, const QString &name) const
{
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex child = m_model->index(row, 0, parent);
        if (child.data().toString() == name)
            return child;
    }
    return {};
}

void TestResourceTreeModel::load(const QModelIndex &index)
{
    QVERIFY(m_model->canFetchMore(index));
    m_model->fetchMore(index);
    QTRY_COMPARE(TreeNode::LoadState(index.data(ResourceTreeModel::LoadStateRole).toInt()),
                 TreeNode::LoadState::Loaded);
}

void TestResourceTreeModel::teamHasThreeGroups()
{
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->teamLabel(m_team), u"Demo"_s);
    QCOMPARE(m_team.data().toString(), u"Demo · connecting…"_s);
    QSignalSpy connected(m_session.get(), &Session::connected);
    m_session->start();
    QVERIFY(connected.wait());
    QCOMPARE(m_team.data().toString(), u"Demo · Ada Lovelace"_s);
    QCOMPARE(m_team.data(Qt::ToolTipRole).toString(),
             u"Initial connect successful! Hello Ada Lovelace."_s);
    QCOMPARE(m_model->rowCount(m_team), 3);
    QCOMPARE(group(0).data().toString(), u"Studio"_s);
    QCOMPARE(group(1).data().toString(), u"Data Integration"_s);
    QCOMPARE(group(2).data().toString(), u"Process Analytics"_s);
    for (int row = 0; row < 3; ++row) {
        QVERIFY(m_model->hasChildren(group(row)));
        QVERIFY(m_model->canFetchMore(group(row)));
    }
    QVERIFY(!m_model->resource(group(0)));
}

void TestResourceTreeModel::fetchShowsLoadingThenChildren()
{
    sandbox::FaultConfig faults;
    faults.latencyMs = 100;
    m_sandbox->server().faults().setConfig(faults);
    m_model->fetchMore(group(1));
    QCOMPARE(m_model->rowCount(group(1)), 1);
    QCOMPARE(m_model->index(0, 0, group(1)).data().toString(), u"Loading…"_s);
    QVERIFY(!m_model->canFetchMore(group(1)));
    QTRY_COMPARE(m_model->rowCount(group(1)), 5);
    const QModelIndex pool = m_model->index(0, 0, group(1));
    QCOMPARE(pool.data().toString(), u"New Pool"_s); // sorted by name
    QCOMPARE(pool.siblingAtColumn(ResourceTreeModel::TypeColumn).data().toString(), u"Data pool"_s);
    QCOMPARE(pool.data(ResourceTreeModel::IconNameRole).toString(), u"data-pool"_s);
    QVERIFY(m_model->canFetchMore(pool));
    QCOMPARE(m_model->loadedCount(), 5);
}

void TestResourceTreeModel::spaceLoadsItsWholeContent()
{
    load(group(0));
    const QModelIndex procurement = childNamed(group(0), u"Procurement"_s);
    load(procurement);
    const QModelIndex app = childNamed(procurement, u"Procurement App"_s);
    QVERIFY(app.isValid());
    QVERIFY(!m_model->canFetchMore(app)); // came with the space
    const QModelIndex analyses = childNamed(app, u"Analyses"_s);
    QCOMPARE(m_model->index(0, 0, app), analyses); // folders first
    const QModelIndex otd = childNamed(analyses, u"On-Time Delivery (OTD)"_s);
    QCOMPARE(otd.siblingAtColumn(1).data().toString(), u"Analysis"_s);
    QCOMPARE(otd.data(ResourceTreeModel::IconNameRole).toString(), u"asset-analysis"_s);
    QVERIFY(!m_model->hasChildren(otd));
    const auto resource = m_model->resource(otd);
    QVERIFY(resource);
    QCOMPARE(resource->family, Resource::Family::Node);
    QCOMPARE(resource->parentId, analyses.data(ResourceTreeModel::IdRole).toString());
    QCOMPARE(m_model->indexForId(m_team, resource->id), otd);
    QCOMPARE(childNamed(app, u"logo.png"_s).siblingAtColumn(1).data().toString(), u"Image"_s);
}

void TestResourceTreeModel::failureShowsErrorRowAndRetryLoads()
{
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 403;
    m_sandbox->failNext(u"/integration/api/pools"_s, 1, fault);
    m_model->fetchMore(group(1));
    QTRY_COMPARE(TreeNode::LoadState(group(1).data(ResourceTreeModel::LoadStateRole).toInt()),
                 TreeNode::LoadState::Failed);
    QCOMPARE(m_model->rowCount(group(1)), 1);
    const QModelIndex error = m_model->index(0, 0, group(1));
    QCOMPARE(TreeNode::Type(error.data(ResourceTreeModel::NodeTypeRole).toInt()),
             TreeNode::Type::Error);
    QVERIFY2(error.data().toString().contains(u"Forbidden (403)"_s),
             qPrintable(error.data().toString()));
    QVERIFY(error.data(ResourceTreeModel::RequestIdRole).toULongLong() > 0);
    QVERIFY(error.data(Qt::ToolTipRole).toString().contains(u"Retry"_s));

    m_model->retry(error);
    QTRY_COMPARE(m_model->rowCount(group(1)), 5);
    QCOMPARE(TreeNode::LoadState(group(1).data(ResourceTreeModel::LoadStateRole).toInt()),
             TreeNode::LoadState::Loaded);
}

void TestResourceTreeModel::otherNodesWorkWhileOneFails()
{
    Fault slow;
    slow.kind = Fault::Kind::Delay;
    slow.delayMs = 400;
    m_sandbox->failNext(u"/process-mining/api/processes"_s, 1, slow);
    Fault broken;
    broken.kind = Fault::Kind::Status;
    broken.status = 500;
    m_sandbox->failNext(u"/integration/api/pools"_s, 10, broken);
    m_model->fetchMore(group(2));
    m_model->fetchMore(group(1));
    m_model->fetchMore(group(0));
    QTRY_COMPARE(m_model->rowCount(group(0)), 5);
    QCOMPARE(m_model->index(0, 0, group(2)).data().toString(), u"Loading…"_s);
    QTRY_COMPARE(m_model->rowCount(group(2)), 2);
    QTRY_COMPARE(TreeNode::LoadState(group(1).data(ResourceTreeModel::LoadStateRole).toInt()),
                 TreeNode::LoadState::Failed);
}

void TestResourceTreeModel::refreshMergesAndKeepsRows()
{
    load(group(0));
    const QPersistentModelIndex finance = childNamed(group(0), u"Finance"_s);
    load(finance);
    const QPersistentModelIndex ap = childNamed(finance, u"Accounts Payable"_s);
    const QPersistentModelIndex reports = childNamed(ap, u"Reports"_s);
    QVERIFY(reports.isValid());

    // Another client renames a space, deletes one and creates one.
    ResourceService service(m_session.get());
    const auto spaceByName = [&](const QString &name) {
        return *m_model->resource(childNamed(group(0), name));
    };
    UpdateJob *rename
            = service.update(spaceByName(u"Finance"_s), {{u"name"_s, u"Finanzen"_s}}, true);
    QSignalSpy renamed(rename, &UpdateJob::finished);
    QVERIFY(renamed.wait());
    ApiJob *create = m_session->post(u"/package-manager/api/spaces"_s, {{u"name"_s, u"Neu"_s}});
    QSignalSpy created(reinterpret_cast<QObject *>(create), SIGNAL(finished()));
    QVERIFY(created.wait());
    ApiJob *remove = m_session->post(
            u"/package-manager/api/spaces/delete/"_s + spaceByName(u"Sandbox – Ideas"_s).id, {});
    QSignalSpy removed(reinterpret_cast<QObject *>(remove), SIGNAL(finished()));
    QVERIFY(removed.wait());

    m_model->refresh(group(0));
    QTRY_VERIFY(childNamed(group(0), u"Neu"_s).isValid());
    QCOMPARE(finance.data().toString(), u"Finanzen"_s); // same row, renamed
    QVERIFY(ap.isValid()); // loaded content kept
    QVERIFY(reports.isValid());
    QVERIFY(!childNamed(group(0), u"Sandbox – Ideas"_s).isValid());
    QCOMPARE(m_model->rowCount(group(0)), 5);

    // Refreshing the team reloads every loaded level and keeps them.
    m_model->refreshAll(m_team);
    QTRY_COMPARE(TreeNode::LoadState(finance.data(ResourceTreeModel::LoadStateRole).toInt()),
                 TreeNode::LoadState::Loaded);
    QVERIFY(reports.isValid());
}

void TestResourceTreeModel::invalidObjectsAreNamedInAnErrorRow()
{
    sandbox::Team team = sandbox::TeamSeeder::demo();
    QJsonObject broken = team.pools.all().first();
    broken[u"name"] = QJsonArray{1};
    team.pools.replace(broken);
    m_navigator.reset();
    m_tester.reset();
    m_model.reset();
    m_session.reset();
    m_sandbox = std::make_unique<SandboxFixture>(std::move(team));
    m_session = std::make_unique<Session>(m_sandbox->settings(u"admin"_s, KeyType::UserKey));
    m_model = std::make_unique<ResourceTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get());
    m_tester->setUseFetchMore(false);
    m_team = m_model->addTeam(m_session.get(), u"Demo"_s);

    load(group(1));
    QCOMPARE(m_model->rowCount(group(1)), 5); // 4 pools and the error row
    const QModelIndex error = m_model->index(4, 0, group(1));
    QCOMPARE(TreeNode::Type(error.data(ResourceTreeModel::NodeTypeRole).toInt()),
             TreeNode::Type::Error);
    QVERIFY(error.data().toString().contains(u"could not be read"_s));
}

void TestResourceTreeModel::filterKeepsAncestorsAndCounts()
{
    load(group(0));
    load(childNamed(group(0), u"Procurement"_s));
    ResourceFilterModel filter(m_model.get());
    QAbstractItemModelTester filterTester(&filter);
    filter.setText(u"delivery"_s);
    QCOMPARE(filter.matchCount(), 1);
    QCOMPARE(filter.summary(), u"1 matches in 21 loaded items"_s);
    QCOMPARE(filter.rowCount(), 1);
    const QModelIndex team = filter.index(0, 0);
    QCOMPARE(filter.rowCount(team), 1); // only Studio holds a match
    QModelIndex index = filter.index(0, 0, team);
    QStringList path;
    while (filter.rowCount(index) > 0) {
        path.append(index.data().toString());
        index = filter.index(0, 0, index);
    }
    path.append(index.data().toString());
    QCOMPARE(path,
             (QStringList{u"Studio"_s, u"Procurement"_s, u"Procurement App"_s, u"Analyses"_s,
                          u"On-Time Delivery (OTD)"_s}));
    QVERIFY(!filter.canFetchMore(filter.index(0, 0, team))); // filtering never loads

    filter.setText(u""_s);
    QCOMPARE(filter.rowCount(team), 3);
    QCOMPARE(filter.summary(), u"21 loaded items"_s);
}

void TestResourceTreeModel::revealsUnloadedObjectsById_data()
{
    QTest::addColumn<int>("collection");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("requests"); // at most, for the lookup and the way to the object
    QTest::newRow("asset in a folder") << 1 << u"Cash Discount Report"_s << 7;
    QTest::newRow("space") << 0 << u"Finance"_s << 6;
    QTest::newRow("pool") << 2 << u"Oracle Financials"_s << 6;
    // One team-wide list says which pool: that pool's models are loaded, not every pool's.
    QTest::newRow("data model") << 3 << u"Fertigungsaufträge"_s << 8;
    QTest::newRow("workspace") << 4 << u"Purchase-to-Pay (legacy)"_s << 6;
    QTest::newRow("legacy analysis") << 5 << u"Zahlungsverhalten Kunden"_s << 7;
}

void TestResourceTreeModel::revealsUnloadedObjectsById()
{
    QFETCH(int, collection);
    QFETCH(QString, name);
    QFETCH(int, requests);
    const sandbox::Team team = m_sandbox->server().snapshot();
    const QList<const sandbox::Collection *> all{&team.spaces,     &team.nodes,
                                                 &team.pools,      &team.dataModels,
                                                 &team.workspaces, &team.analyses};
    QString id;
    for (const QJsonObject &object : all.at(collection)->all()) {
        if (object[u"name"].toString() == name)
            id = object[u"id"].toString();
    }
    QVERIFY(!id.isEmpty());
    QSignalSpy revealed(m_navigator.get(), &TreeNavigator::revealed);
    QSignalSpy failed(m_navigator.get(), &TreeNavigator::revealFailed);
    m_sandbox->server().clearReceived();
    m_navigator->reveal(m_team, id);
    QTRY_COMPARE_WITH_TIMEOUT(revealed.size() + failed.size(), 1, 10000);
    QCOMPARE(failed.size(), 0);
    const QModelIndex index = revealed.first().first().value<QModelIndex>();
    QCOMPARE(index.data().toString(), name);
    QCOMPARE(index.data(ResourceTreeModel::IdRole).toString(), id);
    QStringList sent;
    for (const auto &request : m_sandbox->server().received())
        sent.append(request.path);
    QVERIFY2(sent.size() <= requests, qPrintable(sent.join(u", "_s)));
}

void TestResourceTreeModel::revealUnknownIdFails()
{
    QSignalSpy failed(m_navigator.get(), &TreeNavigator::revealFailed);
    m_navigator->reveal(m_team, u"00000000-0000-0000-0000-000000000000"_s);
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().toString().contains(u"Nothing with the id"_s));
}

void TestResourceTreeModel::revealPathWalksNames()
{
    QSignalSpy revealed(m_navigator.get(), &TreeNavigator::revealed);
    m_navigator->revealPath(m_team,
                            {u"Studio"_s, u"Finance"_s, u"Accounts Payable"_s, u"Reports"_s,
                             u"Monthly"_s, u"Cash Discount Report"_s});
    QVERIFY(revealed.wait());
    QCOMPARE(revealed.first().first().value<QModelIndex>().data().toString(),
             u"Cash Discount Report"_s);
    QSignalSpy failed(m_navigator.get(), &TreeNavigator::revealFailed);
    m_navigator->revealPath(m_team, {u"Studio"_s, u"Nope"_s});
    QVERIFY(failed.count() || failed.wait());
    QVERIFY(failed.first().first().toString().contains(u"Nope"_s));
}

void TestResourceTreeModel::loadAllLoadsEverything()
{
    QSignalSpy finished(m_navigator.get(), &TreeNavigator::loadAllFinished);
    QSignalSpy progress(m_navigator.get(), &TreeNavigator::loadAllProgress);
    m_navigator->loadAll(m_team);
    QVERIFY(m_navigator->isLoadingAll());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    const sandbox::Team team = m_sandbox->server().snapshot();
    QCOMPARE(m_model->loadedCount(),
             team.spaces.size() + team.nodes.size() + team.pools.size() + team.dataModels.size()
                     + team.workspaces.size() + team.analyses.size());
    // 3 groups + 5 spaces + 5 pools + 2 workspaces
    QCOMPARE(progress.last().at(1).toInt(), 15);
    QCOMPARE(progress.last().at(0).toInt(), 15);
}

void TestResourceTreeModel::loadAllCanBeCancelled()
{
    sandbox::FaultConfig faults;
    faults.latencyMs = 300;
    m_sandbox->server().faults().setConfig(faults);
    QSignalSpy finished(m_navigator.get(), &TreeNavigator::loadAllFinished);
    m_navigator->loadAll(m_team);
    m_navigator->cancelLoadAll();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!m_navigator->isLoadingAll());
    // Cancelled rows lose their "Loading…" row and can load again later.
    QTRY_VERIFY(m_model->canFetchMore(group(0)));
    QCOMPARE(m_model->rowCount(group(0)), 0);
    QCOMPARE(m_session->requestsInFlight(), 0);
}

void TestResourceTreeModel::updateResourceRenamesTheRow()
{
    load(group(1));
    const QModelIndex pool = m_model->index(0, 0, group(1));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    Resource renamed = *m_model->resource(pool);
    renamed.name = u"Renamed"_s;
    m_model->updateResource(pool, renamed);
    QCOMPARE(pool.data().toString(), u"Renamed"_s);
    QCOMPARE(changed.size(), 1);
}

// Hostile content: a package holding a chain of 100,000 folders, two folders that are each
// other's parent, and a folder whose parent does not exist. Everything is shown, nothing
// overflows the stack, and the odd ones say why they stand where they do.
void TestResourceTreeModel::deepChainsCyclesAndOrphans()
{
    sandbox::Team team = sandbox::TeamSeeder::demo();
    QJsonObject package;
    for (const QJsonObject &node : team.nodes.all()) {
        if (node[u"nodeType"].toString() == u"PACKAGE"
            && node[u"name"].toString() == u"Procurement App")
            package = node;
    }
    QVERIFY(!package.isEmpty());
    const auto folder = [&](const QString &id, const QString &parent, const QString &rootKey) {
        return QJsonObject{{u"id"_s, id},
                           {u"key"_s, id},
                           {u"name"_s, id},
                           {u"nodeType"_s, u"FOLDER"_s},
                           {u"spaceId"_s, package[u"spaceId"]},
                           {u"rootNodeId"_s, package[u"id"]},
                           {u"rootNodeKey"_s, rootKey},
                           {u"parentNodeId"_s, parent}};
    };
    constexpr int depth = 100000;
    const QString key = package[u"key"].toString();
    for (int i = 0; i < depth; ++i) {
        team.nodes.insert(folder(u"level-%1"_s.arg(i),
                                 i ? u"level-%1"_s.arg(i - 1) : package[u"id"].toString(), key));
    }
    team.nodes.insert(folder(u"loop-a"_s, u"loop-b"_s, u"no-such-package"_s));
    team.nodes.insert(folder(u"loop-b"_s, u"loop-a"_s, u"no-such-package"_s));
    team.nodes.insert(folder(u"orphan"_s, u"gone"_s, u"no-such-package"_s));
    cleanup();
    m_sandbox = std::make_unique<SandboxFixture>(std::move(team));
    QVERIFY(m_sandbox->started());
    ConnectionSettings settings = m_sandbox->settings(u"admin"_s, KeyType::UserKey);
    settings.timeoutSeconds = 120;
    m_session = std::make_unique<Session>(settings);
    m_model = std::make_unique<ResourceTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tester->setUseFetchMore(false);
    m_team = m_model->addTeam(m_session.get(), u"Demo"_s);
    m_session->start();

    load(group(0));
    const QModelIndex space = childNamed(group(0), u"Procurement"_s);
    m_model->fetchMore(space);
    QTRY_COMPARE_WITH_TIMEOUT(
            TreeNode::LoadState(space.data(ResourceTreeModel::LoadStateRole).toInt()),
            TreeNode::LoadState::Loaded, 120000);
    QVERIFY(m_model->loadedCount() > depth);
    QModelIndex level = childNamed(childNamed(space, u"Procurement App"_s), u"level-0"_s);
    QVERIFY(level.isValid());
    for (int i = 1; i < 5; ++i)
        level = childNamed(level, u"level-%1"_s.arg(i));
    QCOMPARE(level.data().toString(), u"level-4"_s);

    const QModelIndex orphan = childNamed(space, u"orphan"_s);
    QVERIFY(orphan.isValid()); // at the top of the space, not lost
    QVERIFY(orphan.data(Qt::ToolTipRole).toString().contains(u"parent is not in the listing"_s));
    const QModelIndex a = childNamed(space, u"loop-a"_s);
    const QModelIndex b = childNamed(space, u"loop-b"_s);
    QVERIFY(a.isValid() != b.isValid()); // the cycle is cut once: one on top, the other below
    const QModelIndex cut = a.isValid() ? a : b;
    QCOMPARE(m_model->rowCount(cut), 1);
    QVERIFY(cut.data(Qt::ToolTipRole).toString().contains(u"cycle"_s));

    m_model->refresh(space); // merging a deep tree again is no recursion either
    QTRY_COMPARE_WITH_TIMEOUT(
            TreeNode::LoadState(space.data(ResourceTreeModel::LoadStateRole).toInt()),
            TreeNode::LoadState::Loaded, 120000);
    QVERIFY(m_model->loadedCount() > depth);
}

QTEST_GUILESS_MAIN(TestResourceTreeModel)
#include "tst_resourcetreemodel.moc"
