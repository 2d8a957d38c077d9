#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <optional>

namespace ems {

// ems-api.md §9.1: retry 429, 500, 502, 503, 504, resets and timeouts, for idempotent
// methods only; before retry n wait backoff_factor * 2^(n-1) seconds, capped at 120 s; a
// Retry-After header (seconds or HTTP date) on 429/503 replaces that wait (also capped).
class RetryPolicy
{
public:
    static constexpr int capSeconds = 120;

    RetryPolicy(int totalRetries = 0, double backoffFactor = 0);

    int totalRetries() const { return m_totalRetries; }
    int maxAttempts() const { return m_totalRetries + 1; }

    static bool isIdempotent(const QByteArray &method);
    static bool isRetriedStatus(int status);
    // Resets, timeouts and the like, which another attempt may not meet.
    static bool isTransientNetworkError(QNetworkReply::NetworkError error);
    // Whether a failed attempt (1-based) of a request that may be repeated (an idempotent
    // method, or an OAuth token request) may be followed by another one.
    bool shouldRetry(bool repeatable, int attempt, int status, bool transportFailure) const;
    // Milliseconds to wait before retry number n (n = 1 for the first retry).
    qint64 delayMs(int retry, int status, const QByteArray &retryAfter,
                   const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    static std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &now);

private:
    int m_totalRetries;
    double m_backoffFactor;
};

} // namespace ems
