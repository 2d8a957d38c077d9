#include "core/edit/propertymodel.h"
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

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
