#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QThread>

using namespace Qt::StringLiterals;

SandboxProcess::SandboxProcess(const QStringList &arguments)
{
    const int cores = QThread::idealThreadCount();
    const QStringList sandbox{QStringLiteral(EMS_SANDBOX_BINARY), u"--port"_s, u"0"_s};
    if (cores >= 2 && QFile::exists(u"/usr/bin/taskset"_s)) {
        m_process.setProgram(u"/usr/bin/taskset"_s);
        m_process.setArguments(QStringList{u"-c"_s, QString::number(cores - 1)} + sandbox
                               + arguments);
    } else {
        m_process.setProgram(sandbox.first());
        m_process.setArguments(sandbox.mid(1) + arguments);
    }
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    static const QRegularExpression line(u"at (http://\\S+)"_s);
    QElapsedTimer timer;
    timer.start();
    while (m_url.isEmpty() && timer.elapsed() < 60000 && m_process.waitForReadyRead(60000)) {
        const auto match = line.match(QString::fromUtf8(m_process.readAllStandardOutput()));
        if (match.hasMatch())
            m_url = QUrl(match.captured(1));
    }
    m_process.closeReadChannel(QProcess::StandardError); // its request log is not for us
}

SandboxProcess::~SandboxProcess()
{
    m_process.terminate();
    m_process.waitForFinished(5000);
}
