#pragma once

#include "core/profiles/connectionsettings.h"
#include "sandbox/sandboxserver.h"

#include <memory>

// Starts the sandbox in process and makes connection settings for its keys.
class SandboxFixture
{
public:
    explicit SandboxFixture(ems::sandbox::Team team,
                            const ems::sandbox::ServerOptions &options = {},
                            const ems::sandbox::FaultConfig &faults = {});

    bool started() const { return m_started; }
    ems::sandbox::SandboxServer &server() { return *m_server; }
    QString token(const QString &role) const;
    // Settings for the key of that role with the given key type, no retry waits by default.
    ems::ConnectionSettings settings(const QString &role,
                                     ems::KeyType keyType = ems::KeyType::Auto) const;
    void failNext(const QString &path, int count, ems::sandbox::Fault fault);

private:
    std::unique_ptr<ems::sandbox::SandboxServer> m_server;
    bool m_started = false;
};
