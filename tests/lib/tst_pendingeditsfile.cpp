#include "core/edit/pendingeditsfile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ems;

// The staged-edits file on its own: no server, no model.
class TestPendingEditsFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void roundTripAndRemoval();
    void unreadableEntriesAreSkipped();
};

void TestPendingEditsFile::roundTripAndRemoval()
{
    const PendingEditsFile file(QUrl(u"https://acme.eu-1.celonis.cloud"_s));
    QVERIFY(!file.path().contains(u"acme"_s)); // named by a hash, not by the team
    Edit edit;
    edit.original = Resource::seen(Resource::Family::Space, Resource::Kind::Space, u"s1"_s, {},
                                   u"Finance"_s, 1700000000000);
    edit.changes = {{u"name"_s, u"Finanzen"_s}};
    edit.previous = {{u"name"_s, u"Finance"_s}};
    QString error;
    QVERIFY2(file.save({edit, edit}, &error), qPrintable(error));
    int skipped = -1;
    const QList<Edit> loaded = file.load(&skipped);
    QCOMPARE(skipped, 0);
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.first().original.id, u"s1"_s);
    QCOMPARE(loaded.first().changes, edit.changes);
    QCOMPARE(loaded.first().describe(), edit.describe());

    QVERIFY(file.save({}, &error)); // nothing staged: no file
    QVERIFY(!QFile::exists(file.path()));
    QVERIFY(file.load(&skipped).isEmpty());
}

void TestPendingEditsFile::unreadableEntriesAreSkipped()
{
    const PendingEditsFile file(QUrl(u"https://other.eu-1.celonis.cloud"_s));
    QDir().mkpath(QFileInfo(file.path()).absolutePath());
    QFile out(file.path());
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({"edits":[{"family":99},"text",{"family":0,"kind":0,"id":"s","name":"N",
              "changes":{"name":"M"},"seen":{"name":"N"},"previous":{"name":"N"}}]})");
    out.close();
    int skipped = 0;
    const QList<Edit> loaded = file.load(&skipped);
    QCOMPARE(skipped, 2);
    QCOMPARE(loaded.size(), 1);
    QFile::remove(file.path());
}

QTEST_GUILESS_MAIN(TestPendingEditsFile)
#include "tst_pendingeditsfile.moc"
