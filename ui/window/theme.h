#pragma once

#include <QCoreApplication>

namespace ems {

// View > Theme: the platform's look (System), or Fusion with a light or a dark palette,
// since Qt here has no platform theme to follow a desktop's dark mode. Kept in QSettings.
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(Theme)

public:
    enum class Kind { System, Light, Dark };

    static Kind saved();
    // Applies the theme to the application and keeps the choice.
    static void apply(Kind kind);
    static QString name(Kind kind); // for the menu: "&System", "&Light", "&Dark"
};

} // namespace ems
