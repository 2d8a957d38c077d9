#pragma once

#include "apiroute.h"
#include "records.h"

#include <variant>

namespace ems::sandbox {

// The package manager's staging API as Celonis' content-cli 1.15 uses it
// (commands/configuration-management/api/node-api.js and staging-package-api.js): a
// package's staging nodes by key, read with or without their configuration, listed in
// pages, created and updated whole, each write also as a dry run (?validate=true) that
// persists nothing; and the list of staging packages. The nodes are the team's content
// nodes, seen the way content-cli prints them.
class StagingApi
{
public:
    Q_DISABLE_COPY_MOVE(StagingApi) // the routes hold this
    explicit StagingApi(Team *team);

    QList<ApiRoute> routes();

private:
    using Handler
            = ApiReply (StagingApi::*)(const ApiKey &, const QStringList &, const ApiRequest &);

    ApiReply listPackages(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply listNodes(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply getNode(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply createNode(const ApiKey &, const QStringList &, const ApiRequest &);
    ApiReply updateNode(const ApiKey &, const QStringList &, const ApiRequest &);

    // The package's nodes, or a 404 or 403 when there is none or the key may not read it.
    std::variant<QList<QJsonObject>, ApiReply> packageNodes(const ApiKey &key,
                                                            const QString &packageKey) const;
    // A content node as a staging node: id, key, name, type, packageNodeKey, parentNodeKey,
    // createdBy, updatedBy, creationDate, changeDate, flavor (and configuration).
    static QJsonObject staging(const QJsonObject &node, bool withConfiguration);
    // A 400 unless the body is a node transport: a JSON object with a valid name, the key
    // of the node (when one is given) and a configuration object (when one is given).
    std::optional<ApiReply> parseTransport(const QByteArray &body, const QString &nodeKey,
                                           QJsonObject *transport) const;

    Team *m_team;
    Records m_records;
};

} // namespace ems::sandbox
