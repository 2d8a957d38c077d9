#include "notificationbar.h"

#include "treedecorationproxy.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ems {

NotificationBar::NotificationBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Notification"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    hide();
}

QString NotificationBar::text() const
{
    return isVisible() ? m_text->text() : QString();
}

QStringList NotificationBar::recentTexts() const
{
    QStringList texts;
    for (const Shown &shown : m_recent)
        texts.append(shown.text);
    return texts;
}

void NotificationBar::showRecent(int index)
{
    if (index >= 0 && index < m_recent.size()) {
        const Shown shown = m_recent.at(index); // show() reorders m_recent
        show(shown.kind, shown.text, shown.actions, shown.onDismiss);
    }
}

void NotificationBar::show(Kind kind, const QString &text, const Actions &actions,
                           const std::function<void()> &onDismiss)
{
    if (!m_persistent) {
        m_recent.removeIf([&text](const Shown &shown) { return shown.text == text; });
        m_recent.prepend({kind, text, actions, onDismiss});
        if (m_recent.size() > recentCount)
            m_recent.removeLast();
    }
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        if (QWidget *button = item->widget()) { // maybe the one whose click got us here
            button->hide();
            button->deleteLater();
        }
        delete item;
    }
    m_kind = kind;
    const bool error = kind == Kind::Error;
    m_icon->setPixmap(
            TreeDecorationProxy::icon(error ? u"error"_s : u"ems-explorer"_s).pixmap(16, 16));
    QPalette palette = this->palette();
    const QColor base = palette.color(QPalette::Window);
    const QColor tint = error ? QColor(0xd0, 0x31, 0x2d) : QColor(0x3a, 0x6f, 0xc4);
    palette.setColor(QPalette::Window,
                     QColor::fromRgbF(base.redF() * 0.85 + tint.redF() * 0.15,
                                      base.greenF() * 0.85 + tint.greenF() * 0.15,
                                      base.blueF() * 0.85 + tint.blueF() * 0.15));
    setPalette(palette);
    m_text->setText(text);
    for (const auto &[label, run] : actions) {
        auto *button = new QPushButton(label, this);
        connect(button, &QPushButton::clicked, this, [this, run] {
            if (!m_persistent)
                hide();
            run();
        });
        m_buttons->addWidget(button);
    }
    if (m_persistent) {
        showButtons();
        return;
    }
    auto *dismiss = new QPushButton(tr("Dismiss"), this);
    dismiss->setAccessibleName(tr("Dismiss the notification"));
    connect(dismiss, &QPushButton::clicked, this, [this, onDismiss] {
        hide();
        if (onDismiss)
            onDismiss();
    });
    m_buttons->addWidget(dismiss);
    showButtons();
}

void NotificationBar::showButtons()
{
    // Buttons added to a bar that is already shown would appear only later.
    for (int i = 0; i < m_buttons->count(); ++i)
        m_buttons->itemAt(i)->widget()->show();
    QFrame::show();
}

} // namespace ems
