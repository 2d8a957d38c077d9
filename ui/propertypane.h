#pragma once

#include "core/api/resource.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace ems {

class PropertyModel;
class ResourceQuery;
class ResourceService;

// The selected object's latest state: every field as key/value rows, and the key's
// permissions on it. Selecting fetches the latest (PyCelonis: reading .data fetches).
class PropertyPane : public QWidget
{
    Q_OBJECT

public:
    enum class State { Empty, Busy, Loaded, Failed };

    explicit PropertyPane(QWidget *parent = nullptr);

    // Shows a resource, fetching its latest state through the service.
    void showResource(ResourceService *service, const Resource &resource);
    // Shows a row that is not an object (team, group): a title and a few lines.
    void showSummary(const QString &title, const QString &text);
    void reload();
    // The server's answer to a write of the shown object.
    void showWritten(const Resource &result);
    // A line about an edit of the shown object (staged, writing, failed); empty hides it.
    void setEditNote(const QString &note);

    State state() const { return m_state; }
    const std::optional<Resource> &latest() const { return m_latest; }
    QString errorMessage() const;
    QTreeView *fieldView() const { return m_fields; }

Q_SIGNALS:
    void stateChanged(ems::PropertyPane::State state);
    void latestLoaded(const ems::Resource &resource);
    // The user changed a field in place: original is the version shown.
    void editRequested(const ems::Resource &original, const QJsonObject &changes);

private:
    void setState(State state);
    void fetch();
    void cancelQuery();
    void showLatest(const Resource &latest);
    void setSubtitle(const Resource &resource, const QString &readOnlyReason);
    void copyCurrentValue();

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_editNote;
    QProgressBar *m_busy;
    QWidget *m_errorBox;
    QLabel *m_error;
    QPushButton *m_retry;
    QTreeView *m_fields;
    PropertyModel *m_model;
    QLabel *m_permissionsTitle;
    QListWidget *m_permissions;

    State m_state = State::Empty;
    ResourceService *m_service = nullptr;
    std::optional<Resource> m_resource;
    std::optional<Resource> m_latest;
    QPointer<ResourceQuery> m_query;
};

} // namespace ems
