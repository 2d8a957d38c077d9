#pragma once

#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QRandomGenerator>
#include <QString>

namespace ems::sandbox {

// What goes wrong with one request.
struct Fault
{
    enum class Kind {
        None,
        Status,
        RateLimit,
        Reset,
        Truncate,
        Malformed,
        Delay,
        Redirect,
        Trickle
    };

    Kind kind = Kind::None;
    int status = 503; // Status
    int retryAfterSeconds = 1; // RateLimit; negative sends no Retry-After header
    int delayMs = 0; // Delay: extra latency before the answer; Trickle: between two bytes
    QString location; // Redirect: where to (status 301, 302, 303, 307 or 308)
    bool echoAuthorization = false; // Status: the message quotes the request's credentials
    QString message; // Status: the error body's message, when set (markup, say)

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
};

// Faults that hit every request at random, from the command line.
struct FaultConfig
{
    int latencyMs = 0;
    int jitterMs = 0; // uniform extra latency in [0, jitterMs]
    double failRate = 0; // share of requests answered with one of failStatuses
    QList<int> failStatuses{500, 502, 503, 504};
    double rateLimitRate = 0; // share of requests answered 429 with Retry-After
    int retryAfterSeconds = 1;
    double resetRate = 0; // connection closed before a body is sent
    double truncateRate = 0; // body cut short of its Content-Length
    double malformedRate = 0; // complete answer, but the JSON is broken
    quint32 randomSeed = 1;
};

// Decides, for each request, its latency and whether a fault hits it. Tests add rules
// ("the next N requests to this path fail with 503"); rules go before the random faults.
// Thread-safe: the server asks from its worker threads.
class FaultInjector
{
public:
    struct Rule
    {
        QString path; // exact path, or a prefix ending in '*'; "*" matches every path
        QString method; // empty for any method
        int remaining = 1;
        Fault fault;
    };

    explicit FaultInjector(const FaultConfig &config = {});

    void setConfig(const FaultConfig &config);
    FaultConfig config() const;

    void addRule(const Rule &rule);
    void clearRules();
    int pendingRules() const;

    // Parses a rule from the JSON of POST /sandbox/faults; returns an error text or empty.
    static QString ruleFromJson(const QJsonObject &object, Rule *rule);

    int latencyMs();
    Fault next(const QString &method, const QString &path);

private:
    static bool matches(const Rule &rule, const QString &method, const QString &path);

    mutable QMutex m_mutex;
    FaultConfig m_config;
    QList<Rule> m_rules;
    QRandomGenerator m_random;
};

} // namespace ems::sandbox
