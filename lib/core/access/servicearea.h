#pragma once

#include <QString>
#include <QStringList>
#include <optional>

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
    // The scopes that would open the path when the token was granted none of them: a
    // probable cause of a refusal, never a certain one. Empty when the granted scopes are
    // not known, no source names the path's scopes, or one of them was granted.
    static QStringList probablyMissing(const QString &path, bool write,
                                       const std::optional<QStringList> &granted);
};

} // namespace ems
