#include "sandbox/sandboxserver.h"
#include "sandbox/teamseeder.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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

private:
    Listing expected(const QString &profile, const QString &what) const;

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

void TestContentCli::lists()
{
    QFETCH(QString, profile);
    QFETCH(QString, what);
    QTemporaryDir work;
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_home.path());
    environment.insert(u"NO_COLOR"_s, u"1"_s);
    cli.setProcessEnvironment(environment);
    cli.setWorkingDirectory(work.path());
    cli.setProcessChannelMode(QProcess::MergedChannels);
    m_server->clearReceived();
    cli.start(m_contentCli, {u"list"_s, what, u"--json"_s, u"-p"_s, profile});
    QVERIFY(cli.waitForFinished(120000));
    const QString output = QString::fromUtf8(cli.readAll());
    QVERIFY2(cli.exitCode() == 0, qPrintable(output));

    static const QRegularExpression written(u"New filename: (\\S+\\.json)"_s);
    const QRegularExpressionMatch match = written.match(output);
    QVERIFY2(match.hasMatch(), qPrintable(output));
    QFile file(QDir(work.path()).filePath(match.captured(1)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Listing listed;
    for (const QJsonValue &entry : QJsonDocument::fromJson(file.readAll()).array()) {
        listed.insert({entry[u"id"].toString(), entry[u"name"].toString()});
    }
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

QTEST_GUILESS_MAIN(TestContentCli)
#include "tst_contentcli.moc"
