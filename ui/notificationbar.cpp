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

void NotificationBar::show(Kind kind, const QString &text,
                           const QList<std::pair<QString, std::function<void()>>> &actions,
                           const std::function<void()> &onDismiss)
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        if (QWidget *button = item->widget()) { // maybe the one whose click got us here
            button->hide();
            button->deleteLater();
        }
        delete item;
    }
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
        QFrame::show();
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
    QFrame::show();
}

} // namespace ems
