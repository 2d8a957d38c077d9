#pragma once

#include <QMainWindow>

namespace ems {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void setTeamUrl(const QUrl &url);
};

} // namespace ems
