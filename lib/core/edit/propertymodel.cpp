#include "core/edit/propertymodel.h"

#include "core/net/apierror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ems {

namespace {
// 2001-09-09 to 2286-11-20 in epoch milliseconds: anything in there named like a date is one.
constexpr double minTimestamp = 1e12;
constexpr double maxTimestamp = 1e13;
} // namespace

PropertyModel::PropertyModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

PropertyModel::~PropertyModel() = default;

void PropertyModel::setObject(const QJsonObject &object)
{
    beginResetModel();
    m_object = object;
    m_root.children.clear();
    m_root.value = object;
    build(&m_root);
    endResetModel();
}

void PropertyModel::setEditableFields(const QStringList &fields, const QString &readOnlyReason)
{
    m_editable = fields;
    m_readOnlyReason = readOnlyReason;
    if (!m_root.children.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ValueColumn));
}

bool PropertyModel::isEditable(const Row *row) const
{
    return row->parent == &m_root && m_editable.contains(row->key);
}

Qt::ItemFlags PropertyModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (index.column() == ValueColumn && isEditable(rowOf(index)))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool PropertyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Row *row = rowOf(index);
    const QString text = value.toString();
    if (text != row->value.toString())
        Q_EMIT editRequested(row->key, text);
    return false;
}

void PropertyModel::clear()
{
    setObject({});
}

void PropertyModel::build(Row *row)
{
    const auto add = [row](const QString &key, const QString &path, const QJsonValue &value) {
        auto child = std::make_unique<Row>();
        child->key = key;
        child->path = path;
        child->value = value;
        child->parent = row;
        child->row = int(row->children.size());
        build(child.get());
        row->children.push_back(std::move(child));
    };
    if (row->value.isObject()) {
        const QJsonObject object = row->value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), row->path.isEmpty() ? it.key() : row->path + u'.' + it.key(), it.value());
    } else if (row->value.isArray()) {
        const QJsonArray array = row->value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            add(u"[%1]"_s.arg(i), u"%1[%2]"_s.arg(row->path).arg(i), array.at(i));
    }
}

std::optional<QDateTime> PropertyModel::timestamp(const QString &key, const QJsonValue &value)
{
    const QString lower = key.toLower();
    if (!lower.contains(u"date") && !lower.contains(u"time") && !lower.endsWith(u"at"))
        return std::nullopt;
    if (value.isDouble() && value.toDouble() >= minTimestamp && value.toDouble() <= maxTimestamp)
        return QDateTime::fromMSecsSinceEpoch(value.toInteger());
    if (value.isString() && value.toString().size() <= 40) {
        const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (parsed.isValid() && parsed.toMSecsSinceEpoch() >= minTimestamp
            && parsed.toMSecsSinceEpoch() <= maxTimestamp)
            return parsed;
    }
    return std::nullopt;
}

QString PropertyModel::displayTime(const QDateTime &time)
{
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(u":ss"_s); // some locales' short form has seconds, most not
    const QDateTime local = time.toLocalTime();
    return u"%1 %2"_s.arg(locale.toString(local.date(), QLocale::ShortFormat),
                          locale.toString(local.time(), timeFormat));
}

QString PropertyModel::displayValue(const QString &key, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        if (const auto time = timestamp(key, value))
            return displayTime(*time);
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String:
        if (const auto time = timestamp(key, value))
            return displayTime(*time);
        return value.toString();
    case QJsonValue::Array:
        return tr("[%n item(s)]", nullptr, int(value.toArray().size()));
    case QJsonValue::Object:
        return tr("{%n field(s)}", nullptr, int(value.toObject().size()));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

PropertyModel::Row *PropertyModel::rowOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Row *>(index.internalPointer())
                           : const_cast<Row *>(&m_root);
}

QModelIndex PropertyModel::index(int row, int column, const QModelIndex &parent) const
{
    const Row *p = rowOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex PropertyModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Row *p = rowOf(child)->parent;
    if (!p || p == &m_root)
        return {};
    return createIndex(p->row, 0, const_cast<Row *>(p));
}

int PropertyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(rowOf(parent)->children.size());
}

int PropertyModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PropertyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Row *row = rowOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return ApiError::bounded(index.column() == KeyColumn ? row->key
                                                             : displayValue(row->key, row->value));
    case Qt::EditRole:
        return row->value.isString() ? row->value.toString() : QString();
    case EditableRole:
        return isEditable(row);
    case Qt::ToolTipRole:
        if (isEditable(row))
            return tr("Editable: double-click or press F2 to change it.");
        if (row->parent == &m_root && !m_readOnlyReason.isEmpty()
            && (row->key == u"name" || row->key == u"description"))
            return m_readOnlyReason;
        if (const auto time = timestamp(row->key, row->value);
            time && index.column() == ValueColumn) {
            const QString local = time->toLocalTime().toString(Qt::ISODateWithMs);
            return row->value.isString()
                    ? tr("%1 (as sent: %2)").arg(local, row->value.toString())
                    : tr("%1 (epoch milliseconds %2)")
                              .arg(local, QString::number(row->value.toInteger()));
        }
        if (index.column() == ValueColumn && row->value.isString())
            return row->value.toString();
        return row->path;
    case RawValueRole:
        if (row->value.isString())
            return row->value.toString();
        if (row->value.isObject())
            return QString::fromUtf8(
                    QJsonDocument(row->value.toObject()).toJson(QJsonDocument::Indented));
        if (row->value.isArray())
            return QString::fromUtf8(
                    QJsonDocument(row->value.toArray()).toJson(QJsonDocument::Indented));
        if (row->value.isDouble())
            return QString::number(row->value.toDouble(), 'g', QLocale::FloatingPointShortest);
        return displayValue(row->key, row->value);
    case PathRole:
        return row->path;
    default:
        break;
    }
    return {};
}

QVariant PropertyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == KeyColumn ? tr("Field") : tr("Value");
}

} // namespace ems
