#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace ems {

// One EMS object: the fields the tree and the property pane need, decoded and checked,
// plus the raw JSON as the server sent it (unknown fields included) for the full-object PUT.
struct Resource
{
    Q_DECLARE_TR_FUNCTIONS(Resource)

public:
    // How it was listed; decides the endpoints and which fields must be there.
    enum class Family { Space, Node, DataPool, DataModel, Workspace, Analysis };
    enum class Kind { Space, Package, Folder, Asset, DataPool, DataModel, Workspace, Analysis };

    Family family = Family::Space;
    Kind kind = Kind::Space;
    QString id;
    QString name;
    QString key; // nodes: their key; packages are addressed by it
    QString nodeType; // nodes: PACKAGE, FOLDER, ASSET, IMAGE, ...
    QString assetType; // assets: ANALYSIS, SEMANTIC_MODEL, BOARD_V2, ...
    QString parentId; // the direct parent: space, package/folder, pool or workspace
    QString spaceId; // nodes: their space
    QString rootKey; // nodes: key of their package
    qint64 changeStamp = 0; // changeDate, changedDate or timeStamp; 0 when the kind has none
    QStringList permissions;
    QJsonObject raw;

    // Decodes one object; wrong types give nullopt and a message, never a half object.
    static std::optional<Resource> fromJson(Family family, const QJsonValue &value,
                                            QString *errorMessage);
    static QString changeStampField(Family family);
    static QString familyName(Family family);

    // The object's own URL paths. They differ for legacy analyses: PyCelonis 1.x reads them
    // from /process-mining/analysis/v1.2/api/ and writes them to /process-mining/api/.
    QString readPath() const;
    QString writePath() const;
    // Studio nodes: their staging node, which is written (content-cli 1.15's node-api.js:
    // /pacman/api/core/staging/packages/{packageKey}/nodes/{nodeKey}); else empty.
    QString stagingPath() const;
    // Whether the EMS API takes a changed name (and description) of this object, as the
    // sources show: spaces, data pools, data models and legacy analyses (PyCelonis), every
    // Studio node, packages included, through its staging node (content-cli 1.15); not
    // workspaces.
    bool isWritable() const;
    // Why not, in words, with where to do it instead; empty when it is writable.
    QString writeRefusal() const;
    // The object permission of a verb (USE, EDIT, DELETE) on a family: EDIT_SPACE,
    // USE_PACKAGE, DELETE_DATA_POOL, ...; a space's own use is just USE.
    static QString objectPermission(Family family, QStringView verb);
    // The object permission reading it needs: USE (spaces), USE_PACKAGE, USE_DATA_POOL, ...
    static QString viewPermission(Family family);
    // Listed with an empty "permissions" array: the key may see that it exists, nothing more.
    bool isClosed() const { return raw.contains(u"permissions") && permissions.isEmpty(); }
    // The object permission a PUT needs: EDIT_SPACE, EDIT_PACKAGE, EDIT_DATA_POOL, ...
    static QString editPermission(Family family);
    // Empty when the key may edit this object (or the object does not say); else the
    // permission it lacks.
    QString missingEditPermission() const;
    // The fields people edit: the name, and the description where the object has one.
    QStringList editableFields() const;
    // What an edit is compared against: this object's name and change timestamp only,
    // for a row of the tree that never had the full JSON.
    static Resource seen(Family family, Kind kind, const QString &id, const QString &parentId,
                         const QString &name, qint64 changeStamp);
    bool operator==(const Resource &other) const = default;
};

} // namespace ems
