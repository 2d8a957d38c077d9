#include "oauthwire.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ems::sandbox {

QString OAuthWire::token(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString OAuthWire::userCode()
{
    static const QString letters = u"BCDFGHJKLMNPQRSTVWXZ"_s; // no vowels, no look-alikes
    QString code;
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            code += u'-';
        code += letters.at(QRandomGenerator::system()->bounded(int(letters.size())));
    }
    return code;
}

// application/x-www-form-urlencoded: '+' is a space, which QUrlQuery does not know.
QUrlQuery OAuthWire::form(const QByteArray &body)
{
    QByteArray text = body;
    text.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(text));
}

QString OAuthWire::field(const QUrlQuery &form, const QString &name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded);
}

// RFC 6749 §5.2.
ApiReply OAuthWire::error(int status, const QString &code, const QString &description)
{
    ApiReply reply = ApiReply::json(
            QJsonObject{{u"error"_s, code}, {u"error_description"_s, description}}, status);
    reply.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    if (status == 401) {
        reply.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                              QByteArrayLiteral("Basic realm=\"ems-sandbox\"")});
    }
    return reply;
}

ApiReply OAuthWire::page(const QString &title, const QString &body, int status)
{
    ApiReply reply;
    reply.status = status;
    reply.contentType = "text/html;charset=utf-8";
    reply.body = u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                 "<body><h1>%1</h1>%2</body></html>"_s.arg(title.toHtmlEscaped(), body)
                         .toUtf8();
    return reply;
}

QString OAuthWire::hidden(const QString &name, const QString &value)
{
    return u"<input type=\"hidden\" name=\"%1\" value=\"%2\">"_s.arg(name, value.toHtmlEscaped());
}

// The people a public client can sign in: the team's user keys.
QString OAuthWire::personChoice(const Team &team)
{
    QString options;
    for (const ApiKey &key : team.keys) {
        if (key.type != ApiKey::Type::UserKey)
            continue;
        options += u"<option value=\"%1\">%2</option>"_s.arg(
                key.role.toHtmlEscaped(), key.identity.value(u"name").toString().toHtmlEscaped());
    }
    return u"<p><label>Sign in as <select name=\"user\">%1</select></label></p>"
           "<p><button name=\"decision\" value=\"allow\">Allow</button> "
           "<button name=\"decision\" value=\"deny\">Deny</button></p>"_s.arg(options);
}

// RFC 8252 §7.3: public clients receive codes on a loopback address only.
bool OAuthWire::isLoopbackRedirect(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"http")
        return false;
    const QString host = url.host();
    return host == u"localhost" || host == u"::1" || host.startsWith(u"127.");
}

QString OAuthWire::s256(const QString &verifier)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace ems::sandbox
