#include "core/tree/treebuilder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ems;

// The flat-list-to-tree builder on its own: no server, no model.
class TestTreeBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spaceContentHangsUnderItsParents();
    void packageContentIsThePackagesChildren();
    void flatListsAreSortedByName();
    void cyclesAreCutAndOrphansKept();
    void deepChainsNeedNoRecursion();
    void assetTypesAreShared();
    void mergeKeepsRowsAndWrittenNames();
    void aPoolSharedSinceLoadsAnew();
};

namespace {

Resource node(const QString &id, const QString &type, const QString &parent, const QString &rootKey,
              const QString &assetType = {})
{
    QJsonObject json{{u"id"_s, id},
                     {u"key"_s, id},
                     {u"name"_s, id},
                     {u"nodeType"_s, type},
                     {u"spaceId"_s, u"space"_s},
                     {u"rootNodeKey"_s, rootKey},
                     {u"parentNodeId"_s, parent}};
    if (!assetType.isEmpty())
        json.insert(u"assetType"_s, assetType);
    QString problem;
    return *Resource::fromJson(Resource::Family::Node, json, &problem);
}

std::unique_ptr<TreeNode> parentOf(Resource::Kind kind, const QString &id = {})
{
    auto parent = std::make_unique<TreeNode>();
    parent->type = TreeNode::Type::Resource;
    parent->kind = kind;
    parent->id = id;
    return parent;
}

// Merge actions that change the tree directly, noting the names of changed rows.
TreeBuilder::MergeActions applying(QStringList *changed = nullptr)
{
    return {[changed](TreeNode *n) {
                if (changed)
                    changed->append(n->name);
            },
            [](TreeNode *parent, std::vector<std::unique_ptr<TreeNode>> nodes) {
                for (auto &n : nodes) {
                    n->parent = parent;
                    parent->children.push_back(std::move(n));
                }
            },
            [](TreeNode *parent, int row) {
                parent->children.erase(parent->children.begin() + row);
            }};
}

QStringList names(const std::vector<std::unique_ptr<TreeNode>> &nodes)
{
    QStringList result;
    for (const auto &n : nodes)
        result.append(n->name);
    return result;
}

} // namespace

void TestTreeBuilder::spaceContentHangsUnderItsParents()
{
    TreeBuilder builder;
    const auto top = builder.build(*parentOf(Resource::Kind::Space),
                                   {node(u"asset"_s, u"ASSET"_s, u"folder"_s, u"pkg"_s, u"SKILL"_s),
                                    node(u"pkg"_s, u"PACKAGE"_s, {}, u"pkg"_s),
                                    node(u"b-view"_s, u"ASSET"_s, u"gone"_s, u"pkg"_s, u"BOARD"_s),
                                    node(u"folder"_s, u"FOLDER"_s, u"pkg"_s, u"pkg"_s)});
    QCOMPARE(names(top), QStringList{u"pkg"_s});
    const TreeNode &package = *top.front();
    QCOMPARE(names(package.children), QStringList({u"folder"_s, u"b-view"_s})); // folders first
    QVERIFY(!package.children.back()->misplaced); // its package took it in
    QCOMPARE(names(package.children.front()->children), QStringList{u"asset"_s});
    QCOMPARE(package.children.front()->children.front()->parent, package.children.front().get());
    QCOMPARE(package.children.back()->row, 1);
}

void TestTreeBuilder::packageContentIsThePackagesChildren()
{
    TreeBuilder builder;
    const auto rows = builder.build(*parentOf(Resource::Kind::Package, u"pkg"_s),
                                    {node(u"pkg"_s, u"PACKAGE"_s, {}, u"pkg"_s),
                                     node(u"folder"_s, u"FOLDER"_s, u"pkg"_s, u"pkg"_s)});
    QCOMPARE(names(rows), QStringList{u"folder"_s});
}

void TestTreeBuilder::flatListsAreSortedByName()
{
    TreeBuilder builder;
    QList<Resource> pools;
    for (const QString &name : {u"beta"_s, u"Alpha"_s, u"gamma"_s}) {
        QString problem;
        pools.append(*Resource::fromJson(Resource::Family::DataPool,
                                         QJsonObject{{u"id"_s, name}, {u"name"_s, name}},
                                         &problem));
    }
    TreeNode group;
    group.type = TreeNode::Type::Group;
    group.family = Resource::Family::DataPool;
    const auto rows = builder.build(group, pools);
    QCOMPARE(names(rows), QStringList({u"Alpha"_s, u"beta"_s, u"gamma"_s}));
    QCOMPARE(rows.back()->row, 2);
}

void TestTreeBuilder::cyclesAreCutAndOrphansKept()
{
    TreeBuilder builder;
    const auto top = builder.build(*parentOf(Resource::Kind::Space),
                                   {node(u"a"_s, u"FOLDER"_s, u"b"_s, u"none"_s),
                                    node(u"b"_s, u"FOLDER"_s, u"c"_s, u"none"_s),
                                    node(u"c"_s, u"FOLDER"_s, u"a"_s, u"none"_s),
                                    node(u"orphan"_s, u"FOLDER"_s, u"gone"_s, u"none"_s)});
    QCOMPARE(top.size(), size_t(2)); // the cycle, cut once, and the orphan
    int inCycle = 0;
    for (const auto &n : top) {
        QVERIFY(n->misplaced);
        forEachInSubtree(n.get(), [&inCycle](TreeNode *) { ++inCycle; });
    }
    QCOMPARE(inCycle, 4); // nothing lost
}

void TestTreeBuilder::deepChainsNeedNoRecursion()
{
    constexpr int depth = 200000;
    QList<Resource> chain{node(u"pkg"_s, u"PACKAGE"_s, {}, u"pkg"_s)};
    for (int i = 0; i < depth; ++i) {
        chain.append(
                node(u"f%1"_s.arg(i), u"FOLDER"_s, i ? u"f%1"_s.arg(i - 1) : u"pkg"_s, u"pkg"_s));
    }
    TreeBuilder builder;
    auto top = builder.build(*parentOf(Resource::Kind::Space), chain);
    int deepest = 0;
    forEachInSubtree(top.front().get(), [&deepest](TreeNode *) { ++deepest; });
    QCOMPARE(deepest, depth + 1);
    top.clear(); // freed without recursion too
}

void TestTreeBuilder::assetTypesAreShared()
{
    TreeBuilder builder;
    const auto top = builder.build(*parentOf(Resource::Kind::Package, u"pkg"_s),
                                   {node(u"a"_s, u"ASSET"_s, u"pkg"_s, u"pkg"_s, u"ANALYSIS"_s),
                                    node(u"b"_s, u"ASSET"_s, u"pkg"_s, u"pkg"_s, u"ANALYSIS"_s),
                                    node(u"img"_s, u"IMAGE"_s, u"pkg"_s, u"pkg"_s)});
    QCOMPARE(top.size(), size_t(3));
    QCOMPARE(top[0]->assetType.constData(), top[1]->assetType.constData());
    QCOMPARE(top[2]->assetType, TreeNode::imageType);
}

QTEST_GUILESS_MAIN(TestTreeBuilder)
void TestTreeBuilder::mergeKeepsRowsAndWrittenNames()
{
    TreeBuilder builder;
    auto space = parentOf(Resource::Kind::Space, u"space"_s);
    const auto listing = [&](const QList<Resource> &nodes) {
        return builder.build(*space, nodes);
    };
    QStringList changed;
    const TreeBuilder::MergeActions actions = applying(&changed);
    TreeBuilder::merge(
            space.get(),
            listing({node(u"a"_s, u"PACKAGE"_s, {}, u"a"_s), node(u"b"_s, u"PACKAGE"_s, {}, u"b"_s),
                     node(u"c"_s, u"PACKAGE"_s, {}, u"c"_s)}),
            1, actions);
    QCOMPARE(names(space->children), QStringList({u"a"_s, u"b"_s, u"c"_s}));
    const TreeNode *kept = space->children[0].get();
    space->children[1]->writtenAt = 5; // b was renamed after the next listing was sent

    Resource renamedA = node(u"a"_s, u"PACKAGE"_s, {}, u"a"_s);
    renamedA.name = u"A2"_s;
    Resource staleB = node(u"b"_s, u"PACKAGE"_s, {}, u"b"_s);
    staleB.name = u"old b"_s;
    TreeBuilder::merge(space.get(),
                       listing({renamedA, staleB, node(u"d"_s, u"PACKAGE"_s, {}, u"d"_s)}), 4,
                       actions);
    QCOMPARE(names(space->children), QStringList({u"A2"_s, u"b"_s, u"d"_s})); // c went
    QCOMPARE(space->children[0].get(), kept); // the same row, renamed in place
    QCOMPARE(changed, QStringList{u"A2"_s});
}

// A pool listed with no permissions is closed: nothing to load, a placeholder below it. Once
// shared, a refresh opens it: the placeholder goes and its data models load on expansion.
void TestTreeBuilder::aPoolSharedSinceLoadsAnew()
{
    TreeBuilder builder;
    auto group = std::make_unique<TreeNode>();
    group->type = TreeNode::Type::Group;
    group->family = Resource::Family::DataPool;
    const auto pool = [](const QJsonArray &permissions) {
        QString problem;
        return *Resource::fromJson(Resource::Family::DataPool,
                                   QJsonObject{{u"id"_s, u"p"_s},
                                               {u"name"_s, u"Pool"_s},
                                               {u"permissions"_s, permissions}},
                                   &problem);
    };
    const TreeBuilder::MergeActions actions = applying();
    TreeBuilder::merge(group.get(), builder.build(*group, {pool(QJsonArray())}), 1, actions);
    TreeNode *closed = group->children.at(0).get();
    QVERIFY(closed->closed);
    QCOMPARE(closed->state, TreeNode::LoadState::Loaded);
    closed->children.push_back(TreeNode::placeholder(TreeNode::Type::Empty, u"Closed to you"_s));

    TreeBuilder::merge(group.get(), builder.build(*group, {pool(QJsonArray{u"USE_DATA_POOL"_s})}),
                       2, actions);
    QCOMPARE(group->children.at(0).get(), closed); // the same row
    QVERIFY(!closed->closed);
    QCOMPARE(closed->state, TreeNode::LoadState::NotLoaded);
    QVERIFY(closed->children.empty());
}

#include "tst_treebuilder.moc"
