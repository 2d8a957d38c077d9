#include "ui/common/notificationbar.h"

#include "core/net/apierror.h"
#include "ui/tree/treedecorationproxy.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ems {

NotificationBar::NotificationBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_details(new QLabel(this))
    , m_showDetails(new QToolButton(this))
    , m_showRequest(new QToolButton(this))
    , m_buttons(new QHBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Notification"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // messages from the server among them
    m_details->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("Details"));
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_details->hide();
    m_showDetails->setText(tr("Details"));
    m_showDetails->setAccessibleName(tr("Show the details"));
    m_showDetails->setCheckable(true);
    m_showDetails->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showDetails->setArrowType(Qt::RightArrow);
    connect(m_showDetails, &QToolButton::toggled, this, [this](bool shown) {
        m_details->setVisible(shown);
        m_showDetails->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    m_showDetails->hide();
    m_showRequest->setText(tr("Show Request"));
    m_showRequest->setToolTip(tr("Select the request in the network log (Ctrl+L)"));
    m_showRequest->setAccessibleName(tr("Show the request in the network log"));
    m_showRequest->setAutoRaise(true);
    m_showRequest->hide();
    connect(m_showRequest, &QToolButton::clicked, this,
            [this] { Q_EMIT requestActivated(m_requestId); });
    // The text takes the whole width; Details and the actions go below it.
    auto *message = new QHBoxLayout;
    message->addWidget(m_icon, 0, Qt::AlignTop);
    message->addWidget(m_text, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_showDetails);
    actions->addWidget(m_showRequest);
    actions->addStretch();
    actions->addLayout(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(message);
    layout->addWidget(m_details);
    layout->addLayout(actions);
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
        setDetails(shown.details, shown.requestId);
    }
}

void NotificationBar::setDetails(const QString &details, quint64 requestId)
{
    m_details->setText(ApiError::bounded(details));
    m_showDetails->setVisible(!details.isEmpty());
    m_showDetails->setChecked(false);
    m_requestId = requestId;
    m_showRequest->setVisible(requestId != 0);
    if (!m_persistent && !m_recent.isEmpty()) {
        m_recent.front().details = details;
        m_recent.front().requestId = requestId;
    }
}

QString NotificationBar::details() const
{
    return m_showDetails->isHidden() ? QString() : m_details->text();
}

void NotificationBar::show(Kind kind, const QString &text, const Actions &actions,
                           const std::function<void()> &onDismiss)
{
    if (!m_persistent) {
        m_recent.removeIf([&text](const Shown &shown) { return shown.text == text; });
        m_recent.prepend({kind, text, actions, onDismiss, {}, 0});
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
    setDetails({});
    const bool error = kind == Kind::Error;
    m_icon->setPixmap(
            TreeDecorationProxy::icon(error ? u"error"_s : u"ems-explorer"_s).pixmap(16, 16));
    update();
    m_text->setText(ApiError::bounded(text));
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

void NotificationBar::paintEvent(QPaintEvent *event)
{
    // The window colour of the theme shown now, a little towards blue or red.
    const QColor base = palette().color(QPalette::Window);
    const QColor tint = m_kind == Kind::Error ? QColor(0xd0, 0x31, 0x2d) : QColor(0x3a, 0x6f, 0xc4);
    QPainter(this).fillRect(rect(),
                            QColor::fromRgbF(base.redF() * 0.85 + tint.redF() * 0.15,
                                             base.greenF() * 0.85 + tint.greenF() * 0.15,
                                             base.blueF() * 0.85 + tint.blueF() * 0.15));
    QFrame::paintEvent(event);
}

void NotificationBar::showButtons()
{
    // Buttons added to a bar that is already shown would appear only later.
    for (int i = 0; i < m_buttons->count(); ++i)
        m_buttons->itemAt(i)->widget()->show();
    QFrame::show();
}

} // namespace ems
