#pragma once

#include "core/profiles/profile.h"

#include <QStringList>

namespace ems {

// The saved profiles, in QSettings under "profiles/<name>/". Never holds a key.
class ProfileStore
{
public:
    ProfileStore() = default;

    QStringList names() const;
    std::optional<Profile> profile(const QString &name) const;
    void save(const Profile &profile);
    void remove(const QString &name);

    // Whether the permissions dialog opens after a connect.
    bool showPermissionsAfterConnect() const;
    void setShowPermissionsAfterConnect(bool show);
};

} // namespace ems
