#pragma once

#include <QDockWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace ems {

class EmptyState;
class LogStatusColors;
class RequestLogFilterModel;
class RequestLogModel;
struct RequestLogEntry;

// What EMS Explorer does on the wire: every attempt of every request with its status,
// time, size and retries; the details of one; filters; and exports (curl, HAR, text).
// Keys are redacted before entries get here.
class LogDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit LogDock(QWidget *parent = nullptr);

    void append(const RequestLogEntry &entry);
    // Shows only the requests that loaded or changed this object; empty shows all.
    void showRequestsFor(const QString &objectId, const QString &label);
    // Selects the last attempt of a request (an error row's failed request).
    bool selectRequest(quint64 requestId);

    RequestLogModel *model() const { return m_model; }
    RequestLogFilterModel *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QString detailsText() const;
    // What the table says when it shows no request (empty when it shows some).
    QString emptyText() const;
    QString plainText() const;
    void copyCurl();
    bool saveHar(const QString &file) const;
    bool saveText(const QString &file) const;

private:
    QList<RequestLogEntry> visibleEntries() const;
    void showDetails();
    void setVerbose(bool verbose);
    void updateEmptyText();
    void showEverything();

    RequestLogModel *m_model;
    LogStatusColors *m_colors;
    RequestLogFilterModel *m_filter;
    QLineEdit *m_text;
    QComboBox *m_method;
    QComboBox *m_status;
    QToolButton *m_pause;
    QToolButton *m_plain;
    QToolButton *m_context;
    QStackedWidget *m_views;
    QTableView *m_table;
    EmptyState *m_empty;
    QPlainTextEdit *m_lines;
    QPlainTextEdit *m_details;
    QPushButton *m_showAll;
    bool m_showAllBody = false;
    bool m_verbose = false;
    bool m_following = true; // the table was at its newest row before rows came
};

} // namespace ems
