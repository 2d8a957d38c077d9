#pragma once

#include "core/net/requestlogentry.h"

#include <QAbstractTableModel>
#include <deque>

namespace ems {

// The network log: every attempt of every request, newest last, bounded like a ring
// buffer (the oldest rows go when it is full). Entries arrive redacted.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        DurationColumn,
        SizeColumn,
        AttemptColumn,
        ColumnCount
    };
    enum Role {
        RequestIdRole = Qt::UserRole + 1,
        ContextRole, // id of the object the request loads or changes
        OutcomeRole, // Outcome
        StatusClassRole, // 2, 3, 4, 5 for HTTP statuses, 0 for a network failure
        MethodRole,
        SearchTextRole, // URL, method, status and error, for the text filter
    };
    // Expected: a refusal the program asked for (the key-type check), not a failure.
    enum class Outcome { Success, Retried, Failed, Expected };
    Q_ENUM(Outcome)

    static constexpr int defaultCapacity = 5000;

    explicit RequestLogModel(QObject *parent = nullptr);

    void append(const RequestLogEntry &entry);
    void clear();
    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    void setPaused(bool paused) { m_paused = paused; }
    bool isPaused() const { return m_paused; }
    const RequestLogEntry &entry(int row) const { return m_entries.at(size_t(row)); }
    // The row of the last attempt of a request, or -1.
    int rowOfRequest(quint64 requestId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static Outcome outcome(const RequestLogEntry &entry);

private:
    std::deque<RequestLogEntry> m_entries;
    int m_capacity = defaultCapacity;
    bool m_paused = false;
};

} // namespace ems
