#include "core/access/servicearea.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace ems {

namespace {

struct PathArea
{
    QString prefix;
    QString service;
    QString scope;
};

const PathArea *areaOf(const QString &path)
{
    static const QList<PathArea> areas{
            {u"/package-manager/"_s, u"package-manager"_s, u"package-manager"_s},
            {u"/integration/"_s, u"event-collection"_s, u"integration.data-pools"_s},
            {u"/process-mining/"_s, u"process-analytics"_s, u"studio"_s},
            {u"/api/"_s, u"team"_s, {}}};
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

QString ServiceArea::scopeForPath(const QString &path)
{
    const PathArea *area = areaOf(path);
    return area ? area->scope : QString();
}

} // namespace ems
