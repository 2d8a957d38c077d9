#include "ui/connect/secretprompt.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

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

std::optional<Profile::KeyStorage> SecretPrompt::askStorage(QWidget *parent, const QString &why)
{
    QMessageBox box(QMessageBox::Warning, tr("Keychain not available"), why, QMessageBox::NoButton,
                    parent);
    QPushButton *memory = box.addButton(tr("Keep in Memory for This Run"), QMessageBox::AcceptRole);
    QPushButton *file
            = box.addButton(tr("Store in a File Only I Can Read"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(memory);
    box.setInformativeText(tr("A file keeps the key in plain text on this computer, readable by "
                              "your user account only. Anyone who can act as you can read it."));
    box.exec();
    if (box.clickedButton() == memory)
        return Profile::KeyStorage::Memory;
    if (box.clickedButton() == file)
        return Profile::KeyStorage::File;
    return std::nullopt;
}

} // namespace ems
