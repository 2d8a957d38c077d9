#include "../lib/fakekeychainbackend.h"
#include "../lib/httpprobe.h"
#include "../lib/sandboxfixture.h"
#include "core/api/resourcequery.h"
#include "core/api/resourceservice.h"
#include "core/net/oauthscopes.h"
#include "core/net/session.h"
#include "core/permissions/permissionsmodel.h"
#include "core/profiles/credentialstore.h"
#include "core/profiles/profilestore.h"
#include "sandbox/teamseeder.h"
#include "ui/connect/connectdialog.h"
#include "ui/permissions/permissionsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace ems;

// A connect dialog with its profile store and a fake keychain, shown.
struct DialogUnderTest
{
    ProfileStore profiles;
    FakeKeychainBackend *keychain = new FakeKeychainBackend; // owned by credentials
    CredentialStore credentials{std::unique_ptr<KeychainBackend>(keychain)};
    ConnectDialog dialog{&profiles, &credentials};

    DialogUnderTest() { dialog.show(); }
};

// The connect dialog and the permissions dialog, against the sandbox's keys.
class TestConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void permissionsPerKey_data();
    void permissionsPerKey();
    void permissionsFilterAndCopy();
    void whatCanIDoHere_data();
    void whatCanIDoHere();
    void newProfileTestsSavesAndConnects();
    void deleteAsksAndEnterKeeps();
    void wrongKeyTypeSaysWhy();
    void oauthClientProfileTestsAndSaves();
    void signInWithCodeKeepsTheSignIn();
    void missingScopeIsExplained();

private:
    QComboBox *combo(QWidget &dialog, const QString &name) const;
    std::unique_ptr<Session> connectedSession(const QString &role);
    QStringList serviceRow(const QString &service) const;
    QLineEdit *field(ConnectDialog &dialog, const QString &name) const;
    QPushButton *button(QWidget &dialog, const QString &text) const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<PermissionsDialog> m_dialog;
};

void TestConnections::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"ems-explorer-tests"_s);
}

void TestConnections::init()
{
    QSettings().clear();
    m_sandbox = std::make_unique<SandboxFixture>(sandbox::TeamSeeder::demo());
    QVERIFY(m_sandbox->started());
    m_dialog = std::make_unique<PermissionsDialog>();
}

void TestConnections::cleanup()
{
    m_dialog.reset();
    m_sandbox.reset();
}

std::unique_ptr<Session> TestConnections::connectedSession(const QString &role)
{
    auto session = std::make_unique<Session>(m_sandbox->settings(role));
    QSignalSpy loaded(session.get(), &Session::permissionsLoaded);
    session->start();
    if (!loaded.wait())
        qWarning("permissions did not load");
    return session;
}

QStringList TestConnections::serviceRow(const QString &service) const
{
    const PermissionsModel *model = m_dialog->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data().toString() != service)
            continue;
        QStringList result{index.siblingAtColumn(1).data().toString()};
        for (int child = 0; child < model->rowCount(index); ++child)
            result.append(model->index(child, 0, index).data().toString());
        return result;
    }
    return {};
}

void TestConnections::permissionsPerKey_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("greeting");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("admin") << u"admin"_s << u"Hello Ada Lovelace (user key)"_s
                           << u"package-manager"_s
                           << QStringList{u"5 permissions"_s,   u"MANAGE_PERMISSIONS"_s,
                                          u"CREATE_SPACE"_s,    u"USE_ALL_SPACES"_s,
                                          u"EDIT_ALL_SPACES"_s, u"DELETE_ALL_SPACES"_s};
    QTest::newRow("admin without workflows")
            << u"admin"_s << u"Hello Ada Lovelace (user key)"_s << u"workflows"_s
            << QStringList{u"No permissions in this service"_s};
    QTest::newRow("viewer") << u"viewer"_s << u"Hello Grace Hopper (user key)"_s
                            << u"event-collection"_s
                            << QStringList{u"2 permissions"_s, u"USE_ALL_DATA_POOLS"_s,
                                           u"USE_ALL_DATA_MODELS"_s};
    QTest::newRow("app") << u"app"_s << u"Application Key in use"_s << u"process-analytics"_s
                         << QStringList{u"No permissions in this service"_s};
}

void TestConnections::permissionsPerKey()
{
    QFETCH(QString, role);
    QFETCH(QString, greeting);
    QFETCH(QString, service);
    QFETCH(QStringList, expected);
    const auto session = connectedSession(role);
    m_dialog->showSession(session.get(), u"Demo"_s);
    QStringList row = serviceRow(service);
    if (!row.isEmpty())
        row.first().replace(u"permission(s)"_s,
                            row.size() == 2 ? u"permission"_s : u"permissions"_s);
    QCOMPARE(row, expected);
    QString who;
    for (QLabel *label : m_dialog->findChildren<QLabel *>()) {
        if (label->accessibleName() == u"Connected key")
            who = label->text();
    }
    QVERIFY2(who.contains(greeting), qPrintable(who));
    // Services with permissions come first.
    QVERIFY(m_dialog->model()->rowCount(m_dialog->model()->index(0, 0)) > 0);
    const QModelIndex explained = m_dialog->model()->index(0, 1, m_dialog->model()->index(0, 0));
    QVERIFY(!explained.data().toString().isEmpty());
}

void TestConnections::permissionsFilterAndCopy()
{
    const auto session = connectedSession(u"admin"_s);
    m_dialog->show();
    m_dialog->showSession(session.get(), u"Demo"_s);
    QLineEdit *filter = m_dialog->findChild<QLineEdit *>();
    QTest::keyClicks(filter, u"pools"_s);
    const QAbstractItemModel *shown = m_dialog->serviceView()->model();
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data().toString(), u"event-collection"_s);
    QCOMPARE(shown->rowCount(shown->index(0, 0)), 3); // USE_, EDIT_, DELETE_ALL_DATA_POOLS
    button(*m_dialog, u"Copy as &JSON"_s)->click();
    const QJsonArray copied
            = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).array();
    QCOMPARE(copied.size(), session->permissions().size());
    QVERIFY(!QApplication::clipboard()->text().contains(m_sandbox->token(u"admin"_s)));
}

void TestConnections::whatCanIDoHere_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("verdicts");
    QTest::newRow("admin") << u"admin"_s
                           << QStringList{u"✓ View its latest state"_s, u"✓ Rename it"_s,
                                          u"✓ Delete it (in Celonis)"_s,
                                          u"✓ Create something inside it (in Celonis)"_s,
                                          u"✓ Share it: change who may do what (in Celonis)"_s};
    QTest::newRow("viewer") << u"viewer"_s
                            << QStringList{u"✓ View its latest state"_s, u"✗ Rename it"_s,
                                           u"✗ Delete it (in Celonis)"_s,
                                           u"✗ Create something inside it (in Celonis)"_s,
                                           u"✗ Share it: change who may do what (in Celonis)"_s};
}

void TestConnections::whatCanIDoHere()
{
    QFETCH(QString, role);
    QFETCH(QStringList, verdicts);
    const auto session = connectedSession(role);
    m_dialog->showSession(session.get(), u"Demo"_s);
    ResourceQuery *query = ResourceService(session.get()).spaces();
    QSignalSpy finished(query, &ResourceQuery::finished);
    QVERIFY(finished.wait());
    m_dialog->showObject(query->resources().first(), PermissionGlossary::Read::Succeeded);
    QTreeWidget *view = m_dialog->objectView();
    const QTreeWidgetItem *actions = view->topLevelItem(0);
    QStringList shown;
    for (int i = 0; i < actions->childCount(); ++i)
        shown.append(actions->child(i)->text(0));
    QCOMPARE(shown, verdicts);
    // Each verdict names the permission behind it.
    QVERIFY(actions->child(1)->text(1).contains(u"EDIT_SPACE"_s));
    QVERIFY(actions->child(2)->text(1).contains(u"DELETE_SPACE"_s));
    QVERIFY(actions->child(0)->text(1).startsWith(u"The key read it just now"_s));
    const QTreeWidgetItem *permissions = view->topLevelItem(1);
    QVERIFY(permissions->childCount() >= 2);
    QCOMPARE(permissions->child(0)->text(0), u"USE"_s);
    QVERIFY(!permissions->child(0)->text(1).isEmpty());
}

QLineEdit *TestConnections::field(ConnectDialog &dialog, const QString &name) const
{
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == name)
            return edit;
    }
    return nullptr;
}

QPushButton *TestConnections::button(QWidget &dialog, const QString &text) const
{
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

void TestConnections::newProfileTestsSavesAndConnects()
{
    DialogUnderTest t;
    ConnectDialog &dialog = t.dialog;
    FakeKeychainBackend *keychain = t.keychain;
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto hint = [&dialog] {
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text().startsWith(u"No saved profiles yet"))
                return label;
        }
        return static_cast<QLabel *>(nullptr);
    };
    QVERIFY(hint() && hint()->isVisible()); // an empty list says what to do
    // Delete stands with the profile list, not among Save and Connect.
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->buttons().contains(
            button(dialog, u"&Delete"_s)));
    field(dialog, u"Profile name"_s)->setText(u"Sandbox"_s);
    field(dialog, u"Team URL"_s)->setText(m_sandbox->server().url().toString());
    QLineEdit *key = field(dialog, u"API key"_s);
    QTest::keyClicks(key, m_sandbox->token(u"app"_s));

    button(dialog, u"&Test Connection"_s)->click();
    QTRY_COMPARE(dialog.resultText(),
                 u"Initial connect successful! You are using an Application Key."_s);
    QCOMPARE(keychain->entries.value(CredentialStore::account(u"Sandbox"_s)),
             m_sandbox->token(u"app"_s));
    QVERIFY(key->text().isEmpty()); // saved, and out of the form
    QVERIFY(!hint()->isVisible());
    // The list says which team the profile reaches.
    auto *profiles = dialog.findChild<QListWidget *>();
    QCOMPARE(profiles->count(), 1);
    QCOMPARE(profiles->item(0)->text(), u"Sandbox — 127.0.0.1"_s);

    QSignalSpy requested(&dialog, &ConnectDialog::connectRequested);
    button(dialog, u"&Connect"_s)->click();
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).value<Profile>().name, u"Sandbox"_s);
    QCOMPARE(requested.first().at(1).toString(), m_sandbox->token(u"app"_s));
    QSettings().sync();
    QFile settings(QSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(m_sandbox->token(u"app"_s).toUtf8()));
}

void TestConnections::deleteAsksAndEnterKeeps()
{
    Profile saved;
    saved.name = u"Sandbox"_s;
    saved.settings.teamUrl = m_sandbox->server().url();
    ProfileStore().save(saved);
    DialogUnderTest t;
    const QString account = CredentialStore::account(u"Sandbox"_s);
    t.keychain->entries.insert(account, m_sandbox->token(u"app"_s));
    const auto question = [] {
        return qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    };
    // Enter right after the question opens keeps the profile and its key.
    button(t.dialog, u"&Delete"_s)->click();
    QTRY_VERIFY(question());
    QVERIFY(question()->text().contains(u"“Sandbox”"_s));
    QCOMPARE(question()->focusWidget(), question()->defaultButton());
    QTest::keyClick(question()->focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!question());
    QCOMPARE(t.profiles.names(), QStringList{u"Sandbox"_s});
    QVERIFY(t.keychain->entries.contains(account));
    // Only the button named after what it does deletes.
    button(t.dialog, u"&Delete"_s)->click();
    QTRY_VERIFY(question());
    button(*question(), u"&Delete"_s)->click();
    QTRY_VERIFY(!t.keychain->entries.contains(account));
    QVERIFY(t.profiles.names().isEmpty());
}

void TestConnections::wrongKeyTypeSaysWhy()
{
    DialogUnderTest t;
    ConnectDialog &dialog = t.dialog;
    field(dialog, u"Profile name"_s)->setText(u"Wrong type"_s);
    field(dialog, u"Team URL"_s)->setText(m_sandbox->server().url().toString());
    auto *type = combo(dialog, u"Key type"_s);
    type->setCurrentIndex(type->findData(int(KeyType::AppKey)));
    field(dialog, u"API key"_s)->setText(m_sandbox->token(u"admin"_s));
    button(dialog, u"&Test Connection"_s)->click();
    QTRY_VERIFY(dialog.resultText().contains(u"Not authorized (401)"_s));
    QVERIFY2(dialog.resultText().contains(u"change the key type"_s),
             qPrintable(dialog.resultText()));

    field(dialog, u"Team URL"_s)->setText(u"http://acme.example"_s);
    button(dialog, u"&Test Connection"_s)->click();
    QVERIFY(dialog.resultText().contains(u"unencrypted"_s));
}

QComboBox *TestConnections::combo(QWidget &dialog, const QString &name) const
{
    for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
        if (box->accessibleName() == name)
            return box;
    }
    return nullptr;
}

void TestConnections::oauthClientProfileTestsAndSaves()
{
    DialogUnderTest t;
    ConnectDialog &dialog = t.dialog;
    ProfileStore &profiles = t.profiles;
    FakeKeychainBackend *keychain = t.keychain;
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *auth = combo(dialog, u"Sign in with"_s);
    auth->setCurrentIndex(auth->findData(int(AuthKind::OAuthClient)));
    QVERIFY(!combo(dialog, u"Key type"_s)->isVisible());
    QVERIFY(combo(dialog, u"Client authentication"_s)->isVisible());
    QVERIFY(!field(dialog, u"API key"_s));
    field(dialog, u"Profile name"_s)->setText(u"Automation"_s);
    field(dialog, u"Team URL"_s)->setText(m_sandbox->server().url().toString());
    field(dialog, u"OAuth client ID"_s)->setText(u"explorer-automation"_s);
    const QString secret = m_sandbox->server().oauthClients().constFirst().secret;
    QTest::keyClicks(field(dialog, u"OAuth client secret"_s), secret);
    // The Browse Only preset fills in Celonis's read-only scopes; they are asked for as named.
    QToolButton *presets = nullptr;
    for (QToolButton *tool : dialog.findChildren<QToolButton *>()) {
        if (tool->accessibleName() == u"Scope presets")
            presets = tool;
    }
    QVERIFY(presets && presets->isVisible() && presets->menu());
    presets->menu()->actions().at(1)->trigger();
    QCOMPARE(field(dialog, u"OAuth scopes"_s)->text(), OAuthScopes::browseOnly().join(u' '));

    button(dialog, u"&Test Connection"_s)->click();
    QTRY_VERIFY(dialog.resultText().contains(u"Explorer Automation"_s));
    QCOMPARE(keychain->entries.value(CredentialStore::account(u"Automation"_s)), secret);
    const auto saved = profiles.profile(u"Automation"_s);
    QVERIFY(saved);
    QCOMPARE(saved->settings.auth, AuthKind::OAuthClient);
    QCOMPARE(saved->settings.clientId, u"explorer-automation"_s);
    QCOMPARE(saved->settings.scopes, OAuthScopes::browseOnly());
    QSettings().sync();
    QFile settings(QSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(secret.toUtf8()));
}

void TestConnections::signInWithCodeKeepsTheSignIn()
{
    sandbox::ServerOptions options;
    options.devicePollSeconds = 1;
    m_sandbox = std::make_unique<SandboxFixture>(sandbox::TeamSeeder::demo(), options);
    QVERIFY(m_sandbox->started());
    DialogUnderTest t;
    ConnectDialog &dialog = t.dialog;
    FakeKeychainBackend *keychain = t.keychain;
    QComboBox *auth = combo(dialog, u"Sign in with"_s);
    auth->setCurrentIndex(auth->findData(int(AuthKind::BrowserSignIn)));
    field(dialog, u"Profile name"_s)->setText(u"Me"_s);
    field(dialog, u"Team URL"_s)->setText(m_sandbox->server().url().toString());
    field(dialog, u"OAuth client ID"_s)->setText(u"ems-explorer"_s);
    button(dialog, u"&Connect"_s)->click();
    QVERIFY(dialog.resultText().contains(u"Sign in first"_s));

    button(dialog, u"Sign In &from Another Device"_s)->click();
    QTRY_VERIFY(dialog.resultText().contains(u"enter the code"_s));
    const QString code = dialog.resultText().section(u"enter the code "_s, 1).left(9);
    HttpProbe phone(m_sandbox->server().url());
    phone.setContentType("application/x-www-form-urlencoded");
    QCOMPARE(phone.send("POST", u"/oauth2/device"_s,
                        "user_code=" + code.toLatin1() + "&user=admin&decision=allow")
                     .status,
             200);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().startsWith(u"Signed in."_s), 10000);
    const QString refreshToken = keychain->entries.value(CredentialStore::account(u"Me"_s));
    QVERIFY(!refreshToken.isEmpty());

    QSignalSpy requested(&dialog, &ConnectDialog::connectRequested);
    button(dialog, u"&Connect"_s)->click();
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(1).toString(), refreshToken);

    // Opened again later, the dialog says that this profile is signed in.
    ConnectDialog again(&t.profiles, &t.credentials);
    again.selectProfile(u"Me"_s);
    QTRY_VERIFY(again.resultText().startsWith(u"Signed in; "_s));
}

void TestConnections::missingScopeIsExplained()
{
    const auto admin = connectedSession(u"admin"_s);
    ResourceQuery *query = ResourceService(admin.get()).pools();
    QSignalSpy finished(query, &ResourceQuery::finished);
    QVERIFY(finished.wait());
    const Resource pool = query->resources().first();

    ConnectionSettings settings = m_sandbox->settings(u"admin"_s);
    settings.auth = AuthKind::OAuthClient;
    settings.clientId = u"studio-reporter"_s;
    settings.secret = m_sandbox->server().oauthClients().at(1).secret;
    Session reporter(settings);
    QSignalSpy loaded(&reporter, &Session::permissionsLoaded);
    reporter.start();
    QVERIFY(loaded.wait());
    m_dialog->showSession(&reporter, u"Lovelace Werke"_s);
    m_dialog->showObject(pool);
    QString header;
    for (const QLabel *label : m_dialog->findChildren<QLabel *>()) {
        if (label->text().contains(u"Team-wide permissions"_s))
            header = label->text();
    }
    QVERIFY2(header.contains(u"OAuth scopes granted: studio, package-manager."_s),
             qPrintable(header));
    const QTreeWidgetItem *actions = m_dialog->objectView()->topLevelItem(0);
    // Nothing was refused yet: the scope is only a probable cause, for the write alone.
    QVERIFY(actions->child(0)->text(0).startsWith(u"✓ View"_s));
    QVERIFY2(actions->child(1)->text(0).startsWith(u"? Rename it"_s),
             qPrintable(actions->child(1)->text(0)));
    QVERIFY2(actions->child(1)->text(1).contains(
                     u"probably not granted the scope integration.data-pools"_s),
             qPrintable(actions->child(1)->text(1)));
}

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
