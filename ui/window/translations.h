#pragma once

#include <QTranslator>
#include <memory>
#include <vector>

class QLocale;

namespace ems {

// The program's translations for a locale, installed while this object lives: English
// plural forms first, then Qt's own catalogue (standard buttons, context menus; from
// qt6-translations-l10n, when installed) and the program's catalogue for the locale.
class Translations
{
public:
    explicit Translations(const QLocale &locale);

private:
    void install(std::unique_ptr<QTranslator> translator);

    std::vector<std::unique_ptr<QTranslator>> m_installed; // removed again when destroyed
};

} // namespace ems
