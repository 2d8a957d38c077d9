#pragma once

#include <QMetaType>
#include <QString>

namespace ems {

struct Edit;

// An edit as a tree row shows it: the user's name while it is written or staged, the
// failure in the tooltip.
struct EditOverlay
{
    Q_GADGET

public:
    // Kept: not written because the user cancelled a conflict; their text waits.
    enum class State { None, Writing, Pending, Failed, Kept };
    Q_ENUM(State)

    State state = State::None;
    QString name; // shown while Writing or Pending
    QString message; // for the tooltip

    static EditOverlay fromEdit(const Edit &edit);
};

} // namespace ems
