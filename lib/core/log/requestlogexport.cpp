#include "core/log/requestlogexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ems {

namespace {

QString headerLines(const RequestLogEntry::Headers &headers)
{
    QString lines;
    for (const auto &[name, value] : headers)
        lines += u"  %1: %2\n"_s.arg(QString::fromLatin1(name), QString::fromUtf8(value));
    return lines;
}

QJsonArray harHeaders(const RequestLogEntry::Headers &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonObject{{u"name"_s, QString::fromLatin1(name)},
                                 {u"value"_s, QString::fromUtf8(value)}});
    return array;
}

QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

} // namespace

QString RequestLogExport::body(const QByteArray &bytes, bool showAll)
{
    if (bytes.isEmpty())
        return tr("(empty)");
    QByteArray shown = bytes;
    const QJsonDocument json = QJsonDocument::fromJson(bytes);
    if (!json.isNull())
        shown = json.toJson(QJsonDocument::Indented);
    if (!showAll && shown.size() > shortBodyBytes) {
        return QString::fromUtf8(shown.left(shortBodyBytes))
                + tr("\n… %1 more bytes: choose Show All to see them.")
                          .arg(shown.size() - shortBodyBytes);
    }
    return QString::fromUtf8(shown);
}

bool RequestLogExport::hasLongBody(const RequestLogEntry &entry)
{
    return entry.responseBody.size() > shortBodyBytes / 2
            || entry.requestBody.size() > shortBodyBytes / 2;
}

QString RequestLogExport::expectedRefusalNote()
{
    return tr("Expected: to find out the key's type, EMS Explorer first offers it as an "
              "application key (AppKey); a refusal means it is a user key, which the next "
              "request sends as Bearer.");
}

QString RequestLogExport::details(const RequestLogEntry &entry, bool showAll)
{
    QString text = entry.pyCelonisLine() + u"\n\n"_s;
    text += tr("URL: %1\n").arg(entry.url.toString());
    text += tr("Started: %1, took %2 ms, attempt %3 of %4\n")
                    .arg(entry.started.toLocalTime().toString(Qt::ISODateWithMs))
                    .arg(entry.durationMs)
                    .arg(entry.attempt)
                    .arg(entry.maxAttempts);
    text += tr("Status: %1\n").arg(entry.status ? QString::number(entry.status) : tr("no answer"));
    if (!entry.error.isEmpty())
        text += tr("Error: %1\n").arg(entry.error);
    if (entry.expectedRefusal)
        text += expectedRefusalNote() + u'\n';
    const QByteArray retryAfter = entry.header(entry.responseHeaders, "Retry-After");
    if (!retryAfter.isEmpty())
        text += tr("Retry-After: %1\n").arg(QString::fromLatin1(retryAfter));
    for (const auto &[name, value] : entry.responseHeaders) {
        if (name.toLower().startsWith("x-ratelimit"))
            text += u"%1: %2\n"_s.arg(QString::fromLatin1(name), QString::fromLatin1(value));
    }
    if (entry.retryInMs >= 0)
        text += tr("Waited %1 ms before the next attempt.\n").arg(entry.retryInMs);
    text += tr("\nRequest headers:\n") + headerLines(entry.requestHeaders);
    if (!entry.requestBody.isEmpty())
        text += tr("\nRequest body:\n") + body(entry.requestBody, showAll) + u'\n';
    text += tr("\nResponse headers:\n") + headerLines(entry.responseHeaders);
    text += tr("\nResponse body (%1 bytes):\n").arg(entry.bytesIn)
            + body(entry.responseBody, showAll);
    if (entry.responseBodyCut)
        text += tr("\n(The log keeps the first %1 bytes of a body.)")
                        .arg(RequestLogEntry::maxBodyBytes);
    return text;
}

QString RequestLogExport::curl(const RequestLogEntry &entry)
{
    QStringList parts{u"curl"_s};
    if (entry.method != "GET")
        parts << u"-X"_s << QString::fromLatin1(entry.method);
    parts << shellQuoted(entry.url.toString(QUrl::FullyEncoded));
    for (const auto &[name, value] : entry.requestHeaders) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
            // The only place the key goes: the shell fills it in.
            const QString scheme = QString::fromLatin1(value.split(' ').value(0));
            parts << u"-H"_s << u"\"Authorization: %1 $CELONIS_API_TOKEN\""_s.arg(scheme);
            continue;
        }
        parts << u"-H"_s
              << shellQuoted(u"%1: %2"_s.arg(QString::fromLatin1(name), QString::fromUtf8(value)));
    }
    if (!entry.requestBody.isEmpty())
        parts << u"--data-raw"_s << shellQuoted(QString::fromUtf8(entry.requestBody));
    return parts.join(u' ');
}

QByteArray RequestLogExport::har(const QList<RequestLogEntry> &entries)
{
    QJsonArray harEntries;
    for (const RequestLogEntry &e : entries) {
        QJsonArray query;
        for (const auto &[name, value] : QUrlQuery(e.url).queryItems(QUrl::FullyDecoded))
            query.append(QJsonObject{{u"name"_s, name}, {u"value"_s, value}});
        QJsonObject request{{u"method"_s, QString::fromLatin1(e.method)},
                            {u"url"_s, e.url.toString(QUrl::FullyEncoded)},
                            {u"httpVersion"_s, u"HTTP/1.1"_s},
                            {u"cookies"_s, QJsonArray()},
                            {u"headers"_s, harHeaders(e.requestHeaders)},
                            {u"queryString"_s, query},
                            {u"headersSize"_s, -1},
                            {u"bodySize"_s, e.bytesOut}};
        if (!e.requestBody.isEmpty()) {
            request.insert(u"postData"_s,
                           QJsonObject{{u"mimeType"_s, u"application/json"_s},
                                       {u"text"_s, QString::fromUtf8(e.requestBody)}});
        }
        const QByteArray mime = e.header(e.responseHeaders, "Content-Type");
        const QJsonObject response{{u"status"_s, e.status},
                                   {u"statusText"_s, e.error},
                                   {u"httpVersion"_s, u"HTTP/1.1"_s},
                                   {u"cookies"_s, QJsonArray()},
                                   {u"headers"_s, harHeaders(e.responseHeaders)},
                                   {u"content"_s,
                                    QJsonObject{{u"size"_s, e.bytesIn},
                                                {u"mimeType"_s,
                                                 mime.isEmpty() ? u"application/octet-stream"_s
                                                                : QString::fromLatin1(mime)},
                                                {u"text"_s, QString::fromUtf8(e.responseBody)}}},
                                   {u"redirectURL"_s, QString()},
                                   {u"headersSize"_s, -1},
                                   {u"bodySize"_s, e.bytesIn}};
        QJsonObject entry{
                {u"startedDateTime"_s, e.started.toUTC().toString(Qt::ISODateWithMs)},
                {u"time"_s, e.durationMs},
                {u"request"_s, request},
                {u"response"_s, response},
                {u"cache"_s, QJsonObject()},
                {u"timings"_s,
                 QJsonObject{{u"send"_s, 0}, {u"wait"_s, e.durationMs}, {u"receive"_s, 0}}}};
        entry.insert(u"comment"_s, tr("attempt %1 of %2").arg(e.attempt).arg(e.maxAttempts));
        harEntries.append(entry);
    }
    const QJsonObject log{
            {u"log"_s,
             QJsonObject{{u"version"_s, u"1.2"_s},
                         {u"creator"_s,
                          QJsonObject{{u"name"_s, u"EMS Explorer"_s},
                                      {u"version"_s, QCoreApplication::applicationVersion()}}},
                         {u"entries"_s, harEntries}}}};
    return QJsonDocument(log).toJson(QJsonDocument::Indented);
}

QString RequestLogExport::text(const QList<RequestLogEntry> &entries, bool verbose)
{
    QString text;
    for (const RequestLogEntry &e : entries) {
        text += e.summary() + u'\n';
        if (verbose) {
            text += headerLines(e.requestHeaders);
            text += u"  --\n"_s + headerLines(e.responseHeaders);
        }
    }
    return text;
}

} // namespace ems
