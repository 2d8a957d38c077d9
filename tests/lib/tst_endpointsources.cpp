#include "sandbox/api.h"
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
};

void TestEndpointSources::everyRouteHasASource()
{
    QFile file(QStringLiteral(EMS_TEST_DATA) + u"/../../docs/endpoints.md"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
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

QTEST_GUILESS_MAIN(TestEndpointSources)
#include "tst_endpointsources.moc"
