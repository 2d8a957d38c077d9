#include "core/access/servicearea.h"

#include <QList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ems {

namespace {

struct PathArea
{
    QString prefix;
    QString service;
    QStringList readScopes, writeScopes;
};

const PathArea *areaOf(const QString &path)
{
    static const QList<PathArea> areas{
            // content-cli, docs/user-guide/data-model-migration-commands.md: staging nodes
            // are written with package-manager; nothing says what reading them needs.
            {u"/pacman/"_s, u"package-manager"_s, {}, {u"package-manager"_s}},
            {u"/package-manager/"_s, u"package-manager"_s, {}, {}},
            // Celonis's OAuth scopes page: integration.data-pools, and its read-only forms.
            {u"/integration/"_s,
             u"event-collection"_s,
             {u"integration.data-pools"_s, u"integration.data-pools:read"_s,
              u"integration.data-models:read"_s},
             {u"integration.data-pools"_s}},
            {u"/process-mining/"_s, u"process-analytics"_s, {}, {}},
            {u"/api/"_s, u"team"_s, {}, {}}};
    for (const PathArea &area : areas) {
        if (path.startsWith(area.prefix))
            return &area;
    }
    return nullptr;
}

} // namespace

QString ServiceArea::serviceForPath(const QString &path)
{
    const PathArea *area = areaOf(path);
    return area ? area->service : QString();
}

QStringList ServiceArea::scopesForPath(const QString &path, bool write)
{
    const PathArea *area = areaOf(path);
    if (!area)
        return {};
    return write ? area->writeScopes : area->readScopes;
}

QStringList ServiceArea::probablyMissing(const QString &path, bool write,
                                         const std::optional<QStringList> &granted)
{
    const QStringList opening = granted ? scopesForPath(path, write) : QStringList();
    const bool anyGranted
            = std::any_of(opening.cbegin(), opening.cend(),
                          [&granted](const QString &s) { return granted->contains(s); });
    return anyGranted ? QStringList() : opening;
}

} // namespace ems
