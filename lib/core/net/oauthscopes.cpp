#include "core/net/oauthscopes.h"

#include <bit>

using namespace Qt::StringLiterals;

namespace ems {

QStringList OAuthScopes::standard()
{
    return {u"studio"_s, u"package-manager"_s, u"integration.data-pools"_s,
            u"action-engine.projects"_s};
}

QStringList OAuthScopes::browseOnly()
{
    return {u"studio.packages:read"_s, u"integration.data-pools:read"_s,
            u"integration.data-models:read"_s};
}

QStringList OAuthScopes::requested(const QStringList &named)
{
    return named.isEmpty() ? standard() : named;
}

QList<QStringList> OAuthScopes::attempts(const QStringList &named)
{
    if (!named.isEmpty())
        return {named};
    const QStringList all = standard();
    const qsizetype n = all.size();
    QList<QStringList> result;
    for (qsizetype size = n; size > 0; --size) {
        // Descending masks, the first scope as the highest bit: lexicographic order.
        for (unsigned mask = (1u << n) - 1; mask > 0; --mask) {
            if (std::popcount(mask) != size)
                continue;
            QStringList set;
            for (qsizetype i = 0; i < n; ++i) {
                if (mask & (1u << (n - 1 - i)))
                    set.append(all.at(i));
            }
            result.append(set);
        }
    }
    return result;
}

QList<QStringList> OAuthScopes::deviceAttempts(const QStringList &named)
{
    if (!named.isEmpty())
        return {named};
    QStringList narrower = standard();
    narrower.removeAll(u"action-engine.projects"_s);
    return {standard(), narrower};
}

} // namespace ems
