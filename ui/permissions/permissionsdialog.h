#pragma once

#include "core/api/resource.h"
#include "core/permissions/permissionglossary.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QTabWidget;
class QTreeView;
class QTreeWidget;

namespace ems {

class PermissionsModel;
class Session;

// What an API key may do: every service with its permissions and a short explanation,
// filterable and copyable as JSON; and, for the selected object, what its permissions
// allow in EMS Explorer ("What can I do here?").
class PermissionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PermissionsDialog(QWidget *parent = nullptr);

    void showSession(const Session *session, const QString &teamLabel);
    // The object part; nullopt when no object is selected.
    // read: what happened when this key last read the object (Succeeded: the resource is
    // that latest state).
    void showObject(const std::optional<Resource> &resource,
                    PermissionGlossary::Read read = PermissionGlossary::Read::NotTried);
    void showObjectTab();

    PermissionsModel *model() const { return m_model; }
    QTreeView *serviceView() const { return m_services; }
    QTreeWidget *objectView() const { return m_object; }

private:
    QLabel *m_who;
    QLineEdit *m_filter;
    QTreeView *m_services;
    PermissionsModel *m_model;
    QLabel *m_objectTitle;
    std::optional<QStringList> m_scopes; // granted to an OAuth connection
    QTreeWidget *m_object;
    QTabWidget *m_tabs;
};

} // namespace ems
