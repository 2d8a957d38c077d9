#pragma once

#include <QLoggingCategory>

namespace ems {
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcModel)
} // namespace ems
