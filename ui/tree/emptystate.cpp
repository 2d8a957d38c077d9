#include "ui/tree/emptystate.h"

#include <QAbstractScrollArea>
#include <QVBoxLayout>

namespace ems {

EmptyState::EmptyState(QAbstractScrollArea *view)
    : QLabel(view->viewport())
{
    auto *layout = new QVBoxLayout(view->viewport());
    layout->addWidget(this, 0, Qt::AlignCenter);
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setForegroundRole(QPalette::PlaceholderText);
    setTextInteractionFlags(Qt::TextBrowserInteraction); // links by keyboard too
    hide();
}

void EmptyState::say(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace ems
