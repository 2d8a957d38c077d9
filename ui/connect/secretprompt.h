#pragma once

#include "core/profiles/profile.h"

#include <QCoreApplication>
#include <optional>

class QWidget;

namespace ems {

// Asks for what the keychain cannot give: the secret a profile lacks (its API key or its
// OAuth client secret; a browser sign-in has nothing to type), or, when the keychain is not
// there, where else a secret may be kept. nullopt when the user declines.
class SecretPrompt
{
    Q_DECLARE_TR_FUNCTIONS(SecretPrompt)

public:
    static std::optional<QString> ask(QWidget *parent, const Profile &profile, const QString &why);
    // Memory for this run, or a file only the user can read; why: the keychain's error.
    static std::optional<Profile::KeyStorage> askStorage(QWidget *parent, const QString &why);
};

} // namespace ems
