#include "core/tree/resourcelabels.h"

#include "core/tree/treenode.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace ems {

namespace { } // namespace

QString ResourceLabels::typeLabel(Resource::Kind kind, const QString &assetType)
{
    if (kind == Resource::Kind::Asset) {
        static const QHash<QString, QString> labels{{u"ANALYSIS"_s, tr("Analysis")},
                                                    {u"SEMANTIC_MODEL"_s, tr("Knowledge model")},
                                                    {u"BOARD"_s, tr("View (legacy)")},
                                                    {u"BOARD_V2"_s, tr("View")},
                                                    {u"SCENARIO"_s, tr("Action flow")},
                                                    {u"SKILL"_s, tr("Skill")},
                                                    {u"simulation-asset"_s, tr("Simulation")},
                                                    {TreeNode::imageType, tr("Image")}};
        return labels.value(assetType, assetType.isEmpty() ? tr("Asset") : assetType);
    }
    switch (kind) {
    case Resource::Kind::Space:
        return tr("Space");
    case Resource::Kind::Package:
        return tr("Package");
    case Resource::Kind::Folder:
        return tr("Folder");
    case Resource::Kind::DataPool:
        return tr("Data pool");
    case Resource::Kind::DataModel:
        return tr("Data model");
    case Resource::Kind::Workspace:
        return tr("Workspace");
    case Resource::Kind::Analysis:
        return tr("Analysis (legacy)");
    case Resource::Kind::Asset:
        break;
    }
    return {};
}

QString ResourceLabels::iconName(Resource::Kind kind, const QString &assetType)
{
    if (kind == Resource::Kind::Asset) {
        static const QHash<QString, QString> icons{
                {u"ANALYSIS"_s, u"asset-analysis"_s},
                {u"SEMANTIC_MODEL"_s, u"asset-knowledge-model"_s},
                {u"BOARD"_s, u"asset-view"_s},
                {u"BOARD_V2"_s, u"asset-view"_s},
                {u"SCENARIO"_s, u"asset-action-flow"_s},
                {u"SKILL"_s, u"asset-skill"_s},
                {u"simulation-asset"_s, u"asset-simulation"_s},
                {TreeNode::imageType, u"asset-image"_s}};
        return icons.value(assetType, u"asset"_s);
    }
    static const QStringList names{u"space"_s,     u"package"_s,        u"folder"_s,
                                   u"asset"_s,     u"data-pool"_s,      u"data-model"_s,
                                   u"workspace"_s, u"analysis-legacy"_s};
    return names.at(int(kind));
}

QString ResourceLabels::missingEditPermission(Resource::Family family)
{
    return tr("Read-only: your key lacks the permission %1 on this object.")
            .arg(Resource::editPermission(family));
}

QString ResourceLabels::readOnlyReason(const Resource &resource)
{
    if (!resource.isWritable())
        return resource.writeRefusal();
    return resource.missingEditPermission().isEmpty() ? QString()
                                                      : missingEditPermission(resource.family);
}

} // namespace ems
