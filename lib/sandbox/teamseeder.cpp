#include "teamseeder.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ems::sandbox {

namespace {

// The keys and OAuth clients of every sandbox team, with their permissions (seed/keys.json).
QJsonObject seed()
{
    QFile file(u":/sandbox/keys.json"_s);
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT(opened); // built into the library
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

QList<ApiKey> TeamSeeder::standardKeys(const QJsonObject &teamInfo)
{
    QList<ApiKey> keys;
    for (const QJsonValue &entry : seed().value(u"keys").toArray()) {
        ApiKey key;
        key.type = entry[u"type"].toString() == u"APP_KEY" ? ApiKey::Type::AppKey
                                                           : ApiKey::Type::UserKey;
        key.token = entry[u"token"].toString();
        key.role = entry[u"role"].toString();
        const QJsonValue who = entry[u"user"];
        key.identity = ApiKey::identityFor(teamInfo, who[u"id"].toString(), who[u"name"].toString(),
                                           who[u"email"], who[u"admin"].toBool());
        key.permissions = entry[u"permissions"].toArray();
        keys.append(key);
    }
    return keys;
}

QList<OAuthClient> TeamSeeder::standardClients(const QJsonObject &teamInfo)
{
    // A client's permissions are the admin's: what tells the clients apart is their scopes.
    const QJsonArray everything = standardKeys(teamInfo).constFirst().permissions;
    QList<OAuthClient> clients;
    for (const QJsonValue &entry : seed().value(u"clients").toArray()) {
        OAuthClient client;
        client.clientId = entry[u"clientId"].toString();
        client.secret = entry[u"secret"].toString();
        client.name = entry[u"name"].toString();
        for (const QJsonValue &scope : entry[u"scopes"].toArray())
            client.scopes.append(scope.toString());
        // Confidential clients act as themselves; public ones sign people in and act as them.
        if (!client.isPublic()) {
            client.identity = ApiKey::identityFor(teamInfo, entry[u"userId"].toString(),
                                                  client.name, QJsonValue::Null, false);
            client.permissions = everything;
        }
        clients.append(client);
    }
    return clients;
}

TeamSeeder::TeamSeeder(const QString &teamDomain, const QString &teamName)
    : m_namespace(QUuid::createUuidV5(QUuid(u"6ba7b811-9dad-11d1-80b4-00c04fd430c8"_s),
                                      u"https://%1.eu-1.celonis.cloud"_s.arg(teamDomain)))
    , m_clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch())
{
    m_team.info = {{u"id"_s, id(u"team"_s)},
                   {u"name"_s, teamName},
                   {u"domain"_s, teamDomain},
                   {u"privacyType"_s, u"PRIVATE"_s},
                   {u"active"_s, true},
                   {u"visible"_s, true},
                   {u"memberLimit"_s, 250},
                   {u"analystLimit"_s, 50},
                   {u"trackingEnabled"_s, false},
                   {u"permissionsManagementMode"_s, u"STANDARD"_s},
                   {u"dataConsumptionStage"_s, u"GREEN"_s}};
    m_team.keys = standardKeys(m_team.info);
    m_team.oauthClients = standardClients(m_team.info);
    m_creatorId = m_team.keys.constFirst().identity.value(u"id").toString();
}

QString TeamSeeder::id(const QString &path) const
{
    return QUuid::createUuidV5(m_namespace, path).toString(QUuid::WithoutBraces);
}

qint64 TeamSeeder::tick()
{
    m_clock += 97 * 60 * 1000; // about an hour and a half between two changes
    return m_clock;
}

QString TeamSeeder::space(const QString &name, const QString &icon)
{
    const QString spaceId = id(u"space/"_s + name);
    const qint64 created = tick();
    m_team.spaces.insert({{u"id"_s, spaceId},
                          {u"name"_s, name},
                          {u"description"_s, QJsonValue::Null},
                          {u"iconReference"_s, icon},
                          {u"objectId"_s, spaceId},
                          {u"creationDate"_s, created},
                          {u"changeDate"_s, created},
                          {u"createdBy"_s, m_creatorId},
                          {u"resourcePath"_s, u"/spaces/"_s + spaceId},
                          {u"dataModels"_s, QJsonArray()}});
    return spaceId;
}

QJsonObject TeamSeeder::package(const QString &spaceId, const QString &name, const QString &key)
{
    const QString nodeId = id(u"node/"_s + key);
    const qint64 created = tick();
    const QJsonObject node{{u"id"_s, nodeId},
                           {u"key"_s, key},
                           {u"name"_s, name},
                           {u"nodeType"_s, u"PACKAGE"_s},
                           {u"assetType"_s, QJsonValue::Null},
                           {u"spaceId"_s, spaceId},
                           {u"rootNodeId"_s, nodeId},
                           {u"rootNodeKey"_s, key},
                           {u"parentNodeId"_s, QJsonValue::Null},
                           {u"parentNodeKey"_s, QJsonValue::Null},
                           {u"objectId"_s, nodeId},
                           {u"workingDraftId"_s, id(u"draft/"_s + key)},
                           {u"activatedDraftId"_s, id(u"active/"_s + key)},
                           {u"changeDate"_s, created},
                           {u"creationDate"_s, created},
                           {u"createdById"_s, m_creatorId},
                           {u"updatedBy"_s, m_creatorId},
                           {u"serializedContent"_s, u"variables: []\ndependencies: []\n"_s},
                           {u"serializationType"_s, u"YAML"_s},
                           {u"schemaVersion"_s, 2},
                           {u"version"_s, u"1.0.0"_s},
                           {u"root"_s, true},
                           {u"folder"_s, false},
                           {u"asset"_s, false},
                           {u"invalidContent"_s, false}};
    m_team.nodes.insert(node);
    return node;
}

QJsonObject TeamSeeder::child(const QJsonObject &parent, const QString &name,
                              const QString &nodeType, const QString &assetType)
{
    const QString rootKey = parent.value(u"rootNodeKey").toString();
    const QString parentKey = parent.value(u"key").toString();
    QString key = name.toLower();
    for (QChar &c : key) {
        if (!c.isLetterOrNumber())
            c = u'-';
    }
    key = parentKey + u'-' + key;
    const QString nodeId = id(u"node/"_s + rootKey + u'/' + key);
    const qint64 created = tick();
    const bool asset = nodeType == u"ASSET";
    // Copying a prototype and replacing values is much cheaper than building the object
    // key by key, which matters for the big team's 100,000 nodes.
    if (m_childPrototype.isEmpty()) {
        m_childPrototype = QJsonObject{{u"id"_s, {}},
                                       {u"key"_s, {}},
                                       {u"name"_s, {}},
                                       {u"nodeType"_s, {}},
                                       {u"assetType"_s, {}},
                                       {u"spaceId"_s, {}},
                                       {u"rootNodeId"_s, {}},
                                       {u"rootNodeKey"_s, {}},
                                       {u"parentNodeId"_s, {}},
                                       {u"parentNodeKey"_s, {}},
                                       {u"objectId"_s, {}},
                                       {u"changeDate"_s, {}},
                                       {u"creationDate"_s, {}},
                                       {u"createdById"_s, m_creatorId},
                                       {u"updatedBy"_s, m_creatorId},
                                       {u"root"_s, false},
                                       {u"folder"_s, false},
                                       {u"asset"_s, false},
                                       {u"invalidContent"_s, false},
                                       {u"publicAvailable"_s, false},
                                       {u"showInViewerMode"_s, false},
                                       {u"serializedContent"_s, {}},
                                       {u"serializationType"_s, {}},
                                       {u"schemaVersion"_s, {}}};
    }
    QJsonObject node = m_childPrototype;
    node[u"id"] = nodeId;
    node[u"key"] = key;
    node[u"name"] = name;
    node[u"nodeType"] = nodeType;
    node[u"spaceId"] = parent.value(u"spaceId");
    node[u"rootNodeId"] = parent.value(u"rootNodeId");
    node[u"rootNodeKey"] = rootKey;
    node[u"parentNodeId"] = parent.value(u"id");
    node[u"parentNodeKey"] = parentKey;
    node[u"objectId"] = nodeId;
    node[u"changeDate"] = created;
    node[u"creationDate"] = created;
    node[u"folder"] = nodeType == u"FOLDER";
    if (asset) {
        node[u"assetType"] = assetType;
        node[u"asset"] = true;
        node[u"showInViewerMode"] = true;
        node[u"serializedContent"] = u"kind: %1\nmetadata:\n  key: %2\n"_s.arg(assetType, key);
        node[u"serializationType"] = u"YAML"_s;
        node[u"schemaVersion"] = 2;
    }
    m_team.nodes.insert(node);
    return node;
}

QString TeamSeeder::pool(const QString &name, const QString &status)
{
    const QString poolId = id(u"pool/"_s + name);
    m_team.pools.insert({{u"id"_s, poolId},
                         {u"name"_s, name},
                         {u"description"_s, QJsonValue::Null},
                         {u"timeStamp"_s, tick()},
                         {u"configurationStatus"_s, status},
                         {u"locked"_s, false},
                         {u"contentId"_s, QJsonValue::Null},
                         {u"contentVersion"_s, 0},
                         {u"tags"_s, QJsonArray()},
                         {u"originalId"_s, QJsonValue::Null},
                         {u"monitoringTarget"_s, false},
                         {u"exported"_s, false},
                         {u"creatorUserId"_s, m_creatorId},
                         {u"objectId"_s, poolId}});
    return poolId;
}

QString TeamSeeder::dataModel(const QString &poolId, const QString &name, int eventLogs)
{
    const QString modelId = id(u"model/"_s + poolId + u'/' + name);
    const qint64 created = tick();
    m_team.dataModels.insert({{u"id"_s, modelId},
                              {u"name"_s, name},
                              {u"description"_s, QJsonValue::Null},
                              {u"poolId"_s, poolId},
                              {u"createDate"_s, created},
                              {u"changedDate"_s, created},
                              {u"configurationSkipped"_s, false},
                              {u"unavailable"_s, false},
                              {u"editable"_s, true},
                              {u"creatorUserId"_s, m_creatorId},
                              {u"tables"_s, QJsonArray()},
                              {u"foreignKeys"_s, QJsonArray()},
                              {u"dataModelCalendarType"_s, u"NONE"_s},
                              {u"eventlogAutomergeEnabled"_s, false},
                              {u"eventLogCount"_s, eventLogs},
                              {u"objectId"_s, modelId}});
    return modelId;
}

QString TeamSeeder::workspace(const QString &name, const QString &dataModelId)
{
    const QString workspaceId = id(u"workspace/"_s + name);
    m_team.workspaces.insert({{u"id"_s, workspaceId},
                              {u"name"_s, name},
                              {u"description"_s, QJsonValue::Null},
                              {u"dataModelId"_s, dataModelId},
                              {u"createDate"_s, tick()},
                              {u"objectId"_s, workspaceId}});
    return workspaceId;
}

void TeamSeeder::analysis(const QString &workspaceId, const QString &name)
{
    const QString analysisId = id(u"analysis/"_s + workspaceId + u'/' + name);
    const qint64 created = tick();
    m_team.analyses.insert({{u"id"_s, analysisId},
                            {u"tenantId"_s, QJsonValue::Null},
                            {u"name"_s, name},
                            {u"description"_s, QJsonValue::Null},
                            {u"deleted"_s, false},
                            {u"transportId"_s, QJsonValue::Null},
                            {u"lastPublishedDraftId"_s, id(u"published/"_s + analysisId)},
                            {u"autoSaveId"_s, id(u"autosave/"_s + analysisId)},
                            {u"processId"_s, workspaceId},
                            {u"createDate"_s, created},
                            {u"favourite"_s, false},
                            {u"contentId"_s, QJsonValue::Null},
                            {u"contentVersion"_s, 0},
                            {u"tags"_s, QJsonArray()},
                            {u"applicationId"_s, QString()},
                            {u"publicLink"_s, false},
                            {u"lastPublishedDate"_s, created + 3600 * 1000},
                            {u"lastPublishedUser"_s, u"Ada"_s},
                            {u"objectId"_s, analysisId},
                            {u"publishedDraftId"_s, id(u"published/"_s + analysisId)},
                            {u"folderId"_s, analysisId},
                            {u"parentObjectId"_s, workspaceId}});
}

Team TeamSeeder::demo()
{
    TeamSeeder s(u"demo"_s, u"Lovelace Werke GmbH"_s);
    const QString asset = u"ASSET"_s;
    const QString folder = u"FOLDER"_s;

    const QString procurement = s.space(u"Procurement"_s, u"shopping-cart"_s);
    QJsonObject app = s.package(procurement, u"Procurement App"_s, u"procurement-app"_s);
    QJsonObject analyses = s.child(app, u"Analyses"_s, folder);
    s.child(analyses, u"Purchase-to-Pay Overview"_s, asset, u"ANALYSIS"_s);
    s.child(analyses, u"On-Time Delivery (OTD)"_s, asset, u"ANALYSIS"_s);
    QJsonObject views = s.child(app, u"Views"_s, folder);
    s.child(views, u"Buyer Cockpit"_s, asset, u"BOARD_V2"_s);
    s.child(views, u"Maverick Buying"_s, asset, u"BOARD"_s);
    s.child(app, u"P2P Knowledge Model"_s, asset, u"SEMANTIC_MODEL"_s);
    s.child(app, u"Expedite Late Orders"_s, asset, u"SKILL"_s);
    s.child(app, u"Duplicate Invoice Alert"_s, asset, u"SCENARIO"_s);
    s.child(app, u"Supplier Lead-Time Simulation"_s, asset, u"simulation-asset"_s);
    s.child(app, u"logo.png"_s, u"IMAGE"_s);
    QJsonObject risk = s.package(procurement, u"Supplier Risk"_s, u"supplier-risk"_s);
    s.child(risk, u"Supplier Scorecard"_s, asset, u"ANALYSIS"_s);
    s.child(risk, u"Supplier Knowledge Model"_s, asset, u"SEMANTIC_MODEL"_s);
    s.child(risk, u"Risk Heatmap"_s, asset, u"BOARD_V2"_s);

    const QString o2c = s.space(u"Order-to-Cash"_s, u"truck"_s);
    QJsonObject kit = s.package(o2c, u"O2C Starter Kit"_s, u"o2c-starter-kit"_s);
    QJsonObject dashboards = s.child(kit, u"Dashboards"_s, folder);
    s.child(dashboards, u"Order Management Cockpit"_s, asset, u"BOARD_V2"_s);
    s.child(dashboards, u"Credit Block Monitor"_s, asset, u"BOARD_V2"_s);
    s.child(kit, u"Order-to-Cash Process Explorer"_s, asset, u"ANALYSIS"_s);
    s.child(kit, u"O2C Knowledge Model"_s, asset, u"SEMANTIC_MODEL"_s);
    s.child(kit, u"Notify Customer on Delay"_s, asset, u"SCENARIO"_s);
    QJsonObject ar = s.package(o2c, u"Accounts Receivable"_s, u"accounts-receivable"_s);
    s.child(ar, u"Days Sales Outstanding"_s, asset, u"ANALYSIS"_s);
    s.child(ar, u"Dunning Assistant"_s, asset, u"SKILL"_s);

    const QString finance = s.space(u"Finance"_s, u"coins"_s);
    QJsonObject ap = s.package(finance, u"Accounts Payable"_s, u"accounts-payable"_s);
    QJsonObject reports = s.child(ap, u"Reports"_s, folder);
    QJsonObject monthly = s.child(reports, u"Monthly"_s, folder);
    s.child(monthly, u"Cash Discount Report"_s, asset, u"ANALYSIS"_s);
    s.child(ap, u"AP Knowledge Model"_s, asset, u"SEMANTIC_MODEL"_s);
    s.child(ap, u"Payment Term Harmonisation"_s, asset, u"BOARD"_s);

    const QString production = s.space(u"Qualität & Produktion"_s, u"factory"_s);
    QJsonObject plant
            = s.package(production, u"Werksanalyse München"_s, u"werksanalyse-muenchen"_s);
    s.child(plant, u"Durchlaufzeit Fertigungsaufträge"_s, asset, u"ANALYSIS"_s);
    s.child(plant, u"Ausschuss-Übersicht"_s, asset, u"BOARD_V2"_s);
    s.child(plant, u"Kapazitätsplanung Linie 3"_s, asset, u"simulation-asset"_s);

    s.space(u"Sandbox – Ideas"_s, u"lightbulb"_s);

    // What the member key may do, object by object: Procurement is shared to edit, but one
    // of its packages only to list; Finance is shared read-only; the rest it does not see.
    using Level = AccessPolicy::Level;
    const QString member = u"member"_s;
    s.m_team.shares[procurement].insert(member, Level::Edit);
    s.m_team.shares[risk.value(u"id").toString()].insert(member, Level::List);
    s.m_team.shares[finance].insert(member, Level::Use);

    const QString sap = s.pool(u"SAP ECC – Procurement"_s, u"CONFIGURED"_s);
    const QString p2pModel = s.dataModel(sap, u"P2P Data Model"_s, 1);
    s.m_team.shares[sap].insert(member, Level::Use);
    s.dataModel(sap, u"P2P Data Model (Test)"_s, 1);
    const QString salesforce = s.pool(u"Salesforce Order-to-Cash"_s, u"CONFIGURED"_s);
    const QString o2cModel = s.dataModel(salesforce, u"O2C Data Model"_s, 2);
    const QString oracle = s.pool(u"Oracle Financials"_s, u"OPTIONS_CONFIGURED"_s);
    s.dataModel(oracle, u"AP Data Model"_s, 1);
    s.dataModel(oracle, u"AR Data Model"_s, 1);
    const QString mes = s.pool(u"Werk München – MES"_s, u"DATA_SOURCES_CONFIGURED"_s);
    s.dataModel(mes, u"Fertigungsaufträge"_s, 1);
    s.pool(u"New Pool"_s, u"NEW"_s);

    const QString p2p = s.workspace(u"Purchase-to-Pay (legacy)"_s, p2pModel);
    s.analysis(p2p, u"P2P Overview (legacy)"_s);
    s.analysis(p2p, u"Maverick Buying (legacy)"_s);
    s.analysis(p2p, u"OTD Prediction Binary - Technical App (OAF) - Copy"_s);
    const QString o2cWorkspace = s.workspace(u"Order-to-Cash (legacy)"_s, o2cModel);
    s.analysis(o2cWorkspace, u"O2C Overview (legacy)"_s);
    s.analysis(o2cWorkspace, u"Zahlungsverhalten Kunden"_s);
    return s.m_team;
}

Team TeamSeeder::big(const BigTeamSize &size)
{
    TeamSeeder s(u"big"_s, u"Big Sandbox Team"_s);
    QRandomGenerator random(size.randomSeed);
    static const QStringList subjects{
            u"Procurement"_s, u"Order"_s,    u"Invoice"_s,  u"Supplier"_s,   u"Customer"_s,
            u"Inventory"_s,   u"Payment"_s,  u"Delivery"_s, u"Production"_s, u"Quality"_s,
            u"Logistics"_s,   u"Contract"_s, u"Material"_s, u"Vendor"_s,     u"Lieferant"_s};
    static const QStringList aspects{u"Overview"_s,  u"Cockpit"_s,  u"Monitor"_s, u"Explorer"_s,
                                     u"Scorecard"_s, u"Analysis"_s, u"Report"_s,  u"Übersicht"_s,
                                     u"Alerts"_s,    u"Insights"_s};
    static const QStringList assetTypes{u"ANALYSIS"_s,        u"SEMANTIC_MODEL"_s, u"BOARD"_s,
                                        u"BOARD_V2"_s,        u"SCENARIO"_s,       u"SKILL"_s,
                                        u"simulation-asset"_s};
    const auto name = [&](int n) {
        return u"%1 %2 %3"_s
                .arg(subjects.at(random.bounded(int(subjects.size()))),
                     aspects.at(random.bounded(int(aspects.size()))))
                .arg(n);
    };

    for (int si = 0; si < size.spaces; ++si) {
        const QString spaceId = s.space(
                u"Space %1 – %2"_s.arg(si + 1).arg(subjects.at(si % subjects.size())), u"earth"_s);
        for (int pi = 0; pi < size.packagesPerSpace; ++pi) {
            const QJsonObject pkg
                    = s.package(spaceId, name(pi + 1), u"package-%1-%2"_s.arg(si + 1).arg(pi + 1));
            QJsonObject parent = pkg;
            for (int ni = 0; ni < size.nodesPerPackage; ++ni) {
                if (ni % 5 == 0) {
                    parent = s.child(pkg, u"Folder %1"_s.arg(ni / 5 + 1), u"FOLDER"_s);
                    continue;
                }
                s.child(parent, name(ni + 1), u"ASSET"_s,
                        assetTypes.at(random.bounded(int(assetTypes.size()))));
            }
        }
    }
    QStringList models;
    for (int pi = 0; pi < size.pools; ++pi) {
        const QString poolId
                = s.pool(u"Pool %1 – %2"_s.arg(pi + 1).arg(subjects.at(pi % subjects.size())),
                         u"CONFIGURED"_s);
        for (int mi = 0; mi < size.modelsPerPool; ++mi)
            models.append(s.dataModel(poolId, u"Data Model %1"_s.arg(mi + 1), 1));
    }
    for (int wi = 0; wi < size.workspaces; ++wi) {
        const QString workspaceId = s.workspace(u"Workspace %1"_s.arg(wi + 1), models.value(wi));
        for (int ai = 0; ai < size.analysesPerWorkspace; ++ai)
            s.analysis(workspaceId, name(ai + 1));
    }
    return s.m_team;
}

} // namespace ems::sandbox
