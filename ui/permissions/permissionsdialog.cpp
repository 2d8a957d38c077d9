#include "ui/permissions/permissionsdialog.h"

#include "core/access/servicearea.h"
#include "core/net/apierror.h"
#include "core/net/session.h"
#include "core/permissions/permissionsmodel.h"
#include "core/profiles/profilestore.h"
#include "core/tree/resourcelabels.h"
#include "core/tree/resourcetreemodel.h"
#include "ui/common/plaintooltipdelegate.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ems {

PermissionsDialog::PermissionsDialog(QWidget *parent)
    : QDialog(parent)
    , m_who(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_services(new QTreeView(this))
    , m_model(new PermissionsModel(this))
    , m_objectTitle(new QLabel(this))
    , m_object(new QTreeWidget(this))
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Permissions"));
    m_who->setTextFormat(Qt::PlainText); // names and messages from the team
    m_who->setWordWrap(true);
    m_who->setAccessibleName(tr("Connected key"));
    m_who->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setRecursiveFilteringEnabled(true);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    m_filter->setPlaceholderText(tr("Filter services and permissions"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter permissions"));
    connect(m_filter, &QLineEdit::textChanged, this, [this, proxy](const QString &text) {
        proxy->setFilterFixedString(text);
        m_services->expandAll();
    });
    m_services->setModel(proxy);
    m_services->setItemDelegate(new PlainToolTipDelegate(m_services));
    m_object->setItemDelegate(new PlainToolTipDelegate(m_object));
    m_services->setAccessibleName(tr("Permissions per service"));
    m_services->setUniformRowHeights(true);
    m_services->header()->setSectionResizeMode(PermissionsModel::NameColumn,
                                               QHeaderView::ResizeToContents);

    auto *copy = new QPushButton(tr("Copy as &JSON"), this);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(QString::fromUtf8(m_model->toJson())); });
    auto *showAfterConnect = new QCheckBox(tr("&Show this after connecting"), this);
    showAfterConnect->setChecked(ProfileStore().showPermissionsAfterConnect());
    connect(showAfterConnect, &QCheckBox::toggled, this,
            [](bool on) { ProfileStore().setShowPermissionsAfterConnect(on); });

    auto *keyTab = new QWidget(this);
    auto *keyLayout = new QVBoxLayout(keyTab);
    keyLayout->addWidget(m_who);
    keyLayout->addWidget(m_filter);
    keyLayout->addWidget(m_services, 1);
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(showAfterConnect);
    keyButtons->addStretch();
    keyButtons->addWidget(copy);
    keyLayout->addLayout(keyButtons);

    m_objectTitle->setWordWrap(true);
    m_object->setColumnCount(2);
    m_object->setHeaderLabels({tr("What"), tr("Why")});
    m_object->setAccessibleName(tr("What can I do here"));
    m_object->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_object->setRootIsDecorated(true);
    auto *objectTab = new QWidget(this);
    auto *objectLayout = new QVBoxLayout(objectTab);
    objectLayout->addWidget(m_objectTitle);
    objectLayout->addWidget(m_object, 1);

    m_tabs->addTab(keyTab, tr("This &Key"));
    m_tabs->addTab(objectTab, tr("What Can I Do &Here?"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(720, 520);
    showObject(std::nullopt);
}

void PermissionsDialog::showSession(const Session *session, const QString &teamLabel)
{
    m_scopes.reset();
    if (session && session->settings().isOAuth())
        m_scopes = session->grantedScopes();
    if (!session) {
        m_who->setText(tr("No team connected."));
        m_model->setPermissions({});
        return;
    }
    QString who = session->connectedAs();
    if (who.isEmpty())
        who = session->state() == Session::State::Failed ? session->connectError().summary()
                                                         : tr("connecting…");
    if (!session->settings().loadPermissions) {
        m_who->setText(tr("%1 · %2. Loading permissions is switched off for this connection.")
                               .arg(teamLabel, who));
    } else if (!session->hasPermissions()) {
        m_who->setText(tr("%1 · %2. The permissions have not arrived yet.").arg(teamLabel, who));
    } else if (ServicePermission::noneGranted(session->permissions())) {
        m_who->setText(tr("%1 · %2. This key has no team-wide permissions: it reaches only what "
                          "is shared with it. What Can I Do Here? tells for each object.")
                               .arg(teamLabel, who));
    } else {
        m_who->setText(
                tr("%1 · %2. Team-wide permissions of this key, per service:").arg(teamLabel, who));
    }
    if (m_scopes) {
        m_who->setText(m_who->text() + u"\n"_s
                       + tr("OAuth scopes granted: %1. An API answers only when the client has "
                            "both its scope and the permission.")
                                 .arg(m_scopes->isEmpty() ? tr("none") : m_scopes->join(u", "_s)));
    } else if (session->settings().isOAuth()) {
        m_who->setText(m_who->text() + u"\n"_s
                       + tr("OAuth scopes granted: not stated by the team's token answer."));
    }
    m_model->setPermissions(session->permissions());
    m_services->expandAll();
}

void PermissionsDialog::showObject(const std::optional<Resource> &resource,
                                   PermissionGlossary::Read read)
{
    m_object->clear();
    if (!resource) {
        m_objectTitle->setText(tr("Select an object in the tree to see what your key may do "
                                  "with it."));
        return;
    }
    m_objectTitle->setText(
            tr("<b>%1</b> (%2)")
                    .arg(ApiError::bounded(resource->name).toHtmlEscaped(),
                         ResourceLabels::typeLabel(resource->kind, resource->assetType)));
    auto *actions = new QTreeWidgetItem(m_object, {tr("What this key may do")});
    // An OAuth client needs the API's scope on top of the permission. Only a source's scope
    // counts, and only as "probably": the team's answer to a write is the evidence.
    using Verdict = PermissionGlossary::Verdict;
    const QStringList writeScopes
            = ServiceArea::probablyMissing(resource->writePath(), true, m_scopes);
    for (PermissionGlossary::Capability capability :
         PermissionGlossary::capabilities(*resource, m_model->permissions(), read)) {
        if (!writeScopes.isEmpty() && capability.writesHere
            && capability.verdict == Verdict::Allowed) {
            capability.verdict = Verdict::NotKnown;
            capability.reason = tr("%1 But the OAuth client was probably not granted the scope "
                                   "%2, which writing it needs.")
                                        .arg(capability.reason, writeScopes.join(tr(" or ")));
        }
        const QString mark = capability.verdict == Verdict::Allowed ? tr("✓ %1")
                : capability.verdict == Verdict::Refused            ? tr("✗ %1")
                                                                    : tr("? %1");
        auto *verdict
                = new QTreeWidgetItem(actions, {mark.arg(capability.action), capability.reason});
        verdict->setToolTip(1, capability.reason); // the whole of it, however narrow the column
    }
    auto *permissions = new QTreeWidgetItem(m_object, {tr("Its permissions")});
    if (!resource->raw.contains(u"permissions"))
        new QTreeWidgetItem(permissions, {tr("(not listed)"), tr("The object does not say.")});
    else if (resource->permissions.isEmpty())
        new QTreeWidgetItem(permissions, {tr("(none)"), tr("The key may not act on it.")});
    for (const QString &permission : resource->permissions)
        new QTreeWidgetItem(permissions, {permission, PermissionGlossary::explain(permission)});
    m_object->expandAll();
}

void PermissionsDialog::showObjectTab()
{
    m_tabs->setCurrentIndex(1);
}

} // namespace ems
