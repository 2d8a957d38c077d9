#pragma once

#include "core/profiles/profile.h"

#include <QCoreApplication>
#include <optional>

class QWidget;

namespace ems {

// Asks for the secret a profile lacks when the keychain has none: its API key or its OAuth
// client secret (a browser sign-in has nothing to type). nullopt when the user declines.
class SecretPrompt
{
    Q_DECLARE_TR_FUNCTIONS(SecretPrompt)

public:
    static std::optional<QString> ask(QWidget *parent, const Profile &profile, const QString &why);
};

} // namespace ems
