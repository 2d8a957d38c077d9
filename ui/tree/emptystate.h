#pragma once

#include <QLabel>

class QAbstractScrollArea;

namespace ems {

// What an empty view says, centred over it in the placeholder colour ("No requests yet",
// "Nothing loaded matches …"); links in the text are its actions.
class EmptyState : public QLabel
{
    Q_OBJECT

public:
    explicit EmptyState(QAbstractScrollArea *view);

    // Shows the text over the view; an empty text hides it.
    void say(const QString &text);
};

} // namespace ems
