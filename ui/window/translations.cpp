#include "ui/window/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ems {

Translations::Translations(const QLocale &locale)
{
    auto english = std::make_unique<QTranslator>();
    if (english->load(u":/i18n/ems-explorer_en.qm"_s))
        install(std::move(english));
    // English is the source language: its catalogue above holds only the plural forms.
    const auto forLocale = [&locale](const QString &name, const QString &directory) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(locale, name, u"_"_s, directory)
            || translator->language().startsWith(u"en"))
            translator.reset();
        return translator;
    };
    install(forLocale(u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    install(forLocale(u"ems-explorer"_s, u":/i18n"_s));
}

void Translations::install(std::unique_ptr<QTranslator> translator)
{
    if (!translator)
        return;
    QCoreApplication::installTranslator(translator.get());
    m_installed.push_back(std::move(translator));
}

} // namespace ems
