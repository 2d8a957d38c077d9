#include "sandboxfixture.h"

using namespace Qt::StringLiterals;

SandboxFixture::SandboxFixture(ems::sandbox::Team team, const ems::sandbox::ServerOptions &options,
                               const ems::sandbox::FaultConfig &faults)
    : m_server(std::make_unique<ems::sandbox::SandboxServer>(std::move(team), options, faults))
{
    QString error;
    m_started = m_server->start(&error);
    if (!m_started)
        qWarning("sandbox did not start: %s", qPrintable(error));
}

QString SandboxFixture::token(const QString &role) const
{
    for (const ems::sandbox::ApiKey &key : m_server->keys()) {
        if (key.role == role)
            return key.token;
    }
    return {};
}

ems::ConnectionSettings SandboxFixture::settings(const QString &role, ems::KeyType keyType) const
{
    ems::ConnectionSettings settings;
    settings.teamUrl = m_server->url();
    settings.secret = token(role);
    settings.keyType = keyType;
    settings.backoffFactor = 0.01;
    settings.timeoutSeconds = 10;
    return settings;
}

void SandboxFixture::failNext(const QString &path, int count, ems::sandbox::Fault fault)
{
    m_server->faults().addRule({path, {}, count, fault});
}
