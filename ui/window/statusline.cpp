#include "ui/window/statusline.h"

#include "core/net/apierror.h"
#include "core/net/session.h"
#include "ui/common/plaintooltipdelegate.h"

#include <QLabel>
#include <QStatusBar>

namespace ems {

StatusLine::StatusLine(QStatusBar *bar)
    : QObject(bar)
    , m_connection(new QLabel(bar))
    , m_pending(new QLabel(bar))
    , m_traffic(new QLabel(bar))
{
    m_connection->setTextFormat(Qt::PlainText); // team names and messages
    m_connection->setAccessibleName(tr("Connection"));
    m_traffic->setAccessibleName(tr("Requests in flight"));
    m_pending->setAccessibleName(tr("Pending edits"));
    m_pending->hide();
    bar->addWidget(m_connection, 1);
    // A message covers the connection, also one shown before the window was.
    connect(bar, &QStatusBar::messageChanged, m_connection,
            [this](const QString &message) { m_connection->setVisible(message.isEmpty()); });
    bar->addPermanentWidget(m_pending);
    bar->addPermanentWidget(m_traffic);
}

void StatusLine::showTeam(const Session *session, const QString &teamLabel, int requestsInFlight)
{
    const QString label = ApiError::bounded(teamLabel);
    m_traffic->setText(requestsInFlight ? tr("%n request(s) in flight", nullptr, requestsInFlight)
                                        : tr("Idle"));
    if (!session) {
        m_connection->setText(tr("No team connected. Start with --demo to try the sandbox team."));
        return;
    }
    m_connection->setToolTip(QString());
    switch (session->state()) {
    case Session::State::Idle:
    case Session::State::Connecting:
        m_connection->setText(
                tr("%1: connecting to %2…").arg(label, session->teamUrl().toDisplayString()));
        break;
    case Session::State::Connected:
        m_connection->setText(
                tr("%1 · %2 · %3").arg(label, session->teamUrl().host(), session->connectedAs()));
        break;
    case Session::State::Failed:
        // The title fits the bar; the whole story is in its tooltip and the team's pane.
        m_connection->setText(tr("%1: %2").arg(label, session->connectError().title()));
        m_connection->setToolTip(PlainToolTipDelegate::toolTip(session->connectError().summary()));
        return;
    }
}

void StatusLine::setPendingCount(int count)
{
    m_pending->setText(tr("%n pending edit(s)", nullptr, count));
    m_pending->setVisible(count > 0);
}

} // namespace ems
