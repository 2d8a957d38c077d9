#include "core/profiles/credentialstore.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/qtkeychainbackend.h"
#include "fakekeychainbackend.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ems;
using Error = KeychainBackend::Error;

// Profiles in QSettings without secrets; keys in the keychain facade, every error path
// against a fake backend; and one round trip through the real secret service.
class TestCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void profilesRoundTripWithoutSecrets();
    void environmentProfile();
    void oauthProfilesRoundTrip_data();
    void oauthProfilesRoundTrip();
    void oauthEnvironmentProfile();
    void keychainStoresAndReads();
    void answerEndsWithItsContext();
    void readErrors_data();
    void readErrors();
    void unavailableKeychainNeverFallsBackSilently();
    void memoryKeepsTheKeyForThisRunOnly();
    void fileIsReadableByTheUserOnly();
    void deletingAProfileDeletesItsKey();
    void realSecretService();

private:
    CredentialStore::Result store(CredentialStore &credentials, const Profile &profile,
                                  const QString &key);
    CredentialStore::Result read(CredentialStore &credentials, const Profile &profile);
    Profile profile(Profile::KeyStorage storage = Profile::KeyStorage::Keychain) const;

    FakeKeychainBackend *m_fake = nullptr;
    std::unique_ptr<CredentialStore> m_credentials;
};

void TestCredentials::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ems-explorer-tests"_s);
    QCoreApplication::setApplicationName(u"tst_credentials"_s);
}

void TestCredentials::init()
{
    QSettings().clear();
    auto fake = std::make_unique<FakeKeychainBackend>();
    m_fake = fake.get();
    m_credentials = std::make_unique<CredentialStore>(std::move(fake));
}

void TestCredentials::cleanup()
{
    QFile::remove(CredentialStore::keyFile(u"Acme"_s));
    m_credentials.reset();
    qunsetenv("CELONIS_URL");
    qunsetenv("CELONIS_API_TOKEN");
    qunsetenv("CELONIS_KEY_TYPE");
    for (const char *name :
         {"OAUTH_CLIENT_ID", "OAUTH_CLIENT_SECRET", "OAUTH_SCOPES", "OAUTH_METHOD"})
        qunsetenv(name);
}

Profile TestCredentials::profile(Profile::KeyStorage storage) const
{
    Profile p;
    p.name = u"Acme"_s;
    p.settings.teamUrl = QUrl(u"https://acme.eu-1.celonis.cloud"_s);
    p.keyStorage = storage;
    return p;
}

CredentialStore::Result TestCredentials::store(CredentialStore &credentials, const Profile &p,
                                               const QString &key)
{
    CredentialStore::Result result;
    bool done = false;
    credentials.storeKey(p, key, this, [&](const CredentialStore::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        result.message = u"no answer"_s;
    return result;
}

CredentialStore::Result TestCredentials::read(CredentialStore &credentials, const Profile &p)
{
    CredentialStore::Result result;
    bool done = false;
    credentials.readKey(p, this, [&](const CredentialStore::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        result.message = u"no answer"_s;
    return result;
}

void TestCredentials::profilesRoundTripWithoutSecrets()
{
    ProfileStore profiles;
    Profile p = profile();
    p.settings.keyType = KeyType::AppKey;
    p.settings.timeoutSeconds = 300;
    p.settings.totalRetries = 5;
    p.settings.backoffFactor = 1.5;
    p.settings.connectCheck = false;
    p.settings.caBundleFile = u"/etc/ssl/acme.pem"_s;
    p.settings.maxAnswerBytes = 256 * 1024 * 1024;
    p.settings.secret = u"must-not-be-saved-0123456789"_s;
    profiles.save(p);
    QVERIFY(store(*m_credentials, p, p.settings.secret).ok());
    QSettings().sync();

    QCOMPARE(profiles.names(), QStringList{u"Acme"_s});
    const auto loaded = profiles.profile(u"Acme"_s);
    QVERIFY(loaded);
    QCOMPARE(loaded->settings.teamUrl, p.settings.teamUrl);
    QCOMPARE(loaded->settings.keyType, KeyType::AppKey);
    QCOMPARE(loaded->settings.timeoutSeconds, 300);
    QCOMPARE(loaded->settings.totalRetries, 5);
    QCOMPARE(loaded->settings.backoffFactor, 1.5);
    QCOMPARE(loaded->settings.connectCheck, false);
    QCOMPARE(loaded->settings.caBundleFile, u"/etc/ssl/acme.pem"_s);
    QCOMPARE(loaded->settings.maxAnswerBytes, 256 * 1024 * 1024);
    QVERIFY(loaded->settings.secret.isEmpty());

    QFile file(QSettings().fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("acme.eu-1.celonis.cloud"));
    QVERIFY(!saved.contains("must-not-be-saved"));
    QCOMPARE(m_fake->entries.value(CredentialStore::account(u"Acme"_s)), p.settings.secret);

    profiles.remove(u"Acme"_s);
    QVERIFY(profiles.names().isEmpty());
}

void TestCredentials::environmentProfile()
{
    QVERIFY(!Profile::fromEnvironment());
    qputenv("CELONIS_URL", "acme.eu-1.celonis.cloud/some/page");
    qputenv("CELONIS_API_TOKEN", "env-token");
    qputenv("CELONIS_KEY_TYPE", "APP_KEY");
    const auto environment = Profile::fromEnvironment();
    QVERIFY(environment);
    QVERIFY(environment->isEnvironment());
    QCOMPARE(environment->settings.teamUrl, QUrl(u"https://acme.eu-1.celonis.cloud"_s));
    QCOMPARE(environment->settings.keyType, KeyType::AppKey);
    QCOMPARE(environment->keyStorage, Profile::KeyStorage::Memory);
}

void TestCredentials::oauthProfilesRoundTrip_data()
{
    QTest::addColumn<AuthKind>("auth");
    QTest::addColumn<ClientAuthMethod>("method");
    QTest::newRow("client, post") << AuthKind::OAuthClient << ClientAuthMethod::Post;
    QTest::newRow("browser") << AuthKind::BrowserSignIn << ClientAuthMethod::Auto;
}

void TestCredentials::oauthProfilesRoundTrip()
{
    QFETCH(AuthKind, auth);
    QFETCH(ClientAuthMethod, method);
    ProfileStore profiles;
    Profile p = profile();
    p.settings.auth = auth;
    p.settings.clientId = u"explorer-automation"_s;
    p.settings.scopes = {u"studio"_s, u"integration.data-pools"_s};
    p.settings.clientAuth = method;
    const QString secret = u"client-secret-or-refresh-token-42"_s;
    profiles.save(p);
    QVERIFY(store(*m_credentials, p, secret).ok());
    QSettings().sync();

    const auto loaded = profiles.profile(u"Acme"_s);
    QVERIFY(loaded);
    QCOMPARE(loaded->settings.auth, auth);
    QCOMPARE(loaded->settings.clientId, u"explorer-automation"_s);
    QCOMPARE(loaded->settings.scopes, p.settings.scopes);
    QCOMPARE(loaded->settings.clientAuth, method);
    QVERIFY(loaded->settings.secret.isEmpty());
    QFile file(QSettings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret.toUtf8()));
    QCOMPARE(read(*m_credentials, *loaded).key, secret);
}

// As PyCelonis 2.x: CELONIS_URL with the OAuth variables, when no token is set.
void TestCredentials::oauthEnvironmentProfile()
{
    qputenv("CELONIS_URL", "acme.eu-1.celonis.cloud");
    qputenv("OAUTH_CLIENT_ID", "explorer-automation");
    qputenv("OAUTH_CLIENT_SECRET", "env-secret");
    qputenv("OAUTH_SCOPES", "studio  package-manager");
    qputenv("OAUTH_METHOD", "POST");
    const auto environment = Profile::fromEnvironment();
    QVERIFY(environment);
    const ConnectionSettings &s = environment->settings;
    QCOMPARE(s.auth, AuthKind::OAuthClient);
    QCOMPARE(s.clientId, u"explorer-automation"_s);
    QCOMPARE(s.secret, u"env-secret"_s);
    QCOMPARE(s.scopes, QStringList({u"studio"_s, u"package-manager"_s}));
    QCOMPARE(s.clientAuth, ClientAuthMethod::Post);
    QVERIFY(s.validate().isEmpty());

    qputenv("CELONIS_API_TOKEN", "a-token"); // a token wins, as in PyCelonis
    QCOMPARE(Profile::fromEnvironment()->settings.auth, AuthKind::ApiKey);
    qunsetenv("CELONIS_API_TOKEN");
    qunsetenv("OAUTH_CLIENT_SECRET");
    QCOMPARE(Profile::fromEnvironment()->settings.validate(),
             u"The OAuth client secret is missing."_s);
}

// A dialog that closed while the keychain worked must not be called back.
void TestCredentials::answerEndsWithItsContext()
{
    for (const auto storage : {Profile::KeyStorage::Keychain, Profile::KeyStorage::Memory}) {
        QVERIFY(store(*m_credentials, profile(storage), u"secret"_s).ok());
        auto *closedDialog = new QObject;
        bool called = false;
        m_credentials->readKey(profile(storage), closedDialog,
                               [&called](const CredentialStore::Result &) { called = true; });
        m_credentials->storeKey(profile(storage), u"other"_s, closedDialog,
                                [&called](const CredentialStore::Result &) { called = true; });
        delete closedDialog;
        bool later = false;
        m_credentials->readKey(profile(storage), this,
                               [&later](const CredentialStore::Result &) { later = true; });
        QTRY_VERIFY(later);
        QVERIFY(!called);
    }
}

void TestCredentials::keychainStoresAndReads()
{
    QVERIFY(store(*m_credentials, profile(), u"secret"_s).ok());
    // A new store (as after a restart) reads it from the keychain.
    auto fake = std::make_unique<FakeKeychainBackend>();
    fake->entries = m_fake->entries;
    CredentialStore fresh(std::move(fake));
    const auto result = read(fresh, profile());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.key, u"secret"_s);
}

void TestCredentials::readErrors_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("message");
    QTest::newRow("not found") << int(Error::NotFound) << u"No API key is stored"_s;
    QTest::newRow("unavailable") << int(Error::Unavailable) << u"not available"_s;
    QTest::newRow("access denied") << int(Error::AccessDenied) << u"refused access"_s;
    QTest::newRow("other") << int(Error::Other) << u"keychain failed"_s;
}

void TestCredentials::readErrors()
{
    QFETCH(int, error);
    QFETCH(QString, message);
    if (Error(error) != Error::NotFound)
        m_fake->failWith = Error(error);
    const auto result = read(*m_credentials, profile());
    QCOMPARE(int(result.error), error);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    QVERIFY(result.key.isEmpty());
}

void TestCredentials::unavailableKeychainNeverFallsBackSilently()
{
    m_fake->failWith = Error::Unavailable;
    const auto result = store(*m_credentials, profile(), u"secret"_s);
    QCOMPARE(result.error, Error::Unavailable);
    QVERIFY(result.message.contains(u"in memory"_s));
    QVERIFY(result.message.contains(u"file"_s));
    QVERIFY(!QFile::exists(CredentialStore::keyFile(u"Acme"_s)));
    m_fake->failWith = Error::None;
    QCOMPARE(read(*m_credentials, profile()).error, Error::NotFound); // not kept anywhere
}

void TestCredentials::memoryKeepsTheKeyForThisRunOnly()
{
    m_fake->failWith = Error::Unavailable;
    const Profile p = profile(Profile::KeyStorage::Memory);
    QVERIFY(store(*m_credentials, p, u"secret"_s).ok());
    QCOMPARE(read(*m_credentials, p).key, u"secret"_s);
    QVERIFY(!QFile::exists(CredentialStore::keyFile(u"Acme"_s)));
    QCOMPARE(m_fake->calls, 0);
    CredentialStore nextRun(std::make_unique<FakeKeychainBackend>());
    QCOMPARE(read(nextRun, p).error, Error::NotFound);
}

void TestCredentials::fileIsReadableByTheUserOnly()
{
    const Profile p = profile(Profile::KeyStorage::File);
    QVERIFY(store(*m_credentials, p, u"secret-in-a-file"_s).ok());
    QFile file(CredentialStore::keyFile(u"Acme"_s));
    QVERIFY(file.exists());
    QCOMPARE(
            file.permissions()
                    & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFileDevice::Permissions());
    QVERIFY(file.permissions() & QFile::ReadOwner);
    CredentialStore nextRun(std::make_unique<FakeKeychainBackend>());
    QCOMPARE(read(nextRun, p).key, u"secret-in-a-file"_s);
}

void TestCredentials::deletingAProfileDeletesItsKey()
{
    QVERIFY(store(*m_credentials, profile(), u"secret"_s).ok());
    QVERIFY(store(*m_credentials, profile(Profile::KeyStorage::File), u"secret"_s).ok());
    bool done = false;
    CredentialStore::Result result;
    m_credentials->removeKey(u"Acme"_s, this, [&](const CredentialStore::Result &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(result.ok());
    QVERIFY(m_fake->entries.isEmpty());
    QVERIFY(!QFile::exists(CredentialStore::keyFile(u"Acme"_s)));
    QCOMPARE(read(*m_credentials, profile()).error, Error::NotFound);
}

void TestCredentials::realSecretService()
{
    CredentialStore real; // QtKeychain over libsecret
    Profile p = profile();
    p.name = u"ems-explorer test %1"_s.arg(QCoreApplication::applicationPid());
    const auto stored = store(real, p, u"real-secret-4711"_s);
    if (stored.error == Error::Unavailable && !qEnvironmentVariableIsSet("EMS_REQUIRE_KEYCHAIN"))
        QSKIP("No secret service here; packaging/run-tests.sh starts one.");
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    CredentialStore nextRun;
    const auto loaded = read(nextRun, p);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QCOMPARE(loaded.key, u"real-secret-4711"_s);
    bool done = false;
    nextRun.removeKey(p.name, this, [&](const CredentialStore::Result &) { done = true; });
    QTRY_VERIFY(done);
    CredentialStore afterDelete;
    QCOMPARE(read(afterDelete, p).error, Error::NotFound);
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
