#pragma once

#include <QString>

namespace ems {

// Which EMS service an API path belongs to, and the OAuth scope it needs (ems-api.md §9.8).
class ServiceArea
{
public:
    // package-manager, event-collection, process-analytics, team; empty when unknown.
    static QString serviceForPath(const QString &path);
    // Empty when the path needs no scope.
    static QString scopeForPath(const QString &path);
};

} // namespace ems
