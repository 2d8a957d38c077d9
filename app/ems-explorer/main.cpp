// ems-explorer: the desktop program. Parses the command line and starts the main window.

#include "core/profiles/profile.h"
#include "core/profiles/profilestore.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/teamseeder.h"
#include "ui/window/mainwindow.h"
#include "ui/window/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QTextStream>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    Q_DECLARE_TR_FUNCTIONS(Options)

public:
    QCommandLineOption demo{u"demo"_s, tr("Start the built-in sandbox team and connect to it.")};
    QCommandLineOption profile{u"profile"_s, tr("Connect to a saved profile."), tr("name")};
    QCommandLineOption url{u"url"_s,
                           tr("Connect to this team URL (the key comes from CELONIS_API_TOKEN "
                              "or a prompt, never from the command line)."),
                           tr("url")};
    QCommandLineOption keyType{u"key-type"_s, tr("APP_KEY, USER_KEY or AUTO."), tr("type")};
    QCommandLineOption noConnectCheck{u"no-connect-check"_s, tr("Skip GET /api/cloud.")};
    QCommandLineOption noPermissions{u"no-permissions"_s, tr("Do not load the key's permissions.")};
    QCommandLineOption timeout{u"timeout"_s, tr("Seconds before a request fails."), tr("seconds")};
    QCommandLineOption retries{u"retries"_s, tr("Retries on 429, 5xx, resets and timeouts."),
                               tr("n")};
    QCommandLineOption backoff{u"backoff-factor"_s, tr("Wait factor * 2^(n-1) s before retry n."),
                               tr("factor")};
    QCommandLineOption screenshot{u"screenshot"_s,
                                  tr("Save a picture of the window once loaded, then exit."),
                                  tr("file")};
    QCommandLineOption quitWhenShown{u"quit-when-shown"_s,
                                     tr("Print \"shown\" and quit once the window is on screen "
                                        "(for the start-up benchmark).")};
    QCommandLineOption select{u"select"_s,
                              tr("With --screenshot: the item to select, as a path of names from "
                                 "the team (\"Studio/Procurement/Procurement App\")."),
                              tr("path")};
};

// Applies the command line's connection options over a profile; returns an error or empty.
QString applyOptions(const QCommandLineParser &parser, const Options &o, ems::Profile *profile)
{
    ems::ConnectionSettings &s = profile->settings;
    if (parser.isSet(o.keyType)) {
        const auto type = ems::ConnectionSettings::keyTypeFromString(parser.value(o.keyType));
        if (!type)
            return Options::tr("--key-type must be APP_KEY, USER_KEY or AUTO.");
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
        return Options::tr("--timeout, --retries and --backoff-factor take numbers.");
    s.secret = u"-"_s; // checked separately: validate() wants one
    const QString problem = s.validate();
    s.secret.clear();
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

    const ems::Translations translations{QLocale()};
    // Proxies as the system says (https_proxy, no_proxy): one setting for the whole process.
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(Options::tr("A desktop browser for Celonis EMS teams."));
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
        profile->name = Options::tr("Sandbox team (demo)");
        profile->settings.teamUrl = sandbox->url();
        key = sandbox->keys().constFirst().token;
    } else if (parser.isSet(o.profile)) {
        profile = ems::ProfileStore().profile(parser.value(o.profile));
        if (!profile) {
            err << "ems-explorer: "
                << Options::tr("There is no profile \"%1\". Create it with File > Connect to a "
                               "Team.")
                            .arg(parser.value(o.profile))
                << Qt::endl;
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
        key = profile->settings.secret; // CELONIS_API_TOKEN, or OAUTH_CLIENT_SECRET
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
    if (parser.isSet(o.screenshot)) {
        QObject::connect(&window, &ems::MainWindow::screenshotTaken, &window,
                         [](bool ok) { QApplication::exit(ok ? 0 : 1); });
        window.takeScreenshotWhenReady(parser.value(o.screenshot), parser.value(o.select),
                                       profile.has_value());
    }
    window.show();
    if (parser.isSet(o.quitWhenShown)) {
        QTimer::singleShot(0, &window, [] {
            QTextStream(stdout) << "shown" << Qt::endl;
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
