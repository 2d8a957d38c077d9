#include "core/profiles/connectionsettings.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ems::ConnectionSettings;
using ems::KeyType;

class TestConnectionSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void normalizeUrl_data();
    void normalizeUrl();
    void environmentFillsEmptyFields();
    void environmentNeverOverridesExplicitValues();
    void validate_data();
    void validate();
    void keyTypeNames_data();
    void keyTypeNames();
};

void TestConnectionSettings::cleanup()
{
    qunsetenv("CELONIS_URL");
    qunsetenv("CELONIS_API_TOKEN");
    qunsetenv("CELONIS_KEY_TYPE");
}

void TestConnectionSettings::normalizeUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("allowHttp");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("bare host") << u"acme.eu-1.celonis.cloud"_s << false
                               << u"https://acme.eu-1.celonis.cloud"_s;
    QTest::newRow("path and query dropped")
            << u"https://acme.eu-1.celonis.cloud/package-manager/ui/studio?x=1#y"_s << false
            << u"https://acme.eu-1.celonis.cloud"_s;
    QTest::newRow("upper case, spaces") << u"  HTTPS://ACME.eu-1.Celonis.cloud/  "_s << false
                                        << u"https://acme.eu-1.celonis.cloud"_s;
    QTest::newRow("port kept") << u"https://team.example:8443/x"_s << false
                               << u"https://team.example:8443"_s;
    QTest::newRow("plain http refused")
            << u"http://acme.eu-1.celonis.cloud"_s << false << QString();
    QTest::newRow("plain http allowed")
            << u"http://acme.eu-1.celonis.cloud"_s << true << u"http://acme.eu-1.celonis.cloud"_s;
    QTest::newRow("loopback http")
            << u"http://127.0.0.1:8080/"_s << false << u"http://127.0.0.1:8080"_s;
    QTest::newRow("localhost http")
            << u"http://localhost:8080"_s << false << u"http://localhost:8080"_s;
    QTest::newRow("ipv6 loopback") << u"http://[::1]:8080"_s << false << u"http://[::1]:8080"_s;
    QTest::newRow("ftp") << u"ftp://acme.example"_s << true << QString();
    QTest::newRow("empty") << u"   "_s << false << QString();
    QTest::newRow("garbage") << u"https://"_s << false << QString();
}

void TestConnectionSettings::normalizeUrl()
{
    QFETCH(QString, input);
    QFETCH(bool, allowHttp);
    QFETCH(QString, expected);
    QString error;
    const auto url = ConnectionSettings::normalizeUrl(input, allowHttp, &error);
    if (expected.isEmpty()) {
        QVERIFY(!url);
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(url, qPrintable(error));
        QCOMPARE(url->toString(), expected);
    }
}

void TestConnectionSettings::environmentFillsEmptyFields()
{
    qputenv("CELONIS_URL", "acme.eu-1.celonis.cloud/some/path");
    qputenv("CELONIS_API_TOKEN", " secret-token ");
    qputenv("CELONIS_KEY_TYPE", "USER_KEY");
    ConnectionSettings settings;
    settings.applyEnvironment();
    QCOMPARE(settings.teamUrl, QUrl(u"https://acme.eu-1.celonis.cloud"_s));
    QCOMPARE(settings.secret, u"secret-token"_s);
    QCOMPARE(settings.keyType, KeyType::UserKey);
}

void TestConnectionSettings::environmentNeverOverridesExplicitValues()
{
    qputenv("CELONIS_URL", "other.example");
    qputenv("CELONIS_API_TOKEN", "other");
    qputenv("CELONIS_KEY_TYPE", "APP_KEY");
    ConnectionSettings settings;
    settings.teamUrl = QUrl(u"https://mine.example"_s);
    settings.secret = u"mine"_s;
    settings.keyType = KeyType::UserKey;
    settings.applyEnvironment();
    QCOMPARE(settings.teamUrl, QUrl(u"https://mine.example"_s));
    QCOMPARE(settings.secret, u"mine"_s);
    QCOMPARE(settings.keyType, KeyType::UserKey);
}

void TestConnectionSettings::validate_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("defaults") << QString() << 0 << true;
    QTest::newRow("timeout 0") << u"timeout"_s << 0 << false;
    QTest::newRow("retries 11") << u"retries"_s << 11 << false;
    QTest::newRow("retries 10") << u"retries"_s << 10 << true;
    QTest::newRow("concurrency 0") << u"concurrency"_s << 0 << false;
    QTest::newRow("no key") << u"key"_s << 0 << false;
}

void TestConnectionSettings::validate()
{
    QFETCH(QString, field);
    QFETCH(int, value);
    QFETCH(bool, valid);
    ConnectionSettings settings;
    settings.teamUrl = QUrl(u"https://acme.example"_s);
    settings.secret = u"k"_s;
    if (field == u"timeout")
        settings.timeoutSeconds = value;
    else if (field == u"retries")
        settings.totalRetries = value;
    else if (field == u"concurrency")
        settings.maxConcurrentRequests = value;
    else if (field == u"key")
        settings.secret.clear();
    QCOMPARE(settings.validate().isEmpty(), valid);
    QVERIFY(ConnectionSettings().totalRetries > 0); // retries are on by default
}

void TestConnectionSettings::keyTypeNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type"); // -1: unknown
    QTest::newRow("APP_KEY") << u"APP_KEY"_s << int(KeyType::AppKey);
    QTest::newRow("user_key") << u"user_key"_s << int(KeyType::UserKey);
    QTest::newRow("BEARER") << u"BEARER"_s << int(KeyType::UserKey);
    QTest::newRow("auto") << u"auto"_s << int(KeyType::Auto);
    QTest::newRow("nonsense") << u"TOKEN"_s << -1;
}

void TestConnectionSettings::keyTypeNames()
{
    QFETCH(QString, text);
    QFETCH(int, type);
    const auto parsed = ConnectionSettings::keyTypeFromString(text);
    QCOMPARE(parsed.has_value(), type >= 0);
    if (parsed) {
        QCOMPARE(int(*parsed), type);
        QCOMPARE(ConnectionSettings::keyTypeFromString(ConnectionSettings::keyTypeName(*parsed)),
                 parsed);
    }
}

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
