#pragma once

#include "core/access/servicepermission.h"

#include <QAbstractItemModel>

namespace ems {

// What a key may do, per service: services as rows, their permissions as children with an
// explanation. A service without permissions says so.
class PermissionsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ExplanationColumn, ColumnCount };

    explicit PermissionsModel(QObject *parent = nullptr);

    void setPermissions(const QList<ServicePermission> &permissions);
    const QList<ServicePermission> &permissions() const { return m_permissions; }
    QByteArray toJson() const; // as GET /api/cloud/permissions answers

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ServicePermission> m_permissions;
};

} // namespace ems
