#pragma once

#include "apireply.h"
#include "team.h"

#include <QCoreApplication>

namespace ems::sandbox {

// How the sandbox's OAuth endpoints read and write the wire: form bodies, RFC 6749 error
// answers, the HTML of the sign-in pages, random tokens and codes, PKCE S256.
class OAuthWire
{
public:
    static QString token(int bytes = 32); // random, base64url
    static QString userCode(); // a device code a person types: "BCDF-GHJK"
    // application/x-www-form-urlencoded: '+' is a space, which QUrlQuery does not know.
    static QUrlQuery form(const QByteArray &body);
    static QString field(const QUrlQuery &form, const QString &name);
    static ApiReply error(int status, const QString &code, const QString &description);
    static ApiReply page(const QString &title, const QString &body, int status = 200);
    static QString hidden(const QString &name, const QString &value);
    // The people a public client can sign in (the team's user keys), and Allow / Deny.
    static QString personChoice(const Team &team);
    // RFC 8252 §7.3: public clients receive codes on a loopback address only.
    static bool isLoopbackRedirect(const QString &uri);
    static QString s256(const QString &verifier);
};

} // namespace ems::sandbox
