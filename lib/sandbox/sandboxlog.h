#pragma once

#include <QLoggingCategory>

namespace ems::sandbox {
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
} // namespace ems::sandbox
