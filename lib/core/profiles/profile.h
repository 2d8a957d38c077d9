#pragma once

#include "core/profiles/connectionsettings.h"

#include <QString>

namespace ems {

// A saved connection: everything of ConnectionSettings except the key, which lives in the
// keychain (or, by the user's explicit choice, in memory or a private file).
struct Profile
{
    enum class KeyStorage { Keychain, Memory, File };

    QString name;
    ConnectionSettings settings; // secret stays empty here
    KeyStorage keyStorage = KeyStorage::Keychain;

    static constexpr auto environmentName = "Environment";
    // The profile PyCelonis would use: CELONIS_URL with CELONIS_API_TOKEN and
    // CELONIS_KEY_TYPE, or with OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET, OAUTH_SCOPES and
    // OAUTH_METHOD.
    static std::optional<Profile> fromEnvironment();
    bool isEnvironment() const { return name == QLatin1String(environmentName); }
};

} // namespace ems
