#include "ui/edit/editcommand.h"

#include "core/edit/editmanager.h"
#include "core/net/session.h"

namespace ems {

EditCommand::EditCommand(EditManager *edits, const Edit &written)
    : QUndoCommand(written.describe())
    , m_edits(edits)
    , m_session(written.session)
    , m_known(written.result)
    , m_before(written.previous)
    , m_after(written.changes)
{ }

void EditCommand::undo()
{
    write(m_before);
}

void EditCommand::redo()
{
    if (std::exchange(m_done, false))
        return; // the write that created this command
    write(m_after);
}

void EditCommand::write(const QJsonObject &values)
{
    if (!m_session) { // the team was disconnected: nothing left to undo there
        setObsolete(true);
        return;
    }
    const quint64 id = m_edits->submit(m_session, m_known, values, nullptr, true);
    if (!id)
        return;
    QObject::connect(m_edits, &EditManager::written, &m_context, [this, id](const Edit &edit) {
        if (edit.id == id)
            m_known = edit.result;
    });
}

} // namespace ems
