#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace ems::sandbox {

// An ordered set of JSON objects keyed by their "id", with lookup indexes on a few
// string fields (a node's spaceId, a data model's poolId, ...).
class Collection
{
public:
    explicit Collection(const QStringList &indexedFields = {});

    void insert(const QJsonObject &object);
    void replace(const QJsonObject &object);
    bool remove(const QString &id);

    bool contains(const QString &id) const { return m_objects.contains(id); }
    std::optional<QJsonObject> value(const QString &id) const;
    QList<QJsonObject> all() const;
    QList<QJsonObject> where(const QString &field, const QString &value) const;
    qsizetype size() const { return m_ids.size(); }

    QJsonArray toJson() const;
    void fromJson(const QJsonArray &array);

private:
    void index(const QJsonObject &object);
    void unindex(const QJsonObject &object);

    QStringList m_indexedFields;
    QStringList m_ids;
    QHash<QString, QJsonObject> m_objects;
    QHash<QString, QHash<QString, QStringList>> m_indexes;
};

} // namespace ems::sandbox
