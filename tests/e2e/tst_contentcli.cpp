#include "core/api/resourcequery.h"
#include "core/api/resourceservice.h"
#include "core/api/updatejob.h"
#include "core/net/session.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/teamseeder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ems::sandbox;

namespace {
constexpr auto contentCliPackage = "@celonis/content-cli@1.15.0";
using Listing = QSet<std::pair<QString, QString>>; // id, name
} // namespace

// Celonis' own content-cli lists spaces, packages and data pools of the sandbox, signed in
// with a user API key and with an OAuth client (client credentials), and must see exactly
// what the sandbox holds: a test of the sandbox's fidelity by a client no one here wrote.
// Signed in with the member key, it must see only what was shared with that key.
class TestContentCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lists_data();
    void lists();
    void stagingPackagesAndNodes();
    void nodeRenamedByContentCli();
    void validateWritesNothing();
    void clientRenamesAreSeenByContentCli_data();
    void clientRenamesAreSeenByContentCli();

private:
    Listing expected(const QString &profile, const QString &what) const;
    // Runs content-cli with the profile; its exit code goes to *exitCode (else it must be 0)
    // and a JSON file it wrote (--json) to *written. Returns what it printed.
    QString run(const QStringList &args, const QString &profile, QJsonDocument *written = nullptr,
                int *exitCode = nullptr);
    std::optional<QJsonObject> node(const QString &key) const; // in the sandbox, now
    // EMS Explorer's client, connected with the admin key.
    std::unique_ptr<ems::Session> clientSession() const;

    QString m_contentCli;
    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_home;
};

void TestContentCli::initTestCase()
{
    const QString npm = QStandardPaths::findExecutable(u"npm"_s);
    if (npm.isEmpty())
        QSKIP("npm is not installed, so content-cli cannot be: install nodejs and npm.");
    const QString prefix = QStringLiteral(EMS_CONTENT_CLI_DIR);
    m_contentCli = prefix + u"/node_modules/.bin/content-cli"_s;
    if (!QFile::exists(m_contentCli)) {
        QProcess install;
        install.setProcessChannelMode(QProcess::MergedChannels);
        install.start(npm,
                      {u"install"_s, u"--prefix"_s, prefix, u"--no-audit"_s, u"--no-fund"_s,
                       QString::fromLatin1(contentCliPackage)});
        QVERIFY2(install.waitForFinished(600000), "npm install did not finish in 10 minutes");
        QVERIFY2(install.exitCode() == 0, install.readAll().constData());
    }
    QVERIFY(QFile::exists(m_contentCli));

    m_server = std::make_unique<SandboxServer>(TeamSeeder::demo(), ServerOptions());
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY(m_home.isValid());
    QDir(m_home.path()).mkpath(u".celonis-content-cli-profiles"_s);

    const QString team = m_server->url().toString();
    const auto keyProfile = [&](const QString &name, const ApiKey &key) {
        return QJsonObject{{u"name"_s, name},
                           {u"team"_s, team},
                           {u"type"_s, u"Key"_s},
                           {u"apiToken"_s, key.token},
                           {u"authenticationType"_s, u"Bearer"_s},
                           {u"secretsStoredSecurely"_s, false}};
    };
    const QJsonObject key = keyProfile(u"key"_s, m_server->keys().constFirst());
    const QJsonObject member = keyProfile(u"member"_s, m_server->keys().constLast());
    const OAuthClient client = m_server->oauthClients().constFirst();
    // expiresAt 0: content-cli gets its first token at once, by discovery and the grant.
    const QJsonObject oauth{{u"name"_s, u"oauth"_s},
                            {u"team"_s, team},
                            {u"type"_s, u"Client Credentials"_s},
                            {u"clientId"_s, client.clientId},
                            {u"clientSecret"_s, client.secret},
                            {u"clientAuthenticationMethod"_s, u"client_secret_basic"_s},
                            {u"scopes"_s, QJsonArray::fromStringList(client.scopes)},
                            {u"expiresAt"_s, 0},
                            {u"secretsStoredSecurely"_s, false}};
    for (const QJsonObject &profile : {key, member, oauth}) {
        QFile file(m_home.filePath(
                u".celonis-content-cli-profiles/%1.json"_s.arg(profile.value(u"name").toString())));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(profile).toJson());
    }
}

Listing TestContentCli::expected(const QString &profile, const QString &what) const
{
    // What the demo team shares with the member key, by name.
    const QHash<QString, QStringList> shared{
            {u"spaces"_s, {u"Procurement"_s, u"Finance"_s}},
            {u"packages"_s, {u"Procurement App"_s, u"Supplier Risk"_s, u"Accounts Payable"_s}},
            {u"data-pools"_s, {u"SAP ECC – Procurement"_s}}};
    const Team team = m_server->snapshot();
    QList<QJsonObject> objects;
    if (what == u"spaces") {
        objects = team.spaces.all();
    } else if (what == u"data-pools") {
        objects = team.pools.all();
    } else {
        for (const QJsonObject &node : team.nodes.all()) {
            if (node.value(u"nodeType").toString() == u"PACKAGE")
                objects.append(node);
        }
    }
    Listing listing;
    for (const QJsonObject &object : objects) {
        const QString name = object.value(u"name").toString();
        if (profile != u"member" || shared.value(what).contains(name))
            listing.insert({object.value(u"id").toString(), name});
    }
    return listing;
}

void TestContentCli::lists_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("what");
    for (const QString &profile : {u"key"_s, u"member"_s, u"oauth"_s}) {
        for (const QString &what : {u"spaces"_s, u"packages"_s, u"data-pools"_s})
            QTest::addRow("%s %s", qPrintable(profile), qPrintable(what)) << profile << what;
    }
}

QString TestContentCli::run(const QStringList &args, const QString &profile, QJsonDocument *written,
                            int *exitCode)
{
    QTemporaryDir work;
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_home.path());
    environment.insert(u"NO_COLOR"_s, u"1"_s);
    cli.setProcessEnvironment(environment);
    cli.setWorkingDirectory(work.path());
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(m_contentCli, args + QStringList{u"-p"_s, profile});
    if (!cli.waitForFinished(120000))
        qWarning("content-cli did not finish in 2 minutes");
    const QString output = QString::fromUtf8(cli.readAll());
    if (exitCode)
        *exitCode = cli.exitCode();
    else if (cli.exitCode() != 0)
        qWarning("content-cli failed: %s", qPrintable(output));
    static const QRegularExpression file(u"New filename: (\\S+\\.json)"_s);
    if (const QRegularExpressionMatch match = file.match(output); written && match.hasMatch()) {
        QFile json(QDir(work.path()).filePath(match.captured(1)));
        if (json.open(QIODevice::ReadOnly))
            *written = QJsonDocument::fromJson(json.readAll());
    }
    return output;
}

std::optional<QJsonObject> TestContentCli::node(const QString &key) const
{
    for (const QJsonObject &n : m_server->snapshot().nodes.all()) {
        if (n.value(u"key").toString() == key)
            return n;
    }
    return std::nullopt;
}

std::unique_ptr<ems::Session> TestContentCli::clientSession() const
{
    ems::ConnectionSettings settings;
    settings.teamUrl = m_server->url();
    settings.secret = m_server->keys().constFirst().token;
    settings.keyType = ems::KeyType::UserKey;
    auto session = std::make_unique<ems::Session>(settings);
    session->start();
    return session;
}

void TestContentCli::lists()
{
    QFETCH(QString, profile);
    QFETCH(QString, what);
    m_server->clearReceived();
    QJsonDocument written;
    run({u"list"_s, what, u"--json"_s}, profile, &written);
    Listing listed;
    for (const QJsonValue &entry : written.array())
        listed.insert({entry[u"id"].toString(), entry[u"name"].toString()});
    QVERIFY(!listed.isEmpty());
    QCOMPARE(listed, expected(profile, what));

    bool sawToken = false;
    for (const ReceivedRequest &request : m_server->received()) {
        if (request.path == u"/oauth2/token")
            sawToken = true;
        else if (!request.path.startsWith(u"/.well-known/"))
            QCOMPARE(request.authorizationScheme, u"Bearer"_s);
    }
    if (profile == u"oauth") // the first run gets a token; later ones may reuse it
        QVERIFY(sawToken || what != u"spaces");
}

// content-cli's package and node commands, which read the staging API, see what the
// sandbox holds: its packages, a package's nodes in pages, one node with its configuration.
void TestContentCli::stagingPackagesAndNodes()
{
    QJsonDocument written;
    run({u"config"_s, u"package"_s, u"list"_s, u"--json"_s}, u"key"_s, &written);
    Listing packages;
    for (const QJsonValue &entry : written.array())
        packages.insert({entry[u"id"].toString(), entry[u"name"].toString()});
    QCOMPARE(packages, expected(u"key"_s, u"packages"_s));
    const QString member = run({u"config"_s, u"package"_s, u"list"_s}, u"member"_s);
    QVERIFY2(member.contains(u"Procurement App - Key: \"procurement-app\""_s), qPrintable(member));
    QVERIFY(!member.contains(u"O2C Starter Kit"_s)); // not shared with the member key

    QStringList keys;
    for (const QJsonObject &n :
         m_server->snapshot().nodes.where(u"rootNodeKey"_s, u"procurement-app"_s))
        keys.append(n.value(u"key").toString());
    QStringList listed;
    for (const QString &offset : {u"0"_s, u"5"_s}) { // two pages
        run({u"config"_s, u"nodes"_s, u"list"_s, u"--packageKey"_s, u"procurement-app"_s,
             u"--limit"_s, u"5"_s, u"--offset"_s, offset, u"--json"_s},
            u"key"_s, &written);
        for (const QJsonValue &entry : written.array())
            listed.append(entry[u"key"].toString());
    }
    QCOMPARE(listed.size(), std::min<qsizetype>(keys.size(), 10));
    QCOMPARE(listed, keys.mid(0, 10));

    const QString output = run({u"config"_s, u"nodes"_s, u"get"_s, u"--packageKey"_s,
                                u"procurement-app"_s, u"--nodeKey"_s,
                                u"procurement-app-views-buyer-cockpit"_s, u"--withConfiguration"_s},
                               u"key"_s);
    QVERIFY2(output.contains(u"Name: Buyer Cockpit"_s), qPrintable(output));
    QVERIFY(output.contains(u"Type: BOARD_V2"_s));
    QVERIFY(output.contains(u"Package Node Key: procurement-app"_s));
    QVERIFY(output.contains(u"Parent Node Key: procurement-app-views"_s));
    QVERIFY(output.contains(u"Configuration:"_s));
}

// A view renamed by content-cli is renamed in the sandbox, for every client after it.
void TestContentCli::nodeRenamedByContentCli()
{
    const QString key = u"procurement-app-views-maverick-buying"_s;
    const QJsonObject before = *node(key);
    const QString body = QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"key"_s, key}, {u"name"_s, u"Maverick-Einkauf"_s}})
                    .toJson(QJsonDocument::Compact));
    run({u"config"_s, u"nodes"_s, u"update"_s, u"--packageKey"_s, u"procurement-app"_s,
         u"--nodeKey"_s, key, u"--body"_s, body},
        u"key"_s);
    const QJsonObject after = *node(key);
    QCOMPARE(after.value(u"name").toString(), u"Maverick-Einkauf"_s);
    QVERIFY(after.value(u"changeDate").toInteger() > before.value(u"changeDate").toInteger());
    QCOMPARE(after.value(u"updatedBy"), m_server->keys().constFirst().identity.value(u"id"));
    // EMS Explorer's client, listing the package as the tree does, sees the new name.
    const std::unique_ptr<ems::Session> session = clientSession();
    ems::ResourceQuery *nodes
            = ems::ResourceService(session.get()).packageNodes(u"procurement-app"_s);
    QSignalSpy listed(nodes, &ems::ResourceQuery::finished);
    QVERIFY(listed.wait());
    QStringList names;
    for (const ems::Resource &resource : nodes->resources())
        names.append(resource.name);
    QVERIFY(names.contains(u"Maverick-Einkauf"_s));
    // Finance is shared with the member key to read, not to change.
    const QString finance = u"accounts-payable-ap-knowledge-model"_s;
    int exitCode = 0;
    const QString refused
            = run({u"config"_s, u"nodes"_s, u"update"_s, u"--packageKey"_s, u"accounts-payable"_s,
                   u"--nodeKey"_s, finance, u"--body"_s, u"{\"name\": \"Mine\"}"_s},
                  u"member"_s, nullptr, &exitCode);
    QVERIFY2(refused.contains(u"Problem updating node"_s), qPrintable(refused));
    QCOMPARE(node(finance)->value(u"name").toString(), u"AP Knowledge Model"_s);
}

// --validate is a dry run: a good body is said to be valid, a bad one is refused with the
// reason, and neither changes anything.
void TestContentCli::validateWritesNothing()
{
    const QString key = u"procurement-app-p2p-knowledge-model"_s;
    const QJsonObject before = *node(key);
    const QStringList update{u"config"_s,          u"nodes"_s,     u"update"_s, u"--packageKey"_s,
                             u"procurement-app"_s, u"--nodeKey"_s, key,         u"--validate"_s,
                             u"--body"_s};
    const QString good = run(update + QStringList{u"{\"name\": \"P2P KM\"}"_s}, u"key"_s);
    QVERIFY2(good.contains(u"Validation successful for node %1"_s.arg(key)), qPrintable(good));
    int exitCode = 0;
    const QString bad
            = run(update + QStringList{u"{\"name\": \"\"}"_s}, u"key"_s, nullptr, &exitCode);
    QVERIFY2(!bad.contains(u"Validation successful"_s), qPrintable(bad));
    QVERIFY2(bad.contains(u"Problem updating node"_s), qPrintable(bad));
    QCOMPARE(*node(key), before);
}

void TestContentCli::clientRenamesAreSeenByContentCli_data()
{
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("key");
    QTest::newRow("package") << u"o2c-starter-kit"_s << u"o2c-starter-kit"_s;
    QTest::newRow("knowledge model")
            << u"o2c-starter-kit"_s << u"o2c-starter-kit-o2c-knowledge-model"_s;
}

// EMS Explorer's client renames a package and a knowledge model; content-cli reads the new
// names from the staging API.
void TestContentCli::clientRenamesAreSeenByContentCli()
{
    QFETCH(QString, package);
    QFETCH(QString, key);
    const std::unique_ptr<ems::Session> session = clientSession();
    const ems::ResourceService service(session.get());
    ems::ResourceQuery *nodes = service.packageNodes(package);
    QSignalSpy listed(nodes, &ems::ResourceQuery::finished);
    QVERIFY(listed.wait());
    std::optional<ems::Resource> original;
    for (const ems::Resource &resource : nodes->resources()) {
        if (resource.key == key)
            original = resource;
    }
    QVERIFY(original);
    const QString name = original->name + u" (umbenannt)"_s;
    ems::UpdateJob *update = service.update(*original, {{u"name"_s, name}});
    QSignalSpy written(update, &ems::UpdateJob::finished);
    QVERIFY(written.wait());
    QCOMPARE(update->outcome(), ems::UpdateJob::Outcome::Updated);
    const QString output = run(
            {u"config"_s, u"nodes"_s, u"get"_s, u"--packageKey"_s, package, u"--nodeKey"_s, key},
            u"key"_s);
    QVERIFY2(output.contains(u"Name: "_s + name), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestContentCli)
#include "tst_contentcli.moc"
