#pragma once

#include "core/api/resource.h"
#include "core/net/apierror.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ems {

class Session;

// One change a user made to one object: what they saw, what they want, where it stands.
struct Edit
{
    Q_DECLARE_TR_FUNCTIONS(Edit)

public:
    enum class State { Pending, Writing, Conflict, Failed, Done };

    quint64 id = 0;
    Session *session = nullptr;
    Resource original; // what the user saw: compared with the latest before writing
    QJsonObject changes; // the user's values, validated and trimmed
    QJsonObject previous; // the values the user saw, for undo and the conflict dialog
    State state = State::Pending;
    Resource latest; // the server's version when the write was checked
    Resource result; // the server's answer to the write
    ApiError error;
    bool undoing = false; // written by undo or redo, not a new change

    QString describe() const; // "Rename “Finance” to “Finanzen”"
    QString shownName() const; // the name the user gave, else the one they saw
    // Where it stands, for people: the tree's tooltip and the pane's note say the same.
    QString stateText() const;
    // For the pending-edits file: the object's identity, what was seen, the changes.
    // Never the key, never the whole object.
    QJsonObject toJson() const;
    static std::optional<Edit> fromJson(const QJsonObject &object);
};

} // namespace ems
