// ems-benchmarks: how fast EMS Explorer is on big teams. Prints a table, writes the same
// figures as JSON and Markdown. The sandbox runs as its own process, so the figures of
// this process are the client's alone.

#include "core/api/resourcequery.h"
#include "core/api/resourceservice.h"
#include "core/net/session.h"
#include "core/tree/resourcefiltermodel.h"
#include "core/tree/resourcetreemodel.h"
#include "core/tree/treenavigator.h"
#include "sandboxprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <ctime>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace ems;

namespace {

const QString adminKey = u"ZW1zLXNhbmRib3g6YWRtaW46YWRhLWxvdmVsYWNl"_s;
constexpr int latencyMs = 20;
constexpr int treeScaleRuns = 5;

template<typename Object, typename Signal>
void await(Object *object, Signal signal)
{
    QEventLoop loop;
    QObject::connect(object, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

ConnectionSettings settingsFor(const QUrl &url, int concurrency)
{
    ConnectionSettings settings;
    settings.teamUrl = url;
    settings.secret = adminKey;
    settings.keyType = KeyType::UserKey;
    settings.maxConcurrentRequests = concurrency;
    settings.totalRetries = 0;
    return settings;
}

struct Traffic
{
    int requests = 0;
    qint64 bytes = 0;
};

void count(Session *session, Traffic *traffic)
{
    QObject::connect(session, &Session::requestLogged, session,
                     [traffic](const RequestLogEntry &e) {
                         ++traffic->requests;
                         traffic->bytes += e.bytesIn;
                     });
}

QJsonObject crawl(const QUrl &url)
{
    // What the program does: the tree model loads everything it can show.
    Session session(settingsFor(url, ConnectionSettings().maxConcurrentRequests));
    Traffic traffic;
    count(&session, &traffic);
    ResourceTreeModel model;
    const QModelIndex team = model.addTeam(&session, u"big"_s);
    QElapsedTimer timer;
    timer.start();
    session.start();
    TreeNavigator navigator(&model);
    navigator.loadAll(team);
    await(&navigator, &TreeNavigator::loadAllFinished);
    const qint64 concurrentMs = timer.elapsed();
    const int concurrency = session.settings().maxConcurrentRequests;
    const qint64 floorMs = qint64(std::ceil(double(traffic.requests) / concurrency)) * latencyMs;

    // The same crawl the way PyCelonis issues it: one request after the other.
    Session sequential(settingsFor(url, 1));
    Traffic sequentialTraffic;
    count(&sequential, &sequentialTraffic);
    ResourceService service(&sequential);
    const auto fetch = [](ResourceQuery *query) {
        QList<Resource> resources;
        QObject::connect(query, &ResourceQuery::finished, query,
                         [&resources, query] { resources = query->resources(); });
        await(query, &ResourceQuery::finished);
        return resources;
    };
    timer.restart();
    sequential.start();
    int loaded = 0;
    for (const Resource &space : fetch(service.spaces()))
        loaded += 1 + int(fetch(service.spaceNodes(space.id)).size());
    for (const Resource &pool : fetch(service.pools()))
        loaded += 1 + int(fetch(service.dataModels(pool.id)).size());
    for (const Resource &workspace : fetch(service.workspaces()))
        loaded += 1 + int(fetch(service.analyses(workspace.id)).size());
    const qint64 sequentialMs = timer.elapsed();

    return {{u"objects"_s, int(model.loadedCount())},
            {u"objectsSequential"_s, loaded},
            {u"requests"_s, traffic.requests},
            {u"bytes"_s, traffic.bytes},
            {u"concurrency"_s, concurrency},
            {u"wallMs"_s, concurrentMs},
            {u"floorMs"_s, floorMs},
            {u"ratioToFloor"_s, double(concurrentMs) / double(floorMs)},
            {u"sequentialRequests"_s, sequentialTraffic.requests},
            {u"sequentialMs"_s, sequentialMs},
            {u"speedup"_s, double(sequentialMs) / double(concurrentMs)}};
}

QJsonObject firstPaint(const QUrl &url, KeyType keyType)
{
    ConnectionSettings settings = settingsFor(url, ConnectionSettings().maxConcurrentRequests);
    settings.keyType = keyType;
    Session session(settings);
    ResourceTreeModel model;
    const QModelIndex team = model.addTeam(&session, u"big"_s);
    QElapsedTimer timer;
    timer.start();
    session.start(); // connect check and permissions, in parallel with the top level
    for (int row = 0; row < model.rowCount(team); ++row)
        model.fetchMore(model.index(row, 0, team));
    QEventLoop loop;
    qint64 firstRowsMs = -1;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &loop,
                     [&](const QModelIndex &parent, int first) {
                         const auto type
                                 = TreeNode::Type(model.index(first, 0, parent)
                                                          .data(ResourceTreeModel::NodeTypeRole)
                                                          .toInt());
                         if (type == TreeNode::Type::Resource && firstRowsMs < 0) {
                             firstRowsMs = timer.elapsed();
                             loop.quit();
                         }
                     });
    loop.exec();
    return {{u"ms"_s, firstRowsMs}, {u"roundTrips"_s, double(firstRowsMs) / latencyMs}};
}

// CPU time the calling thread has used.
qint64 threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

// Runs in a process of its own, so that its peak RSS is the client's alone.
QJsonObject treeScale(const QUrl &url)
{
    Session session(settingsFor(url, ConnectionSettings().maxConcurrentRequests));
    ResourceTreeModel model;
    const QModelIndex team = model.addTeam(&session, u"big"_s);
    // The longest stall of the event loop: how late a 1 ms timer fires.
    QElapsedTimer tick;
    qint64 longestStallMs = 0;
    QTimer watch;
    watch.setTimerType(Qt::PreciseTimer);
    watch.setInterval(1);
    QObject::connect(&watch, &QTimer::timeout,
                     [&] { longestStallMs = std::max(longestStallMs, tick.restart() - 1); });
    QElapsedTimer timer;
    timer.start();
    tick.start();
    watch.start();
    const qint64 cpuBefore = threadCpuMs();
    session.start();
    TreeNavigator navigator(&model);
    navigator.loadAll(team);
    await(&navigator, &TreeNavigator::loadAllFinished);
    const qint64 loadMs = timer.elapsed();
    const qint64 eventLoopCpuMs = threadCpuMs() - cpuBefore;
    watch.stop();

    ResourceFilterModel filter(&model);
    QList<qint64> keystrokes;
    for (const QString &text : {u"O"_s, u"Ov"_s, u"Ove"_s, u"Over"_s, u"Overv"_s}) {
        timer.restart();
        filter.setText(text);
        QCoreApplication::processEvents();
        keystrokes.append(timer.elapsed());
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return {{u"nodes"_s, int(model.loadedCount())},
            {u"loadMs"_s, loadMs},
            {u"longestStallMs"_s, longestStallMs},
            {u"eventLoopCpuMs"_s, eventLoopCpuMs},
            {u"filterKeystrokeMs"_s, keystrokes.at(keystrokes.size() / 2)},
            {u"filterMatches"_s, int(filter.matchCount())},
            {u"peakRssMb"_s, double(usage.ru_maxrss) / 1024.0}};
}

// Runs treeScale() in a child process. On a machine with two cores or more the child keeps
// off the last core, which the sandbox is pinned to.
QJsonObject treeScaleInChild(const QUrl &url)
{
    QProcess child;
    const int cores = QThread::idealThreadCount();
    const QStringList arguments{u"--tree-scale-child"_s, url.toString()};
    if (cores >= 2 && QFile::exists(u"/usr/bin/taskset"_s)) {
        child.start(u"/usr/bin/taskset"_s,
                    QStringList{u"-c"_s, u"0-%1"_s.arg(cores - 2),
                                QCoreApplication::applicationFilePath()}
                            + arguments);
    } else {
        child.start(QCoreApplication::applicationFilePath(), arguments);
    }
    child.waitForFinished(600000);
    return QJsonDocument::fromJson(child.readAllStandardOutput()).object();
}

// The median of each figure over several runs, plus the range of the longest stall: on a
// shared machine the stall varies most from run to run.
QJsonObject medians(const QList<QJsonObject> &runs)
{
    QJsonObject result{{u"runs"_s, int(runs.size())}};
    for (const QString &key : runs.first().keys()) {
        QList<double> values;
        for (const QJsonObject &run : runs)
            values.append(run[key].toDouble());
        std::sort(values.begin(), values.end());
        result.insert(key, values.at(values.size() / 2));
        if (key == u"longestStallMs"_s) {
            result.insert(u"longestStallMinMs"_s, values.first());
            result.insert(u"longestStallMaxMs"_s, values.last());
        }
    }
    return result;
}

QJsonObject startup()
{
    QList<qint64> runs;
    for (int i = 0; i < 7; ++i) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.remove(u"CELONIS_URL"_s);
        process.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(EMS_EXPLORER_BINARY), {u"--quit-when-shown"_s});
        while (!process.readAllStandardOutput().contains("shown")
               && process.waitForReadyRead(10000)) { }
        runs.append(timer.elapsed());
        process.waitForFinished(10000);
    }
    std::sort(runs.begin(), runs.end());
    return {{u"medianMs"_s, runs.at(runs.size() / 2)}, {u"runs"_s, int(runs.size())}};
}

QString machine()
{
    QFile cpu(u"/proc/cpuinfo"_s);
    QString model;
    if (cpu.open(QIODevice::ReadOnly)) {
        static const QRegularExpression name(u"model name\\s*:\\s*(.*)"_s);
        model = name.match(QString::fromLatin1(cpu.readAll())).captured(1).trimmed();
    }
    return u"%1, %2 cores, %3"_s.arg(model)
            .arg(QThread::idealThreadCount())
            .arg(QSysInfo::prettyProductName());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(u"1"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"EMS Explorer benchmarks."_s);
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, u"Write the figures as JSON here."_s, u"file"_s);
    const QCommandLineOption markdown(u"markdown"_s, u"Write docs/benchmarks.md's table here."_s,
                                      u"file"_s);
    const QCommandLineOption treeOnly(u"tree-scale-child"_s,
                                      u"Internal: the tree scale in this process."_s, u"url"_s);
    parser.addOptions({json, markdown, treeOnly});
    parser.process(app);
    QTextStream out(stdout);

    if (parser.isSet(treeOnly)) {
        out << QJsonDocument(treeScale(QUrl(parser.value(treeOnly)))).toJson(QJsonDocument::Compact)
            << Qt::endl;
        return 0;
    }

    QJsonObject results{{u"machine"_s, machine()}};
    {
        SandboxProcess big({u"--team"_s, u"big"_s, u"--latency-ms"_s, QString::number(latencyMs)});
        out << "crawl: big team, " << latencyMs << " ms latency…" << Qt::endl;
        results.insert(u"crawl"_s, crawl(big.url()));
        results.insert(u"firstPaint"_s, firstPaint(big.url(), KeyType::UserKey));
        results.insert(u"firstPaintAuto"_s, firstPaint(big.url(), KeyType::Auto));
    }
    {
        SandboxProcess huge({u"--team"_s, u"big"_s, u"--spaces"_s, u"100"_s,
                             u"--packages-per-space"_s, u"10"_s, u"--nodes-per-package"_s,
                             u"99"_s});
        out << "tree scale: 100,000 nodes, " << treeScaleRuns << " runs…" << Qt::endl;
        QList<QJsonObject> runs;
        for (int i = 0; i < treeScaleRuns; ++i)
            runs.append(treeScaleInChild(huge.url()));
        results.insert(u"treeScale"_s, medians(runs));
    }
    out << "start-up…" << Qt::endl;
    results.insert(u"startup"_s, startup());

    const QJsonObject c = results[u"crawl"_s].toObject();
    const QJsonObject f = results[u"firstPaint"_s].toObject();
    const QJsonObject fa = results[u"firstPaintAuto"_s].toObject();
    const QJsonObject t = results[u"treeScale"_s].toObject();
    const QJsonObject s = results[u"startup"_s].toObject();
    const auto n = [](const QJsonValue &v, int decimals = 0) {
        return QString::number(v.toDouble(), 'f', decimals);
    };
    const QList<QStringList> rows{
            {u"Crawl, big team (%1 objects, %2 requests, %3 MB)"_s
                     .arg(n(c[u"objects"_s]), n(c[u"requests"_s]))
                     .arg(c[u"bytes"_s].toDouble() / 1e6, 0, 'f', 1),
             n(c[u"wallMs"_s]) + u" ms"_s, u"≤ 1.3 × floor (%1 ms)"_s.arg(n(c[u"floorMs"_s])),
             u"%1 × floor"_s.arg(n(c[u"ratioToFloor"_s], 2))},
            {u"Sequential crawl, PyCelonis order (%1 requests)"_s.arg(
                     n(c[u"sequentialRequests"_s])),
             n(c[u"sequentialMs"_s]) + u" ms"_s, u"≥ 5 × slower"_s,
             u"%1 × slower"_s.arg(n(c[u"speedup"_s], 1))},
            {u"First rows, explicit key type"_s, n(f[u"ms"_s]) + u" ms"_s,
             u"1 round trip + 50 ms"_s,
             u"1 round trip + %1 ms"_s.arg(n(f[u"ms"_s].toDouble() - latencyMs))},
            {u"First rows, key type AUTO"_s, n(fa[u"ms"_s]) + u" ms"_s, u"(reported)"_s,
             u"%1 round trips"_s.arg(n(fa[u"roundTrips"_s], 1))},
            {u"Tree: load %1 nodes (median of %2 runs)"_s.arg(n(t[u"nodes"_s]), n(t[u"runs"_s])),
             n(t[u"loadMs"_s]) + u" ms"_s, u"(reported)"_s, QString()},
            {u"Tree: event-loop CPU time while loading"_s, n(t[u"eventLoopCpuMs"_s]) + u" ms"_s,
             u"(reported)"_s, QString()},
            {u"Tree: peak RSS of the process"_s, n(t[u"peakRssMb"_s]) + u" MB"_s, u"< 150 MB"_s,
             QString()},
            {u"Tree: longest event-loop stall while loading"_s,
             n(t[u"longestStallMs"_s]) + u" ms"_s, u"≤ 33 ms"_s,
             u"%1–%2 ms between runs"_s.arg(n(t[u"longestStallMinMs"_s]),
                                            n(t[u"longestStallMaxMs"_s]))},
            {u"Tree: one filter keystroke over all nodes"_s,
             n(t[u"filterKeystrokeMs"_s]) + u" ms"_s, u"< 50 ms"_s, QString()},
            {u"Start-up to main window shown (median of %1)"_s.arg(n(s[u"runs"_s])),
             n(s[u"medianMs"_s]) + u" ms"_s, u"< 400 ms"_s, QString()},
    };
    QString table = u"| Benchmark | Result | Target | |\n|---|---|---|---|\n"_s;
    for (const QStringList &row : rows)
        table += u"| "_s + row.join(u" | "_s) + u" |\n"_s;
    out << Qt::endl << machine() << Qt::endl << Qt::endl << table;
    if (parser.isSet(json)) {
        QFile file(parser.value(json));
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(results).toJson());
    }
    if (parser.isSet(markdown)) {
        // Replaces what stands between the result markers; the prose around them stays.
        QFile file(parser.value(markdown));
        QString text
                = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        file.close();
        const QString begin = u"<!-- results -->"_s;
        const QString end = u"<!-- /results -->"_s;
        const qsizetype from = text.indexOf(begin);
        const qsizetype to = text.indexOf(end);
        const QString section = begin + u"\nMachine: "_s + machine() + u"\n\n"_s + table + end;
        if (from >= 0 && to > from)
            text.replace(from, to + end.size() - from, section);
        else
            text += u"\n"_s + section + u"\n"_s;
        if (file.open(QIODevice::WriteOnly))
            file.write(text.toUtf8());
    }
    return 0;
}
