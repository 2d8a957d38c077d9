#include "../lib/fakekeychainbackend.h"
#include "core/access/identity.h"
#include "core/api/resource.h"
#include "core/net/apierror.h"
#include "core/profiles/credentialstore.h"
#include "core/profiles/profilestore.h"
#include "core/tree/resourcelabels.h"
#include "ui/connect/connectdialog.h"
#include "ui/permissions/permissionsdialog.h"
#include "ui/window/mainwindow.h"
#include "ui/window/translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace ems;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    QString type; // "unfinished", "vanished", ... or empty when done
};

QList<Message> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            messages.append({context, {}, {}, {}});
        } else if (xml.name() == u"source") {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            messages.last().type = xml.attributes().value(u"type"_s).toString();
            if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace())
                messages.last().translations.append(xml.text().toString());
        } else if (xml.name() == u"numerusform") {
            messages.last().translations.append(xml.readElementText());
        }
    }
    return messages;
}

// Placeholders (%1 … %9, %n) as a sorted list: a translation must use the same ones.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%[1-9n]"_s);
    QStringList found;
    for (const auto &match : placeholder.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

int mnemonics(const QString &text)
{
    return int(text.count(u'&') - 2 * text.count(u"&&"_s));
}

QString mnemonicLetter(const QString &text)
{
    const qsizetype at = text.indexOf(u'&');
    return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QString();
}

// Mnemonic letters must be unique among the actions of a menu, and among the buttons and
// labels of a window (menus apart).
QString clashes(const QStringList &texts)
{
    QStringList letters;
    for (const QString &text : texts) {
        if (const QString letter = mnemonicLetter(text); !letter.isEmpty()) {
            if (letters.contains(letter))
                return texts.join(u" | "_s);
            letters.append(letter);
        }
    }
    return {};
}

QStringList widgetTexts(const QWidget *window)
{
    QStringList texts;
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>())
        texts.append(button->text());
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy())
            texts.append(label->text());
    }
    return texts;
}

} // namespace

// The German catalogue is complete and consistent with its sources, and the system locale
// chooses it: the program's windows, its core messages and Qt's own buttons.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void germanCatalogueIsComplete();
    void englishCatalogueHasEveryPlural();
    void germanLocaleTranslatesTheWindow();
    void germanLocaleTranslatesCoreAndQt();
    void englishLocaleKeepsSourceTextsAndPlurals();
    void menusHaveUniqueMnemonics_data();
    void menusHaveUniqueMnemonics();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTranslations::germanCatalogueIsComplete()
{
    const QList<Message> messages
            = readCatalogue(QStringLiteral(EMS_TRANSLATIONS) + u"/ems-explorer_de.ts"_s);
    QVERIFY(messages.size() > 400);
    for (const Message &m : messages) {
        const QString where = m.context + u": "_s + m.source;
        QVERIFY2(m.type.isEmpty(), qPrintable(where + u" is "_s + m.type));
        const bool plural = m.source.contains(u"%n");
        QVERIFY2(m.translations.size() == (plural ? 2 : 1), qPrintable(where));
        for (const QString &translation : m.translations) {
            QVERIFY2(!translation.trimmed().isEmpty() || m.source.trimmed().isEmpty(),
                     qPrintable(where));
            QVERIFY2(placeholders(translation) == placeholders(m.source),
                     qPrintable(where + u" → "_s + translation));
            QVERIFY2(mnemonics(translation) == mnemonics(m.source),
                     qPrintable(where + u" → "_s + translation));
            QVERIFY2(translation.startsWith(u'\n') == m.source.startsWith(u'\n')
                             && translation.endsWith(u'\n') == m.source.endsWith(u'\n'),
                     qPrintable(where));
        }
    }
}

// English is the source language: its catalogue only has to give the plural forms.
void TestTranslations::englishCatalogueHasEveryPlural()
{
    const QList<Message> messages
            = readCatalogue(QStringLiteral(EMS_TRANSLATIONS) + u"/ems-explorer_en.ts"_s);
    int plurals = 0;
    for (const Message &m : messages) {
        if (!m.source.contains(u"%n"))
            continue;
        ++plurals;
        QVERIFY2(m.type.isEmpty() && m.translations.size() == 2
                         && !m.translations.contains(QString()),
                 qPrintable(m.context + u": "_s + m.source));
    }
    QVERIFY(plurals >= 10);
}

void TestTranslations::germanLocaleTranslatesTheWindow()
{
    const Translations german(QLocale(QLocale::German, QLocale::Germany));
    MainWindow window;
    QStringList menus;
    for (const QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus, (QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"&Hilfe"_s}));
    QCOMPARE(QCoreApplication::translate("ems::MainWindow", "%n item(s) loaded.", nullptr, 1),
             u"1 Element geladen."_s);
    QCOMPARE(QCoreApplication::translate("ems::MainWindow", "%n item(s) loaded.", nullptr, 3),
             u"3 Elemente geladen."_s);
}

void TestTranslations::germanLocaleTranslatesCoreAndQt()
{
    const Translations german(QLocale(QLocale::German, QLocale::Germany));
    // Contexts of the core's plain classes (Q_DECLARE_TR_FUNCTIONS) match the catalogue.
    QCOMPARE(ResourceLabels::typeLabel(Resource::Kind::Folder, {}), u"Ordner"_s);
    QCOMPARE(ApiError::make(ApiError::Kind::Timeout, "GET", {}).title(), u"Zeitüberschreitung"_s);
    Identity ada;
    ada.name = u"Ada"_s;
    QCOMPARE(ada.greeting(KeyType::UserKey), u"Verbindung erfolgreich hergestellt! Hallo Ada."_s);
    // Qt's own catalogue (qt6-translations-l10n) for standard buttons.
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), u"Abbrechen"_s);
}

void TestTranslations::englishLocaleKeepsSourceTextsAndPlurals()
{
    const Translations english(QLocale(QLocale::English, QLocale::UnitedStates));
    MainWindow window;
    QCOMPARE(window.menuBar()->actions().constFirst()->text(), u"&File"_s);
    QCOMPARE(ResourceLabels::typeLabel(Resource::Kind::Folder, {}), u"Folder"_s);
    QCOMPARE(QCoreApplication::translate("ems::MainWindow", "%n item(s) loaded.", nullptr, 1),
             u"1 item loaded."_s);
    QCOMPARE(QCoreApplication::translate("ems::MainWindow", "%n item(s) loaded.", nullptr, 3),
             u"3 items loaded."_s);
}

void TestTranslations::menusHaveUniqueMnemonics_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany);
}

void TestTranslations::menusHaveUniqueMnemonics()
{
    QFETCH(QLocale, locale);
    const Translations translations(locale);
    MainWindow window;
    QStringList bar;
    for (const QAction *action : window.menuBar()->actions()) {
        bar.append(action->text());
        QStringList items;
        for (const QAction *item : action->menu()->actions())
            items.append(item->text());
        QVERIFY2(clashes(items).isEmpty(), qPrintable(clashes(items)));
    }
    QVERIFY2(clashes(bar).isEmpty(), qPrintable(clashes(bar)));
    QVERIFY2(clashes(widgetTexts(&window)).isEmpty(), qPrintable(clashes(widgetTexts(&window))));

    ProfileStore profiles;
    CredentialStore credentials(std::make_unique<FakeKeychainBackend>());
    const ConnectDialog connect(&profiles, &credentials);
    QVERIFY2(clashes(widgetTexts(&connect)).isEmpty(), qPrintable(clashes(widgetTexts(&connect))));
    const PermissionsDialog permissions;
    QVERIFY2(clashes(widgetTexts(&permissions)).isEmpty(),
             qPrintable(clashes(widgetTexts(&permissions))));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
