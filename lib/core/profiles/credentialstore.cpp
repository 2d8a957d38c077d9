#include "core/profiles/credentialstore.h"

#include "core/profiles/qtkeychainbackend.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ems {

CredentialStore::CredentialStore(std::unique_ptr<KeychainBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend ? std::move(backend) : std::make_unique<QtKeychainBackend>())
{ }

CredentialStore::~CredentialStore() = default;

QString CredentialStore::keyFile(const QString &profileName)
{
    const QString name = QString::fromLatin1(
            QCryptographicHash::hash(profileName.toUtf8(), QCryptographicHash::Sha1)
                    .toHex()
                    .left(16));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/keys/"_s + name
            + u".key"_s;
}

CredentialStore::Result CredentialStore::fromBackend(KeychainBackend::Error error,
                                                     const QString &secret,
                                                     const QString &message) const
{
    Result result{error, secret, {}};
    switch (error) {
    case KeychainBackend::Error::None:
        break;
    case KeychainBackend::Error::NotFound:
        result.message = tr("No API key is stored for this profile. Enter it again.");
        break;
    case KeychainBackend::Error::Unavailable:
        result.message = tr("The system keychain is not available (%1). Keep the key in memory "
                            "for this run, or store it in a file only you can read.")
                                 .arg(message);
        break;
    case KeychainBackend::Error::AccessDenied:
        result.message = tr("The system keychain refused access (%1). Unlock it and try again.")
                                 .arg(message);
        break;
    case KeychainBackend::Error::Other:
        result.message = tr("The system keychain failed: %1").arg(message);
        break;
    }
    return result;
}

CredentialStore::Callback CredentialStore::guarded(QObject *context, Callback done)
{
    return [context = QPointer<QObject>(context), done](const Result &result) {
        if (context)
            done(result);
    };
}

void CredentialStore::readKey(const Profile &profile, QObject *context, Callback done)
{
    done = guarded(context, std::move(done));
    if (m_memory.contains(profile.name)) {
        const Result result{KeychainBackend::Error::None, m_memory.value(profile.name), {}};
        QTimer::singleShot(0, this, [done, result] { done(result); });
        return;
    }
    if (profile.keyStorage != Profile::KeyStorage::Keychain) {
        Result result;
        QFile file(keyFile(profile.name));
        if (profile.keyStorage == Profile::KeyStorage::File && file.open(QIODevice::ReadOnly)) {
            result.key = QString::fromUtf8(file.readAll()).trimmed();
        } else {
            result.error = KeychainBackend::Error::NotFound;
            result.message = profile.keyStorage == Profile::KeyStorage::Memory
                    ? tr("This profile keeps its key in memory only. Enter it again.")
                    : tr("The key file %1 cannot be read (%2). Enter the key again.")
                              .arg(file.fileName(), file.errorString());
        }
        QTimer::singleShot(0, this, [done, result] { done(result); });
        return;
    }
    m_backend->read(
            account(profile.name), this,
            [this, done](KeychainBackend::Error error, const QString &secret,
                         const QString &message) { done(fromBackend(error, secret, message)); });
}

CredentialStore::Result CredentialStore::writeFile(const QString &profileName,
                                                   const QString &key) const
{
    const QString path = keyFile(profileName);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::setPermissions(QFileInfo(path).absolutePath(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile file(path);
    // Readable by the user only before a byte of the key is in it.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(key.toUtf8()) < 0 || !file.flush()) {
        file.remove();
        return {KeychainBackend::Error::Other,
                {},
                tr("The key file %1 cannot be written: %2").arg(path, file.errorString())};
    }
    return {};
}

void CredentialStore::storeKey(const Profile &profile, const QString &key, QObject *context,
                               Callback done)
{
    done = guarded(context, std::move(done));
    switch (profile.keyStorage) {
    case Profile::KeyStorage::Memory: {
        m_memory.insert(profile.name, key);
        QTimer::singleShot(0, this, [done] { done({}); });
        return;
    }
    case Profile::KeyStorage::File: {
        const Result result = writeFile(profile.name, key);
        if (result.ok())
            m_memory.insert(profile.name, key);
        QTimer::singleShot(0, this, [done, result] { done(result); });
        return;
    }
    case Profile::KeyStorage::Keychain:
        break;
    }
    m_backend->write(account(profile.name), key, this,
                     [this, done, name = profile.name,
                      key](KeychainBackend::Error error, const QString &, const QString &message) {
                         if (error == KeychainBackend::Error::None)
                             m_memory.insert(name, key);
                         done(fromBackend(error, {}, message));
                     });
}

void CredentialStore::removeKey(const QString &profileName, QObject *context, Callback done)
{
    done = guarded(context, std::move(done));
    m_memory.remove(profileName);
    QFile::remove(keyFile(profileName));
    m_backend->remove(
            account(profileName), this,
            [this, done](KeychainBackend::Error error, const QString &, const QString &message) {
                // Nothing to delete is fine; an unavailable keychain held nothing.
                if (error == KeychainBackend::Error::NotFound
                    || error == KeychainBackend::Error::Unavailable)
                    error = KeychainBackend::Error::None;
                done(fromBackend(error, {}, message));
            });
}

} // namespace ems
