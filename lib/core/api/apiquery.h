#pragma once

#include "core/net/apierror.h"

#include <QObject>
#include <functional>

namespace ems {

class ApiJob;

// A small typed answer of the API: a subclass decodes the job's JSON into its own fields
// (decode runs only for an answer without error). Finishes once, then deletes itself (like
// ApiJob).
class ApiQuery : public QObject
{
    Q_OBJECT

public:
    const ApiError &error() const { return m_error; }

Q_SIGNALS:
    void finished();

protected:
    ApiQuery(ApiJob *job, const std::function<void(const QJsonValue &json)> &decode);

private:
    ApiError m_error;
};

} // namespace ems
