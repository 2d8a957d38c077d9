#include "core/log/requestlogexport.h"
#include "core/log/requestlogfiltermodel.h"
#include "core/log/requestlogmodel.h"
#include "core/net/apijob.h"
#include "core/net/session.h"
#include "sandbox/teamseeder.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ems;

// The network log's model, filters and exports, fed by a real session against the sandbox.
class TestRequestLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void ringBufferKeepsTheNewest();
    void filters();
    void retriesAndRateLimitsShow();
    void harIsValid();
    void curlUsesTheVariable();
    void textIsPyCelonisStyle();
    void longBodiesAreCutUntilShowAll();
    void noExportRevealsTheKey();

private:
    void run(ApiJob *job);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<RequestLogModel> m_model;
};

void TestRequestLog::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(sandbox::TeamSeeder::demo());
    QVERIFY(m_sandbox->started());
    m_session = std::make_unique<Session>(m_sandbox->settings(u"admin"_s, KeyType::Auto));
    m_model = std::make_unique<RequestLogModel>();
    connect(m_session.get(), &Session::requestLogged, m_model.get(), &RequestLogModel::append);
    QSignalSpy loaded(m_session.get(), &Session::permissionsLoaded);
    m_session->start();
    QVERIFY(loaded.wait());
}

void TestRequestLog::cleanup()
{
    m_session.reset();
    m_model.reset();
    m_sandbox.reset();
}

void TestRequestLog::run(ApiJob *job)
{
    QSignalSpy finished(job, &ApiJob::finished);
    QVERIFY(finished.wait());
}

void TestRequestLog::ringBufferKeepsTheNewest()
{
    RequestLogModel model;
    QAbstractItemModelTester tester(&model);
    model.setCapacity(3);
    for (int i = 1; i <= 5; ++i) {
        RequestLogEntry entry;
        entry.requestId = quint64(i);
        model.append(entry);
    }
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.entry(0).requestId, 3u);
    QCOMPARE(model.entry(2).requestId, 5u);
    model.setCapacity(2);
    QCOMPARE(model.entry(0).requestId, 4u);
    model.setPaused(true);
    model.append({});
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(RequestLogModel().capacity(), 5000);
}

void TestRequestLog::filters()
{
    const QString spaceId = m_sandbox->server().snapshot().spaces.all().first()[u"id"].toString();
    run(m_session->get(u"/package-manager/api/spaces/"_s + spaceId, {}, spaceId));
    run(m_session->get(u"/package-manager/api/spaces/nope"_s));
    run(m_session->post(u"/package-manager/api/spaces"_s, {{u"name"_s, u"X"_s}}));
    RequestLogFilterModel filter;
    QAbstractItemModelTester tester(&filter);
    filter.setSourceModel(m_model.get());
    const int all = filter.rowCount();
    QCOMPARE(all, m_model->rowCount());

    filter.setMethod(u"POST"_s);
    QCOMPARE(filter.rowCount(), 1);
    filter.setMethod({});
    filter.setStatusFilter(RequestLogFilterModel::StatusFilter::ClientErrors);
    QCOMPARE(filter.rowCount(), 2); // 404, and the 401 of AUTO's AppKey probe
    // The probe's refusal was asked for: labelled expected, not counted as a failure.
    const QModelIndex probe = filter.index(0, RequestLogModel::StatusColumn);
    QCOMPARE(probe.data().toString(), u"401 · expected"_s);
    QVERIFY(probe.data(Qt::ToolTipRole).toString().contains(u"user key"_s));
    QVERIFY(RequestLogExport::details(m_model->entry(filter.mapToSource(probe).row()), false)
                    .contains(u"Expected: "_s));
    filter.setStatusFilter(RequestLogFilterModel::StatusFilter::Failed);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, RequestLogModel::StatusColumn).data().toString(), u"404 · failed"_s);
    filter.setStatusFilter(RequestLogFilterModel::StatusFilter::All);
    filter.setText(u"nope"_s);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, RequestLogModel::StatusColumn).data().toString(), u"404 · failed"_s);
    filter.setText({});
    filter.setContext(spaceId);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, RequestLogModel::PathColumn).data().toString(),
             u"/package-manager/api/spaces/"_s + spaceId);
}

void TestRequestLog::retriesAndRateLimitsShow()
{
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::RateLimit;
    fault.retryAfterSeconds = 0;
    m_sandbox->failNext(u"/integration/api/pools"_s, 1, fault);
    m_model->clear();
    run(m_session->get(u"/integration/api/pools"_s));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0, RequestLogModel::AttemptColumn).data().toString(), u"1/4"_s);
    QCOMPARE(m_model->index(1, RequestLogModel::AttemptColumn).data().toString(), u"2/4"_s);
    QCOMPARE(m_model->index(0, RequestLogModel::StatusColumn).data().toString(),
             u"429 · retried"_s);
    QCOMPARE(m_model->index(1, RequestLogModel::StatusColumn).data().toString(), u"200"_s);
    QCOMPARE(RequestLogModel::Outcome(
                     m_model->index(0, 0).data(RequestLogModel::OutcomeRole).toInt()),
             RequestLogModel::Outcome::Retried);
    // "Failed" also finds attempts that failed and were tried again.
    RequestLogFilterModel failed;
    failed.setSourceModel(m_model.get());
    failed.setStatusFilter(RequestLogFilterModel::StatusFilter::Failed);
    QCOMPARE(failed.rowCount(), 1);
    const QString details = RequestLogExport::details(m_model->entry(0), false);
    QVERIFY(details.contains(u"Retry-After: 0"_s));
    QVERIFY(details.contains(u"X-RateLimit-Remaining: 0"_s));
    QVERIFY(details.contains(u"Waited 0 ms before the next attempt."_s));
}

void TestRequestLog::harIsValid()
{
    run(m_session->put(u"/package-manager/api/spaces/nope"_s,
                       {{u"id"_s, u"nope"_s}, {u"name"_s, u"A"_s}}));
    QList<RequestLogEntry> entries;
    for (int row = 0; row < m_model->rowCount(); ++row)
        entries.append(m_model->entry(row));
    const QJsonObject log
            = QJsonDocument::fromJson(RequestLogExport::har(entries))[u"log"].toObject();
    QCOMPARE(log[u"version"].toString(), u"1.2"_s);
    QCOMPARE(log[u"creator"][u"name"].toString(), u"EMS Explorer"_s);
    const QJsonArray harEntries = log[u"entries"].toArray();
    QCOMPARE(harEntries.size(), entries.size());
    for (const QJsonValue &entry : harEntries) {
        for (const char16_t *field :
             {u"startedDateTime", u"time", u"request", u"response", u"cache", u"timings"})
            QVERIFY2(entry.toObject().contains(QStringView(field)),
                     qPrintable(QStringView(field).toString()));
        QVERIFY(QDateTime::fromString(entry[u"startedDateTime"].toString(), Qt::ISODateWithMs)
                        .isValid());
        const QJsonObject request = entry[u"request"].toObject();
        for (const char16_t *field : {u"method", u"url", u"httpVersion", u"cookies", u"headers",
                                      u"queryString", u"headersSize", u"bodySize"})
            QVERIFY(request.contains(QStringView(field)));
        const QJsonObject response = entry[u"response"].toObject();
        for (const char16_t *field :
             {u"status", u"statusText", u"httpVersion", u"cookies", u"headers", u"content",
              u"redirectURL", u"headersSize", u"bodySize"})
            QVERIFY(response.contains(QStringView(field)));
        QVERIFY(response[u"content"].toObject().contains(u"mimeType"));
        QVERIFY(entry[u"timings"][u"wait"].isDouble());
    }
    const QJsonObject put = harEntries.last().toObject();
    QCOMPARE(put[u"request"][u"method"].toString(), u"PUT"_s);
    QCOMPARE(put[u"response"][u"status"].toInt(), 404);
    QVERIFY(put[u"request"][u"postData"][u"text"].toString().contains(u"\"name\":\"A\""_s));
}

void TestRequestLog::curlUsesTheVariable()
{
    run(m_session->put(u"/package-manager/api/spaces/x'y"_s, {{u"name"_s, u"it's"_s}}));
    const QString curl = RequestLogExport::curl(m_model->entry(m_model->rowCount() - 1));
    QVERIFY2(curl.startsWith(u"curl -X PUT '"_s), qPrintable(curl));
    QVERIFY(curl.contains(u"-H \"Authorization: Bearer $CELONIS_API_TOKEN\""_s));
    QVERIFY(curl.contains(u"--data-raw '{\"name\":\"it'\\''s\"}'"_s));
    QVERIFY(!curl.contains(u"****"_s));
}

void TestRequestLog::textIsPyCelonisStyle()
{
    run(m_session->get(u"/package-manager/api/spaces"_s));
    const QString text = RequestLogExport::text({m_model->entry(m_model->rowCount() - 1)}, false);
    QVERIFY2(text.startsWith(
                     u"GET -> %1/package-manager/api/spaces, {'timeout': 10} => 200 in "_s.arg(
                             m_sandbox->server().url().toString())),
             qPrintable(text));
    QCOMPARE(text.count(u'\n'), 1);
    const QString verbose = RequestLogExport::text({m_model->entry(m_model->rowCount() - 1)}, true);
    QVERIFY(verbose.contains(u"  Authorization: Bearer ****"_s));
    QVERIFY(verbose.contains(u"  Content-Type: application/json"_s));
}

void TestRequestLog::longBodiesAreCutUntilShowAll()
{
    const QString spaceId = m_sandbox->server().snapshot().spaces.all().at(0)[u"id"].toString();
    run(m_session->get(u"/package-manager/api/nodes/tree?spaceId="_s + spaceId));
    const RequestLogEntry &entry = m_model->entry(m_model->rowCount() - 1);
    QVERIFY(entry.responseBody.size() > RequestLogExport::shortBodyBytes / 2);
    QVERIFY(RequestLogExport::hasLongBody(entry));
    const QString cut = RequestLogExport::details(entry, false);
    const QString all = RequestLogExport::details(entry, true);
    QVERIFY(cut.contains(u"Show All"_s));
    QVERIFY(!all.contains(u"Show All"_s));
    QVERIFY(all.size() > cut.size());
    QVERIFY(all.contains(u"\n        \"assetType\": "_s)); // pretty-printed JSON
}

void TestRequestLog::noExportRevealsTheKey()
{
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::Status;
    fault.status = 503;
    m_sandbox->failNext(u"/integration/api/pools"_s, 1, fault);
    run(m_session->get(u"/integration/api/pools"_s));
    run(m_session->put(u"/package-manager/api/spaces/x"_s, {{u"name"_s, u"A"_s}}));
    const QString token = m_sandbox->token(u"admin"_s);
    QList<RequestLogEntry> entries;
    QString everything;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        entries.append(m_model->entry(row));
        for (int column = 0; column < RequestLogModel::ColumnCount; ++column) {
            const QModelIndex index = m_model->index(row, column);
            for (int role :
                 {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(RequestLogModel::SearchTextRole),
                  int(RequestLogModel::ContextRole)})
                everything += index.data(role).toString();
        }
        everything += RequestLogExport::details(m_model->entry(row), true);
        everything += RequestLogExport::curl(m_model->entry(row));
    }
    everything += QString::fromUtf8(RequestLogExport::har(entries));
    everything += RequestLogExport::text(entries, true);
    QVERIFY(entries.size() >= 6);
    QVERIFY(!everything.contains(token));
    QVERIFY(!everything.contains(token.left(10)));
    QVERIFY(everything.contains(u"****"_s)); // redacted, not dropped
}

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
