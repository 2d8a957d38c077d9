#include "secretprompt.h"

#include <QInputDialog>

namespace ems {

std::optional<QString> SecretPrompt::ask(QWidget *parent, const Profile &profile,
                                         const QString &why)
{
    bool ok = false;
    const QString title = profile.settings.auth == AuthKind::OAuthClient
            ? tr("Client secret for %1").arg(profile.name)
            : tr("API key for %1").arg(profile.name);
    const QString secret
            = QInputDialog::getText(parent, title, why, QLineEdit::Password, {}, &ok).trimmed();
    if (!ok || secret.isEmpty())
        return std::nullopt;
    return secret;
}

} // namespace ems
