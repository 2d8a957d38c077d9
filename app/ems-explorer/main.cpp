// ems-explorer: the desktop program. Parses the command line and starts the main window.

#include "core/connectionsettings.h"
#include "core/session.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/teamseeder.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"EMS Explorer"_s);
    QApplication::setOrganizationName(u"ems-explorer"_s);
    QApplication::setApplicationVersion(QStringLiteral(EMS_VERSION));
    QApplication::setDesktopFileName(u"ems-explorer"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A desktop browser for Celonis EMS teams."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s,
                                  u"Start the built-in sandbox team and connect to it."_s);
    const QCommandLineOption screenshot(
            u"screenshot"_s, u"Save a picture of the window once loaded, then exit."_s, u"file"_s);
    const QCommandLineOption select(u"select"_s,
                                    u"With --screenshot: the item to select, as a path of names "
                                    "from the team (\"Studio/Procurement/Procurement App\")."_s,
                                    u"path"_s);
    parser.addOptions({demo, screenshot, select});
    parser.process(app);

    // The sandbox outlives the window, whose sessions talk to it until they are gone.
    std::unique_ptr<ems::sandbox::SandboxServer> sandbox;
    ems::MainWindow window;
    if (parser.isSet(demo)) {
        sandbox = std::make_unique<ems::sandbox::SandboxServer>(ems::sandbox::TeamSeeder::demo(),
                                                                ems::sandbox::ServerOptions());
        QString error;
        if (!sandbox->start(&error)) {
            qCritical("ems-explorer: %s", qPrintable(error));
            return 1;
        }
        // Scripts (and people) can talk to the same team while the program runs.
        qInfo("ems-explorer: sandbox team at %s", qPrintable(sandbox->url().toString()));
        ems::ConnectionSettings settings;
        settings.teamUrl = sandbox->url();
        settings.apiKey = sandbox->keys().constFirst().token;
        settings.keyType = ems::KeyType::Auto;
        window.addTeam(new ems::Session(settings), QObject::tr("Sandbox team (demo)"));
    } else {
        ems::ConnectionSettings settings;
        settings.applyEnvironment();
        if (settings.validate().isEmpty())
            window.addTeam(new ems::Session(settings), QObject::tr("Environment"));
    }
    if (parser.isSet(screenshot))
        window.takeScreenshotWhenReady(parser.value(screenshot), parser.value(select));
    window.show();
    const int result = QApplication::exec();
    return result;
}
