#pragma once

#include "core/edit/edit.h"

#include <QList>
#include <QUrl>

namespace ems {

// The staged edits of one team, kept in the application data folder so they survive a
// restart: one file per team, named by a hash of its URL (no key, no person's name), with
// each edit's object, what was seen and the changes (Edit::toJson).
class PendingEditsFile
{
public:
    explicit PendingEditsFile(const QUrl &team);

    QString path() const;
    // Writes these edits, or removes the file when there are none; false with the reason.
    bool save(const QList<Edit> &edits, QString *error) const;
    // The edits kept for the team (without session); unreadable entries count in *skipped.
    QList<Edit> load(int *skipped) const;

private:
    QUrl m_team;
};

} // namespace ems
