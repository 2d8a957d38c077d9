#include "core/api/resource.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ems {

namespace {

class Reader
{
public:
    Reader(const QJsonObject &object, Resource::Family family, QString *errorMessage)
        : m_object(object)
        , m_family(family)
        , m_error(errorMessage)
    { }

    bool ok() const { return m_ok; }

    QString string(const QString &field, bool required)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isString())
            return value.toString();
        if (!required && (value.isUndefined() || value.isNull()))
            return {};
        fail(field,
             required && value.isUndefined()
                     ? Resource::tr("The field \"%1\" of a %2 is missing.")
                     : Resource::tr("The field \"%1\" of a %2 is not a string."));
        return {};
    }

    // Epoch milliseconds, or an ISO 8601 string as newer APIs send dates.
    qint64 moment(const QString &field)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isDouble())
            return value.toInteger();
        if (value.isString()) {
            const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
            if (time.isValid())
                return time.toMSecsSinceEpoch();
        }
        if (!value.isUndefined() && !value.isNull())
            fail(field, Resource::tr("The field \"%1\" of a %2 is not a date."));
        return 0;
    }

    QStringList strings(const QString &field)
    {
        const QJsonValue value = m_object.value(field);
        QStringList result;
        if (value.isUndefined() || value.isNull())
            return result;
        if (!value.isArray()) {
            fail(field, Resource::tr("The field \"%1\" of a %2 is not a list."));
            return result;
        }
        for (const QJsonValue &entry : value.toArray()) {
            if (!entry.isString()) {
                fail(field,
                     Resource::tr("The field \"%1\" of a %2 holds something that is "
                                  "not a string."));
                return {};
            }
            result.append(entry.toString());
        }
        return result;
    }

private:
    // message: %1 is the field, %2 the kind of object.
    void fail(const QString &field, const QString &message)
    {
        if (m_ok && m_error)
            *m_error = message.arg(field, Resource::familyName(m_family));
        m_ok = false;
    }

    const QJsonObject &m_object;
    Resource::Family m_family;
    QString *m_error;
    bool m_ok = true;
};

} // namespace

QString Resource::changeStampField(Family family)
{
    switch (family) {
    case Family::Space:
    case Family::Node:
        return u"changeDate"_s;
    case Family::DataPool:
        return u"timeStamp"_s;
    case Family::DataModel:
        return u"changedDate"_s;
    case Family::Workspace:
    case Family::Analysis:
        break;
    }
    return {};
}

QString Resource::familyName(Family family)
{
    static const char *const names[]{QT_TR_NOOP("space"),     QT_TR_NOOP("content node"),
                                     QT_TR_NOOP("data pool"), QT_TR_NOOP("data model"),
                                     QT_TR_NOOP("workspace"), QT_TR_NOOP("analysis")};
    return tr(names[int(family)]);
}

std::optional<Resource> Resource::fromJson(Family family, const QJsonValue &value,
                                           QString *errorMessage)
{
    if (!value.isObject()) {
        if (errorMessage)
            *errorMessage = tr("A %1 is not a JSON object.").arg(familyName(family));
        return std::nullopt;
    }
    Resource r;
    r.family = family;
    r.raw = value.toObject();
    Reader read(r.raw, family, errorMessage);
    r.id = read.string(u"id"_s, true);
    r.name = read.string(u"name"_s, true);
    r.permissions = read.strings(u"permissions"_s);
    const QString stampField = changeStampField(family);
    if (!stampField.isEmpty())
        r.changeStamp = read.moment(stampField);

    switch (family) {
    case Family::Space:
        r.kind = Kind::Space;
        break;
    case Family::Node: {
        r.nodeType = read.string(u"nodeType"_s, true);
        r.key = read.string(u"key"_s, false);
        r.assetType = read.string(u"assetType"_s, false);
        r.spaceId = read.string(u"spaceId"_s, false);
        r.rootKey = read.string(u"rootNodeKey"_s, false);
        r.parentId = read.string(u"parentNodeId"_s, false);
        if (r.nodeType == u"PACKAGE") {
            r.kind = Kind::Package;
            r.parentId = r.spaceId;
        } else {
            r.kind = r.nodeType == u"FOLDER" ? Kind::Folder : Kind::Asset;
        }
        break;
    }
    case Family::DataPool:
        r.kind = Kind::DataPool;
        break;
    case Family::DataModel:
        r.kind = Kind::DataModel;
        r.parentId = read.string(u"poolId"_s, false);
        break;
    case Family::Workspace:
        r.kind = Kind::Workspace;
        break;
    case Family::Analysis:
        r.kind = Kind::Analysis;
        r.parentId = read.string(u"processId"_s, false);
        break;
    }
    if (read.ok() && r.id.isEmpty()) {
        if (errorMessage)
            *errorMessage = tr("A %1 has an empty id.").arg(familyName(family));
        return std::nullopt;
    }
    if (!read.ok())
        return std::nullopt;
    return r;
}

QString Resource::objectPermission(Family family, QStringView verb)
{
    QString subject;
    switch (family) {
    case Family::Space:
        if (verb == u"USE")
            return u"USE"_s;
        subject = u"SPACE"_s;
        break;
    case Family::Node:
        subject = u"PACKAGE"_s;
        break;
    case Family::DataPool:
        subject = u"DATA_POOL"_s;
        break;
    case Family::DataModel:
        subject = u"DATA_MODEL"_s;
        break;
    case Family::Workspace:
        subject = u"WORKSPACE"_s;
        break;
    case Family::Analysis:
        subject = u"ANALYSIS"_s;
        break;
    }
    return verb.toString() + u'_' + subject;
}

QString Resource::editPermission(Family family)
{
    return family == Family::Workspace ? QString() : objectPermission(family, u"EDIT");
}

QString Resource::viewPermission(Family family)
{
    return objectPermission(family, u"USE");
}

QString Resource::missingEditPermission() const
{
    if (!isWritable())
        return {};
    if (!raw.contains(u"permissions") || permissions.contains(editPermission(family)))
        return {};
    return editPermission(family);
}

QStringList Resource::editableFields() const
{
    if (!isWritable())
        return {};
    QStringList fields{u"name"_s};
    if (raw.contains(u"description"))
        fields.append(u"description"_s);
    return fields;
}

Resource Resource::seen(Family family, Kind kind, const QString &id, const QString &parentId,
                        const QString &name, qint64 changeStamp)
{
    Resource r;
    r.family = family;
    r.kind = kind;
    r.id = id;
    r.parentId = parentId;
    r.name = name;
    r.changeStamp = changeStamp;
    r.raw.insert(u"id"_s, id);
    r.raw.insert(u"name"_s, name);
    const QString stamp = changeStampField(family);
    if (!stamp.isEmpty() && changeStamp)
        r.raw.insert(stamp, changeStamp);
    return r;
}

bool Resource::isWritable() const
{
    // Studio content, packages included, is written through the package manager's staging
    // nodes, as content-cli 1.15 writes them (node-api.js); workspaces by no client.
    return family != Family::Workspace;
}

QString Resource::writeRefusal() const
{
    if (isWritable())
        return {};
    return tr("Workspaces cannot be changed through the EMS API: no Celonis client "
              "(PyCelonis, content-cli) writes them.");
}

QString Resource::stagingPath() const
{
    const QString packageKey = kind == Kind::Package ? key : rootKey;
    if (family != Family::Node || packageKey.isEmpty() || key.isEmpty())
        return {};
    return u"/pacman/api/core/staging/packages/%1/nodes/%2"_s.arg(
            QString::fromLatin1(QUrl::toPercentEncoding(packageKey)),
            QString::fromLatin1(QUrl::toPercentEncoding(key)));
}

QString Resource::writePath() const
{
    if (family == Family::Analysis)
        return u"/process-mining/api/analysis/"_s
                + QString::fromLatin1(QUrl::toPercentEncoding(id));
    return readPath();
}

QString Resource::readPath() const
{
    const QString encodedId = QString::fromLatin1(QUrl::toPercentEncoding(id));
    switch (family) {
    case Family::Space:
        return u"/package-manager/api/spaces/"_s + encodedId;
    case Family::Node:
        return u"/package-manager/api/nodes/"_s + encodedId;
    case Family::DataPool:
        return u"/integration/api/pools/"_s + encodedId;
    case Family::DataModel:
        return u"/integration/api/pools/%1/data-models/%2"_s.arg(
                QString::fromLatin1(QUrl::toPercentEncoding(parentId)), encodedId);
    case Family::Workspace:
        return u"/process-mining/api/processes/"_s + encodedId;
    case Family::Analysis:
        break;
    }
    return u"/process-mining/analysis/v1.2/api/analysis/"_s + encodedId;
}

} // namespace ems
