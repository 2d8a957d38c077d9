#pragma once

#include <QAbstractItemModel>
#include <QDateTime>
#include <QJsonObject>
#include <memory>
#include <optional>
#include <vector>

namespace ems {

// Every field of one object as a tree of key/value rows: nested objects and arrays
// expand, epoch-millisecond timestamps read as local dates (raw value in the tooltip).
class PropertyModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the JSON value as text, for copying
        PathRole, // "tags[0].name"
        EditableRole, // a top-level field the user may change
    };

    explicit PropertyModel(QObject *parent = nullptr);
    ~PropertyModel() override;

    void setObject(const QJsonObject &object);
    // Which top-level fields may be edited; readOnlyReason explains the others' tooltips.
    void setEditableFields(const QStringList &fields, const QString &readOnlyReason);
    void clear();
    const QJsonObject &object() const { return m_object; }

    // The moment a field holds, by its name and value: epoch milliseconds, or an ISO 8601
    // string as newer APIs send; nullopt when it holds none.
    static std::optional<QDateTime> timestamp(const QString &key, const QJsonValue &value);
    static QString displayValue(const QString &key, const QJsonValue &value);
    // A moment in the locale's short date and time, to the minute in every language.
    static QString displayTime(const QDateTime &time);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Does not change the row: asks for the edit through editRequested().
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void editRequested(const QString &field, const QJsonValue &value);

private:
    struct Row
    {
        QString key;
        QString path;
        QJsonValue value;
        Row *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Row>> children;
    };
    static void build(Row *row);
    Row *rowOf(const QModelIndex &index) const;

    bool isEditable(const Row *row) const;

    QJsonObject m_object;
    Row m_root;
    QStringList m_editable;
    QString m_readOnlyReason;
};

} // namespace ems
