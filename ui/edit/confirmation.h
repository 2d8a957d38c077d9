#pragma once

#include <QCoreApplication>
#include <functional>

class QWidget;

namespace ems {

// Asks before something that cannot be taken back (discarding, deleting). The button that
// does it is named after what it does; Cancel has the focus, so Enter and Escape keep
// everything as it is. Window-modal, and it returns at once: onConfirmed runs on the click.
class Confirmation
{
    Q_DECLARE_TR_FUNCTIONS(Confirmation)

public:
    static void ask(QWidget *parent, const QString &title, const QString &text, const QString &doIt,
                    const std::function<void()> &onConfirmed);
};

} // namespace ems
