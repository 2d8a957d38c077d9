#pragma once

#include "apikey.h"
#include "apireply.h"

#include <QRegularExpression>
#include <functional>

namespace ems::sandbox {

// One endpoint: a method, a path pattern whose groups are the handler's arguments, and
// the handler, called for an authenticated key.
struct ApiRoute
{
    using Handler = std::function<ApiReply(const ApiKey &key, const QStringList &args,
                                           const ApiRequest &request)>;

    QString method;
    QRegularExpression pattern;
    Handler handler;

    // Handlers of one object: route(u"GET"_s, pattern, this, &Class::handler).
    template<typename Owner>
    static ApiRoute make(const QString &method, const QString &pattern, Owner *owner,
                         ApiReply (Owner::*handler)(const ApiKey &, const QStringList &,
                                                    const ApiRequest &))
    {
        return {method, QRegularExpression(u'^' + pattern + u'$'),
                [owner, handler](const ApiKey &key, const QStringList &args,
                                 const ApiRequest &request) {
                    return (owner->*handler)(key, args, request);
                }};
    }
    // The pattern of one path segment that is an id or a key.
    static QString id() { return QStringLiteral("([0-9A-Za-z_.~-]+)"); }
};

} // namespace ems::sandbox
