#pragma once

#include "../lib/sandboxfixture.h"
#include "ui/window/mainwindow.h"

#include <memory>

// A main window connected to the sandbox with its admin key (no retries), shown and exposed.
std::unique_ptr<ems::MainWindow> openTestWindow(SandboxFixture &sandbox);
