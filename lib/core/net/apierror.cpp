#include "core/net/apierror.h"

#include "core/access/servicearea.h"
#include "core/access/servicepermission.h"
#include "core/profiles/connectionsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ems {

ApiError ApiError::make(Kind kind, const QByteArray &method, const QUrl &url, const QString &detail,
                        int httpStatus)
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = httpStatus;
    error.method = method;
    error.url = url;
    error.detail = detail;
    return error;
}

void ApiError::addHint(const ConnectionFacts &facts)
{
    switch (kind) {
    case Kind::Unauthorized:
        if (facts.oauth) {
            hint = tr("The team refused a new access token too. Check that the OAuth client "
                      "still exists and may use this team.");
        } else if (facts.keyType != KeyType::Auto) {
            const bool app = facts.keyType == KeyType::AppKey;
            hint = tr("The key was refused as %1. Check the key; if it is %2, change the key "
                      "type of this connection.")
                           .arg(app ? tr("an application key (AppKey)") : tr("a user key (Bearer)"),
                                app ? tr("a user API key") : tr("an application key"));
        }
        break;
    case Kind::Forbidden:
        hint = forbiddenHint(facts);
        break;
    case Kind::Tls:
        hint = facts.sslSetupError.isEmpty()
                ? tr("If the team uses a private certificate authority, add its certificate as "
                     "the CA bundle of this connection.")
                : facts.sslSetupError;
        break;
    case Kind::Timeout:
        hint = tr("Increase the timeout of this connection if the team is slow.");
        break;
    case Kind::RateLimited:
        hint = tr("The team limits how fast requests may come; try again in a moment.");
        break;
    case Kind::Network:
        hint = tr("Check the team URL and your network or proxy settings.");
        break;
    default:
        break;
    }
}

QString ApiError::forbiddenHint(const ConnectionFacts &facts) const
{
    if (!missingScope.isEmpty())
        return tr("The team says the OAuth client lacks the scope %1.").arg(missingScope);
    const QStringList missing
            = ServiceArea::probablyMissing(url.path(), method != "GET", facts.grantedScopes);
    if (facts.oauth && !missing.isEmpty()) {
        return tr("Probably the OAuth client's scopes: it was not granted %1 (the team did not "
                  "say why it refused).")
                .arg(missing.join(tr(" or ")));
    }
    const QString service = ServiceArea::serviceForPath(url.path());
    if (service.isEmpty() || !facts.permissions)
        return tr("The key lacks a permission for this.");
    for (const ServicePermission &p : *facts.permissions) {
        if (p.serviceName != service)
            continue;
        if (p.permissions.isEmpty())
            break;
        return tr("The key's permissions in %1 (%2) do not allow this.")
                .arg(service, p.permissions.join(u", "_s));
    }
    return tr("The key has no team-wide permissions in the service %1: it reaches only what "
              "is shared with it. Ask the object's owner in Celonis to share it with you.")
            .arg(service);
}

QString ApiError::insufficientScope(const QByteArray &challenge)
{
    static const QRegularExpression refused(uR"re(\berror\s*=\s*"insufficient_scope")re"_s);
    static const QRegularExpression scope(uR"re((?:^|[\s,])scope\s*=\s*"([^"]{1,200})")re"_s);
    const QString text = QString::fromLatin1(challenge.left(1000));
    if (!text.trimmed().startsWith(u"Bearer ", Qt::CaseInsensitive)
        || !refused.match(text).hasMatch())
        return {};
    return scope.match(text).captured(1).simplified();
}

QString ApiError::title() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Unauthorized:
        return tr("Not authorized (401)");
    case Kind::Forbidden:
        return tr("Forbidden (403)");
    case Kind::NotFound:
        return tr("Not found (404)");
    case Kind::RateLimited:
        return tr("Rate limited (429)");
    case Kind::Server:
        return tr("Server error (%1)").arg(httpStatus);
    case Kind::Client:
        return tr("Request refused (%1)").arg(httpStatus);
    case Kind::Network:
        return tr("Network error");
    case Kind::Timeout:
        return tr("Timed out");
    case Kind::Tls:
        return tr("TLS error");
    case Kind::BadResponse:
        return tr("Unexpected response");
    case Kind::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString ApiError::message() const
{
    if (!isError())
        return {};
    QString text
            = u"%1: %2 -> %3"_s.arg(title(), QString::fromLatin1(method), url.toDisplayString());
    if (!detail.isEmpty()) {
        text += u". "_s + detail;
        if (!detail.endsWith(u'.') && !detail.endsWith(u'!') && !detail.endsWith(u'?'))
            text += u'.';
    }
    if (!hint.isEmpty())
        text += u" "_s + hint;
    return text;
}

QString ApiError::summary() const
{
    if (!isError())
        return {};
    QString text = title();
    if (!detail.isEmpty())
        text += u". "_s + detail;
    if (!text.endsWith(u'.'))
        text += u'.';
    if (!hint.isEmpty())
        text += u' ' + hint;
    return text;
}

namespace {

// A server's message goes into labels, tooltips and the status bar: a few lines at most,
// however much the server sent (a 2 MB word would take gigabytes to lay out).
constexpr qsizetype maxMessageLength = 1000;

} // namespace

QString ApiError::bounded(const QString &text)
{
    if (text.size() <= maxMessageLength)
        return text;
    return tr("%1… (%2 more characters)")
            .arg(text.left(maxMessageLength))
            .arg(text.size() - maxMessageLength);
}

QString ApiError::serverMessage(const QByteArray &body)
{
    return bounded(fullServerMessage(body));
}

QString ApiError::fullServerMessage(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString message = object.value(u"message").toString();
    if (!message.isEmpty())
        return message;
    // RFC 6749 §5.2, from the token endpoint: "invalid_scope: The client may not ...".
    const QString oauthError = object.value(u"error").toString();
    if (!oauthError.isEmpty()) {
        const QString description = object.value(u"error_description").toString();
        return description.isEmpty() ? oauthError : oauthError + u": "_s + description;
    }
    QStringList problems;
    for (const QJsonValue &entry : object.value(u"errors").toArray()) {
        const QString attribute = entry[u"attribute"].toString();
        const QString error = entry[u"error"].toString();
        problems.append(attribute.isEmpty() ? error : attribute + u' ' + error);
    }
    if (!problems.isEmpty())
        return problems.join(u"; "_s);
    return object.value(u"shortMessage").toString();
}

ApiError::Kind ApiError::kindForStatus(int status)
{
    if (status < 400)
        return Kind::None;
    switch (status) {
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    return status >= 500 ? Kind::Server : Kind::Client;
}

} // namespace ems
