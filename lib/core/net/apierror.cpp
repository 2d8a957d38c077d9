#include "core/net/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ems {

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
