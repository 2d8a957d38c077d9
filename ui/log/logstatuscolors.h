#pragma once

#include <QIdentityProxyModel>

namespace ems {

// Colours the network log's Status column: failures in the error colour, retried attempts
// in amber, expected refusals (the key type check) in grey, successes as they are.
class LogStatusColors : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit LogStatusColors(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
};

} // namespace ems
