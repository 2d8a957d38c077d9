#include "ui/pane/propertypane.h"

#include "core/api/resourcequery.h"
#include "core/api/resourceservice.h"
#include "core/edit/propertymodel.h"
#include "core/net/apierror.h"
#include "core/net/session.h"
#include "core/permissions/permissionglossary.h"
#include "core/tree/resourcelabels.h"
#include "core/tree/resourcetreemodel.h"
#include "ui/common/plaintooltipdelegate.h"
#include "ui/tree/editdelegate.h"
#include "ui/tree/treedecorationproxy.h"

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
    , m_facts(new FactSheet(this))
    , m_fieldsTitle(new QLabel(tr("All fields"), this))
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
    // Names and messages from the server: never read as HTML.
    for (QLabel *label : {m_title, m_subtitle, m_editNote, m_error})
        label->setTextFormat(Qt::PlainText);
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

    // The links carry no server text: which place, or "copy", resolved here.
    connect(m_facts, &FactSheet::linkActivated, this, [this](const QString &link) {
        bool isPlace = false;
        const int place = link.startsWith(u"place:") ? link.mid(6).toInt(&isPlace) : -1;
        if (link == u"copy" && m_resource)
            QApplication::clipboard()->setText(m_resource->id);
        else if (isPlace && place >= 0 && place < m_location.size())
            Q_EMIT revealRequested(m_location.at(place).second);
    });
    m_permissionsTitle->setBuddy(m_permissions);
    m_fieldsTitle->setBuddy(m_fields);
    QFont bold = m_permissionsTitle->font();
    bold.setBold(true);
    m_permissionsTitle->setFont(bold);
    m_fieldsTitle->setFont(bold);
    m_permissions->setAccessibleName(tr("Your permissions on this object"));
    m_permissions->setWordWrap(true);
    m_permissions->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_editNote);
    layout->addWidget(m_facts);
    layout->addWidget(m_busy);
    layout->addWidget(m_errorBox);
    layout->addSpacing(6);
    layout->addWidget(m_fieldsTitle);
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
    m_fieldsTitle->setVisible(object);
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

void PropertyPane::showSummary(const QString &title, const QString &text, bool error)
{
    showFacts(title, text, {});
    setSubtitleError(error);
}

void PropertyPane::showFacts(const QString &title, const QString &text,
                             const QList<FactSheet::Fact> &facts)
{
    cancelQuery();
    m_service = nullptr;
    m_resource.reset();
    m_editNote->hide();
    m_latest.reset();
    m_model->clear();
    m_title->setText(ApiError::bounded(title));
    m_subtitle->setText(ApiError::bounded(text));
    m_subtitle->setToolTip(QString());
    setSubtitleError(false);
    m_facts->setFacts(facts);
    setState(State::Empty);
}

void PropertyPane::setSubtitleError(bool error)
{
    QPalette palette = m_subtitle->palette();
    palette.setColor(QPalette::WindowText,
                     error ? TreeDecorationProxy::errorColor(palette)
                           : palette.color(QPalette::PlaceholderText));
    m_subtitle->setPalette(palette);
}

void PropertyPane::setLocation(const QList<std::pair<QString, QString>> &ancestors)
{
    m_location = ancestors;
}

QString PropertyPane::when(const Resource &resource, const QStringList &dateFields,
                           const QStringList &personFields) const
{
    QString date;
    for (const QString &field : dateFields) {
        if (const auto time = PropertyModel::timestamp(field, resource.raw.value(field))) {
            date = PropertyModel::displayTime(*time);
            break;
        }
    }
    QString person;
    for (const QString &field : personFields) {
        person = resource.raw.value(field).toString();
        if (!person.isEmpty())
            break;
    }
    // People by name where the API tells one: the key's own user.
    const Session *session = m_service ? m_service->session() : nullptr;
    const auto &me = session ? session->identity() : std::nullopt;
    if (me && !person.isEmpty() && person == me->id)
        person = tr("you (%1)").arg(me->displayName());
    person = person.toHtmlEscaped();
    if (date.isEmpty())
        return person.isEmpty() ? QString() : tr("by %1").arg(person);
    return person.isEmpty() ? date : tr("%1 by %2").arg(date, person);
}

void PropertyPane::showObjectFacts(const Resource &resource)
{
    QStringList places;
    for (qsizetype i = 0; i < m_location.size(); ++i) {
        const auto &[name, id] = m_location.at(i);
        const QString shown = ApiError::bounded(name).toHtmlEscaped();
        places.append(id.isEmpty() ? shown : u"<a href=\"place:%1\">%2</a>"_s.arg(i).arg(shown));
    }
    QList<FactSheet::Fact> facts;
    if (!places.isEmpty())
        facts.append({tr("Location"), places.join(u" › "_s)});
    const QString created = when(resource, {u"creationDate"_s, u"createdDate"_s, u"createDate"_s},
                                 {u"createdBy"_s, u"createdById"_s, u"creatorUserId"_s});
    if (!created.isEmpty())
        facts.append({tr("Created"), created});
    const QString changed = when(resource, {Resource::changeStampField(resource.family)},
                                 {u"updatedBy"_s, u"changedBy"_s, u"lastChangedBy"_s});
    if (!changed.isEmpty())
        facts.append({tr("Changed"), changed});
    facts.append({tr("ID"),
                  u"%1 &nbsp;<a href=\"copy\">%2</a>"_s.arg(
                          ApiError::bounded(resource.id).toHtmlEscaped(), tr("Copy"))});
    m_facts->setFacts(facts);
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
    m_title->setText(resource.name.isEmpty() ? tr("(no name)") : ApiError::bounded(resource.name));
    setSubtitle(resource, {});
    setSubtitleError(false);
    showObjectFacts(resource);
    fetch();
}

void PropertyPane::setSubtitle(const Resource &resource, const QString &readOnlyReason)
{
    const QString what = ResourceLabels::typeLabel(resource.kind, resource.assetType);
    // Read-only shows in the header, before anyone tries to edit; the tooltip says why.
    m_subtitle->setText(readOnlyReason.isEmpty() ? what : tr("%1 · Read-only").arg(what));
    m_subtitle->setToolTip(PlainToolTipDelegate::toolTip(readOnlyReason));
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
        const ApiError &error = query->error();
        m_refused = error.kind == ApiError::Kind::Forbidden;
        if (error.isError()) {
            // Not shared with this key is a fact about the object, not a failure.
            m_error->setText(
                    m_refused ? tr("Closed to you: %1 %2").arg(error.detail, error.hint)
                              : tr("Couldn't read its latest state: %1").arg(error.summary()));
            m_error->setToolTip(PlainToolTipDelegate::toolTip(error.message())); // the request
            QPalette palette = this->palette(); // of the theme shown now
            if (!m_refused)
                palette.setColor(QPalette::WindowText, TreeDecorationProxy::errorColor(palette));
            m_error->setPalette(palette);
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
    const QString reason = ResourceLabels::readOnlyReason(latest);
    m_model->setEditableFields(reason.isEmpty() ? latest.editableFields() : QStringList(), reason);
    m_title->setText(latest.name.isEmpty() ? tr("(no name)") : ApiError::bounded(latest.name));
    setSubtitle(latest, reason);
    showObjectFacts(latest);
    showPermissions(latest);
}

void PropertyPane::showPermissions(const Resource &latest)
{
    m_permissions->clear();
    if (!latest.raw.contains(u"permissions"))
        m_permissions->addItem(tr("The object does not list permissions."));
    else if (latest.permissions.isEmpty())
        m_permissions->addItem(tr("None"));
    // Each in words, its EMS name beside it for those who know them.
    for (const QString &permission : latest.permissions) {
        auto *item = new QListWidgetItem(
                tr("%1 (%2)").arg(PermissionGlossary::explain(permission), permission),
                m_permissions);
        item->setToolTip(PlainToolTipDelegate::toolTip(permission));
    }
    // As tall as its content, up to a limit: the fields keep their room.
    constexpr int mostRows = 8;
    const int rows = std::min(m_permissions->count(), mostRows);
    int height = 2 * m_permissions->frameWidth();
    for (int row = 0; row < rows; ++row)
        height += m_permissions->sizeHintForRow(row);
    m_permissions->setFixedHeight(height);
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
