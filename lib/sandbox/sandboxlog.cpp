#include "sandboxlog.h"

namespace ems::sandbox {
Q_LOGGING_CATEGORY(lcSandbox, "ems.sandbox", QtInfoMsg)
} // namespace ems::sandbox
