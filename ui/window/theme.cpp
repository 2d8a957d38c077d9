#include "ui/window/theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace ems {

namespace {

const auto settingsKey = u"view/theme"_s;

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x20, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor dimmed(0x8c, 0x8f, 0x94);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x40));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x40));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Highlight, QColor(0x3a, 0x6f, 0xc4));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    palette.setColor(QPalette::PlaceholderText, dimmed);
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    palette.setColor(QPalette::Midlight, QColor(0x3f, 0x42, 0x46));
    palette.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x35));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x6e, 0x71, 0x76));
    return palette;
}

} // namespace

Theme::Kind Theme::saved()
{
    const int value = QSettings().value(settingsKey, int(Kind::System)).toInt();
    return value >= int(Kind::System) && value <= int(Kind::Dark) ? Kind(value) : Kind::System;
}

void Theme::apply(Kind kind)
{
    // The style the program started with is the system's.
    static const QString systemStyle = QApplication::style()->name();
    QSettings().setValue(settingsKey, int(kind));
    QApplication::setStyle(QStyleFactory::create(kind == Kind::System ? systemStyle : u"Fusion"_s));
    QApplication::setPalette(kind == Kind::Dark ? darkPalette()
                                                : QApplication::style()->standardPalette());
}

QString Theme::name(Kind kind)
{
    switch (kind) {
    case Kind::System:
        return tr("&System");
    case Kind::Light:
        return tr("&Light");
    case Kind::Dark:
        return tr("&Dark");
    }
    return {};
}

} // namespace ems
