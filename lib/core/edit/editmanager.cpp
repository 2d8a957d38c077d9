#include "core/edit/editmanager.h"

#include "core/api/resourceservice.h"
#include "core/api/updatejob.h"
#include "core/edit/pendingeditsfile.h"
#include "core/net/netlog.h"
#include "core/net/session.h"

using namespace Qt::StringLiterals;

namespace ems {

EditManager::EditManager(QObject *parent)
    : QObject(parent)
{ }

QString EditManager::validate(const QString &field, QJsonValue *value)
{
    if (field == u"name") {
        if (!value->isString())
            return tr("The name must be text.");
        const QString trimmed = value->toString().trimmed();
        if (trimmed.isEmpty())
            return tr("The name cannot be empty.");
        if (trimmed.size() > 255)
            return tr("The name can be at most 255 characters long (this one has %1).")
                    .arg(trimmed.size());
        *value = trimmed;
        return {};
    }
    if (field == u"description") {
        if (!value->isString() && !value->isNull())
            return tr("The description must be text.");
        if (value->isString() && value->toString().trimmed().isEmpty())
            *value = QJsonValue::Null;
        return {};
    }
    return tr("The field \"%1\" cannot be edited.").arg(field);
}

quint64 EditManager::refuse(const QString &message, QString *error)
{
    if (error)
        *error = message;
    Q_EMIT refused(message);
    return 0;
}

quint64 EditManager::submit(Session *session, const Resource &original, const QJsonObject &changes,
                            QString *error, bool undoing)
{
    QJsonObject checked;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        QJsonValue value = it.value();
        const QString problem = validate(it.key(), &value);
        if (!problem.isEmpty())
            return refuse(problem, error);
        if (value != original.raw.value(it.key()))
            checked.insert(it.key(), value);
    }
    if (error)
        error->clear();
    if (checked.isEmpty())
        return 0; // nothing changes
    if (!original.isWritable())
        return refuse(original.writeRefusal(), error);
    Edit &edit = create(session, original, checked);
    edit.undoing = undoing;
    if (m_staged && !undoing) { // undo and redo put back what the team had: they write
        m_pending.append(edit.id);
        settle(edit, Edit::State::Pending);
        savePending(session);
        Q_EMIT pendingChanged(pendingCount());
    } else {
        write(edit.id, false);
    }
    return edit.id;
}

Edit &EditManager::create(Session *session, const Resource &original, const QJsonObject &changes)
{
    Edit edit;
    edit.id = m_nextId++;
    edit.session = session;
    edit.original = original;
    edit.changes = changes;
    for (const QString &field : changes.keys())
        edit.previous.insert(field, original.raw.value(field));
    return *m_edits.insert(edit.id, edit);
}

const Edit *EditManager::edit(quint64 id) const
{
    auto it = m_edits.constFind(id);
    return it == m_edits.constEnd() ? nullptr : &*it;
}

void EditManager::settle(Edit &edit, Edit::State state)
{
    edit.state = state;
    const Edit snapshot = edit; // a slot may change m_edits
    Q_EMIT stateChanged(snapshot);
}

void EditManager::write(quint64 id, bool overwrite)
{
    settle(m_edits[id], Edit::State::Writing);
    const Edit &starting = m_edits[id];
    UpdateJob *job = ResourceService(starting.session)
                             .update(starting.original, starting.changes, overwrite);
    connect(job, &UpdateJob::finished, this, [this, id, job] {
        if (!m_edits.contains(id))
            return;
        Edit edit = m_edits.value(id); // signals below may change m_edits: work on a copy
        edit.latest = job->latest();
        edit.error = job->error();
        switch (job->outcome()) {
        case UpdateJob::Outcome::Updated:
            edit.result = job->result();
            m_edits.remove(id);
            settle(edit, Edit::State::Done);
            qCInfo(lcModel).noquote() << "Written:" << edit.describe();
            Q_EMIT written(edit);
            break;
        case UpdateJob::Outcome::Conflict:
            m_edits.insert(id, edit);
            settle(m_edits[id], Edit::State::Conflict);
            Q_EMIT conflicted(m_edits.value(id));
            return; // applying pending edits waits for the choice
        case UpdateJob::Outcome::Failed:
        case UpdateJob::Outcome::Running:
            fail(edit);
            break;
        }
        applyNextAfter(id);
    });
}

void EditManager::resolve(quint64 id, Resolution resolution)
{
    if (!m_edits.contains(id) || m_edits[id].state != Edit::State::Conflict)
        return;
    Edit edit = m_edits.value(id);
    switch (resolution) {
    case Resolution::Overwrite:
        write(id, true);
        return;
    case Resolution::KeepTheirs:
        m_edits.remove(id);
        settle(edit, Edit::State::Done);
        break;
    case Resolution::Cancel:
        edit.error
                = ApiError::make(ApiError::Kind::Cancelled, "PUT",
                                 edit.session->teamUrl().resolved(QUrl(edit.original.writePath())),
                                 tr("Not written: the object changed on the server and you "
                                    "cancelled."));
        // What the user typed stays available for Retry and Copy, checked against the
        // version they have now seen.
        edit.original = edit.latest;
        fail(edit);
        break;
    }
    applyNextAfter(id);
}

void EditManager::fail(const Edit &edit)
{
    Edit &kept = *m_edits.insert(edit.id, edit); // for Retry and Copy
    settle(kept, Edit::State::Failed);
    Q_EMIT failed(m_edits.value(edit.id));
}

void EditManager::applyNextAfter(quint64 id)
{
    if (m_applying && m_applyCurrent == id)
        applyNext();
}

void EditManager::retry(quint64 id)
{
    auto it = m_edits.find(id);
    if (it != m_edits.end() && it->state == Edit::State::Failed)
        write(id, false);
}

void EditManager::dismiss(quint64 id)
{
    auto it = m_edits.find(id);
    if (it == m_edits.end() || it->state == Edit::State::Writing)
        return;
    if (it->state != Edit::State::Done)
        Q_EMIT dismissed(*it);
    const bool wasPending = m_pending.removeOne(id);
    Session *session = it->session;
    m_edits.erase(it);
    if (wasPending) {
        savePending(session);
        Q_EMIT pendingChanged(pendingCount());
    }
}

bool EditManager::isUndoing() const
{
    for (const Edit &edit : m_edits) {
        if (edit.undoing
            && (edit.state == Edit::State::Writing || edit.state == Edit::State::Conflict))
            return true;
    }
    return false;
}

void EditManager::setStaged(bool staged)
{
    m_staged = staged;
}

QList<Edit> EditManager::pendingEdits() const
{
    QList<Edit> edits;
    for (quint64 id : m_pending)
        edits.append(m_edits.value(id));
    return edits;
}

QList<Edit> EditManager::failedEdits() const
{
    QList<Edit> edits;
    for (const Edit &edit : m_edits) {
        if (edit.state == Edit::State::Failed)
            edits.append(edit);
    }
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.id < b.id; });
    return edits;
}

void EditManager::applyPending()
{
    if (m_applying || m_pending.isEmpty())
        return;
    m_applying = true;
    m_applyDone = 0;
    m_applyTotal = int(m_pending.size());
    applyNext();
}

void EditManager::applyNext()
{
    if (m_applyCurrent) {
        ++m_applyDone;
        m_applyCurrent = 0;
        Q_EMIT applyProgress(m_applyDone, m_applyTotal);
    }
    if (m_pending.isEmpty()) {
        m_applying = false;
        Q_EMIT applyFinished();
        return;
    }
    // In order: the first staged edit goes first.
    const quint64 id = m_pending.takeFirst();
    m_applyCurrent = id;
    savePending(m_edits.value(id).session);
    Q_EMIT pendingChanged(pendingCount());
    write(id, false);
}

void EditManager::discardPending()
{
    const QList<quint64> pending = m_pending;
    for (quint64 id : pending)
        dismiss(id);
}

void EditManager::savePending(const Session *session) const
{
    QList<Edit> edits;
    for (quint64 id : m_pending) {
        if (m_edits[id].session == session)
            edits.append(m_edits[id]);
    }
    const PendingEditsFile file(session->teamUrl());
    QString error;
    if (!file.save(edits, &error)) {
        qCWarning(lcModel).noquote()
                << "Could not keep the staged edits in" << file.path() << ":" << error;
    }
}

void EditManager::closeSession(const Session *session)
{
    savePending(session);
    const qsizetype pendingBefore = m_pending.size();
    m_pending.removeIf(
            [this, session](quint64 id) { return m_edits.value(id).session == session; });
    const bool applyingThis = m_applyCurrent && m_edits.value(m_applyCurrent).session == session;
    m_edits.removeIf(
            [session](const QHash<quint64, Edit>::iterator it) { return it->session == session; });
    if (m_pending.size() != pendingBefore)
        Q_EMIT pendingChanged(pendingCount());
    if (m_applying && applyingThis)
        applyNext();
}

int EditManager::restorePending(Session *session)
{
    const PendingEditsFile file(session->teamUrl());
    int skipped = 0;
    const QList<Edit> kept = file.load(&skipped);
    if (skipped)
        qCWarning(lcModel) << "Skipped" << skipped << "unreadable staged edits in" << file.path();
    for (const Edit &parsed : kept) {
        Edit &edit = create(session, parsed.original, parsed.changes);
        edit.previous = parsed.previous;
        m_pending.append(edit.id);
        settle(edit, Edit::State::Pending);
    }
    if (!kept.isEmpty())
        Q_EMIT pendingChanged(pendingCount());
    return int(kept.size());
}

} // namespace ems
