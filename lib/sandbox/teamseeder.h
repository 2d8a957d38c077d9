#pragma once

#include "team.h"

#include <QUuid>

namespace ems::sandbox {

// Sizes of the generated "big" team.
struct BigTeamSize
{
    int spaces = 200;
    int packagesPerSpace = 10;
    int nodesPerPackage = 10;
    int pools = 50;
    int modelsPerPool = 5;
    int workspaces = 2;
    int analysesPerWorkspace = 50;
    quint32 randomSeed = 1;
};

// Builds the sandbox teams. Everything is deterministic: ids are name-based UUIDs and
// timestamps count up from a fixed date, so a team looks the same on every start.
class TeamSeeder
{
public:
    static Team demo();
    static Team big(const BigTeamSize &size);
    static QList<ApiKey> standardKeys(const QJsonObject &teamInfo);
    static QList<OAuthClient> standardClients(const QJsonObject &teamInfo);

private:
    explicit TeamSeeder(const QString &teamDomain, const QString &teamName);

    QString id(const QString &path) const;
    qint64 tick();
    QString space(const QString &name, const QString &icon);
    QJsonObject package(const QString &spaceId, const QString &name, const QString &key);
    QJsonObject child(const QJsonObject &parent, const QString &name, const QString &nodeType,
                      const QString &assetType = {});
    QString pool(const QString &name, const QString &status);
    QString dataModel(const QString &poolId, const QString &name, int eventLogs);
    QString workspace(const QString &name, const QString &dataModelId);
    void analysis(const QString &workspaceId, const QString &name);

    Team m_team;
    QUuid m_namespace;
    qint64 m_clock;
    QString m_creatorId;
    QJsonObject m_childPrototype;
};

} // namespace ems::sandbox
