#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace ems {

class Session;

// The window's status bar: the current team's connection on the left, pending edits and
// requests in flight on the right.
class StatusLine : public QObject
{
    Q_OBJECT

public:
    explicit StatusLine(QStatusBar *bar);

    // The current team (null: none) under its label, and the requests of all teams.
    void showTeam(const Session *session, const QString &label, int requestsInFlight);
    void setPendingCount(int count);

private:
    QLabel *m_connection;
    QLabel *m_pending;
    QLabel *m_traffic;
};

} // namespace ems
