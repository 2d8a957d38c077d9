#include "core/edit/edit.h"

using namespace Qt::StringLiterals;

namespace ems {

QString Edit::describe() const
{
    const QString name = original.name;
    if (changes.size() == 1 && changes.contains(u"name"))
        return tr("Rename “%1” to “%2”").arg(name, changes.value(u"name").toString());
    if (changes.size() == 1 && changes.contains(u"description"))
        return tr("Change the description of “%1”").arg(name);
    return tr("Change %1 of “%2”").arg(changes.keys().join(u", "_s), name);
}

QString Edit::shownName() const
{
    return changes.value(u"name").toString(original.name);
}

QString Edit::stateText() const
{
    switch (state) {
    case State::Pending:
        return tr("Staged, not written yet: %1").arg(describe());
    case State::Writing:
        return tr("Writing: %1…").arg(describe());
    case State::Conflict:
        return tr("Changed on the server since you read it: %1 waits for your choice.")
                .arg(describe());
    case State::Failed:
        return tr("%1 failed: %2").arg(describe(), error.summary());
    case State::Done:
        break;
    }
    return {};
}

QJsonObject Edit::toJson() const
{
    QJsonObject seen;
    for (const QString &field : changes.keys())
        seen.insert(field, original.raw.value(field));
    return {{u"family"_s, int(original.family)},
            {u"kind"_s, int(original.kind)},
            {u"id"_s, original.id},
            {u"parentId"_s, original.parentId},
            {u"name"_s, original.name},
            {u"changeStamp"_s, original.changeStamp},
            {u"seen"_s, seen},
            {u"changes"_s, changes},
            {u"previous"_s, previous}};
}

std::optional<Edit> Edit::fromJson(const QJsonObject &object)
{
    const int family = object.value(u"family").toInt(-1);
    const int kind = object.value(u"kind").toInt(-1);
    const QString id = object.value(u"id").toString();
    if (family < 0 || family > int(Resource::Family::Analysis) || kind < 0
        || kind > int(Resource::Kind::Analysis) || id.isEmpty()
        || !object.value(u"changes").isObject() || object.value(u"changes").toObject().isEmpty())
        return std::nullopt;
    Edit edit;
    edit.original
            = Resource::seen(Resource::Family(family), Resource::Kind(kind), id,
                             object.value(u"parentId").toString(), object.value(u"name").toString(),
                             object.value(u"changeStamp").toInteger());
    const QJsonObject seen = object.value(u"seen").toObject();
    for (auto it = seen.begin(); it != seen.end(); ++it)
        edit.original.raw.insert(it.key(), it.value());
    edit.changes = object.value(u"changes").toObject();
    edit.previous = object.value(u"previous").toObject();
    return edit;
}

} // namespace ems
