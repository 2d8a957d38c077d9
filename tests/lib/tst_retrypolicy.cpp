#include "core/net/retrypolicy.h"

#include <QTest>

using ems::RetryPolicy;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRetry_data();
    void shouldRetry();
    void backoffDoubles();
    void retryAfter_data();
    void retryAfter();
};

void TestRetryPolicy::shouldRetry_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("transport");
    QTest::addColumn<bool>("retry");
    for (int status : {429, 500, 502, 503, 504})
        QTest::addRow("GET %d", status) << QByteArray("GET") << 1 << status << false << true;
    for (int status : {400, 401, 403, 404, 409, 501})
        QTest::addRow("GET %d", status) << QByteArray("GET") << 1 << status << false << false;
    QTest::newRow("PUT 503") << QByteArray("PUT") << 1 << 503 << false << true;
    QTest::newRow("DELETE reset") << QByteArray("DELETE") << 1 << 0 << true << true;
    QTest::newRow("POST 503") << QByteArray("POST") << 1 << 503 << false << false;
    QTest::newRow("POST reset") << QByteArray("POST") << 1 << 0 << true << false;
    QTest::newRow("last attempt") << QByteArray("GET") << 4 << 503 << false << false;
    QTest::newRow("before last") << QByteArray("GET") << 3 << 503 << false << true;
}

void TestRetryPolicy::shouldRetry()
{
    QFETCH(QByteArray, method);
    QFETCH(int, attempt);
    QFETCH(int, status);
    QFETCH(bool, transport);
    QFETCH(bool, retry);
    const RetryPolicy policy(3, 1);
    QCOMPARE(policy.shouldRetry(RetryPolicy::isIdempotent(method), attempt, status, transport),
             retry);
    QVERIFY(!RetryPolicy(0, 1).shouldRetry(true, 1, 503, false));
}

void TestRetryPolicy::backoffDoubles()
{
    const RetryPolicy policy(10, 0.5);
    QCOMPARE(policy.delayMs(1, 503, {}), 500);
    QCOMPARE(policy.delayMs(2, 503, {}), 1000);
    QCOMPARE(policy.delayMs(3, 500, {}), 2000);
    QCOMPARE(policy.delayMs(10, 500, {}), 120000); // capped
    QCOMPARE(RetryPolicy(3, 0).delayMs(2, 500, {}), 0);
}

void TestRetryPolicy::retryAfter_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("seconds on 429") << 429 << QByteArray("3") << qint64(3000);
    QTest::newRow("seconds on 503") << 503 << QByteArray(" 2 ") << qint64(2000);
    QTest::newRow("ignored on 500") << 500 << QByteArray("3") << qint64(1000);
    QTest::newRow("capped") << 429 << QByteArray("9999") << qint64(120000);
    QTest::newRow("largest number") << 429 << QByteArray("9223372036854775807") << qint64(120000);
    QTest::newRow("beyond any number")
            << 429 << QByteArray("99999999999999999999999") << qint64(1000);
    QTest::newRow("far date") << 429 << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT")
                              << qint64(120000);
    QTest::newRow("http date") << 429 << QByteArray("Sun, 29 Nov 2026 12:00:05 GMT")
                               << qint64(5000);
    QTest::newRow("date in the past")
            << 429 << QByteArray("Sun, 29 Nov 2026 11:00:00 GMT") << qint64(0);
    QTest::newRow("garbage") << 429 << QByteArray("soon") << qint64(1000);
    QTest::newRow("negative") << 429 << QByteArray("-5") << qint64(1000);
}

void TestRetryPolicy::retryAfter()
{
    QFETCH(int, status);
    QFETCH(QByteArray, header);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
    QCOMPARE(RetryPolicy(3, 1).delayMs(1, status, header, now), expected);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
