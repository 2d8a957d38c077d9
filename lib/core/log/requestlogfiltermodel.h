#pragma once

#include <QSortFilterProxyModel>

namespace ems {

// Narrows the network log by text, method, status class and the object a request was for.
class RequestLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter { All, Success, ClientErrors, ServerErrors, Failed, Retried };
    Q_ENUM(StatusFilter)

    explicit RequestLogFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setMethod(const QString &method); // empty: any
    void setStatusFilter(StatusFilter filter);
    void setContext(const QString &objectId); // empty: any
    QString context() const { return m_context; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_method;
    StatusFilter m_status = StatusFilter::All;
    QString m_context;
};

} // namespace ems
