#include "core/profiles/profile.h"

namespace ems {

std::optional<Profile> Profile::fromEnvironment()
{
    if (qEnvironmentVariableIsEmpty("CELONIS_URL")
        || (qEnvironmentVariableIsEmpty("CELONIS_API_TOKEN")
            && qEnvironmentVariableIsEmpty("OAUTH_CLIENT_ID")))
        return std::nullopt;
    Profile profile;
    profile.name = QLatin1String(environmentName);
    profile.settings.applyEnvironment();
    profile.keyStorage = KeyStorage::Memory;
    if (profile.settings.teamUrl.isEmpty())
        return std::nullopt;
    return profile;
}

} // namespace ems
