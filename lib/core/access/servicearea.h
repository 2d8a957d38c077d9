#pragma once

#include <QString>
#include <QStringList>

namespace ems {

// Which EMS service an API path belongs to, and the OAuth scopes a source says open it.
class ServiceArea
{
public:
    // package-manager, event-collection, process-analytics, team; empty when unknown.
    static QString serviceForPath(const QString &path);
    // Any one of these scopes opens the path for reading (write false) or writing, as
    // docs/endpoints.md sources them; empty when no source names a scope for it.
    static QStringList scopesForPath(const QString &path, bool write);
};

} // namespace ems
