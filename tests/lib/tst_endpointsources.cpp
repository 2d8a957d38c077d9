#include "sandbox/accesspolicy.h"
#include "sandbox/api.h"
#include "sandbox/oauthserver.h"
#include "sandbox/team.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ems::sandbox;

// Every route the sandbox serves has a row in docs/endpoints.md, which names its source: the
// sandbox is a witness of what a real team does, never a copy of the client's assumptions.
class TestEndpointSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRouteHasASource();
    void everyRuleHasASource();

private:
    static QString endpoints();
};

QString TestEndpointSources::endpoints()
{
    QFile file(QStringLiteral(EMS_TEST_DATA) + u"/../../docs/endpoints.md"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestEndpointSources::everyRouteHasASource()
{
    const QString text = endpoints();
    // The documented requests: `METHOD /path`, placeholders as {}, the query left out.
    static const QRegularExpression request(u"`(GET|PUT|POST|DELETE) (/[^`?\\[]*)"_s);
    static const QRegularExpression placeholder(u"\\{[^}]*\\}"_s);
    QSet<QString> documented;
    for (const QRegularExpressionMatch &match : request.globalMatch(text)) {
        QString path = match.captured(2);
        documented.insert(match.captured(1) + u' ' + path.replace(placeholder, u"{}"_s));
    }
    QVERIFY(documented.size() > 20);
    Team team;
    const Api api(&team, nullptr);
    const QStringList routes = api.routeNames();
    QVERIFY(routes.size() > 20);
    for (const QString &route : routes)
        QVERIFY2(documented.contains(route),
                 qPrintable(route + u": no row in docs/endpoints.md"_s));
}

// Every permission name and scope the sandbox enforces is named in the Rules section, next
// to its source or to the words "no source".
void TestEndpointSources::everyRuleHasASource()
{
    const QString text = endpoints();
    const qsizetype at = text.indexOf(u"## Rules the sandbox enforces"_s);
    QVERIFY(at > 0);
    const QString rules = text.mid(at);
    QStringList enforced;
    using Kind = AccessPolicy::Kind;
    using Level = AccessPolicy::Level;
    for (Kind kind : {Kind::Space, Kind::Node, Kind::DataPool, Kind::DataModel, Kind::Workspace,
                      Kind::Analysis}) {
        for (Level level : {Level::Use, Level::Edit, Level::Manage}) {
            enforced.append(AccessPolicy::servicePermission(kind, level));
            enforced += AccessPolicy::objectPermissions(kind, level);
        }
    }
    for (const QString &path : {u"/pacman/x"_s, u"/integration/x"_s, u"/package-manager/x"_s,
                                u"/process-mining/x"_s, u"/api/x"_s}) {
        for (const QString &method : {u"GET"_s, u"PUT"_s, u"POST"_s, u"DELETE"_s})
            enforced += OAuthServer::requiredScopes(method, path);
    }
    enforced.removeDuplicates();
    QVERIFY(enforced.size() > 20);
    for (const QString &name : std::as_const(enforced))
        QVERIFY2(rules.contains(u'`' + name + u'`'),
                 qPrintable(name + u": no row in the Rules of docs/endpoints.md"_s));
}

QTEST_GUILESS_MAIN(TestEndpointSources)
#include "tst_endpointsources.moc"
