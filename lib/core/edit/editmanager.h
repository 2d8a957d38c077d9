#pragma once

#include "core/edit/edit.h"

#include <QHash>
#include <QObject>

namespace ems {

class Session;

// Every edit goes through here: validated, then written as UpdateJob does it (latest
// fetched, compared with what the user saw, full object PUT), or kept as pending while
// edits are staged (PyCelonis' static = True). Pending edits are kept per team in the
// application data folder so they survive a restart. Views follow stateChanged().
class EditManager : public QObject
{
    Q_OBJECT

public:
    enum class Resolution { Overwrite, KeepTheirs, Cancel };

    explicit EditManager(QObject *parent = nullptr);

    // Checks and normalises one field's new value; returns a message when it is refused.
    static QString validate(const QString &field, QJsonValue *value);
    // Starts an edit. Returns its id, or 0 when refused (*error and refused() say why) or
    // when nothing changes (*error stays empty).
    quint64 submit(Session *session, const Resource &original, const QJsonObject &changes,
                   QString *error = nullptr, bool undoing = false);
    void resolve(quint64 id, Resolution resolution); // after conflicted()
    void retry(quint64 id); // after failed()
    void dismiss(quint64 id);
    const Edit *edit(quint64 id) const;

    // Undo or redo writes still on their way: the next undo waits for them.
    bool isUndoing() const;
    bool isStaged() const { return m_staged; }
    void setStaged(bool staged);
    int pendingCount() const { return int(m_pending.size()); }
    QList<Edit> pendingEdits() const;
    // Edits that were not written and wait for Retry or Dismiss, oldest first.
    QList<Edit> failedEdits() const;
    void applyPending();
    void discardPending();
    bool isApplying() const { return m_applying; }
    // Reads the pending edits saved for this team; returns how many there are.
    int restorePending(Session *session);
    // The team is being disconnected: its pending edits stay saved for the next connect,
    // and every edit of it ends here, so nothing touches the session once it is gone.
    void closeSession(const Session *session);

Q_SIGNALS:
    // Every change of an edit's state; Done and Failed carry the server's answer (result,
    // latest) for views to show.
    void stateChanged(const ems::Edit &edit);
    // An edit was not started: the value or the object refused it.
    void refused(const QString &message);
    // An edit that was not written was dropped (Dismiss, Discard Pending Edits).
    void dismissed(const ems::Edit &edit);
    void written(const ems::Edit &edit);
    void conflicted(const ems::Edit &edit);
    void failed(const ems::Edit &edit);
    void pendingChanged(int count);
    void applyProgress(int done, int total);
    void applyFinished();

private:
    quint64 refuse(const QString &message, QString *error); // 0
    Edit &create(Session *session, const Resource &original, const QJsonObject &changes);
    void write(quint64 id, bool overwrite);
    void settle(Edit &edit, Edit::State state);
    void applyNext();
    void applyNextAfter(quint64 id); // the edit applying pending edits waited for ended
    void fail(const Edit &edit);
    void savePending(const Session *session) const;

    QHash<quint64, Edit> m_edits;
    QList<quint64> m_pending;
    bool m_staged = false;
    bool m_applying = false;
    int m_applyDone = 0;
    int m_applyTotal = 0;
    quint64 m_applyCurrent = 0;
    quint64 m_nextId = 1;
};

} // namespace ems
