#include "apierror.h"

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
        return u"Not authorized (401)"_s;
    case Kind::Forbidden:
        return u"Forbidden (403)"_s;
    case Kind::NotFound:
        return u"Not found (404)"_s;
    case Kind::RateLimited:
        return u"Rate limited (429)"_s;
    case Kind::Server:
        return u"Server error (%1)"_s.arg(httpStatus);
    case Kind::Client:
        return u"Request refused (%1)"_s.arg(httpStatus);
    case Kind::Network:
        return u"Network error"_s;
    case Kind::Timeout:
        return u"Timed out"_s;
    case Kind::Tls:
        return u"TLS error"_s;
    case Kind::BadResponse:
        return u"Unexpected response"_s;
    case Kind::Cancelled:
        return u"Cancelled"_s;
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

QString ApiError::serverMessage(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString message = object.value(u"message").toString();
    if (!message.isEmpty())
        return message;
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
