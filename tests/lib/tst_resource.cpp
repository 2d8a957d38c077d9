#include "core/access/identity.h"
#include "core/access/servicepermission.h"
#include "core/api/resource.h"
#include "core/net/apierror.h"
#include "core/net/requestlogentry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using ems::Resource;

// Decoders against hostile JSON, and the request log's redaction.
class TestResource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesEachFamily_data();
    void decodesEachFamily();
    void rejectsWrongTypes_data();
    void rejectsWrongTypes();
    void keepsUnknownFieldsAndHugeStrings();
    void survivesDeepNesting();
    void pathsPerFamily();
    void writablePerType_data();
    void writablePerType();
    void identityAndGreeting();
    void permissionsList();
    void redactsAuthorization_data();
    void redactsAuthorization();
    void redactsTheSecretEverywhere();
    void pyCelonisLine();
    void serverMessagesAreBounded();
};

void TestResource::decodesEachFamily_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("parentId");
    QTest::addColumn<qint64>("stamp");
    QTest::newRow("space") << int(Resource::Family::Space)
                           << QByteArray("{\"id\":\"s\",\"name\":\"S\",\"changeDate\":5}")
                           << int(Resource::Kind::Space) << QString() << qint64(5);
    QTest::newRow("package") << int(Resource::Family::Node)
                             << QByteArray("{\"id\":\"p\",\"name\":\"P\",\"nodeType\":\"PACKAGE\","
                                           "\"spaceId\":\"s\",\"key\":\"k\"}")
                             << int(Resource::Kind::Package) << u"s"_s << qint64(0);
    QTest::newRow("folder") << int(Resource::Family::Node)
                            << QByteArray("{\"id\":\"f\",\"name\":\"F\",\"nodeType\":\"FOLDER\","
                                          "\"parentNodeId\":\"p\"}")
                            << int(Resource::Kind::Folder) << u"p"_s << qint64(0);
    QTest::newRow("asset")
            << int(Resource::Family::Node)
            << QByteArray("{\"id\":\"a\",\"name\":\"A\",\"nodeType\":\"ASSET\",\"assetType\":"
                          "\"ANALYSIS\",\"parentNodeId\":\"f\",\"changeDate\":7}")
            << int(Resource::Kind::Asset) << u"f"_s << qint64(7);
    QTest::newRow("pool")
            << int(Resource::Family::DataPool)
            << QByteArray("{\"id\":\"d\",\"name\":\"D\",\"timeStamp\":9,\"description\":null}")
            << int(Resource::Kind::DataPool) << QString() << qint64(9);
    QTest::newRow("model")
            << int(Resource::Family::DataModel)
            << QByteArray("{\"id\":\"m\",\"name\":\"M\",\"poolId\":\"d\",\"changedDate\":3}")
            << int(Resource::Kind::DataModel) << u"d"_s << qint64(3);
    // Newer APIs send ISO 8601 strings: the same moment as epoch milliseconds.
    QTest::newRow("iso date")
            << int(Resource::Family::Space)
            << QByteArray(
                       "{\"id\":\"s\",\"name\":\"S\",\"changeDate\":\"2024-05-01T10:00:00.250Z\"}")
            << int(Resource::Kind::Space) << QString() << qint64(1714557600250);
    QTest::newRow("analysis") << int(Resource::Family::Analysis)
                              << QByteArray("{\"id\":\"x\",\"name\":\"X\",\"processId\":\"w\"}")
                              << int(Resource::Kind::Analysis) << u"w"_s << qint64(0);
}

void TestResource::decodesEachFamily()
{
    QFETCH(int, family);
    QFETCH(QByteArray, json);
    QFETCH(int, kind);
    QFETCH(QString, parentId);
    QFETCH(qint64, stamp);
    QString error;
    const auto resource = Resource::fromJson(Resource::Family(family),
                                             QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(resource, qPrintable(error));
    QCOMPARE(int(resource->kind), kind);
    QCOMPARE(resource->parentId, parentId);
    QCOMPARE(resource->changeStamp, stamp);
}

void TestResource::rejectsWrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("name number") << QByteArray("{\"id\":\"s\",\"name\":1}") << u"name"_s;
    QTest::newRow("name missing") << QByteArray("{\"id\":\"s\"}") << u"name"_s;
    QTest::newRow("name null") << QByteArray("{\"id\":\"s\",\"name\":null}") << u"name"_s;
    QTest::newRow("id object") << QByteArray("{\"id\":{},\"name\":\"S\"}") << u"id"_s;
    QTest::newRow("id empty") << QByteArray("{\"id\":\"\",\"name\":\"S\"}") << u"empty id"_s;
    QTest::newRow("changeDate string")
            << QByteArray("{\"id\":\"s\",\"name\":\"S\",\"changeDate\":\"x\"}") << u"changeDate"_s;
    QTest::newRow("permissions object")
            << QByteArray("{\"id\":\"s\",\"name\":\"S\",\"permissions\":{}}") << u"permissions"_s;
    QTest::newRow("permission number")
            << QByteArray("{\"id\":\"s\",\"name\":\"S\",\"permissions\":[\"USE\",3]}")
            << u"permissions"_s;
    QTest::newRow("array instead of object") << QByteArray("[1,2]") << u"not a JSON object"_s;
}

void TestResource::rejectsWrongTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QString error;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonValue value
            = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    QVERIFY(!Resource::fromJson(Resource::Family::Space, value, &error));
    QVERIFY2(error.contains(field), qPrintable(error));
}

void TestResource::keepsUnknownFieldsAndHugeStrings()
{
    const QString huge(2'000'000, u'x');
    QJsonObject object{{u"id"_s, u"n"_s},
                       {u"name"_s, huge},
                       {u"nodeType"_s, u"SOMETHING_NEW"_s},
                       {u"futureField"_s, QJsonArray{1, 2}}};
    QString error;
    const auto resource = Resource::fromJson(Resource::Family::Node, object, &error);
    QVERIFY2(resource, qPrintable(error));
    QCOMPARE(resource->name.size(), huge.size());
    QCOMPARE(resource->kind, Resource::Kind::Asset); // unknown node types show as assets
    QCOMPARE(resource->raw.value(u"futureField").toArray().size(), 2);
}

void TestResource::survivesDeepNesting()
{
    const auto nested = [](int depth) {
        QByteArray json = "{\"id\":\"s\",\"name\":\"S\",\"deep\":";
        json += QByteArray(depth, '[') + QByteArray(depth, ']') + "}";
        return QJsonDocument::fromJson(json).object();
    };
    QString error;
    const auto shallow = Resource::fromJson(Resource::Family::Space, nested(500), &error);
    QVERIFY2(shallow, qPrintable(error));
    QVERIFY(shallow->raw.value(u"deep").isArray());
    // Deeper than Qt's parser accepts: no document, so a clean error instead of a crash.
    QVERIFY(!Resource::fromJson(Resource::Family::Space, nested(100000), &error));
    QVERIFY(!error.isEmpty());
}

void TestResource::pathsPerFamily()
{
    Resource r;
    r.id = u"a/b"_s;
    r.parentId = u"p"_s;
    r.family = Resource::Family::DataModel;
    QCOMPARE(r.readPath(), u"/integration/api/pools/p/data-models/a%2Fb"_s);
    QCOMPARE(r.writePath(), r.readPath());
    // PyCelonis 1.x reads legacy analyses from v1.2 and writes them without it.
    r.family = Resource::Family::Analysis;
    QCOMPARE(r.readPath(), u"/process-mining/analysis/v1.2/api/analysis/a%2Fb"_s);
    QCOMPARE(r.writePath(), u"/process-mining/api/analysis/a%2Fb"_s);
    r.family = Resource::Family::Workspace;
    QVERIFY(!r.isWritable());
    QVERIFY(!r.writeRefusal().isEmpty());
}

void TestResource::writablePerType_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("assetType");
    QTest::addColumn<bool>("writable");
    using F = Resource::Family;
    using K = Resource::Kind;
    QTest::newRow("space") << int(F::Space) << int(K::Space) << QString() << true;
    QTest::newRow("package") << int(F::Node) << int(K::Package) << QString() << true;
    QTest::newRow("folder") << int(F::Node) << int(K::Folder) << QString() << true;
    QTest::newRow("skill") << int(F::Node) << int(K::Asset) << u"SKILL"_s << true;
    QTest::newRow("action flow") << int(F::Node) << int(K::Asset) << u"SCENARIO"_s << true;
    QTest::newRow("simulation") << int(F::Node) << int(K::Asset) << u"simulation-asset"_s << true;
    QTest::newRow("studio analysis") << int(F::Node) << int(K::Asset) << u"ANALYSIS"_s << true;
    QTest::newRow("knowledge model")
            << int(F::Node) << int(K::Asset) << u"SEMANTIC_MODEL"_s << true;
    QTest::newRow("view") << int(F::Node) << int(K::Asset) << u"BOARD_V2"_s << true;
    QTest::newRow("image") << int(F::Node) << int(K::Asset) << QString() << true;
    QTest::newRow("pool") << int(F::DataPool) << int(K::DataPool) << QString() << true;
    QTest::newRow("data model") << int(F::DataModel) << int(K::DataModel) << QString() << true;
    QTest::newRow("workspace") << int(F::Workspace) << int(K::Workspace) << QString() << false;
    QTest::newRow("legacy analysis") << int(F::Analysis) << int(K::Analysis) << QString() << true;
}

void TestResource::writablePerType()
{
    QFETCH(int, family);
    QFETCH(int, kind);
    QFETCH(QString, assetType);
    QFETCH(bool, writable);
    Resource r;
    r.family = Resource::Family(family);
    r.kind = Resource::Kind(kind);
    r.assetType = assetType;
    QCOMPARE(r.isWritable(), writable);
    QCOMPARE(r.writeRefusal().isEmpty(), writable);
    QCOMPARE(r.editableFields().isEmpty(), !writable);
}

void TestResource::identityAndGreeting()
{
    QString error;
    auto user = ems::Identity::fromJson(
            QJsonDocument::fromJson("{\"name\":\"Ada Lovelace\",\"email\":\"ada@x\"}").object(),
            &error);
    QVERIFY(user);
    QCOMPARE(user->greeting(ems::KeyType::UserKey),
             u"Initial connect successful! Hello Ada Lovelace."_s);
    QCOMPARE(user->greeting(ems::KeyType::AppKey),
             u"Initial connect successful! You are using an Application Key."_s);
    user->name.clear();
    QCOMPARE(user->greeting(ems::KeyType::UserKey), u"Initial connect successful! Hello ada@x."_s);
    QVERIFY(!ems::Identity::fromJson(QJsonDocument::fromJson("{\"name\":5}").object(), &error));
    QVERIFY(!ems::Identity::fromJson(QJsonValue(u"text"_s), &error));
}

void TestResource::permissionsList()
{
    QString error;
    const auto list = ems::ServicePermission::listFromJson(
            QJsonDocument::fromJson("[{\"serviceName\":\"package-manager\",\"permissions\":[\"A\","
                                    "\"B\"]},{\"serviceName\":\"team\",\"permissions\":[]}]")
                    .array(),
            &error);
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).permissions, (QStringList{u"A"_s, u"B"_s}));
    QVERIFY(!ems::ServicePermission::listFromJson(QJsonObject(), &error));
    QVERIFY(!ems::ServicePermission::listFromJson(
            QJsonDocument::fromJson("[{\"serviceName\":\"x\",\"permissions\":[1]}]").array(),
            &error));
}

void TestResource::redactsAuthorization_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("bearer") << QByteArray("Bearer ZW1zLXNhbmRib3g6YWRtaW46YWRhLWxvdmVsYWNl")
                            << QByteArray("Bearer ****YWNl");
    QTest::newRow("appkey") << QByteArray("AppKey 0123456789abcdefXYZW")
                            << QByteArray("AppKey ****XYZW");
    QTest::newRow("short token") << QByteArray("Bearer short") << QByteArray("Bearer ****");
    // The end of Basic credentials is the end of the client secret, in Base64: none of it.
    QTest::newRow("basic") << QByteArray("Basic ZXhwbG9yZXItYXV0b21hdGlvbjpjMkZ1WkdKdmVB")
                           << QByteArray("Basic ****");
    QTest::newRow("no scheme") << QByteArray("0123456789abcdefghij") << QByteArray("****ghij");
}

void TestResource::redactsAuthorization()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(ems::RequestLogEntry::redactAuthorization(value), expected);
}

void TestResource::redactsTheSecretEverywhere()
{
    const QByteArray secret = "s3cr3t-t0ken-abcdefgh";
    ems::RequestLogEntry entry;
    entry.url = QUrl(u"https://team.example/x?token=s3cr3t-t0ken-abcdefgh"_s);
    entry.requestHeaders = {{"Authorization", "Bearer " + secret}, {"X-Echo", secret}};
    entry.responseHeaders = {{"X-Token", "was " + secret}};
    entry.requestBody = "{\"apiToken\":\"" + secret + "\"}";
    entry.responseBody = secret + secret;
    entry.redact({secret});
    QVERIFY(!entry.url.toString().contains(QString::fromLatin1(secret)));
    for (const auto &[name, value] : entry.requestHeaders + entry.responseHeaders)
        QVERIFY2(!value.contains(secret), name.constData());
    QVERIFY(!entry.requestBody.contains(secret));
    QVERIFY(!entry.responseBody.contains(secret));
    QCOMPARE(entry.header(entry.requestHeaders, "authorization"), QByteArray("Bearer ****efgh"));
}

void TestResource::pyCelonisLine()
{
    ems::RequestLogEntry entry;
    entry.method = "GET";
    entry.url = QUrl(u"https://team.realm.celonis.cloud/package-manager/api/spaces"_s);
    entry.timeoutSeconds = 300;
    QCOMPARE(
            entry.pyCelonisLine(),
            u"GET -> https://team.realm.celonis.cloud/package-manager/api/spaces, {'timeout': 300}"_s);
}

void TestResource::serverMessagesAreBounded()
{
    const QString word(2 * 1024 * 1024, u'x'); // no space to break at
    const QString message = ems::ApiError::serverMessage(
            QJsonDocument(QJsonObject{{u"message"_s, word}}).toJson(QJsonDocument::Compact));
    QVERIFY(message.size() < 1100);
    QVERIFY(message.endsWith(u"(2096152 more characters)"_s));
    QCOMPARE(ems::ApiError::serverMessage("{\"message\":\"short\"}"), u"short"_s);
    // The same bound for other outside text, such as the list of objects that did not decode.
    QVERIFY(ems::ApiError::bounded(word).size() < 1100);
}

QTEST_GUILESS_MAIN(TestResource)
#include "tst_resource.moc"
