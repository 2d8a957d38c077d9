#include "core/net/retrypolicy.h"

#include <cmath>

namespace ems {

RetryPolicy::RetryPolicy(int totalRetries, double backoffFactor)
    : m_totalRetries(std::max(0, totalRetries))
    , m_backoffFactor(std::max(0.0, backoffFactor))
{ }

bool RetryPolicy::isIdempotent(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE";
}

bool RetryPolicy::isRetriedStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

bool RetryPolicy::shouldRetry(bool repeatable, int attempt, int status, bool transportFailure) const
{
    if (attempt >= maxAttempts() || !repeatable)
        return false;
    return transportFailure || isRetriedStatus(status);
}

std::optional<qint64> RetryPolicy::parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        // A server-given number: clamped before it is multiplied, or it could overflow.
        return seconds < 0 ? std::nullopt
                           : std::optional<qint64>(std::min<qint64>(seconds, capSeconds) * 1000);
    // HTTP dates end in "GMT", which Qt's RFC 2822 parser wants as an offset.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(u" GMT"))
        text = text.chopped(3) + QStringLiteral("+0000");
    const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!date.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(date));
}

qint64 RetryPolicy::delayMs(int retry, int status, const QByteArray &retryAfter,
                            const QDateTime &now) const
{
    const qint64 cap = qint64(capSeconds) * 1000;
    if (status == 429 || status == 503) {
        if (auto fromHeader = parseRetryAfterMs(retryAfter, now))
            return std::min(*fromHeader, cap);
    }
    const double seconds = m_backoffFactor * std::pow(2.0, std::max(0, retry - 1));
    return std::min(qint64(std::llround(seconds * 1000)), cap);
}

bool RetryPolicy::isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProtocolFailure:
        return true;
    default:
        return false;
    }
}

} // namespace ems
