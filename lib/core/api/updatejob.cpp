#include "core/api/updatejob.h"

#include "core/api/resourcequery.h"
#include "core/net/apijob.h"
#include "core/net/session.h"

#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ems {

UpdateJob::UpdateJob(Session *session, const Resource &original, const QJsonObject &changes,
                     bool overwrite, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_original(original)
    , m_changes(changes)
    , m_overwrite(overwrite)
{
    if (!original.isWritable()) {
        m_error = ApiError::make(ApiError::Kind::Client, "PUT",
                                 session->teamUrl().resolved(QUrl(original.writePath())),
                                 original.writeRefusal());
        QTimer::singleShot(0, this, [this] { end(Outcome::Failed); });
        return;
    }
    auto *query = new ResourceQuery(session->get(original.readPath(), {}, original.id),
                                    original.family, true, this);
    connect(query, &ResourceQuery::finished, this, [this, query] {
        m_error = query->error();
        if (!m_error.isError())
            m_latest = query->resources().constFirst();
        latestFetched();
    });
}

bool UpdateJob::conflicts(const Resource &original, const Resource &latest,
                          const QJsonObject &changes)
{
    if (original.changeStamp != 0 && latest.changeStamp != original.changeStamp)
        return true;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        // Only what the user saw can be compared: a tree row knows just the name.
        const QJsonValue seen = original.raw.value(it.key());
        if (!seen.isUndefined() && latest.raw.value(it.key()) != seen)
            return true;
    }
    return false;
}

void UpdateJob::latestFetched()
{
    if (!m_session && !m_error.isError()) {
        m_error = ApiError::make(ApiError::Kind::Cancelled, "PUT", {},
                                 tr("Not written: the team was disconnected."));
    }
    if (m_error.isError()) {
        end(Outcome::Failed);
        return;
    }
    if (!m_overwrite && conflicts(m_original, m_latest, m_changes)) {
        end(Outcome::Conflict);
        return;
    }
    if (m_original.family == Resource::Family::Node) {
        writeNode();
        return;
    }
    QJsonObject body = m_latest.raw;
    for (auto it = m_changes.begin(); it != m_changes.end(); ++it)
        body.insert(it.key(), it.value());
    auto *query = new ResourceQuery(m_session->put(m_original.writePath(), body, m_original.id),
                                    m_original.family, true, this);
    connect(query, &ResourceQuery::finished, this, [this, query] {
        m_error = query->error();
        if (!m_error.isError()) {
            m_result = query->resources().constFirst();
            // Some endpoints answer without the parent id the path carried.
            if (m_result.parentId.isEmpty())
                m_result.parentId = m_latest.parentId;
        }
        written();
    });
}

bool UpdateJob::failed(const ApiJob *job, const QString &hint)
{
    m_error = job->error();
    if (!m_error.isError() && !m_session) {
        m_error = ApiError::make(ApiError::Kind::Cancelled, "PUT", {},
                                 tr("Not written: the team was disconnected."));
    }
    if (!m_error.isError())
        return false;
    if (!hint.isEmpty())
        m_error.hint = hint;
    end(Outcome::Failed);
    return true;
}

void UpdateJob::writeNode()
{
    // As content-cli 1.15 writes a node (node-api.js): its staging node with the
    // configuration, sent back whole with the change, first as a dry run that persists
    // nothing, so that a refusal is said before anything is written.
    const QString path = m_latest.stagingPath();
    if (path.isEmpty()) {
        m_error = ApiError::make(ApiError::Kind::BadResponse, "GET",
                                 m_session->teamUrl().resolved(QUrl(m_latest.readPath())),
                                 tr("The node came without its key or its package's key, so "
                                    "it cannot be written."));
        end(Outcome::Failed);
        return;
    }
    QUrlQuery withConfiguration;
    withConfiguration.addQueryItem(u"withConfiguration"_s, u"true"_s);
    ApiJob *read = m_session->get(path, withConfiguration, m_original.id);
    connect(read, &ApiJob::finished, this, [this, read, path] {
        if (failed(read))
            return;
        QJsonObject body = read->json().toObject();
        for (auto it = m_changes.begin(); it != m_changes.end(); ++it)
            body.insert(it.key(), it.value());
        ApiJob *dryRun = m_session->put(path + u"?validate=true"_s, body, m_original.id);
        connect(dryRun, &ApiJob::finished, this, [this, dryRun, path, body] {
            if (failed(dryRun,
                       tr("The team refused the change in a dry run (validate), so "
                          "nothing was written.")))
                return;
            ApiJob *write = m_session->put(path, body, m_original.id);
            connect(write, &ApiJob::finished, this, [this, write] {
                if (failed(write))
                    return;
                // The answer is a staging node: read the object the tree and pane show.
                auto *query = new ResourceQuery(
                        m_session->get(m_original.readPath(), {}, m_original.id), m_original.family,
                        true, this);
                connect(query, &ResourceQuery::finished, this, [this, query] {
                    m_error = query->error();
                    if (!m_error.isError())
                        m_result = query->resources().constFirst();
                    written();
                });
            });
        });
    });
}

void UpdateJob::written()
{
    end(m_error.isError() ? Outcome::Failed : Outcome::Updated);
}

void UpdateJob::end(Outcome outcome)
{
    m_outcome = outcome;
    Q_EMIT finished();
    deleteLater();
}

} // namespace ems
