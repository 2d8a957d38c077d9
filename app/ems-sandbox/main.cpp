// ems-sandbox: the EMS emulator on its own, for people, scripts and other clients.

#include "sandbox/sandboxserver.h"
#include "sandbox/teamseeder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTextStream>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ems::sandbox;

namespace {

int signalPipe[2];

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

struct Options
{
    QString team;
    BigTeamSize size;
    ServerOptions server;
    FaultConfig faults;
};

std::optional<Options> parse(QCommandLineParser &parser, const QStringList &arguments,
                             QString *error)
{
    parser.setApplicationDescription(
            u"An emulator of the Celonis EMS API with a seeded team, fixed API keys and fault "
            "injection."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const auto option = [&](const QString &name, const QString &help, const QString &value = {},
                            const QString &defaultValue = {}) {
        QCommandLineOption o(name, help, value, defaultValue);
        parser.addOption(o);
        return o;
    };
    const auto host = option(u"host"_s, u"Address to listen on."_s, u"address"_s, u"127.0.0.1"_s);
    const auto port
            = option(u"port"_s, u"Port to listen on; 0 picks a free one."_s, u"port"_s, u"8080"_s);
    const auto team = option(u"team"_s, u"Seeded team: demo or big."_s, u"name"_s, u"demo"_s);
    option(u"list-keys"_s, u"Print the team's API keys as '<type> <token> <role>' and exit."_s);
    const auto spaces = option(u"spaces"_s, u"big: number of spaces."_s, u"n"_s, u"200"_s);
    const auto packages
            = option(u"packages-per-space"_s, u"big: packages per space."_s, u"n"_s, u"10"_s);
    const auto nodes
            = option(u"nodes-per-package"_s, u"big: nodes per package."_s, u"n"_s, u"10"_s);
    const auto pools = option(u"pools"_s, u"big: number of data pools."_s, u"n"_s, u"50"_s);
    const auto models
            = option(u"models-per-pool"_s, u"big: data models per pool."_s, u"n"_s, u"5"_s);
    const auto seed
            = option(u"random-seed"_s, u"Seed for names and random faults."_s, u"n"_s, u"1"_s);
    const auto latency
            = option(u"latency-ms"_s, u"Latency added to every request."_s, u"ms"_s, u"0"_s);
    const auto jitter
            = option(u"jitter-ms"_s, u"Random extra latency, 0 to this."_s, u"ms"_s, u"0"_s);
    const auto failRate
            = option(u"fail-rate"_s, u"Share of requests that fail (0..1)."_s, u"rate"_s, u"0"_s);
    const auto failStatuses = option(u"fail-statuses"_s, u"Statuses for --fail-rate."_s, u"list"_s,
                                     u"500,502,503,504"_s);
    const auto rateLimit
            = option(u"rate-limit-rate"_s, u"Share of requests answered 429 with Retry-After."_s,
                     u"rate"_s, u"0"_s);
    const auto retryAfter
            = option(u"retry-after"_s, u"Retry-After seconds for 429."_s, u"s"_s, u"1"_s);
    const auto reset = option(u"reset-rate"_s, u"Share of connections closed without a body."_s,
                              u"rate"_s, u"0"_s);
    const auto truncate
            = option(u"truncate-rate"_s, u"Share of bodies cut short."_s, u"rate"_s, u"0"_s);
    const auto malformed = option(u"malformed-rate"_s, u"Share of bodies with broken JSON."_s,
                                  u"rate"_s, u"0"_s);
    const auto cert = option(u"tls-cert"_s, u"PEM certificate: serve HTTPS."_s, u"file"_s);
    const auto key = option(u"tls-key"_s, u"PEM private key for --tls-cert."_s, u"file"_s);
    const auto tokenLifetime = option(u"token-lifetime"_s,
                                      u"Seconds an OAuth access token lives."_s, u"s"_s, u"899"_s);
    const auto devicePoll
            = option(u"device-poll-interval"_s,
                     u"Seconds between polls of the device-code grant."_s, u"s"_s, u"5"_s);
    const auto csrf = option(u"csrf-token"_s,
                             u"Set the XSRF-TOKEN cookie to this and require it as x-csrf-token "
                             "on writes."_s,
                             u"token"_s);
    const auto unstatedScopes
            = option(u"token-without-scope"_s, u"Leave \"scope\" out of OAuth token answers."_s);
    const auto state
            = option(u"state"_s, u"Keep edits in this JSON file across restarts."_s, u"file"_s);
    parser.process(arguments);

    Options options;
    bool allOk = true;
    const auto number = [&](const QCommandLineOption &o, int min, int max) {
        bool ok = false;
        const int value = parser.value(o).toInt(&ok);
        if (!ok || value < min || value > max) {
            *error = u"--%1 must be a whole number from %2 to %3."_s.arg(o.names().constFirst())
                             .arg(min)
                             .arg(max);
            allOk = false;
        }
        return value;
    };
    const auto rate = [&](const QCommandLineOption &o) {
        bool ok = false;
        const double value = parser.value(o).toDouble(&ok);
        if (!ok || value < 0 || value > 1) {
            *error = u"--%1 must be a number from 0 to 1."_s.arg(o.names().constFirst());
            allOk = false;
        }
        return value;
    };
    options.team = parser.value(team);
    if (options.team != u"demo" && options.team != u"big") {
        *error = u"--team must be demo or big."_s;
        return std::nullopt;
    }
    options.size.spaces = number(spaces, 0, 100000);
    options.size.packagesPerSpace = number(packages, 0, 10000);
    options.size.nodesPerPackage = number(nodes, 0, 100000);
    options.size.pools = number(pools, 0, 100000);
    options.size.modelsPerPool = number(models, 0, 10000);
    options.size.randomSeed = quint32(number(seed, 0, std::numeric_limits<int>::max()));
    options.server.host = parser.value(host);
    options.server.port = quint16(number(port, 0, 65535));
    options.server.certificateFile = parser.value(cert);
    options.server.keyFile = parser.value(key);
    options.server.stateFile = parser.value(state);
    options.server.tokenLifetimeSeconds = number(tokenLifetime, 1, 86400);
    options.server.devicePollSeconds = number(devicePoll, 1, 60);
    options.server.csrfToken = parser.value(csrf);
    options.server.tokenAnswerStatesScopes = !parser.isSet(unstatedScopes);
    options.faults.latencyMs = number(latency, 0, 600000);
    options.faults.jitterMs = number(jitter, 0, 600000);
    options.faults.failRate = rate(failRate);
    options.faults.failStatuses.clear();
    for (const QString &status : parser.value(failStatuses).split(u',', Qt::SkipEmptyParts)) {
        const int code = status.trimmed().toInt();
        if (code < 400 || code > 599) {
            *error = u"--fail-statuses takes HTTP error statuses like 500,503."_s;
            return std::nullopt;
        }
        options.faults.failStatuses.append(code);
    }
    options.faults.rateLimitRate = rate(rateLimit);
    options.faults.retryAfterSeconds = number(retryAfter, 0, 3600);
    options.faults.resetRate = rate(reset);
    options.faults.truncateRate = rate(truncate);
    options.faults.malformedRate = rate(malformed);
    options.faults.randomSeed = options.size.randomSeed;
    if (options.server.certificateFile.isEmpty() != options.server.keyFile.isEmpty()) {
        *error = u"--tls-cert and --tls-key go together."_s;
        return std::nullopt;
    }
    if (!allOk)
        return std::nullopt;
    return options;
}

// "OAUTH_CLIENT <client id> <secret or -> <scopes, comma-separated>"; - marks a public
// client, which signs people in through the browser or a device code.
void printClients(QTextStream &out, const QList<OAuthClient> &clients, const QString &indent = {})
{
    for (const OAuthClient &client : clients) {
        out << indent << "OAUTH_CLIENT " << client.clientId << ' '
            << (client.isPublic() ? u"-"_s : client.secret) << ' ' << client.scopes.join(u',')
            << Qt::endl;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ems-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(EMS_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    QString error;
    const auto options = parse(parser, QCoreApplication::arguments(), &error);
    if (!options) {
        err << "ems-sandbox: " << error << Qt::endl;
        return 2;
    }
    QElapsedTimer seeding;
    seeding.start();
    Team team = options->team == u"big" ? TeamSeeder::big(options->size) : TeamSeeder::demo();
    const qint64 seedingMs = seeding.elapsed();
    const qsizetype nodeCount = team.nodes.size();
    if (parser.isSet(u"list-keys"_s)) {
        for (const ApiKey &key : std::as_const(team.keys))
            out << key.typeName() << ' ' << key.token << ' ' << key.role << Qt::endl;
        printClients(out, team.oauthClients);
        return 0;
    }

    SandboxServer server(std::move(team), options->server, options->faults);
    if (!server.start(&error)) {
        err << "ems-sandbox: " << error << Qt::endl;
        return 1;
    }
    out << "EMS sandbox team '" << options->team << "' (" << nodeCount << " nodes, built in "
        << seedingMs << " ms) at " << server.url().toString() << Qt::endl;
    for (const ApiKey &key : server.keys())
        out << "  " << key.typeName() << ' ' << key.token << ' ' << key.role << Qt::endl;
    printClients(out, server.oauthClients(), u"  "_s);
    out << "Press Ctrl+C to stop." << Qt::endl;

    if (::pipe(signalPipe) != 0)
        return 1;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    const int result = QCoreApplication::exec();
    server.stop();
    return result;
}
