#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QToolButton;

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
    using Actions = QList<std::pair<QString, std::function<void()>>>;
    void show(Kind kind, const QString &text, const Actions &actions,
              const std::function<void()> &onDismiss = {});
    // The last few messages, newest first, to show again with their actions.
    QStringList recentTexts() const;
    void showRecent(int index);
    QString text() const;
    Kind kind() const { return m_kind; }
    // What went over the wire (method, URL, status, the server's words) for the message
    // shown now, behind a Details button; empty hides the button.
    void setDetails(const QString &details, quint64 requestId = 0);
    QString details() const;
    // A persistent bar (staging) has no Dismiss, and its buttons leave it open.
    void setPersistent(bool persistent) { m_persistent = persistent; }

Q_SIGNALS:
    // Show Request: the network log should show this request.
    void requestActivated(quint64 requestId);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void showButtons();

    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_details;
    QToolButton *m_showDetails;
    QToolButton *m_showRequest;
    quint64 m_requestId = 0;
    QHBoxLayout *m_buttons;
    struct Shown
    {
        Kind kind;
        QString text;
        Actions actions;
        std::function<void()> onDismiss;
        QString details;
        quint64 requestId = 0;
    };
    static constexpr int recentCount = 5;

    QList<Shown> m_recent;
    bool m_persistent = false;
    Kind m_kind = Kind::Information;
};

} // namespace ems
