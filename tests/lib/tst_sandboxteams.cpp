#include "sandbox/accesspolicy.h"
#include "sandbox/teamseeder.h"

#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace ems::sandbox;

class TestSandboxTeams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoHasEveryKindOfObject();
    void demoIsDeterministic();
    void bigHasTheRequestedSize();
    void bigDependsOnlyOnItsSeed();
    void keysHaveTheDocumentedRoles();
    void policyFollowsServicePermissions_data();
    void policyFollowsServicePermissions();
    void sharesReachWhatIsInside();
    void teamSurvivesJsonRoundTrip();
};

void TestSandboxTeams::demoHasEveryKindOfObject()
{
    const Team team = TeamSeeder::demo();
    QCOMPARE(team.spaces.size(), 5);
    QCOMPARE(team.pools.size(), 5);
    QCOMPARE(team.dataModels.size(), 6);
    QCOMPARE(team.workspaces.size(), 2);
    QCOMPARE(team.analyses.size(), 5);

    QSet<QString> nodeTypes;
    QSet<QString> assetTypes;
    for (const QJsonObject &node : team.nodes.all()) {
        nodeTypes.insert(node.value(u"nodeType").toString());
        if (node.value(u"nodeType") == u"ASSET"_s)
            assetTypes.insert(node.value(u"assetType").toString());
        QVERIFY(!QUuid::fromString(node.value(u"id").toString()).isNull());
        QVERIFY(node.value(u"changeDate").isDouble());
    }
    QCOMPARE(nodeTypes, (QSet<QString>{u"PACKAGE"_s, u"FOLDER"_s, u"ASSET"_s, u"IMAGE"_s}));
    QCOMPARE(assetTypes,
             (QSet<QString>{u"ANALYSIS"_s, u"SEMANTIC_MODEL"_s, u"BOARD"_s, u"BOARD_V2"_s,
                            u"SCENARIO"_s, u"SKILL"_s, u"simulation-asset"_s}));
    QStringList spaceNames;
    for (const QJsonObject &space : team.spaces.all())
        spaceNames.append(space.value(u"name").toString());
    QVERIFY(spaceNames.contains(u"Qualität & Produktion"_s));
}

void TestSandboxTeams::demoIsDeterministic()
{
    QCOMPARE(TeamSeeder::demo().toJson(), TeamSeeder::demo().toJson());
}

void TestSandboxTeams::bigHasTheRequestedSize()
{
    BigTeamSize size;
    size.spaces = 20;
    size.packagesPerSpace = 5;
    size.nodesPerPackage = 12;
    size.pools = 7;
    size.modelsPerPool = 3;
    const Team team = TeamSeeder::big(size);
    QCOMPARE(team.spaces.size(), 20);
    QCOMPARE(team.nodes.size(), 20 * 5 * (1 + 12));
    QCOMPARE(team.pools.size(), 7);
    QCOMPARE(team.dataModels.size(), 21);
    QCOMPARE(team.workspaces.size(), 2);
    QCOMPARE(team.analyses.size(), 100);
    QSet<QString> ids;
    for (const QJsonObject &node : team.nodes.all())
        ids.insert(node.value(u"id").toString());
    QCOMPARE(ids.size(), team.nodes.size());
}

void TestSandboxTeams::bigDependsOnlyOnItsSeed()
{
    BigTeamSize size;
    size.spaces = 3;
    const QJsonObject first = TeamSeeder::big(size).toJson();
    QCOMPARE(TeamSeeder::big(size).toJson(), first);
    size.randomSeed = 2;
    QVERIFY(TeamSeeder::big(size).toJson() != first);
}

void TestSandboxTeams::keysHaveTheDocumentedRoles()
{
    const Team team = TeamSeeder::demo();
    QCOMPARE(team.keys.size(), 4);
    QStringList roles;
    for (const ApiKey &key : team.keys) {
        roles.append(key.role);
        QCOMPARE(team.keyForToken(key.token), &key);
        QVERIFY(key.token.size() >= 32);
    }
    QCOMPARE(roles, (QStringList{u"admin"_s, u"viewer"_s, u"app"_s, u"member"_s}));
    QCOMPARE(team.keys.at(2).type, ApiKey::Type::AppKey);
    QCOMPARE(team.keyForToken(u"nope"_s), nullptr);
}

void TestSandboxTeams::policyFollowsServicePermissions_data()
{
    QTest::addColumn<int>("keyIndex");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("permissions");
    using Kind = AccessPolicy::Kind;
    QTest::newRow("admin space") << 0 << int(Kind::Space)
                                 << QStringList{u"USE"_s,           u"USE_PACKAGE"_s,
                                                u"EDIT_SPACE"_s,    u"CREATE_PACKAGE"_s,
                                                u"EDIT_PACKAGE"_s,  u"DELETE_SPACE"_s,
                                                u"DELETE_PACKAGE"_s};
    QTest::newRow("viewer node") << 1 << int(Kind::Node) << QStringList{u"USE_PACKAGE"_s};
    QTest::newRow("app node") << 2 << int(Kind::Node)
                              << QStringList{u"USE_PACKAGE"_s, u"EDIT_PACKAGE"_s};
    QTest::newRow("app pool") << 2 << int(Kind::DataPool) << QStringList{u"USE_DATA_POOL"_s};
    QTest::newRow("app analysis") << 2 << int(Kind::Analysis) << QStringList{};
    QTest::newRow("viewer model") << 1 << int(Kind::DataModel) << QStringList{u"USE_DATA_MODEL"_s};
}

void TestSandboxTeams::policyFollowsServicePermissions()
{
    QFETCH(int, keyIndex);
    QFETCH(int, kind);
    QFETCH(QStringList, permissions);
    const Team team = TeamSeeder::demo();
    const ApiKey &key = team.keys.at(keyIndex);
    const auto k = AccessPolicy::Kind(kind);
    QCOMPARE(AccessPolicy::objectPermissions(k, AccessPolicy::level(key, k)), permissions);
}

// The member key has no team-wide access: the nearest share on an object, or on what holds
// it, decides; listing only a package hides what is in it.
void TestSandboxTeams::sharesReachWhatIsInside()
{
    using Kind = AccessPolicy::Kind;
    using Level = AccessPolicy::Level;
    const Team team = TeamSeeder::demo();
    const ApiKey &member = team.keys.at(3);
    const ApiKey &admin = team.keys.at(0);
    const auto named = [](const Collection &objects, const QString &name) {
        for (const QJsonObject &object : objects.all()) {
            if (object.value(u"name").toString() == name)
                return object;
        }
        return QJsonObject();
    };
    const auto level = [&](const ApiKey &key, Kind kind, const QString &name) {
        const QJsonObject object = named(kind == Kind::Space              ? team.spaces
                                                 : kind == Kind::Node     ? team.nodes
                                                 : kind == Kind::DataPool ? team.pools
                                                                          : team.dataModels,
                                         name);
        return AccessPolicy::level(team, key, kind, object);
    };
    QCOMPARE(level(member, Kind::Space, u"Procurement"_s), Level::Edit);
    QCOMPARE(level(member, Kind::Node, u"Procurement App"_s), Level::Edit); // from its space
    QCOMPARE(level(member, Kind::Node, u"Expedite Late Orders"_s), Level::Edit);
    QCOMPARE(level(member, Kind::Node, u"Supplier Risk"_s), Level::List); // its own share
    QCOMPARE(level(member, Kind::Node, u"Risk Heatmap"_s), Level::None); // inside it
    QCOMPARE(level(member, Kind::Space, u"Finance"_s), Level::Use);
    QCOMPARE(level(member, Kind::Node, u"Cash Discount Report"_s), Level::Use);
    QCOMPARE(level(member, Kind::Space, u"Order-to-Cash"_s), Level::None);
    QCOMPARE(level(member, Kind::DataModel, u"P2P Data Model"_s), Level::Use);
    QCOMPARE(level(member, Kind::DataPool, u"Oracle Financials"_s), Level::None);
    // A share adds to the team-wide permissions, it never takes away.
    QCOMPARE(level(admin, Kind::Node, u"Risk Heatmap"_s), Level::Manage);
    QCOMPARE(AccessPolicy::objectPermissions(Kind::Node, Level::List), QStringList());
}

void TestSandboxTeams::teamSurvivesJsonRoundTrip()
{
    const Team team = TeamSeeder::demo();
    const Team copy = Team::fromJson(team.toJson());
    QCOMPARE(copy.toJson(), team.toJson());
    QCOMPARE(copy.shares, team.shares);
    QVERIFY(!copy.shares.isEmpty());
    QCOMPARE(copy.nodes.where(u"rootNodeKey"_s, u"procurement-app"_s).size(),
             team.nodes.where(u"rootNodeKey"_s, u"procurement-app"_s).size());
}

QTEST_GUILESS_MAIN(TestSandboxTeams)
#include "tst_sandboxteams.moc"
