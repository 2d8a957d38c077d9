#include "httpprobe.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/teamseeder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace ems::sandbox;

namespace {
const QByteArray admin = "Bearer ZW1zLXNhbmRib3g6YWRtaW46YWRhLWxvdmVsYWNl";
const QByteArray viewer = "Bearer ZW1zLXNhbmRib3g6dmlld2VyOmdyYWNlLWhvcHBlcg";
const QByteArray app = "AppKey ZW1zLXNhbmRib3g6YXBwOnByb2N1cmVtZW50LWJvdA";
const QByteArray member = "Bearer ZW1zLXNhbmRib3g6bWVtYmVyOmthdGhlcmluZS1qb2huc29u";

QMap<QString, QJsonArray> permissionsByName(const QJsonArray &objects)
{
    QMap<QString, QJsonArray> result;
    for (const QJsonValue &object : objects)
        result.insert(object[u"name"].toString(), object[u"permissions"].toArray());
    return result;
}
} // namespace

// Every endpoint of the sandbox over real HTTP, with the demo team.
class TestSandboxApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void authorization_data();
    void authorization();
    void currentUser_data();
    void currentUser();
    void permissionsListEveryService();
    void teamInfo();
    void spacesCarryPermissionsOfTheKey_data();
    void spacesCarryPermissionsOfTheKey();
    void nodesOfSpaceAndPackage();
    void nodeLookups_data();
    void nodeLookups();
    void poolsAndDataModels();
    void workspacesAndAnalyses();
    void hiddenObjectsAreNotListed();
    void sharedObjectsFollowTheirShares();
    void renameRoundTrip_data();
    void renameRoundTrip();
    void contentNodesTakeGenericWritesLeniently();
    void putValidation_data();
    void putValidation();
    void putWithoutEditPermissionIsForbidden_data();
    void putWithoutEditPermissionIsForbidden();
    void createAndDeleteSpace();
    void createAndDeletePool();
    void deleteNodeRemovesItsSubtree();
    void unknownEndpointsAndMethods();

private:
    QJsonObject firstOf(const QString &path);
    QString spaceId(const QString &name);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpProbe> m_http;
};

void TestSandboxApi::init()
{
    m_server = std::make_unique<SandboxServer>(TeamSeeder::demo(), ServerOptions());
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_http = std::make_unique<HttpProbe>(m_server->url());
    m_http->setAuthorization(admin);
}

void TestSandboxApi::cleanup()
{
    m_http.reset();
    m_server.reset();
}

QJsonObject TestSandboxApi::firstOf(const QString &path)
{
    return m_http->get(path).json().array().first().toObject();
}

QString TestSandboxApi::spaceId(const QString &name)
{
    for (const QJsonValue &space : m_http->get(u"/package-manager/api/spaces"_s).json().array()) {
        if (space[u"name"].toString() == name)
            return space[u"id"].toString();
    }
    return {};
}

void TestSandboxApi::authorization_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("status");
    QTest::newRow("no header") << QByteArray() << 401;
    QTest::newRow("unknown token") << QByteArray("Bearer not-a-key") << 401;
    QTest::newRow("user key as AppKey")
            << QByteArray("AppKey ZW1zLXNhbmRib3g6YWRtaW46YWRhLWxvdmVsYWNl") << 401;
    QTest::newRow("app key as Bearer")
            << QByteArray("Bearer ZW1zLXNhbmRib3g6YXBwOnByb2N1cmVtZW50LWJvdA") << 401;
    QTest::newRow("scheme only") << QByteArray("Bearer") << 401;
    QTest::newRow("user key") << admin << 200;
    QTest::newRow("lower-case scheme") << admin.toLower().replace("zw1z", "ZW1z") << 401;
    QTest::newRow("app key") << app << 200;
}

void TestSandboxApi::authorization()
{
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    m_http->setAuthorization(header);
    const HttpResult result = m_http->get(u"/api/cloud"_s);
    QCOMPARE(result.status, status);
    if (status == 401) {
        QVERIFY(!result.json()[u"message"].toString().isEmpty());
        QVERIFY(!result.json()[u"reference"].toString().isEmpty());
    }
}

void TestSandboxApi::currentUser_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("hasEmail");
    QTest::newRow("admin") << admin << u"Ada Lovelace"_s << true;
    QTest::newRow("viewer") << viewer << u"Grace Hopper"_s << true;
    QTest::newRow("app") << app << u"Procurement Bot"_s << false;
}

void TestSandboxApi::currentUser()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, name);
    QFETCH(bool, hasEmail);
    m_http->setAuthorization(header);
    const QJsonObject user = m_http->get(u"/api/cloud"_s).json().object();
    QCOMPARE(user[u"name"].toString(), name);
    QCOMPARE(user[u"email"].isString(), hasEmail);
    QCOMPARE(user[u"teamDomain"].toString(), u"demo"_s);
    QVERIFY(!user.contains(u"apiToken"));
    QVERIFY(!QString::fromUtf8(m_http->get(u"/api/cloud"_s).body)
                     .contains(QString::fromLatin1(header.mid(header.indexOf(' ') + 1))));
}

void TestSandboxApi::permissionsListEveryService()
{
    const QJsonArray permissions = m_http->get(u"/api/cloud/permissions"_s).json().array();
    QHash<QString, QStringList> byService;
    for (const QJsonValue &entry : permissions) {
        QStringList list;
        for (const QJsonValue &p : entry[u"permissions"].toArray())
            list.append(p.toString());
        byService.insert(entry[u"serviceName"].toString(), list);
    }
    QVERIFY(byService.value(u"package-manager"_s).contains(u"EDIT_ALL_SPACES"_s));
    QVERIFY(byService.value(u"event-collection"_s).contains(u"EDIT_ALL_DATA_POOLS"_s));
    QVERIFY(byService.contains(u"workflows"_s));
    QVERIFY(byService.value(u"workflows"_s).isEmpty());

    m_http->setAuthorization(app);
    const QJsonArray appPermissions = m_http->get(u"/api/cloud/permissions"_s).json().array();
    for (const QJsonValue &entry : appPermissions) {
        if (entry[u"serviceName"] == u"process-analytics"_s)
            QVERIFY(entry[u"permissions"].toArray().isEmpty());
    }
}

void TestSandboxApi::teamInfo()
{
    QCOMPARE(m_http->get(u"/api/cloud/team"_s).json()[u"domain"].toString(), u"demo"_s);
    const QJsonObject team = m_http->get(u"/api/team"_s).json().object();
    QCOMPARE(team[u"trackingEnabled"].toBool(true), false);
    QCOMPARE(team[u"name"].toString(), u"Lovelace Werke GmbH"_s);
}

void TestSandboxApi::spacesCarryPermissionsOfTheKey_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("canEdit");
    QTest::newRow("admin") << admin << true;
    QTest::newRow("viewer") << viewer << false;
    QTest::newRow("app") << app << true;
}

void TestSandboxApi::spacesCarryPermissionsOfTheKey()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, canEdit);
    m_http->setAuthorization(header);
    const QJsonArray spaces = m_http->get(u"/package-manager/api/spaces"_s).json().array();
    QCOMPARE(spaces.size(), 5);
    QStringList names;
    for (const QJsonValue &space : spaces) {
        names.append(space[u"name"].toString());
        QVERIFY(space[u"changeDate"].isDouble());
        QVERIFY(space[u"permissions"].toArray().contains(u"USE"_s));
        QCOMPARE(space[u"permissions"].toArray().contains(u"EDIT_SPACE"_s), canEdit);
    }
    QVERIFY(names.contains(u"Qualität & Produktion"_s));
    const QString id = spaces.first()[u"id"].toString();
    QCOMPARE(m_http->get(u"/package-manager/api/spaces/"_s + id).json()[u"id"].toString(), id);
}

void TestSandboxApi::nodesOfSpaceAndPackage()
{
    const QString procurement = spaceId(u"Procurement"_s);
    const QJsonArray tree = m_http->get(u"/package-manager/api/nodes/tree?spaceId="_s + procurement)
                                    .json()
                                    .array();
    int packages = 0;
    for (const QJsonValue &node : tree) {
        QCOMPARE(node[u"spaceId"].toString(), procurement);
        packages += node[u"nodeType"] == u"PACKAGE"_s;
    }
    QCOMPARE(packages, 2);
    QCOMPARE(tree.size(), 2 + 11 + 3);

    const QJsonArray package
            = m_http->get(u"/package-manager/api/nodes/by-root-key/procurement-app"_s)
                      .json()
                      .array();
    QCOMPARE(package.size(), 12);
    const QString packageId = package.first()[u"rootNodeId"].toString();
    QCOMPARE(m_http->get(u"/package-manager/api/nodes/by-root-id/"_s + packageId).json().array(),
             package);
    const QJsonArray analyses = m_http->get(u"/package-manager/api/nodes/by-root-key/"
                                            "procurement-app?assetType=ANALYSIS"_s)
                                        .json()
                                        .array();
    QCOMPARE(analyses.size(), 2);
    QCOMPARE(m_http->get(u"/package-manager/api/packages"_s).json().array().size(), 6);
}

void TestSandboxApi::nodeLookups_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("tree without spaceId") << u"/package-manager/api/nodes/tree"_s << 400;
    QTest::newRow("tree of unknown space")
            << u"/package-manager/api/nodes/tree?spaceId=00000000-0000-0000-0000-000000000000"_s
            << 404;
    QTest::newRow("unknown package key") << u"/package-manager/api/nodes/by-root-key/none"_s << 404;
    QTest::newRow("unknown node")
            << u"/package-manager/api/nodes/00000000-0000-0000-0000-000000000000"_s << 404;
    QTest::newRow("analyses without processId") << u"/process-mining/api/analysis"_s << 400;
}

void TestSandboxApi::nodeLookups()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    const HttpResult result = m_http->get(path);
    QCOMPARE(result.status, status);
    QVERIFY(result.json()[u"message"].toString().size() > 10);
}

void TestSandboxApi::poolsAndDataModels()
{
    const QJsonArray pools = m_http->get(u"/integration/api/pools"_s).json().array();
    QCOMPARE(pools.size(), 5);
    const QString poolId = pools.first()[u"id"].toString();
    QCOMPARE(pools.first()[u"name"].toString(), u"SAP ECC – Procurement"_s);
    QVERIFY(pools.first()[u"timeStamp"].isDouble());
    const QJsonArray models
            = m_http->get(u"/integration/api/pools/%1/data-models"_s.arg(poolId)).json().array();
    QCOMPARE(models.size(), 2);
    QCOMPARE(models.first()[u"poolId"].toString(), poolId);
    const QString modelId = models.first()[u"id"].toString();
    const HttpResult model
            = m_http->get(u"/integration/api/pools/%1/data-models/%2"_s.arg(poolId, modelId));
    QCOMPARE(model.status, 200);
    QVERIFY(model.json()[u"permissions"].toArray().contains(u"EDIT_DATA_MODEL"_s));
    const QString otherPool = pools.at(1)[u"id"].toString();
    QCOMPARE(m_http->get(u"/integration/api/pools/%1/data-models/%2"_s.arg(otherPool, modelId))
                     .status,
             404);
    QCOMPARE(m_http->get(u"/integration/api/pools/%1/data-models?limit=1"_s.arg(poolId))
                     .json()
                     .array()
                     .size(),
             1);
}

void TestSandboxApi::workspacesAndAnalyses()
{
    const QJsonArray workspaces = m_http->get(u"/process-mining/api/processes"_s).json().array();
    QCOMPARE(workspaces.size(), 2);
    const QString workspaceId = workspaces.first()[u"id"].toString();
    QCOMPARE(m_http->get(u"/process-mining/api/processes/"_s + workspaceId).status, 200);
    const QJsonArray analyses
            = m_http->get(u"/process-mining/api/analysis?processId="_s + workspaceId)
                      .json()
                      .array();
    QCOMPARE(analyses.size(), 3);
    const QJsonObject analysis = analyses.first().toObject();
    QCOMPARE(analysis[u"processId"].toString(), workspaceId);
    const QString id = analysis[u"id"].toString();
    // Read where PyCelonis 1.x reads them, and only there; written without /analysis/v1.2.
    QCOMPARE(m_http->get(u"/process-mining/analysis/v1.2/api/analysis/"_s + id).json().object(),
             analysis);
    QCOMPARE(m_http->get(u"/process-mining/api/analysis/"_s + id).status, 405);
}

void TestSandboxApi::hiddenObjectsAreNotListed()
{
    const QString workspaceId = firstOf(u"/process-mining/api/processes"_s)[u"id"].toString();
    m_http->setAuthorization(app);
    QCOMPARE(m_http->get(u"/process-mining/api/processes"_s).json().array().size(), 0);
    const HttpResult one = m_http->get(u"/process-mining/api/processes/"_s + workspaceId);
    QCOMPARE(one.status, 403);
    QVERIFY(one.json()[u"message"].toString().contains(u"USE_ALL_ANALYSES"_s));
    QCOMPARE(m_http->get(u"/process-mining/api/analysis?processId="_s + workspaceId).status, 403);
}

// The member key reaches only what was shared with it, object by object: Procurement to
// edit (but Supplier Risk in it only to list), Finance read-only, one data pool to read.
void TestSandboxApi::sharedObjectsFollowTheirShares()
{
    const QString procurement = spaceId(u"Procurement"_s);
    const QString finance = spaceId(u"Finance"_s);
    const QString o2c = spaceId(u"Order-to-Cash"_s);
    m_http->setAuthorization(member);
    const auto spaces
            = permissionsByName(m_http->get(u"/package-manager/api/spaces"_s).json().array());
    QCOMPARE(spaces.keys(), (QStringList{u"Finance"_s, u"Procurement"_s}));
    QCOMPARE(spaces.value(u"Finance"_s), (QJsonArray{u"USE"_s, u"USE_PACKAGE"_s}));
    QVERIFY(spaces.value(u"Procurement"_s).contains(u"EDIT_SPACE"_s));
    QCOMPARE(m_http->get(u"/package-manager/api/spaces/"_s + o2c).status, 403);
    QCOMPARE(m_http->get(u"/package-manager/api/nodes/tree?spaceId="_s + o2c).status, 403);

    // Supplier Risk is listed without permissions; its content is neither listed nor read.
    const QJsonArray packages = m_http->get(u"/package-manager/api/packages"_s).json().array();
    QCOMPARE(permissionsByName(packages).keys(),
             (QStringList{u"Accounts Payable"_s, u"Procurement App"_s, u"Supplier Risk"_s}));
    QCOMPARE(permissionsByName(packages).value(u"Supplier Risk"_s), QJsonArray());
    const auto tree = permissionsByName(
            m_http->get(u"/package-manager/api/nodes/tree?spaceId="_s + procurement)
                    .json()
                    .array());
    QVERIFY(tree.contains(u"Supplier Risk"_s));
    QVERIFY(tree.contains(u"Buyer Cockpit"_s));
    QVERIFY(!tree.contains(u"Risk Heatmap"_s));
    QJsonObject risk;
    for (const QJsonValue &p : packages) {
        if (p[u"name"].toString() == u"Supplier Risk")
            risk = p.toObject();
    }
    const HttpResult read = m_http->get(u"/package-manager/api/nodes/"_s + risk[u"id"].toString());
    QCOMPARE(read.status, 403);
    QVERIFY2(read.json()[u"message"].toString().contains(u"USE_PACKAGE"_s), read.body.constData());
    QCOMPARE(m_http->get(u"/package-manager/api/nodes/by-root-key/supplier-risk"_s).status, 403);

    // Renames: the space shared to edit takes one, the read-only one names what it lacks.
    QJsonObject space
            = m_http->get(u"/package-manager/api/spaces/"_s + procurement).json().object();
    space[u"name"] = u"Einkauf"_s;
    QCOMPARE(m_http->send("PUT", u"/package-manager/api/spaces/"_s + procurement,
                          QJsonDocument(space).toJson())
                     .status,
             200);
    space = m_http->get(u"/package-manager/api/spaces/"_s + finance).json().object();
    space[u"name"] = u"Finanzen"_s;
    const HttpResult refused = m_http->send("PUT", u"/package-manager/api/spaces/"_s + finance,
                                            QJsonDocument(space).toJson());
    QCOMPARE(refused.status, 403);
    QVERIFY2(refused.json()[u"message"].toString().contains(u"EDIT_SPACE"_s),
             refused.body.constData());

    const auto pools = permissionsByName(m_http->get(u"/integration/api/pools"_s).json().array());
    QCOMPARE(pools.keys(), QStringList{u"SAP ECC – Procurement"_s});
    const QJsonArray details
            = m_http->get(u"/package-manager/api/compute-pools/data-models/details"_s)
                      .json()
                      .array();
    QCOMPARE(details.size(), 2);
    QCOMPARE(m_http->get(u"/process-mining/api/processes"_s).json().array().size(), 0);
}

void TestSandboxApi::renameRoundTrip_data()
{
    QTest::addColumn<QString>("listPath");
    QTest::addColumn<QString>("itemPath"); // %1 = id
    QTest::addColumn<QString>("timestamp");
    QTest::newRow("space") << u"/package-manager/api/spaces"_s
                           << u"/package-manager/api/spaces/%1"_s << u"changeDate"_s;
    QTest::newRow("pool") << u"/integration/api/pools"_s << u"/integration/api/pools/%1"_s
                          << u"timeStamp"_s;
    QTest::newRow("analysis") << u"/process-mining/api/analysis?processId=%W"_s
                              << u"/process-mining/api/analysis/%1"_s << QString();
    QTest::newRow("data model") << u"/integration/api/pools/%P/data-models"_s
                                << u"/integration/api/pools/%P/data-models/%1"_s
                                << u"changedDate"_s;
}

void TestSandboxApi::renameRoundTrip()
{
    QFETCH(QString, listPath);
    QFETCH(QString, itemPath);
    QFETCH(QString, timestamp);
    const QString poolId = firstOf(u"/integration/api/pools"_s)[u"id"].toString();
    const QString workspaceId = firstOf(u"/process-mining/api/processes"_s)[u"id"].toString();
    const auto expand = [&](QString path) {
        return path.replace(u"%P"_s, poolId).replace(u"%W"_s, workspaceId);
    };
    QJsonObject object = firstOf(expand(listPath));
    const QString id = object[u"id"].toString();
    const QString path = expand(itemPath).arg(id);

    object[u"name"] = u"Renamed – Überprüft"_s;
    const HttpResult put = m_http->send("PUT", path, QJsonDocument(object).toJson());
    QCOMPARE(put.status, 200);
    QCOMPARE(put.json()[u"name"].toString(), u"Renamed – Überprüft"_s);
    QVERIFY(put.json()[u"permissions"].isArray());
    if (!timestamp.isEmpty())
        QVERIFY(put.json()[timestamp].toInteger() > object[timestamp].toInteger());

    // Legacy analyses are read from /analysis/v1.2, written without it.
    const QString readPath = QString(path).replace(
            u"/process-mining/api/analysis/"_s, u"/process-mining/analysis/v1.2/api/analysis/"_s);
    const QJsonObject reread = m_http->get(readPath).json().object();
    QCOMPARE(reread[u"name"].toString(), u"Renamed – Überprüft"_s);
    QCOMPARE(reread, put.json().object());

    // A second write moves the timestamp forward again.
    QJsonObject again = reread;
    again[u"name"] = u"Renamed twice"_s;
    const HttpResult second = m_http->send("PUT", path, QJsonDocument(again).toJson());
    QCOMPARE(second.status, 200);
    if (!timestamp.isEmpty())
        QVERIFY(second.json()[timestamp].toInteger() > reread[timestamp].toInteger());
}

void TestSandboxApi::contentNodesTakeGenericWritesLeniently()
{
    const QString spaceId = firstOf(u"/package-manager/api/spaces"_s)[u"id"].toString();
    // No source says which types a team refuses here (docs/endpoints.md): all are taken.
    QHash<QString, QJsonObject> byType; // first node of each node or asset type
    const QJsonArray nodes
            = m_http->get(u"/package-manager/api/nodes/tree?spaceId="_s + spaceId).json().array();
    for (const QJsonValue &node : nodes) {
        const QJsonObject object = node.toObject();
        const QString type = object[u"nodeType"].toString() == u"ASSET"
                ? object[u"assetType"].toString()
                : object[u"nodeType"].toString();
        byType.insert(type, byType.value(type, object));
    }
    const std::pair<QString, int> expected[]
            = {{u"FOLDER"_s, 200}, {u"PACKAGE"_s, 200}, {u"ANALYSIS"_s, 200}};
    for (const auto &[type, status] : expected) {
        QVERIFY2(byType.contains(type), qPrintable(type));
        QJsonObject object = byType.value(type);
        object[u"name"] = u"Renamed"_s;
        const HttpResult put
                = m_http->send("PUT", u"/package-manager/api/nodes/"_s + object[u"id"].toString(),
                               QJsonDocument(object).toJson());
        QCOMPARE(put.status, status);
    }
}

void TestSandboxApi::putValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorAttribute");
    QTest::newRow("not JSON") << QByteArray("{name: oops") << 400 << QString();
    QTest::newRow("array") << QByteArray("[]") << 400 << QString();
    QTest::newRow("id mismatch") << QByteArray("{\"id\":\"x\",\"name\":\"A\"}") << 400 << QString();
    QTest::newRow("empty name") << QByteArray("{\"id\":\"%1\",\"name\":\"\"}") << 400 << u"name"_s;
    QTest::newRow("blank name") << QByteArray("{\"id\":\"%1\",\"name\":\" \\t \"}") << 400
                                << u"name"_s;
    QTest::newRow("number name") << QByteArray("{\"id\":\"%1\",\"name\":42}") << 400 << u"name"_s;
    QTest::newRow("missing name") << QByteArray("{\"id\":\"%1\"}") << 400 << u"name"_s;
    QTest::newRow("too long") << QByteArray("{\"id\":\"%1\",\"name\":\"" + QByteArray(256, 'x')
                                            + "\"}")
                              << 400 << u"name"_s;
    QTest::newRow("object description")
            << QByteArray("{\"id\":\"%1\",\"name\":\"A\",\"description\":{}}") << 400
            << u"description"_s;
    QTest::newRow("valid") << QByteArray("{\"id\":\"%1\",\"name\":\"A\"}") << 200 << QString();
}

void TestSandboxApi::putValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, errorAttribute);
    const QString id = spaceId(u"Finance"_s);
    body.replace("%1", id.toUtf8());
    const HttpResult result = m_http->send("PUT", u"/package-manager/api/spaces/"_s + id, body);
    QCOMPARE(result.status, status);
    if (!errorAttribute.isEmpty()) {
        const QJsonObject error = result.json()[u"errors"].toArray().first().toObject();
        QCOMPARE(error[u"attribute"].toString(), errorAttribute);
        QVERIFY(!error[u"errorCode"].toString().isEmpty());
    } else if (status == 400) {
        QVERIFY(result.json()[u"message"].toString().startsWith(u"Bad request"_s));
    }
    const QString expectedName = status == 200 ? u"A"_s : u"Finance"_s;
    QCOMPARE(m_http->get(u"/package-manager/api/spaces/"_s + id).json()[u"name"].toString(),
             expectedName);
}

void TestSandboxApi::putWithoutEditPermissionIsForbidden_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("listPath");
    QTest::addColumn<QString>("itemPath");
    QTest::addColumn<QString>("missing");
    QTest::newRow("viewer space") << viewer << u"/package-manager/api/spaces"_s
                                  << u"/package-manager/api/spaces/"_s << u"EDIT_ALL_SPACES"_s;
    QTest::newRow("viewer package") << viewer << u"/package-manager/api/packages"_s
                                    << u"/package-manager/api/nodes/"_s << u"EDIT_ALL_SPACES"_s;
    QTest::newRow("app pool") << app << u"/integration/api/pools"_s << u"/integration/api/pools/"_s
                              << u"EDIT_ALL_DATA_POOLS"_s;
}

void TestSandboxApi::putWithoutEditPermissionIsForbidden()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, listPath);
    QFETCH(QString, itemPath);
    QFETCH(QString, missing);
    m_http->setAuthorization(header);
    QJsonObject object = firstOf(listPath);
    const QString name = object[u"name"].toString();
    object[u"name"] = u"Not allowed"_s;
    const QString path = itemPath + object[u"id"].toString();
    const HttpResult result = m_http->send("PUT", path, QJsonDocument(object).toJson());
    QCOMPARE(result.status, 403);
    QVERIFY2(result.json()[u"message"].toString().contains(missing), result.body.constData());
    QCOMPARE(m_http->get(path).json()[u"name"].toString(), name);
}

void TestSandboxApi::createAndDeleteSpace()
{
    const HttpResult created
            = m_http->send("POST", u"/package-manager/api/spaces"_s, "{\"name\":\"Neu\"}");
    QCOMPARE(created.status, 200);
    const QString id = created.json()[u"id"].toString();
    QCOMPARE(created.json()[u"iconReference"].toString(), u"earth"_s);
    QCOMPARE(spaceId(u"Neu"_s), id);

    m_http->setAuthorization(viewer);
    QCOMPARE(m_http->send("POST", u"/package-manager/api/spaces"_s, "{\"name\":\"X\"}").status,
             403);
    QCOMPARE(m_http->send("POST", u"/package-manager/api/spaces/delete/"_s + id, "{}").status, 403);
    m_http->setAuthorization(admin);
    QCOMPARE(m_http->send("POST", u"/package-manager/api/spaces"_s, "{\"name\":\" \"}").status,
             400);

    const QString procurement = spaceId(u"Procurement"_s);
    QCOMPARE(m_http->send("POST", u"/package-manager/api/spaces/delete/"_s + procurement, "{}")
                     .status,
             200);
    QCOMPARE(m_http->get(u"/package-manager/api/spaces/"_s + procurement).status, 404);
    QCOMPARE(m_http->get(u"/package-manager/api/nodes/by-root-key/procurement-app"_s).status, 404);
    QCOMPARE(m_http->get(u"/package-manager/api/spaces"_s).json().array().size(), 5);
}

void TestSandboxApi::createAndDeletePool()
{
    const HttpResult created
            = m_http->send("POST", u"/integration/api/pools"_s, "{\"name\":\"Fresh Pool\"}");
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json()[u"configurationStatus"].toString(), u"NEW"_s);
    const QString id = created.json()[u"id"].toString();
    QCOMPARE(m_http->get(u"/integration/api/pools/"_s + id).status, 200);
    QCOMPARE(m_http->send("DELETE", u"/integration/api/pools/"_s + id).status, 200);
    QCOMPARE(m_http->get(u"/integration/api/pools/"_s + id).status, 404);
}

void TestSandboxApi::deleteNodeRemovesItsSubtree()
{
    const QJsonArray package
            = m_http->get(u"/package-manager/api/nodes/by-root-key/procurement-app"_s)
                      .json()
                      .array();
    QString folderId;
    for (const QJsonValue &node : package) {
        if (node[u"name"] == u"Analyses"_s)
            folderId = node[u"id"].toString();
    }
    QVERIFY(!folderId.isEmpty());
    m_http->setAuthorization(app);
    QCOMPARE(m_http->send("DELETE", u"/package-manager/api/nodes/"_s + folderId).status, 403);
    m_http->setAuthorization(admin);
    QCOMPARE(m_http->send("DELETE", u"/package-manager/api/nodes/"_s + folderId).status, 200);
    QCOMPARE(m_http->get(u"/package-manager/api/nodes/by-root-key/procurement-app"_s)
                     .json()
                     .array()
                     .size(),
             package.size() - 3);
}

void TestSandboxApi::unknownEndpointsAndMethods()
{
    QCOMPARE(m_http->get(u"/nothing/here"_s).status, 404);
    QCOMPARE(m_http->send("DELETE", u"/api/cloud"_s).status, 405);
    QCOMPARE(m_http->send("PATCH", u"/package-manager/api/spaces"_s, "{}").status, 405);
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandboxapi.moc"
