#include "core/log/requestlogmodel.h"

#include "core/log/requestlogexport.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ems {

RequestLogModel::RequestLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

RequestLogModel::Outcome RequestLogModel::outcome(const RequestLogEntry &entry)
{
    if (entry.expectedRefusal)
        return Outcome::Expected;
    if (entry.retryInMs >= 0)
        return Outcome::Retried;
    if (!entry.error.isEmpty() || entry.status >= 400 || entry.status == 0)
        return Outcome::Failed;
    return Outcome::Success;
}

void RequestLogModel::append(const RequestLogEntry &entry)
{
    if (m_paused)
        return;
    if (int(m_entries.size()) >= m_capacity) {
        const int excess = int(m_entries.size()) - m_capacity + 1;
        beginRemoveRows({}, 0, excess - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + excess);
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(entry);
    endInsertRows();
}

void RequestLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void RequestLogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    if (int(m_entries.size()) > m_capacity) {
        const int excess = int(m_entries.size()) - m_capacity;
        beginRemoveRows({}, 0, excess - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + excess);
        endRemoveRows();
    }
}

int RequestLogModel::rowOfRequest(quint64 requestId) const
{
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (m_entries[size_t(row)].requestId == requestId)
            return row;
    }
    return -1;
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_entries.size()))
        return {};
    const RequestLogEntry &e = m_entries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return e.started.toLocalTime().toString(u"HH:mm:ss.zzz"_s);
        case MethodColumn:
            return QString::fromLatin1(e.method);
        case PathColumn: {
            const QString query = e.url.query(QUrl::FullyDecoded);
            return query.isEmpty() ? e.url.path() : e.url.path() + u'?' + query;
        }
        case StatusColumn: {
            const QString status = e.status ? QString::number(e.status) : tr("no answer");
            switch (outcome(e)) {
            case Outcome::Retried:
                return tr("%1 · retried").arg(status);
            case Outcome::Failed:
                return tr("%1 · failed").arg(status);
            case Outcome::Expected:
                return tr("%1 · expected").arg(status);
            case Outcome::Success:
                break;
            }
            return status;
        }
        case DurationColumn:
            return tr("%1 ms").arg(e.durationMs);
        case SizeColumn:
            return QLocale().formattedDataSize(e.bytesIn, 1, QLocale::DataSizeTraditionalFormat);
        case AttemptColumn:
            return u"%1/%2"_s.arg(e.attempt).arg(e.maxAttempts);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = e.pyCelonisLine();
        if (!e.error.isEmpty())
            tip += u"\n"_s + e.error;
        if (e.retryInMs >= 0)
            tip += u"\n"_s + tr("Retried after %1 ms.").arg(e.retryInMs);
        if (e.expectedRefusal)
            tip += u"\n"_s + RequestLogExport::expectedRefusalNote();
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == SizeColumn
            || index.column() == StatusColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RequestIdRole:
        return e.requestId;
    case ContextRole:
        return e.context;
    case OutcomeRole:
        return int(outcome(e));
    case StatusClassRole:
        return e.status / 100;
    case MethodRole:
        return QString::fromLatin1(e.method);
    case SearchTextRole:
        return u"%1 %2 %3 %4"_s.arg(QString::fromLatin1(e.method), e.url.toString())
                .arg(e.status)
                .arg(e.error);
    default:
        break;
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[]
            = {QT_TR_NOOP("Time"),   QT_TR_NOOP("Method"),   QT_TR_NOOP("Path"),
               QT_TR_NOOP("Status"), QT_TR_NOOP("Duration"), QT_TR_NOOP("Size"),
               QT_TR_NOOP("Attempt")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace ems
