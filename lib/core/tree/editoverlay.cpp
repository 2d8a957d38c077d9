#include "core/tree/editoverlay.h"

#include "core/edit/edit.h"

namespace ems {

EditOverlay EditOverlay::fromEdit(const Edit &edit)
{
    switch (edit.state) {
    case Edit::State::Pending:
        return {State::Pending, edit.shownName(), edit.stateText()};
    case Edit::State::Writing:
        return {State::Writing, edit.shownName(), edit.stateText()};
    case Edit::State::Conflict:
        return {State::Failed, {}, edit.stateText()};
    case Edit::State::Failed:
        return {edit.error.kind == ApiError::Kind::Cancelled ? State::Kept : State::Failed,
                {},
                edit.stateText()};
    case Edit::State::Done:
        break;
    }
    return {};
}

} // namespace ems
