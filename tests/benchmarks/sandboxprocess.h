#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

// An ems-sandbox process for the benchmarks, on its own core where there are two or more,
// as a remote team would be: the client's figures should not include the emulator's work.
class SandboxProcess
{
public:
    explicit SandboxProcess(const QStringList &arguments);
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    QUrl url() const { return m_url; } // empty when it did not start

private:
    QProcess m_process;
    QUrl m_url;
};
