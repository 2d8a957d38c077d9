#include "core/net/netlog.h"

namespace ems {
Q_LOGGING_CATEGORY(lcNet, "ems.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModel, "ems.model", QtInfoMsg)
} // namespace ems
