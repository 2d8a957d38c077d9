#pragma once

#include "core/api/resource.h"
#include "ui/pane/factsheet.h"

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
    // Shows a row that is not an object (group, error): a title and a few lines, in the
    // error colour for an error.
    void showSummary(const QString &title, const QString &text, bool error = false);
    // Shows a team's overview: a title, a line under it and facts.
    void showFacts(const QString &title, const QString &text, const QList<FactSheet::Fact> &facts);
    // Where the shown object is: names and ids of its ancestors, outermost first.
    void setLocation(const QList<std::pair<QString, QString>> &ancestors);
    void reload();
    // The server's answer to a write of the shown object.
    void showWritten(const Resource &result);
    // A line about an edit of the shown object (staged, writing, failed); empty hides it.
    void setEditNote(const QString &note);

    State state() const { return m_state; }
    const std::optional<Resource> &latest() const { return m_latest; }
    // The key was refused (403) reading the latest state of the object with this id.
    bool readRefused(const QString &id) const
    {
        return m_state == State::Failed && m_refused && m_resource && m_resource->id == id;
    }
    QString errorMessage() const;
    QTreeView *fieldView() const { return m_fields; }
    const FactSheet *facts() const { return m_facts; }

Q_SIGNALS:
    void stateChanged(ems::PropertyPane::State state);
    void latestLoaded(const ems::Resource &resource);
    // The user changed a field in place: original is the version shown.
    void editRequested(const ems::Resource &original, const QJsonObject &changes);
    // A place in the location was activated: select the object with that id.
    void revealRequested(const QString &id);

private:
    void setState(State state);
    void fetch();
    void cancelQuery();
    void showLatest(const Resource &latest);
    void setSubtitle(const Resource &resource, const QString &readOnlyReason);
    void copyCurrentValue();
    void showObjectFacts(const Resource &resource);
    // "4 Mar 2026 07:53 by you (Ada Lovelace)" from a date field and a person field.
    QString when(const Resource &resource, const QStringList &dateFields,
                 const QStringList &personFields) const;
    void setSubtitleError(bool error);
    void showPermissions(const Resource &latest);

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_editNote;
    FactSheet *m_facts;
    QLabel *m_fieldsTitle;
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
    bool m_refused = false;
    QList<std::pair<QString, QString>> m_location;
    QPointer<ResourceQuery> m_query;
};

} // namespace ems
