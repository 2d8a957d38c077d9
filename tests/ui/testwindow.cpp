#include "testwindow.h"

#include "core/net/session.h"

#include <QTest>

using namespace Qt::StringLiterals;

std::unique_ptr<ems::MainWindow> openTestWindow(SandboxFixture &sandbox)
{
    ems::ConnectionSettings settings = sandbox.settings(u"admin"_s, ems::KeyType::UserKey);
    settings.totalRetries = 0;
    auto window = std::make_unique<ems::MainWindow>();
    window->addTeam(new ems::Session(settings), u"Demo"_s);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("the test window was not exposed");
    return window;
}
