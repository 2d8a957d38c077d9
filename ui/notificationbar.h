#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;

namespace ems {

// A message above the tree with buttons for what can be done about it (Retry, Copy, Apply,
// ...), in the spirit of KMessageWidget. It stays until the user acts or dismisses it.
class NotificationBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Error };

    explicit NotificationBar(QWidget *parent = nullptr);

    // Replaces what is shown. Each action is a label and what it does; every action and
    // Dismiss also close the bar, Dismiss running onDismiss.
    void show(Kind kind, const QString &text,
              const QList<std::pair<QString, std::function<void()>>> &actions,
              const std::function<void()> &onDismiss = {});
    QString text() const;
    // A persistent bar (staging) has no Dismiss, and its buttons leave it open.
    void setPersistent(bool persistent) { m_persistent = persistent; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    bool m_persistent = false;
};

} // namespace ems
