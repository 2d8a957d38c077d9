#pragma once

#include "core/api/resource.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUndoCommand>

namespace ems {

class EditManager;
class Session;
struct Edit;

// A completed write on the undo stack. Undo writes the previous values back and redo the
// new ones again, each through the same conflict check as any edit.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(EditManager *edits, const Edit &written);

    void undo() override;
    void redo() override;

private:
    void write(const QJsonObject &values);

    EditManager *m_edits;
    QPointer<Session> m_session; // gone once the team is disconnected
    Resource m_known; // the server's version after our last write
    QJsonObject m_before;
    QJsonObject m_after;
    bool m_done = true; // pushed after the write happened
    QObject m_context;
};

} // namespace ems
