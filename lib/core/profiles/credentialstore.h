#pragma once

#include "core/profiles/keychainbackend.h"
#include "core/profiles/profile.h"

#include <QHash>
#include <QObject>
#include <memory>

namespace ems {

// The API keys of the profiles, where each profile says: the OS keychain (the default),
// memory for this run, or a file only the user can read. Nothing falls back silently: a
// keychain that is not there is reported as Unavailable and the caller asks the user.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        KeychainBackend::Error error = KeychainBackend::Error::None;
        QString key;
        QString message; // for people: what happened and what to do

        bool ok() const { return error == KeychainBackend::Error::None; }
    };
    using Callback = std::function<void(const Result &result)>;

    explicit CredentialStore(std::unique_ptr<KeychainBackend> backend = nullptr,
                             QObject *parent = nullptr);
    ~CredentialStore() override;

    // Each answers once, later, through done; never once context is destroyed (a dialog
    // closed meanwhile hears nothing).
    void readKey(const Profile &profile, QObject *context, Callback done);
    void storeKey(const Profile &profile, const QString &key, QObject *context, Callback done);
    // Removes the key wherever it is kept (keychain, file, memory).
    void removeKey(const QString &profileName, QObject *context, Callback done);

    static QString keyFile(const QString &profileName);
    static QString account(const QString &profileName)
    {
        return QStringLiteral("profile:") + profileName;
    }

private:
    static Callback guarded(QObject *context, Callback done);
    Result fromBackend(KeychainBackend::Error error, const QString &secret,
                       const QString &message) const;
    Result writeFile(const QString &profileName, const QString &key) const;

    std::unique_ptr<KeychainBackend> m_backend;
    QHash<QString, QString> m_memory;
};

} // namespace ems
