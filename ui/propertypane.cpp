#include "propertypane.h"

#include "core/api/resourcequery.h"
#include "core/api/resourceservice.h"
#include "core/edit/propertymodel.h"
#include "core/tree/resourcelabels.h"
#include "core/tree/resourcetreemodel.h"
#include "editdelegate.h"
#include "treedecorationproxy.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ems {

PropertyPane::PropertyPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_editNote(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_errorBox(new QWidget(this))
    , m_error(new QLabel(m_errorBox))
    , m_retry(new QPushButton(tr("&Retry"), m_errorBox))
    , m_fields(new QTreeView(this))
    , m_model(new PropertyModel(this))
    , m_permissionsTitle(new QLabel(tr("Your permissions on this object"), this))
    , m_permissions(new QListWidget(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_editNote->setWordWrap(true);
    m_editNote->setAccessibleName(tr("Edit status"));
    m_editNote->hide();
    QFont italic = m_editNote->font();
    italic.setItalic(true);
    m_editNote->setFont(italic);

    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setAccessibleName(tr("Reading the latest state"));

    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Error"));
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, TreeDecorationProxy::errorColor(errorPalette));
    m_error->setPalette(errorPalette);
    m_retry->setAccessibleName(tr("Retry reading this object"));
    auto *errorLayout = new QHBoxLayout(m_errorBox);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(m_error, 1);
    errorLayout->addWidget(m_retry, 0, Qt::AlignTop);
    connect(m_retry, &QPushButton::clicked, this, &PropertyPane::reload);

    m_fields->setModel(m_model);
    m_fields->setItemDelegate(new EditDelegate(
            [](const QModelIndex &index) { return index.siblingAtColumn(0).data().toString(); },
            [](const QModelIndex &index) {
                return index.column() == PropertyModel::KeyColumn
                        && index.data(PropertyModel::EditableRole).toBool();
            },
            m_fields));
    m_fields->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    connect(m_model, &PropertyModel::editRequested, this,
            [this](const QString &field, const QJsonValue &value) {
                if (m_latest)
                    Q_EMIT editRequested(*m_latest, {{field, value}});
            });
    m_fields->setAccessibleName(tr("Fields"));
    m_fields->setAccessibleDescription(tr("Every field of the selected object. Ctrl+C copies "
                                          "the value of the current field."));
    m_fields->setUniformRowHeights(true);
    m_fields->setAlternatingRowColors(true);
    m_fields->header()->setSectionResizeMode(PropertyModel::KeyColumn,
                                             QHeaderView::ResizeToContents);
    m_fields->header()->setStretchLastSection(true);
    m_fields->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyValue = new QAction(tr("Copy Value"), m_fields);
    copyValue->setShortcut(QKeySequence::Copy);
    copyValue->setShortcutContext(Qt::WidgetShortcut);
    connect(copyValue, &QAction::triggered, this, &PropertyPane::copyCurrentValue);
    m_fields->addAction(copyValue);

    m_permissionsTitle->setBuddy(m_permissions);
    QFont bold = m_permissionsTitle->font();
    bold.setBold(true);
    m_permissionsTitle->setFont(bold);
    m_permissions->setAccessibleName(tr("Your permissions on this object"));
    m_permissions->setMaximumHeight(120);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_editNote);
    layout->addWidget(m_busy);
    layout->addWidget(m_errorBox);
    layout->addWidget(m_fields, 1);
    layout->addWidget(m_permissionsTitle);
    layout->addWidget(m_permissions);
    layout->addStretch(); // keeps a summary at the top while the field list is hidden
    setAccessibleName(tr("Properties"));
    showSummary(tr("Nothing selected"), tr("Select an item in the tree to see its latest state."));
}

void PropertyPane::setState(State state)
{
    m_state = state;
    m_busy->setVisible(state == State::Busy);
    m_errorBox->setVisible(state == State::Failed);
    const bool object = m_resource.has_value();
    m_fields->setVisible(object);
    m_permissionsTitle->setVisible(object && state != State::Failed);
    m_permissions->setVisible(object && state != State::Failed);
    Q_EMIT stateChanged(state);
}

void PropertyPane::cancelQuery()
{
    if (!m_query)
        return;
    QObject::disconnect(m_query, nullptr, this, nullptr);
    m_query->cancel();
    m_query = nullptr;
}

void PropertyPane::showSummary(const QString &title, const QString &text)
{
    cancelQuery();
    m_service = nullptr;
    m_resource.reset();
    m_editNote->hide();
    m_latest.reset();
    m_model->clear();
    m_title->setText(title);
    m_subtitle->setText(text);
    setState(State::Empty);
}

void PropertyPane::showResource(ResourceService *service, const Resource &resource)
{
    const bool sameObject = m_resource && m_resource->id == resource.id;
    m_service = service;
    m_resource = resource;
    if (!sameObject) {
        m_latest.reset();
        m_model->clear();
        m_permissions->clear();
    }
    m_title->setText(resource.name.isEmpty() ? tr("(no name)") : resource.name);
    setSubtitle(resource, {});
    fetch();
}

void PropertyPane::setSubtitle(const Resource &resource, const QString &readOnlyReason)
{
    const QString what = u"%1 · %2"_s.arg(
            ResourceLabels::typeLabel(resource.kind, resource.assetType), resource.id);
    // Read-only shows in the header, before anyone tries to edit; the tooltip says why.
    m_subtitle->setText(readOnlyReason.isEmpty() ? what : tr("%1 · Read-only").arg(what));
    m_subtitle->setToolTip(readOnlyReason);
}

void PropertyPane::reload()
{
    if (m_resource && m_service)
        fetch();
}

void PropertyPane::fetch()
{
    cancelQuery();
    setState(State::Busy);
    ResourceQuery *query = m_service->latest(*m_resource);
    m_query = query;
    connect(query, &ResourceQuery::finished, this, [this, query] {
        m_query = nullptr;
        if (query->error().isError()) {
            m_error->setText(
                    tr("Couldn't read its latest state: %1").arg(query->error().summary()));
            m_error->setToolTip(query->error().message()); // the request, for the curious
            setState(State::Failed);
            return;
        }
        showLatest(query->resources().constFirst());
        setState(State::Loaded);
        Q_EMIT latestLoaded(*m_latest);
    });
}

void PropertyPane::showLatest(const Resource &latest)
{
    m_latest = latest;
    m_model->setObject(latest.raw);
    QString reason;
    if (!latest.isWritable())
        reason = tr("Read-only: a %1 cannot be changed through the API.")
                         .arg(Resource::familyName(latest.family));
    else if (!latest.missingEditPermission().isEmpty())
        reason = ResourceLabels::missingEditPermission(latest.family);
    m_model->setEditableFields(reason.isEmpty() ? latest.editableFields() : QStringList(), reason);
    m_title->setText(latest.name.isEmpty() ? tr("(no name)") : latest.name);
    setSubtitle(latest, reason);
    m_permissions->clear();
    if (!latest.raw.contains(u"permissions"))
        m_permissions->addItem(tr("The object does not list permissions."));
    else if (latest.permissions.isEmpty())
        m_permissions->addItem(tr("None"));
    else
        m_permissions->addItems(latest.permissions);
}

void PropertyPane::showWritten(const Resource &result)
{
    if (!m_resource || m_resource->id != result.id || m_state == State::Busy)
        return;
    showLatest(result);
    Q_EMIT latestLoaded(result);
}

void PropertyPane::setEditNote(const QString &note)
{
    m_editNote->setText(note);
    m_editNote->setVisible(!note.isEmpty() && m_resource.has_value());
}

QString PropertyPane::errorMessage() const
{
    return m_state == State::Failed ? m_error->text() : QString();
}

void PropertyPane::copyCurrentValue()
{
    const QModelIndex current = m_fields->currentIndex();
    if (current.isValid())
        QApplication::clipboard()->setText(current.data(PropertyModel::RawValueRole).toString());
}

} // namespace ems
