// ems-explorer: the desktop program. Parses the command line and starts the main window.

#include "core/profile.h"
#include "core/profilestore.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/teamseeder.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    QCommandLineOption demo{u"demo"_s, u"Start the built-in sandbox team and connect to it."_s};
    QCommandLineOption profile{u"profile"_s, u"Connect to a saved profile."_s, u"name"_s};
    QCommandLineOption url{u"url"_s,
                           u"Connect to this team URL (the key comes from "
                           "CELONIS_API_TOKEN or a prompt, never from the command "
                           "line)."_s,
                           u"url"_s};
    QCommandLineOption keyType{u"key-type"_s, u"APP_KEY, USER_KEY or AUTO."_s, u"type"_s};
    QCommandLineOption noConnectCheck{u"no-connect-check"_s, u"Skip GET /api/cloud."_s};
    QCommandLineOption noPermissions{u"no-permissions"_s, u"Do not load the key's permissions."_s};
    QCommandLineOption timeout{u"timeout"_s, u"Seconds before a request fails."_s, u"seconds"_s};
    QCommandLineOption retries{u"retries"_s, u"Retries on 429, 5xx, resets and timeouts."_s,
                               u"n"_s};
    QCommandLineOption backoff{u"backoff-factor"_s, u"Wait factor * 2^(n-1) s before retry n."_s,
                               u"factor"_s};
    QCommandLineOption screenshot{
            u"screenshot"_s, u"Save a picture of the window once loaded, then exit."_s, u"file"_s};
    QCommandLineOption quitWhenShown{u"quit-when-shown"_s,
                                     u"Print \"shown\" and quit once the window is on screen "
                                     "(for the start-up benchmark)."_s};
    QCommandLineOption select{u"select"_s,
                              u"With --screenshot: the item to select, as a path of names from "
                              "the team (\"Studio/Procurement/Procurement App\")."_s,
                              u"path"_s};
};

// Applies the command line's connection options over a profile; returns an error or empty.
QString applyOptions(const QCommandLineParser &parser, const Options &o, ems::Profile *profile)
{
    ems::ConnectionSettings &s = profile->settings;
    if (parser.isSet(o.keyType)) {
        const auto type = ems::ConnectionSettings::keyTypeFromString(parser.value(o.keyType));
        if (!type)
            return u"--key-type must be APP_KEY, USER_KEY or AUTO."_s;
        s.keyType = *type;
    }
    if (parser.isSet(o.noConnectCheck))
        s.connectCheck = false;
    if (parser.isSet(o.noPermissions))
        s.loadPermissions = false;
    bool ok = true;
    if (parser.isSet(o.timeout))
        s.timeoutSeconds = parser.value(o.timeout).toInt(&ok);
    if (ok && parser.isSet(o.retries))
        s.totalRetries = parser.value(o.retries).toInt(&ok);
    if (ok && parser.isSet(o.backoff))
        s.backoffFactor = parser.value(o.backoff).toDouble(&ok);
    if (!ok)
        return u"--timeout, --retries and --backoff-factor take numbers."_s;
    s.apiKey = u"-"_s; // checked separately: validate() wants one
    const QString problem = s.validate();
    s.apiKey.clear();
    return problem;
}

} // namespace

// --help and --version answer without a display.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all"
            || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app = onlyPrints(argc, argv)
            ? std::make_unique<QCoreApplication>(argc, argv)
            : std::make_unique<QApplication>(argc, argv);
    QApplication::setApplicationName(u"EMS Explorer"_s);
    QApplication::setOrganizationName(u"ems-explorer"_s);
    QApplication::setApplicationVersion(QStringLiteral(EMS_VERSION));
    QApplication::setDesktopFileName(u"invalid.example.EmsExplorer"_s);

    // English plural forms first, the user's language (when there is one) over them.
    QTranslator english;
    QTranslator local;
    if (english.load(u":/i18n/ems-explorer_en.qm"_s))
        QCoreApplication::installTranslator(&english);
    if (local.load(QLocale(), u"ems-explorer"_s, u"_"_s, u":/i18n"_s)
        && !local.filePath().endsWith(u"_en.qm"_s))
        QCoreApplication::installTranslator(&local);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A desktop browser for Celonis EMS teams."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const Options o;
    parser.addOptions({o.demo, o.profile, o.url, o.keyType, o.noConnectCheck, o.noPermissions,
                       o.timeout, o.retries, o.backoff, o.screenshot, o.select, o.quitWhenShown});
    parser.process(*app);
    QTextStream err(stderr);

    // The sandbox outlives the window, whose sessions talk to it until they are gone.
    std::unique_ptr<ems::sandbox::SandboxServer> sandbox;
    ems::MainWindow window;
    window.setPermissionsPopupAllowed(!parser.isSet(o.screenshot));

    std::optional<ems::Profile> profile;
    QString key;
    if (parser.isSet(o.demo)) {
        sandbox = std::make_unique<ems::sandbox::SandboxServer>(ems::sandbox::TeamSeeder::demo(),
                                                                ems::sandbox::ServerOptions());
        QString error;
        if (!sandbox->start(&error)) {
            err << "ems-explorer: " << error << Qt::endl;
            return 1;
        }
        // Scripts (and people) can talk to the same team while the program runs.
        qInfo("ems-explorer: sandbox team at %s", qPrintable(sandbox->url().toString()));
        profile = ems::Profile();
        profile->name = QObject::tr("Sandbox team (demo)");
        profile->settings.teamUrl = sandbox->url();
        key = sandbox->keys().constFirst().token;
    } else if (parser.isSet(o.profile)) {
        profile = ems::ProfileStore().profile(parser.value(o.profile));
        if (!profile) {
            err << "ems-explorer: there is no profile \"" << parser.value(o.profile)
                << "\". Create it with File > Connect to a Team." << Qt::endl;
            return 2;
        }
    } else if (parser.isSet(o.url)) {
        QString error;
        const auto url = ems::ConnectionSettings::normalizeUrl(parser.value(o.url), false, &error);
        if (!url) {
            err << "ems-explorer: " << error << Qt::endl;
            return 2;
        }
        profile = ems::Profile();
        profile->name = url->host();
        profile->settings.teamUrl = *url;
        profile->keyStorage = ems::Profile::KeyStorage::Memory;
        key = qEnvironmentVariable("CELONIS_API_TOKEN").trimmed();
    } else if ((profile = ems::Profile::fromEnvironment())) {
        key = qEnvironmentVariable("CELONIS_API_TOKEN").trimmed();
    }
    if (profile) {
        const QString problem = applyOptions(parser, o, &*profile);
        if (!problem.isEmpty()) {
            err << "ems-explorer: " << problem << Qt::endl;
            return 2;
        }
        if (key.isEmpty())
            window.connectProfileWithStoredKey(*profile);
        else
            window.connectProfile(*profile, key);
    }
    if (parser.isSet(o.screenshot))
        window.takeScreenshotWhenReady(parser.value(o.screenshot), parser.value(o.select));
    window.show();
    if (parser.isSet(o.quitWhenShown)) {
        QTimer::singleShot(0, &window, [] {
            QTextStream(stdout) << "shown" << Qt::endl;
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
