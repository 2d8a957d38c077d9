#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace ems {

class PropertyPane;
class TreeNavigator;
class Session;

// --screenshot: saves a picture of the window once it shows what was asked for: every
// team's first requests answered, or, with a path, that item revealed and its properties
// loaded. Teams may join after it starts (a profile whose key comes from the keychain);
// taken() is emitted once, false when something failed.
class Screenshotter : public QObject
{
    Q_OBJECT

public:
    Screenshotter(QWidget *window, TreeNavigator *navigator, PropertyPane *pane,
                  const QString &file, const QString &selectPath);

    void watch(Session *session);
    // No team will come: the window as it is (a path cannot be found in it).
    void shootEmpty() { shoot(m_selectPath.isEmpty()); }

Q_SIGNALS:
    void taken(bool ok);

private:
    void checkIdle();
    void shoot(bool ok);

    QWidget *m_window;
    TreeNavigator *m_navigator;
    QString m_file;
    QStringList m_selectPath;
    QList<QPointer<Session>> m_sessions;
    bool m_shooting = false;
};

} // namespace ems
