// ems-soak: EMS Explorer's core against a sandbox with every fault flag on, for half an
// hour (--minutes): browsing, renaming and refreshing in a loop, as a busy user would.
// Reports what must stay zero: crashes (the report is written at all), lost writes (the
// sandbox's final state against what the program says it wrote), unexpected names,
// requests stuck in flight and rows stuck loading; and the memory growth.

#include "core/edit/editmanager.h"
#include "core/net/session.h"
#include "core/tree/resourcetreemodel.h"
#include "core/tree/treenode.h"
#include "sandboxprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ems;

namespace {

const QString adminKey = u"ZW1zLXNhbmRib3g6YWRtaW46YWRhLWxvdmVsYWNl"_s;

qint64 residentKiB()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024);
}

// Every row of the model, depth first.
QList<QModelIndex> rows(const QAbstractItemModel &model)
{
    QList<QModelIndex> all;
    QList<QModelIndex> stack{QModelIndex()};
    while (!stack.isEmpty()) {
        const QModelIndex parent = stack.takeLast();
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex child = model.index(row, 0, parent);
            all.append(child);
            stack.append(child);
        }
    }
    return all;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption minutesOption(u"minutes"_s, u"How long to run."_s, u"n"_s, u"30"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Write the report here."_s, u"file"_s);
    parser.addOptions({minutesOption, jsonOption});
    parser.process(app);
    const qint64 runMs = qint64(parser.value(minutesOption).toDouble() * 60000);

    QTemporaryDir folder;
    const QString stateFile = folder.filePath(u"team.json"_s);
    // Every fault flag of the sandbox at once.
    SandboxProcess sandbox({u"--state"_s,           stateFile, u"--latency-ms"_s,    u"5"_s,
                            u"--jitter-ms"_s,       u"20"_s,   u"--fail-rate"_s,     u"0.05"_s,
                            u"--rate-limit-rate"_s, u"0.03"_s, u"--retry-after"_s,   u"1"_s,
                            u"--reset-rate"_s,      u"0.02"_s, u"--truncate-rate"_s, u"0.02"_s,
                            u"--malformed-rate"_s,  u"0.02"_s, u"--random-seed"_s,   u"7"_s});
    if (sandbox.url().isEmpty()) {
        QTextStream(stderr) << "ems-soak: the sandbox did not start" << Qt::endl;
        return 1;
    }
    ConnectionSettings settings;
    settings.teamUrl = sandbox.url();
    settings.secret = adminKey;
    settings.keyType = KeyType::UserKey;
    settings.totalRetries = 3;
    settings.backoffFactor = 0.1;
    settings.timeoutSeconds = 10;
    Session session(settings);
    ResourceTreeModel model;
    EditManager edits(&model);
    model.addTeam(&session, u"Soak"_s);
    session.start();

    // What the program says it wrote, per object, and what it tried after that.
    QHash<QString, QString> written;
    QHash<QString, QStringList> triedSince;
    QHash<QString, QStringList> everTried;
    int writes = 0, failures = 0, conflicts = 0, actions = 0;
    QObject::connect(&edits, &EditManager::written, &app, [&](const Edit &edit) {
        const QString name = edit.result.name;
        written.insert(edit.original.id, name);
        triedSince.remove(edit.original.id);
        ++writes;
    });
    QObject::connect(&edits, &EditManager::failed, &app, [&](const Edit &edit) {
        ++failures;
        edits.dismiss(edit.id);
    });
    QObject::connect(&edits, &EditManager::conflicted, &app, [&](const Edit &edit) {
        ++conflicts; // a write of ours whose answer was lost came back changed: theirs wins
        edits.resolve(edit.id, EditManager::Resolution::KeepTheirs);
    });

    QRandomGenerator random(7);
    QElapsedTimer clock;
    clock.start();
    qint64 rssAtOneMinute = 0;
    int counter = 0;
    QTimer tick;
    tick.setInterval(150);
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        if (!rssAtOneMinute && clock.elapsed() > 60000)
            rssAtOneMinute = residentKiB();
        if (clock.elapsed() > runMs) {
            tick.stop();
            app.quit();
            return;
        }
        const QList<QModelIndex> all = rows(model);
        if (all.isEmpty())
            return;
        const QModelIndex row = all.at(random.bounded(int(all.size())));
        ++actions;
        switch (random.bounded(4)) {
        case 0:
        case 1:
            if (model.canFetchMore(row))
                model.fetchMore(row);
            break;
        case 2:
            model.refresh(row);
            break;
        case 3: {
            const auto seen = model.seenResource(row);
            if (!seen || !(model.flags(row) & Qt::ItemIsEditable))
                break;
            const QString name = u"Soak %1"_s.arg(++counter);
            if (edits.submit(&session, *seen, {{u"name"_s, name}})) {
                triedSince[seen->id].append(name);
                everTried[seen->id].append(name);
            }
            break;
        }
        }
    });
    tick.start();
    app.exec();

    // Quiet: no new actions; wait for what is in flight to end (retries included).
    QElapsedTimer quiet;
    quiet.start();
    while (quiet.elapsed() < 120000 && (session.requestsInFlight() > 0 || edits.isUndoing())) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    }
    int stuckRows = 0;
    for (const QModelIndex &row : rows(model)) {
        if (TreeNode::LoadState(row.data(ResourceTreeModel::LoadStateRole).toInt())
            == TreeNode::LoadState::Loading)
            ++stuckRows;
    }
    const qint64 rssEnd = residentKiB();

    // The sandbox's final state, as its state file keeps it.
    QFile file(stateFile);
    file.open(QIODevice::ReadOnly);
    const QJsonObject team = QJsonDocument::fromJson(file.readAll()).object();
    QHash<QString, QString> serverNames;
    for (const QString &collection :
         {u"spaces"_s, u"nodes"_s, u"pools"_s, u"dataModels"_s, u"analyses"_s}) {
        for (const QJsonValue &object : team.value(collection).toArray())
            serverNames.insert(object[u"id"].toString(), object[u"name"].toString());
    }
    int lost = 0, unexpected = 0;
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        const QString server = serverNames.value(it.key());
        // A write reported failed may still have reached the server: that is no loss.
        if (server != it.value() && !triedSince.value(it.key()).contains(server)) {
            ++lost;
            QTextStream(stderr) << "lost: " << it.key() << " wrote " << it.value()
                                << ", the team has " << server << Qt::endl;
        }
    }
    for (auto it = serverNames.cbegin(); it != serverNames.cend(); ++it) {
        if (it.value().startsWith(u"Soak ") && !everTried.value(it.key()).contains(it.value()))
            ++unexpected;
    }

    const QJsonObject report{{u"minutes"_s, double(clock.elapsed()) / 60000},
                             {u"actions"_s, actions},
                             {u"writesReported"_s, writes},
                             {u"failuresReported"_s, failures},
                             {u"conflicts"_s, conflicts},
                             {u"lostWrites"_s, lost},
                             {u"unexpectedNames"_s, unexpected},
                             {u"requestsStuck"_s, session.requestsInFlight()},
                             {u"rowsStuckLoading"_s, stuckRows},
                             {u"rssAtOneMinuteKiB"_s, rssAtOneMinute},
                             {u"rssAtEndKiB"_s, rssEnd},
                             {u"crashes"_s, 0}};
    const QByteArray json = QJsonDocument(report).toJson();
    QTextStream(stdout) << json;
    if (parser.isSet(jsonOption)) {
        QFile out(parser.value(jsonOption));
        if (out.open(QIODevice::WriteOnly))
            out.write(json);
    }
    return lost || unexpected || session.requestsInFlight() || stuckRows ? 1 : 0;
}
