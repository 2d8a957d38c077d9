#include "ui/log/logdock.h"

#include "core/log/requestlogexport.h"
#include "core/log/requestlogfiltermodel.h"
#include "core/log/requestlogmodel.h"
#include "ui/common/plaintooltipdelegate.h"
#include "ui/log/logstatuscolors.h"
#include "ui/tree/emptystate.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ems {

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

QToolButton *toolButton(const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setAccessibleName(QString(text).remove(u'&'));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

LogDock::LogDock(QWidget *parent)
    : QDockWidget(tr("Network Log"), parent)
    , m_model(new RequestLogModel(this))
    , m_colors(new LogStatusColors(this))
    , m_filter(new RequestLogFilterModel(this))
    , m_text(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_pause(toolButton(tr("&Pause"), this))
    , m_plain(toolButton(tr("P&lain"), this))
    , m_context(toolButton(QString(), this))
    , m_views(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new EmptyState(m_table))
    , m_lines(new QPlainTextEdit(this))
    , m_details(new QPlainTextEdit(this))
    , m_showAll(new QPushButton(tr("Show &All"), this))
{
    setObjectName(u"networkLog"_s);
    m_colors->setSourceModel(m_model);
    m_filter->setSourceModel(m_colors);

    m_text->setPlaceholderText(tr("Filter by URL, status or error"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter requests"));
    connect(m_text, &QLineEdit::textChanged, m_filter, &RequestLogFilterModel::setText);
    m_method->addItem(tr("Any method"), QString());
    for (const QString &method : {u"GET"_s, u"PUT"_s, u"POST"_s, u"DELETE"_s})
        m_method->addItem(method, method);
    m_method->setAccessibleName(tr("Method"));
    connect(m_method, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setMethod(m_method->currentData().toString()); });
    using Status = RequestLogFilterModel::StatusFilter;
    const std::pair<QString, Status> statuses[] = {{tr("Any status"), Status::All},
                                                   {tr("2xx success"), Status::Success},
                                                   {tr("4xx client errors"), Status::ClientErrors},
                                                   {tr("5xx server errors"), Status::ServerErrors},
                                                   {tr("Failed attempts"), Status::Failed},
                                                   {tr("Retried"), Status::Retried}};
    for (const auto &[label, status] : statuses)
        m_status->addItem(label, int(status));
    m_status->setAccessibleName(tr("Status"));
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusFilter(Status(m_status->currentData().toInt())); });

    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Stop adding requests to the log"));
    connect(m_pause, &QToolButton::toggled, m_model, &RequestLogModel::setPaused);
    QToolButton *clear = toolButton(tr("&Clear"), this);
    connect(clear, &QToolButton::clicked, this, [this] {
        m_model->clear();
        m_details->clear();
    });
    m_plain->setCheckable(true);
    m_plain->setToolTip(tr("One line per request, as PyCelonis logs them"));
    connect(m_plain, &QToolButton::toggled, this, [this](bool plain) {
        m_views->setCurrentIndex(plain ? 1 : 0);
        if (plain)
            m_lines->setPlainText(plainText());
    });
    m_context->setToolTip(tr("Show all requests again"));
    m_context->setAccessibleName(tr("Show all requests"));
    m_context->hide();
    connect(m_context, &QToolButton::clicked, this, [this] { showRequestsFor({}, {}); });

    QToolButton *exportButton = toolButton(tr("&Export"), this);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Copy as &curl"), this, &LogDock::copyCurl);
    exportMenu->addAction(tr("Save as &HAR…"), this, [this] {
        const QString file = QFileDialog::getSaveFileName(
                this, tr("Save as HAR"), u"ems-explorer.har"_s, tr("HTTP Archive (*.har)"));
        if (!file.isEmpty())
            saveHar(file);
    });
    exportMenu->addAction(tr("Save as &Text…"), this, [this] {
        const QString file = QFileDialog::getSaveFileName(
                this, tr("Save as text"), u"ems-explorer.log"_s, tr("Text (*.log *.txt)"));
        if (!file.isEmpty())
            saveText(file);
    });
    QAction *verbose = exportMenu->addAction(tr("&Verbose Plain View (Headers)"));
    verbose->setCheckable(true);
    connect(verbose, &QAction::toggled, this, &LogDock::setVerbose);
    exportButton->setMenu(exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);

    m_table->setModel(m_filter);
    m_table->setItemDelegate(new PlainToolTipDelegate(m_table));
    m_table->setAccessibleName(tr("Requests"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 4);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RequestLogModel::PathColumn,
                                                      QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyCurlAction = new QAction(tr("Copy as curl"), m_table);
    connect(copyCurlAction, &QAction::triggered, this, &LogDock::copyCurl);
    m_table->addAction(copyCurlAction);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_showAllBody = false;
        showDetails();
    });
    // Follow the newest requests, unless the user scrolled up to read older ones.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_table->verticalScrollBar();
        m_following = bar->value() == bar->maximum();
    });
    // An empty table says why, and how to see everything again.
    m_empty->setAccessibleName(tr("No requests shown"));
    connect(m_empty, &QLabel::linkActivated, this, &LogDock::showEverything);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &LogDock::updateEmptyText);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &LogDock::updateEmptyText);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &LogDock::updateEmptyText);
    updateEmptyText();
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_following)
            m_table->scrollToBottom();
        if (m_plain->isChecked())
            m_lines->setPlainText(plainText());
    });

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *text : {m_lines, m_details}) {
        text->setReadOnly(true);
        text->setFont(fixed);
    }
    m_lines->setLineWrapMode(QPlainTextEdit::NoWrap); // one request per line
    m_details->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long bodies
    m_lines->setAccessibleName(tr("Requests as text"));
    m_details->setAccessibleName(tr("Request details"));
    m_details->setPlaceholderText(tr("Select a request to see its headers, bodies and timing."));
    m_showAll->setEnabled(false);
    m_showAll->setAccessibleName(tr("Show the whole body"));
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        m_showAllBody = true;
        showDetails();
    });

    m_views->addWidget(m_table);
    m_views->addWidget(m_lines);
    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addWidget(m_showAll, 0, Qt::AlignRight);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_views);
    splitter->addWidget(detailsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_text, 1);
    bar->addWidget(m_method);
    bar->addWidget(m_status);
    bar->addWidget(m_context);
    bar->addWidget(m_pause);
    bar->addWidget(clear);
    bar->addWidget(m_plain);
    bar->addWidget(exportButton);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    setWidget(content);
}

void LogDock::append(const RequestLogEntry &entry)
{
    m_model->append(entry);
}

void LogDock::showRequestsFor(const QString &objectId, const QString &label)
{
    m_filter->setContext(objectId);
    m_context->setVisible(!objectId.isEmpty());
    m_context->setText(tr("Only “%1” ✕").arg(label));
    m_context->setAccessibleName(tr("Show all requests, not only those for %1").arg(label));
}

bool LogDock::selectRequest(quint64 requestId)
{
    const int row = m_model->rowOfRequest(requestId);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_colors->index(row, 0));
    if (!index.isValid()) { // filtered out: show everything again
        showEverything();
        index = m_filter->mapFromSource(m_colors->index(row, 0));
    }
    m_plain->setChecked(false);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void LogDock::showEverything()
{
    m_text->clear();
    m_method->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    showRequestsFor({}, {});
}

void LogDock::updateEmptyText()
{
    m_empty->say(m_filter->rowCount() > 0 ? QString()
                         : m_model->rowCount() == 0
                         ? tr("No requests yet. Every request EMS Explorer sends shows up "
                              "here, with its retries, timing and payloads.")
                         : tr("No request matches these filters. <a href=\"all\">Show all "
                              "requests</a>"));
}

QString LogDock::emptyText() const
{
    return m_empty->text();
}

QList<RequestLogEntry> LogDock::visibleEntries() const
{
    QList<RequestLogEntry> entries;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        entries.append(m_model->entry(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    return entries;
}

void LogDock::showDetails()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_details->clear();
        m_showAll->setEnabled(false);
        return;
    }
    const RequestLogEntry &entry = m_model->entry(current.row());
    m_details->setPlainText(RequestLogExport::details(entry, m_showAllBody));
    m_showAll->setEnabled(!m_showAllBody && RequestLogExport::hasLongBody(entry));
}

QString LogDock::detailsText() const
{
    return m_details->toPlainText();
}

QString LogDock::plainText() const
{
    return RequestLogExport::text(visibleEntries(), m_verbose);
}

void LogDock::setVerbose(bool verbose)
{
    m_verbose = verbose;
    if (m_plain->isChecked())
        m_lines->setPlainText(plainText());
}

void LogDock::copyCurl()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (current.isValid())
        QApplication::clipboard()->setText(RequestLogExport::curl(m_model->entry(current.row())));
}

bool LogDock::saveHar(const QString &file) const
{
    return writeFile(file, RequestLogExport::har(visibleEntries()));
}

bool LogDock::saveText(const QString &file) const
{
    return writeFile(file, plainText().toUtf8());
}

} // namespace ems
