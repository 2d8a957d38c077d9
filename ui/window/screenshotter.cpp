#include "ui/window/screenshotter.h"

#include "core/net/session.h"
#include "core/tree/resourcetreemodel.h"
#include "core/tree/treenavigator.h"
#include "ui/pane/propertypane.h"

#include <QTimer>
#include <QWidget>

namespace ems {

Screenshotter::Screenshotter(QWidget *window, TreeNavigator *navigator, PropertyPane *pane,
                             const QString &file, const QString &selectPath)
    : QObject(window)
    , m_window(window)
    , m_navigator(navigator)
    , m_file(file)
    , m_selectPath(selectPath.split(u'/', Qt::SkipEmptyParts))
{
    if (m_selectPath.isEmpty())
        return;
    connect(pane, &PropertyPane::stateChanged, this, [this](PropertyPane::State state) {
        if (state == PropertyPane::State::Loaded || state == PropertyPane::State::Failed)
            shoot(state == PropertyPane::State::Loaded);
    });
    connect(navigator, &TreeNavigator::revealFailed, this, [this](const QString &message) {
        qCritical("ems-explorer: %s", qPrintable(message));
        shoot(false);
    });
}

void Screenshotter::watch(Session *session)
{
    if (!m_selectPath.isEmpty()) {
        m_navigator->revealPath(m_navigator->model()->teamIndex(session), m_selectPath);
        return;
    }
    m_sessions.append(session);
    // Both: the last answer may come while the session still says it is connecting.
    connect(session, &Session::requestsInFlightChanged, this, &Screenshotter::checkIdle);
    connect(session, &Session::stateChanged, this, &Screenshotter::checkIdle);
}

void Screenshotter::checkIdle()
{
    for (const QPointer<Session> &session : std::as_const(m_sessions)) {
        if (session
            && (session->requestsInFlight() > 0 || session->state() == Session::State::Connecting))
            return;
    }
    shoot(true);
}

void Screenshotter::shoot(bool ok)
{
    if (std::exchange(m_shooting, true))
        return;
    // Let layouts and the views settle before grabbing.
    QTimer::singleShot(200, this, [this, ok] {
        const bool saved = m_window->grab().save(m_file);
        if (!saved)
            qCritical("ems-explorer: could not write the screenshot %s", qPrintable(m_file));
        Q_EMIT taken(ok && saved);
    });
}

} // namespace ems
