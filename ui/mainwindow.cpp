#include "mainwindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QUrl>

namespace ems {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("EMS Explorer"));
    auto *placeholder = new QLabel(tr("Connect to a team to browse it."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1100, 700);
}

void MainWindow::setTeamUrl(const QUrl &url)
{
    statusBar()->showMessage(tr("Team: %1").arg(url.toDisplayString()));
}

} // namespace ems
