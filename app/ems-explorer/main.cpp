// ems-explorer: the desktop program. Parses the command line and starts the main window.

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
    parser.addOption(demo);
    parser.process(app);

    ems::MainWindow window;
    std::unique_ptr<ems::sandbox::SandboxServer> sandbox;
    if (parser.isSet(demo)) {
        sandbox = std::make_unique<ems::sandbox::SandboxServer>(ems::sandbox::TeamSeeder::demo(),
                                                                ems::sandbox::ServerOptions());
        QString error;
        if (!sandbox->start(&error)) {
            qCritical("ems-explorer: %s", qPrintable(error));
            return 1;
        }
        window.setTeamUrl(sandbox->url());
    }
    window.show();
    return QApplication::exec();
}
