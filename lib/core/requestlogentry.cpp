#include "requestlogentry.h"

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
    // Show the last 4 characters only when that leaves most of the token hidden.
    const QByteArray tail = token.size() >= 16 ? token.right(4) : QByteArray();
    return (scheme.isEmpty() ? QByteArray() : scheme + ' ') + "****" + tail;
}

void RequestLogEntry::redact(const QByteArray &secret)
{
    const auto scrub = [&secret](QByteArray &bytes) {
        if (!secret.isEmpty())
            bytes.replace(secret, "****");
    };
    for (Headers *headers : {&requestHeaders, &responseHeaders}) {
        for (auto &[name, value] : *headers) {
            if (name.compare("authorization", Qt::CaseInsensitive) == 0)
                value = redactAuthorization(value);
            else
                scrub(value);
        }
    }
    scrub(requestBody);
    scrub(responseBody);
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    if (!secret.isEmpty() && query.contains(secret)) {
        scrub(query);
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    }
}

} // namespace ems
