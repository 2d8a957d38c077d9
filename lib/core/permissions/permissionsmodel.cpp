#include "core/permissions/permissionsmodel.h"

#include "core/permissions/permissionglossary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ems {

namespace {
// Internal ids: 0 for service rows, service row + 1 for permission rows.
constexpr quintptr serviceRow = 0;
} // namespace

PermissionsModel::PermissionsModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void PermissionsModel::setPermissions(const QList<ServicePermission> &permissions)
{
    beginResetModel();
    m_permissions = permissions;
    std::stable_sort(m_permissions.begin(), m_permissions.end(),
                     [](const ServicePermission &a, const ServicePermission &b) {
                         // Services with permissions first, then by name.
                         if (a.permissions.isEmpty() != b.permissions.isEmpty())
                             return !a.permissions.isEmpty();
                         return a.serviceName < b.serviceName;
                     });
    endResetModel();
}

QByteArray PermissionsModel::toJson() const
{
    QJsonArray array;
    for (const ServicePermission &p : m_permissions) {
        array.append(QJsonObject{{u"serviceName"_s, p.serviceName},
                                 {u"permissions"_s, QJsonArray::fromStringList(p.permissions)}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QModelIndex PermissionsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_permissions.size() ? createIndex(row, column, serviceRow) : QModelIndex();
    if (parent.internalId() != serviceRow || parent.column() != 0)
        return {};
    return row < m_permissions.at(parent.row()).permissions.size()
            ? createIndex(row, column, quintptr(parent.row()) + 1)
            : QModelIndex();
}

QModelIndex PermissionsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == serviceRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, serviceRow);
}

int PermissionsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_permissions.size());
    if (parent.internalId() != serviceRow || parent.column() != 0)
        return 0;
    return int(m_permissions.at(parent.row()).permissions.size());
}

int PermissionsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PermissionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (index.internalId() == serviceRow) {
        const ServicePermission &service = m_permissions.at(index.row());
        if (index.column() == NameColumn)
            return service.serviceName;
        return service.permissions.isEmpty()
                ? tr("No permissions in this service")
                : tr("%n permission(s)", nullptr, int(service.permissions.size()));
    }
    const QString permission
            = m_permissions.at(int(index.internalId() - 1)).permissions.at(index.row());
    return index.column() == NameColumn ? permission : PermissionGlossary::explain(permission);
}

QVariant PermissionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Service / permission") : tr("What it allows");
}

} // namespace ems
