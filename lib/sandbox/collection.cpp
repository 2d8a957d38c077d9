#include "collection.h"

namespace ems::sandbox {

Collection::Collection(const QStringList &indexedFields)
    : m_indexedFields(indexedFields)
{ }

void Collection::insert(const QJsonObject &object)
{
    const QString id = object.value(u"id").toString();
    if (m_objects.contains(id)) {
        replace(object);
        return;
    }
    m_ids.append(id);
    m_objects.insert(id, object);
    index(object);
}

void Collection::replace(const QJsonObject &object)
{
    const QString id = object.value(u"id").toString();
    auto it = m_objects.find(id);
    if (it == m_objects.end())
        return;
    unindex(*it);
    *it = object;
    index(object);
}

bool Collection::remove(const QString &id)
{
    auto it = m_objects.find(id);
    if (it == m_objects.end())
        return false;
    unindex(*it);
    m_objects.erase(it);
    m_ids.removeOne(id);
    return true;
}

std::optional<QJsonObject> Collection::value(const QString &id) const
{
    auto it = m_objects.constFind(id);
    if (it == m_objects.constEnd())
        return std::nullopt;
    return *it;
}

QList<QJsonObject> Collection::all() const
{
    QList<QJsonObject> result;
    result.reserve(m_ids.size());
    for (const QString &id : m_ids)
        result.append(m_objects.value(id));
    return result;
}

QList<QJsonObject> Collection::where(const QString &field, const QString &value) const
{
    QList<QJsonObject> result;
    const QStringList ids = m_indexes.value(field).value(value);
    result.reserve(ids.size());
    for (const QString &id : ids)
        result.append(m_objects.value(id));
    return result;
}

QJsonArray Collection::toJson() const
{
    QJsonArray array;
    for (const QString &id : m_ids)
        array.append(m_objects.value(id));
    return array;
}

void Collection::fromJson(const QJsonArray &array)
{
    m_ids.clear();
    m_objects.clear();
    m_indexes.clear();
    for (const QJsonValue &value : array)
        insert(value.toObject());
}

void Collection::index(const QJsonObject &object)
{
    const QString id = object.value(u"id").toString();
    for (const QString &field : m_indexedFields)
        m_indexes[field][object.value(field).toString()].append(id);
}

void Collection::unindex(const QJsonObject &object)
{
    const QString id = object.value(u"id").toString();
    for (const QString &field : m_indexedFields)
        m_indexes[field][object.value(field).toString()].removeOne(id);
}

} // namespace ems::sandbox
