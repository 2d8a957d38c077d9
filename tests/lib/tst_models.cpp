#include "core/edit/propertymodel.h"
#include "core/permissions/permissionglossary.h"
#include "core/permissions/permissionsmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ems;

// The property and permissions models under QAbstractItemModelTester, attached before any
// change, through every kind of content they show.
class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void propertyModelKeepsTheContract();
    void permissionsModelKeepsTheContract();
    void verdictsRestOnWhatIsKnown();
};

void TestModels::propertyModelKeepsTheContract()
{
    PropertyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QJsonObject object{
            {u"id"_s, u"s1"_s},
            {u"name"_s, u"Finance"_s},
            {u"changeDate"_s, qint64(1700000000000)},
            {u"tags"_s, QJsonArray{QJsonObject{{u"name"_s, u"a"_s}}, u"b"_s}},
            {u"base"_s, QJsonObject{{u"external"_s, false}, {u"nested"_s, QJsonObject{}}}},
            {u"description"_s, QJsonValue::Null}};
    model.setObject(object);
    QCOMPARE(model.rowCount(), 6);
    const QModelIndex tags = model.match(model.index(0, 0), Qt::DisplayRole, u"tags"_s).value(0);
    QCOMPARE(model.rowCount(tags), 2);
    QCOMPARE(model.index(0, 0, tags).data(PropertyModel::PathRole).toString(), u"tags[0]"_s);
    model.setEditableFields({u"name"_s, u"description"_s}, u"read-only"_s);
    const QModelIndex name = model.match(model.index(0, 0), Qt::DisplayRole, u"name"_s).value(0);
    QVERIFY(model.flags(name.siblingAtColumn(PropertyModel::ValueColumn)) & Qt::ItemIsEditable);
    QSignalSpy requested(&model, &PropertyModel::editRequested);
    QVERIFY(!model.setData(name.siblingAtColumn(PropertyModel::ValueColumn), u"Finanzen"_s));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(name.siblingAtColumn(PropertyModel::ValueColumn).data().toString(), u"Finance"_s);

    // Dates as ISO strings read as dates too, with what was sent in the tooltip.
    const QString iso = u"2024-05-01T10:00:00Z"_s;
    QCOMPARE(PropertyModel::displayValue(u"changeDate"_s, iso),
             PropertyModel::displayTime(QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC)));
    QCOMPARE(PropertyModel::displayValue(u"name"_s, iso), iso); // a name is never a date
    QCOMPARE(PropertyModel::displayValue(u"changeDate"_s, u"soon"_s), u"soon"_s);
    model.setObject(QJsonObject{{u"id"_s, u"x"_s}, {u"changeDate"_s, iso}});
    const QModelIndex changed = model.match(model.index(0, 0), Qt::DisplayRole, u"changeDate"_s)
                                        .value(0)
                                        .siblingAtColumn(PropertyModel::ValueColumn);
    QVERIFY2(changed.data(Qt::ToolTipRole).toString().endsWith(u"(as sent: "_s + iso + u')'),
             qPrintable(changed.data(Qt::ToolTipRole).toString()));

    model.setObject(QJsonObject{{u"id"_s, u"other"_s}}); // fewer rows
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::permissionsModelKeepsTheContract()
{
    PermissionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QByteArray answer = R"([{"serviceName":"package-manager","permissions":
            ["USE_ALL_SPACES","EDIT_ALL_SPACES"]},{"serviceName":"ml-workbench","permissions":[]}])";
    QString problem;
    const auto permissions
            = ServicePermission::listFromJson(QJsonDocument::fromJson(answer).array(), &problem);
    QVERIFY2(permissions, qPrintable(problem));
    model.setPermissions(*permissions);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 2);
    QVERIFY(!model.index(1, PermissionsModel::ExplanationColumn).data().toString().isEmpty());
    QCOMPARE(QJsonDocument::fromJson(model.toJson()), QJsonDocument::fromJson(answer));
    model.setPermissions({});
    QCOMPARE(model.rowCount(), 0);
}

// "What can I do here?": each verdict from what happened, the object's permissions or the
// key's team-wide ones, naming the permission; a fixed answer would fail here.
void TestModels::verdictsRestOnWhatIsKnown()
{
    using Read = PermissionGlossary::Read;
    const auto verdicts = [](const QJsonObject &raw, const QList<ServicePermission> &team,
                             PermissionGlossary::Read read) {
        QString error;
        const auto package = Resource::fromJson(Resource::Family::Node, raw, &error);
        QStringList lines;
        for (const auto &c : PermissionGlossary::capabilities(*package, team, read))
            lines.append((c.verdict == PermissionGlossary::Verdict::Allowed           ? u"+ "_s
                                  : c.verdict == PermissionGlossary::Verdict::Refused ? u"- "_s
                                                                                      : u"? "_s)
                         + c.action + u": "_s + c.reason);
        return lines;
    };
    QJsonObject package{{u"id"_s, u"p"_s},          {u"key"_s, u"p"_s},
                        {u"name"_s, u"P"_s},        {u"nodeType"_s, u"PACKAGE"_s},
                        {u"spaceId"_s, u"s"_s},     {u"rootNodeId"_s, u"p"_s},
                        {u"rootNodeKey"_s, u"p"_s}, {u"changeDate"_s, 1}};
    // Listed, may list but not read: only USE_PACKAGE.
    package[u"permissions"_s] = QJsonArray{u"USE_PACKAGE"_s};
    QStringList lines = verdicts(package, {}, Read::NotTried);
    QCOMPARE(lines.size(), 6); // view, rename, delete, create inside, publish, share
    QVERIFY(lines[0].startsWith(u"+ View its latest state: Granted by USE_PACKAGE"_s));
    QVERIFY(lines[1].startsWith(u"- Rename it: Needs EDIT_PACKAGE"_s));
    QVERIFY(lines[2].contains(u"Needs DELETE_PACKAGE"_s));
    QVERIFY(lines[3].startsWith(u"- Create something inside it"_s));
    QVERIFY(lines[4].startsWith(u"- Publish it"_s));
    QVERIFY(lines[5].contains(u"Needs MANAGE_PERMISSIONS"_s));
    // Listed without USE_PACKAGE, yet read just now: what happened wins, and says so.
    package[u"permissions"_s] = QJsonArray{};
    lines = verdicts(package, {}, Read::Succeeded);
    QVERIFY(lines[0].startsWith(u"+ View its latest state: The key read it just now, though "
                                "USE_PACKAGE"_s));
    QVERIFY(lines[2].startsWith(u"- "_s));
    // Not listed: the key's team-wide permissions decide where a source names the one that
    // grants the action; where none does, the verdict is "not known", not "no".
    package.remove(u"permissions"_s);
    const QList<ServicePermission> editor{
            {u"package-manager"_s, {u"USE_ALL_SPACES"_s, u"EDIT_ALL_SPACES"_s}}};
    lines = verdicts(package, editor, Read::NotTried);
    QVERIFY2(lines[0].startsWith(u"? View its latest state: Not known: the object lists no "
                                 "permissions, and no source says which team-wide permission "
                                 "grants USE_PACKAGE"_s),
             qPrintable(lines[0]));
    QVERIFY(lines[1].startsWith(u"+ Rename it: Granted by EDIT_ALL_SPACES (team-wide)"_s));
    QVERIFY(lines[2].startsWith(
            u"? Delete it (in Celonis): Not known: the object lists no permissions and the key "
            "has no team-wide DELETE_ALL_SPACES"_s));
    QVERIFY(lines[4].startsWith(u"+ Publish it (in Celonis): Granted by EDIT_ALL_SPACES"_s));
    // The object's actions come before its permissions (PyCelonis 2.x's Action enum).
    package[u"permissions"_s] = QJsonArray{u"USE_PACKAGE"_s};
    package[u"actions"_s] = QJsonArray{u"READ"_s, u"EDIT_ALL"_s};
    lines = verdicts(package, {}, Read::NotTried);
    QVERIFY(lines[0].startsWith(u"+ View its latest state: Granted by the action READ"_s));
    QVERIFY(lines[1].startsWith(u"+ Rename it: Granted by the action EDIT_ALL"_s));
    QVERIFY(lines[2].startsWith(u"- Delete it (in Celonis): Needs the action DELETE"_s));
    QVERIFY(lines[4].startsWith(u"- Publish it (in Celonis): Needs EDIT_PACKAGE"_s));
    QVERIFY(lines[5].startsWith(u"- Share it: change who may do what (in Celonis): Needs the "
                                "action SHARE"_s));
    // Refused just now, though the lists say it may: what happened wins.
    lines = verdicts(package, {}, Read::Refused);
    QVERIFY2(lines[0].startsWith(u"- View its latest state: The key was refused just now (403), "
                                 "though the lists say it may: Granted by the action READ"_s),
             qPrintable(lines[0]));
    QCOMPARE(PermissionGlossary::teamWide(u"USE_DATA_MODEL"_s), u"USE_ALL_DATA_MODELS"_s);
    QCOMPARE(PermissionGlossary::teamWide(u"USE_DATA_POOL"_s), QString()); // no source
    QCOMPARE(PermissionGlossary::teamWide(u"MANAGE_PERMISSIONS"_s), QString());
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
