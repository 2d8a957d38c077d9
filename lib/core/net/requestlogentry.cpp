#include "core/net/requestlogentry.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ems {

QString RequestLogEntry::pyCelonisLine() const
{
    return u"%1 -> %2, {'timeout': %3}"_s
            .arg(QString::fromLatin1(method), url.toString(QUrl::FullyEncoded))
            .arg(timeoutSeconds);
}

QString RequestLogEntry::summary() const
{
    QString result = u"%1 => %2 in %3 ms, %4 bytes (attempt %5/%6)"_s.arg(pyCelonisLine())
                             .arg(status)
                             .arg(durationMs)
                             .arg(bytesIn)
                             .arg(attempt)
                             .arg(maxAttempts);
    if (!error.isEmpty())
        result += u" error: "_s + error;
    if (retryInMs >= 0)
        result += u" retry in %1 ms"_s.arg(retryInMs);
    if (expectedRefusal)
        result += u" (expected: key type check, trying Bearer next)"_s;
    return result;
}

QByteArray RequestLogEntry::header(const Headers &headers, const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray RequestLogEntry::redactAuthorization(const QByteArray &value)
{
    const qsizetype space = value.indexOf(' ');
    const QByteArray scheme = space < 0 ? QByteArray() : value.left(space);
    const QByteArray token = space < 0 ? value : value.mid(space + 1);
    // Show the last 4 characters only when that leaves most of the token hidden, and never
    // of Basic credentials: their end is the Base64 of the client secret's end.
    const bool basic = scheme.compare("Basic", Qt::CaseInsensitive) == 0;
    const QByteArray tail = token.size() >= 16 && !basic ? token.right(4) : QByteArray();
    return (scheme.isEmpty() ? QByteArray() : scheme + ' ') + "****" + tail;
}

namespace {

// Form fields and JSON members that carry OAuth secrets.
QByteArray redactOAuthFields(const QByteArray &body)
{
    static const QRegularExpression form(
            u"(^|&)(client_secret|refresh_token|access_token|code|code_verifier|device_code)=[^&]*"_s);
    static const QRegularExpression json(
            u"(\"(?:access_token|refresh_token|id_token|device_code|client_secret)\"\\s*:\\s*\")"
            "[^\"]*\""_s);
    if (!body.contains("_token") && !body.contains("code") && !body.contains("secret"))
        return body;
    QString text = QString::fromUtf8(body);
    text.replace(form, u"\\1\\2=****"_s);
    text.replace(json, u"\\1****\""_s);
    return text.toUtf8();
}

} // namespace

QString RequestLogEntry::scrub(const QString &text, const QList<QByteArray> &secrets)
{
    QString result = text;
    for (const QByteArray &secret : secrets) {
        if (!secret.isEmpty())
            result.replace(QString::fromUtf8(secret), u"****"_s);
    }
    return result;
}

void RequestLogEntry::redact(const QList<QByteArray> &secrets)
{
    const auto scrub = [&secrets](QByteArray &bytes) {
        for (const QByteArray &secret : secrets) {
            if (!secret.isEmpty())
                bytes.replace(secret, "****");
        }
    };
    for (Headers *headers : {&requestHeaders, &responseHeaders}) {
        for (auto &[name, value] : *headers) {
            if (name.compare("authorization", Qt::CaseInsensitive) == 0)
                value = redactAuthorization(value);
            else
                scrub(value);
        }
    }
    requestBody = redactOAuthFields(requestBody);
    responseBody = redactOAuthFields(responseBody);
    scrub(requestBody);
    scrub(responseBody);
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    const QByteArray original = query;
    scrub(query);
    if (query != original)
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    error = RequestLogEntry::scrub(error, secrets);
}

} // namespace ems
