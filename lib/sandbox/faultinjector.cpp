#include "faultinjector.h"

#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace ems::sandbox {

namespace {

const QList<std::pair<Fault::Kind, QString>> &kindNames()
{
    static const QList<std::pair<Fault::Kind, QString>> names{
            {Fault::Kind::None, u"none"_s},
            {Fault::Kind::Status, u"status"_s},
            {Fault::Kind::RateLimit, u"rate-limit"_s},
            {Fault::Kind::Reset, u"reset"_s},
            {Fault::Kind::Truncate, u"truncate"_s},
            {Fault::Kind::Malformed, u"malformed"_s},
            {Fault::Kind::Delay, u"delay"_s},
            {Fault::Kind::Redirect, u"redirect"_s},
            {Fault::Kind::Trickle, u"trickle"_s}};
    return names;
}

} // namespace

QString Fault::kindName(Kind kind)
{
    for (const auto &[k, name] : kindNames()) {
        if (k == kind)
            return name;
    }
    return {};
}

std::optional<Fault::Kind> Fault::kindFromName(const QString &name)
{
    for (const auto &[k, n] : kindNames()) {
        if (n == name)
            return k;
    }
    return std::nullopt;
}

FaultInjector::FaultInjector(const FaultConfig &config)
    : m_config(config)
    , m_random(config.randomSeed)
{ }

void FaultInjector::setConfig(const FaultConfig &config)
{
    QMutexLocker lock(&m_mutex);
    m_config = config;
    m_random.seed(config.randomSeed);
}

FaultConfig FaultInjector::config() const
{
    QMutexLocker lock(&m_mutex);
    return m_config;
}

void FaultInjector::addRule(const Rule &rule)
{
    QMutexLocker lock(&m_mutex);
    m_rules.append(rule);
}

void FaultInjector::clearRules()
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
}

int FaultInjector::pendingRules() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_rules.size());
}

QString FaultInjector::ruleFromJson(const QJsonObject &object, Rule *rule)
{
    const auto kind = Fault::kindFromName(object.value(u"kind").toString(u"status"_s));
    if (!kind)
        return u"Unknown fault kind \"%1\""_s.arg(object.value(u"kind").toString());
    if (!object.value(u"path").isString())
        return u"A fault rule needs a \"path\" (exact, prefix ending in *, or *)"_s;
    rule->path = object.value(u"path").toString();
    rule->method = object.value(u"method").toString().toUpper();
    rule->remaining = object.value(u"count").toInt(1);
    rule->fault.kind = *kind;
    const int defaultStatus = *kind == Fault::Kind::RateLimit ? 429
            : *kind == Fault::Kind::Redirect                  ? 302
                                                              : 503;
    rule->fault.status = object.value(u"status").toInt(defaultStatus);
    rule->fault.location = object.value(u"location").toString();
    rule->fault.echoAuthorization = object.value(u"echoAuthorization").toBool();
    if (*kind == Fault::Kind::Redirect && rule->fault.location.isEmpty())
        return u"A redirect needs a \"location\""_s;
    rule->fault.retryAfterSeconds = object.value(u"retryAfter").toInt(1);
    rule->fault.delayMs = object.value(u"delayMs").toInt(0);
    if (rule->remaining < 1)
        return u"\"count\" must be at least 1"_s;
    return {};
}

int FaultInjector::latencyMs()
{
    QMutexLocker lock(&m_mutex);
    int latency = m_config.latencyMs;
    if (m_config.jitterMs > 0)
        latency += int(m_random.bounded(m_config.jitterMs + 1));
    return latency;
}

bool FaultInjector::matches(const Rule &rule, const QString &method, const QString &path)
{
    if (!rule.method.isEmpty() && rule.method != method)
        return false;
    if (rule.path.endsWith(u'*'))
        return path.startsWith(QStringView(rule.path).chopped(1));
    return rule.path == path;
}

Fault FaultInjector::next(const QString &method, const QString &path)
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if (!matches(*it, method, path))
            continue;
        const Fault fault = it->fault;
        if (--it->remaining <= 0)
            m_rules.erase(it);
        return fault;
    }

    const double roll = m_random.generateDouble();
    double threshold = 0;
    Fault fault;
    if (roll < (threshold += m_config.failRate) && !m_config.failStatuses.isEmpty()) {
        fault.kind = Fault::Kind::Status;
        fault.status
                = m_config.failStatuses.at(m_random.bounded(int(m_config.failStatuses.size())));
    } else if (roll < (threshold += m_config.rateLimitRate)) {
        fault.kind = Fault::Kind::RateLimit;
        fault.status = 429;
        fault.retryAfterSeconds = m_config.retryAfterSeconds;
    } else if (roll < (threshold += m_config.resetRate)) {
        fault.kind = Fault::Kind::Reset;
    } else if (roll < (threshold += m_config.truncateRate)) {
        fault.kind = Fault::Kind::Truncate;
    } else if (roll < (threshold += m_config.malformedRate)) {
        fault.kind = Fault::Kind::Malformed;
    }
    return fault;
}

} // namespace ems::sandbox
