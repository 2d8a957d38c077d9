#include "core/api/resourcequery.h"
#include "core/api/resourceservice.h"
#include "core/api/updatejob.h"
#include "core/net/session.h"
#include "sandbox/teamseeder.h"
#include "sandboxfixture.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ems;

// The typed services and the conflict-checked update against the sandbox.
class TestResourceService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsEveryFamily();
    void byIdFindsEachFamily_data();
    void byIdFindsEachFamily();
    void invalidEntriesAreLeftOutAndNamed();
    void wrongShapeIsBadResponse();
    void updateRoundTrip_data();
    void updateRoundTrip();
    void secondWriterIsAConflict();
    void overwriteIgnoresTheConflict();
    void unrelatedFieldChangeStillConflictsOnStamp();
    void forbiddenUpdateSaysWhy();
    void validationErrorComesBack();
    void workspacesAreReadOnly();
    void writesCarryTheCsrfCookie();
    void queryOutlivesItsSession();

private:
    QList<Resource> fetch(ResourceQuery *query, ApiError *error = nullptr);
    UpdateJob *write(UpdateJob *job);
    Resource first(ResourceQuery *query) { return fetch(query).value(0); }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ResourceService> m_service;
};

void TestResourceService::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(sandbox::TeamSeeder::demo());
    QVERIFY(m_sandbox->started());
    m_session = std::make_unique<Session>(m_sandbox->settings(u"admin"_s, KeyType::UserKey));
    m_service = std::make_unique<ResourceService>(m_session.get());
}

void TestResourceService::cleanup()
{
    m_service.reset();
    m_session.reset();
    m_sandbox.reset();
}

QList<Resource> TestResourceService::fetch(ResourceQuery *query, ApiError *error)
{
    QSignalSpy finished(query, &ResourceQuery::finished);
    finished.wait(10000);
    if (error)
        *error = query->error();
    return query->resources();
}

UpdateJob *TestResourceService::write(UpdateJob *job)
{
    QSignalSpy finished(job, &UpdateJob::finished);
    finished.wait(10000);
    return job;
}

void TestResourceService::listsEveryFamily()
{
    const QList<Resource> spaces = fetch(m_service->spaces());
    QCOMPARE(spaces.size(), 5);
    QCOMPARE(spaces.first().kind, Resource::Kind::Space);
    const QList<Resource> nodes = fetch(m_service->spaceNodes(spaces.first().id));
    QCOMPARE(nodes.size(), 16);
    Resource package;
    for (const Resource &node : nodes) {
        if (node.kind == Resource::Kind::Package && node.key == u"procurement-app")
            package = node;
    }
    QCOMPARE(package.parentId, spaces.first().id);
    QCOMPARE(fetch(m_service->packageNodes(package.key)).size(), 12);

    const QList<Resource> pools = fetch(m_service->pools());
    QCOMPARE(pools.size(), 5);
    const QList<Resource> models = fetch(m_service->dataModels(pools.first().id));
    QCOMPARE(models.size(), 2);
    QCOMPARE(models.first().parentId, pools.first().id);
    const QList<Resource> workspaces = fetch(m_service->workspaces());
    QCOMPARE(workspaces.size(), 2);
    const QList<Resource> analyses = fetch(m_service->analyses(workspaces.first().id));
    QCOMPARE(analyses.size(), 3);
    QCOMPARE(analyses.first().kind, Resource::Kind::Analysis);

    const Resource latest = first(m_service->latest(models.first()));
    QCOMPARE(latest.id, models.first().id);
    QCOMPARE(latest.raw, models.first().raw);
}

void TestResourceService::byIdFindsEachFamily_data()
{
    QTest::addColumn<int>("family");
    QTest::newRow("space") << int(Resource::Family::Space);
    QTest::newRow("node") << int(Resource::Family::Node);
    QTest::newRow("pool") << int(Resource::Family::DataPool);
    QTest::newRow("analysis") << int(Resource::Family::Analysis);
}

void TestResourceService::byIdFindsEachFamily()
{
    QFETCH(int, family);
    const sandbox::Team team = m_sandbox->server().snapshot();
    const QList<const sandbox::Collection *> collections{&team.spaces, &team.nodes, &team.pools,
                                                         nullptr,      nullptr,     &team.analyses};
    const QJsonObject object = collections.at(family)->all().last();
    ApiError error;
    const QList<Resource> found
            = fetch(m_service->byId(Resource::Family(family), object[u"id"].toString()), &error);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(found.first().name, object[u"name"].toString());

    fetch(m_service->byId(Resource::Family(family), u"00000000-0000-0000-0000-000000000000"_s),
          &error);
    QCOMPARE(error.kind, ApiError::Kind::NotFound);
}

void TestResourceService::invalidEntriesAreLeftOutAndNamed()
{
    // A PUT with a numeric description is refused by the sandbox, so corrupt the listing
    // through the state instead: a space whose name is not a string.
    sandbox::Team team = sandbox::TeamSeeder::demo();
    QJsonObject broken = team.spaces.all().first();
    broken[u"name"] = 42;
    team.spaces.replace(broken);
    m_service.reset();
    m_session.reset();
    m_sandbox = std::make_unique<SandboxFixture>(std::move(team));
    m_session = std::make_unique<Session>(m_sandbox->settings(u"admin"_s, KeyType::UserKey));
    m_service = std::make_unique<ResourceService>(m_session.get());

    ResourceQuery *query = m_service->spaces();
    QSignalSpy finished(query, &ResourceQuery::finished);
    QVERIFY(finished.wait());
    QVERIFY(!query->error().isError());
    QCOMPARE(query->resources().size(), 4);
    QCOMPARE(query->invalidObjects().size(), 1);
    QVERIFY(query->invalidObjects().first().contains(u"\"name\""_s));
}

void TestResourceService::wrongShapeIsBadResponse()
{
    // A single object where a list is expected.
    ApiError error;
    fetch(new ResourceQuery(m_session->get(u"/api/cloud"_s), Resource::Family::Space, false),
          &error);
    QCOMPARE(error.kind, ApiError::Kind::BadResponse);
    QVERIFY(error.message().contains(u"Expected a list of space entries"_s));
}

void TestResourceService::updateRoundTrip_data()
{
    QTest::addColumn<int>("family");
    QTest::newRow("space") << int(Resource::Family::Space);
    QTest::newRow("folder") << int(Resource::Family::Node);
    QTest::newRow("pool") << int(Resource::Family::DataPool);
    QTest::newRow("data model") << int(Resource::Family::DataModel);
    QTest::newRow("analysis") << int(Resource::Family::Analysis);
}

void TestResourceService::updateRoundTrip()
{
    QFETCH(int, family);
    Resource original;
    switch (Resource::Family(family)) {
    case Resource::Family::Space:
        original = first(m_service->spaces());
        break;
    case Resource::Family::Node:
        for (const Resource &node : fetch(m_service->packageNodes(u"procurement-app"_s))) {
            if (node.kind == Resource::Kind::Folder && original.id.isEmpty())
                original = node;
        }
        break;
    case Resource::Family::DataPool:
        original = first(m_service->pools());
        break;
    case Resource::Family::DataModel:
        original = first(m_service->dataModels(first(m_service->pools()).id));
        break;
    default:
        original = first(m_service->analyses(first(m_service->workspaces()).id));
        break;
    }
    QVERIFY(!original.id.isEmpty());
    UpdateJob *job = write(m_service->update(original, {{u"name"_s, u"Umbenannt ✓"_s}}));
    QCOMPARE(job->outcome(), UpdateJob::Outcome::Updated);
    QCOMPARE(job->result().name, u"Umbenannt ✓"_s);
    QCOMPARE(job->result().id, original.id);
    if (original.changeStamp)
        QVERIFY(job->result().changeStamp > original.changeStamp);
    // Everything else of the full object went back unchanged.
    QJsonObject expected = original.raw;
    for (const QString &key : job->result().raw.keys()) {
        if (key != u"name" && key != Resource::changeStampField(original.family)
            && key != u"updatedBy")
            QCOMPARE(job->result().raw.value(key), expected.value(key));
    }
    QCOMPARE(first(m_service->latest(original)).name, u"Umbenannt ✓"_s);
}

void TestResourceService::secondWriterIsAConflict()
{
    const Resource seen = first(m_service->spaces());
    // Someone else renames it in the meantime.
    UpdateJob *other = write(m_service->update(seen, {{u"name"_s, u"Theirs"_s}}));
    QCOMPARE(other->outcome(), UpdateJob::Outcome::Updated);
    m_sandbox->server().clearReceived();

    UpdateJob *mine = write(m_service->update(seen, {{u"name"_s, u"Mine"_s}}));
    QCOMPARE(mine->outcome(), UpdateJob::Outcome::Conflict);
    QCOMPARE(mine->latest().name, u"Theirs"_s);
    QCOMPARE(mine->original().name, seen.name);
    QCOMPARE(mine->changes().value(u"name").toString(), u"Mine"_s);
    for (const auto &request : m_sandbox->server().received())
        QCOMPARE(request.method, u"GET"_s); // nothing was written
    QCOMPARE(first(m_service->latest(seen)).name, u"Theirs"_s);
}

void TestResourceService::overwriteIgnoresTheConflict()
{
    const Resource seen = first(m_service->spaces());
    write(m_service->update(seen, {{u"name"_s, u"Theirs"_s}}));
    UpdateJob *mine = write(m_service->update(seen, {{u"name"_s, u"Mine"_s}}, true));
    QCOMPARE(mine->outcome(), UpdateJob::Outcome::Updated);
    QCOMPARE(first(m_service->latest(seen)).name, u"Mine"_s);
}

void TestResourceService::unrelatedFieldChangeStillConflictsOnStamp()
{
    const Resource seen = first(m_service->pools());
    write(m_service->update(seen, {{u"description"_s, u"edited elsewhere"_s}}));
    QCOMPARE(write(m_service->update(seen, {{u"name"_s, u"X"_s}}))->outcome(),
             UpdateJob::Outcome::Conflict);

    // Analyses carry no change timestamp: only the edited fields are compared.
    const Resource analysis = first(m_service->analyses(first(m_service->workspaces()).id));
    write(m_service->update(analysis, {{u"description"_s, u"edited elsewhere"_s}}));
    QCOMPARE(write(m_service->update(analysis, {{u"name"_s, u"X"_s}}))->outcome(),
             UpdateJob::Outcome::Updated);
    QCOMPARE(write(m_service->update(analysis, {{u"name"_s, u"Y"_s}}))->outcome(),
             UpdateJob::Outcome::Conflict);
}

void TestResourceService::forbiddenUpdateSaysWhy()
{
    m_service.reset();
    m_session = std::make_unique<Session>(m_sandbox->settings(u"viewer"_s, KeyType::UserKey));
    m_service = std::make_unique<ResourceService>(m_session.get());
    QSignalSpy loaded(m_session.get(), &Session::permissionsLoaded);
    m_session->start();
    QVERIFY(loaded.wait());
    UpdateJob *job = write(m_service->update(first(m_service->spaces()), {{u"name"_s, u"X"_s}}));
    QCOMPARE(job->outcome(), UpdateJob::Outcome::Failed);
    QCOMPARE(job->error().kind, ApiError::Kind::Forbidden);
    QVERIFY2(job->error().message().contains(u"EDIT_ALL_SPACES"_s),
             qPrintable(job->error().message()));
    QVERIFY(job->error().message().contains(u"USE_ALL_SPACES"_s));
}

void TestResourceService::validationErrorComesBack()
{
    UpdateJob *job = write(m_service->update(first(m_service->spaces()), {{u"name"_s, u"  "_s}}));
    QCOMPARE(job->outcome(), UpdateJob::Outcome::Failed);
    QCOMPARE(job->error().httpStatus, 400);
    QVERIFY2(job->error().message().contains(u"name must not be blank"_s),
             qPrintable(job->error().message()));
}

void TestResourceService::workspacesAreReadOnly()
{
    const Resource workspace = first(m_service->workspaces());
    m_sandbox->server().clearReceived();
    UpdateJob *job = write(m_service->update(workspace, {{u"name"_s, u"X"_s}}));
    QCOMPARE(job->outcome(), UpdateJob::Outcome::Failed);
    QVERIFY(job->error().message().contains(u"cannot be changed"_s));
    QVERIFY(m_sandbox->server().received().isEmpty()); // refused before sending
}

// A team that sets an XSRF-TOKEN cookie gets it back in x-csrf-token on writes, as
// PyCelonis 2.x sends it; without it the write would be refused.
void TestResourceService::writesCarryTheCsrfCookie()
{
    sandbox::ServerOptions options;
    options.csrfToken = u"csrf-4711"_s;
    m_service.reset();
    m_session.reset();
    m_sandbox = std::make_unique<SandboxFixture>(sandbox::TeamSeeder::demo(), options);
    m_session = std::make_unique<Session>(m_sandbox->settings(u"admin"_s, KeyType::UserKey));
    m_service = std::make_unique<ResourceService>(m_session.get());
    UpdateJob *job = write(m_service->update(first(m_service->spaces()), {{u"name"_s, u"CSRF"_s}}));
    QVERIFY2(job->outcome() == UpdateJob::Outcome::Updated, qPrintable(job->error().message()));
    QCOMPARE(first(m_service->spaces()).name, u"CSRF"_s);
}

// A session that goes away (a team disconnected) ends its running requests as Cancelled:
// whoever waits for them hears of it, and the queries clean up after themselves.
void TestResourceService::queryOutlivesItsSession()
{
    QPointer<ResourceQuery> query = m_service->spaces();
    QSignalSpy finished(query.data(), &ResourceQuery::finished);
    m_service.reset();
    m_session.reset();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(query->error().kind, ApiError::Kind::Cancelled);
    QTRY_VERIFY(query.isNull());
}

QTEST_GUILESS_MAIN(TestResourceService)
#include "tst_resourceservice.moc"
