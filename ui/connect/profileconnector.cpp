#include "ui/connect/profileconnector.h"

#include "core/net/session.h"
#include "core/profiles/credentialstore.h"
#include "core/profiles/profilestore.h"
#include "ui/connect/secretprompt.h"

#include <QWidget>

namespace ems {

ProfileConnector::ProfileConnector(ProfileStore *profiles, CredentialStore *credentials,
                                   QWidget *window)
    : QObject(window)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_window(window)
{ }

Session *ProfileConnector::open(const Profile &profile, const QString &secret)
{
    ConnectionSettings settings = profile.settings;
    settings.secret = secret;
    auto *session = new Session(settings);
    // A saved profile learns the key type AUTO found, so the next start saves a round trip.
    connect(session, &Session::keyTypeDetected, this, [this, name = profile.name](KeyType type) {
        if (auto saved = m_profiles->profile(name);
            saved && saved->settings.keyType == KeyType::Auto) {
            saved->settings.keyType = type;
            m_profiles->save(*saved);
        }
    });
    // A rotated refresh token replaces the stored one, or the next start could not sign in.
    connect(session, &Session::refreshTokenChanged, this,
            [this, profile](const QString &refreshToken) {
                m_credentials->storeKey(profile, refreshToken, this,
                                        [this, profile](const CredentialStore::Result &result) {
                                            if (!result.ok()) {
                                                Q_EMIT message(
                                                        tr("The sign-in to %1 could not "
                                                           "be stored: %2")
                                                                .arg(profile.name, result.message),
                                                        10000);
                                            }
                                        });
            });
    return session;
}

void ProfileConnector::openWithStoredKey(const Profile &profile)
{
    // The key typed here is used for this run; saving it is the connect dialog's job.
    readSecret(
            profile, false,
            [this, profile](const QString &secret) {
                Q_EMIT sessionOpened(open(profile, secret), profile.name);
            },
            [this, profile](const QString &) {
                Q_EMIT message(profile.settings.auth == AuthKind::BrowserSignIn
                                       ? tr("Not signed in to %1: File > Connect to a Team, "
                                            "then Sign In with Browser.")
                                                 .arg(profile.name)
                                       : tr("Not connected to %1: no API key.").arg(profile.name),
                               10000);
            });
}

void ProfileConnector::store(Profile profile, const QString &secret,
                             const std::function<void(const Profile &)> &done, const Failed &failed)
{
    m_credentials->storeKey(
            profile, secret, this,
            [this, profile, secret, done, failed](const CredentialStore::Result &result) mutable {
                if (result.error == KeychainBackend::Error::Unavailable
                    || result.error == KeychainBackend::Error::AccessDenied) {
                    const auto storage = SecretPrompt::askStorage(m_window, result.message);
                    if (!storage) {
                        failed(tr("Not saved: the key has nowhere to go."));
                        return;
                    }
                    profile.keyStorage = *storage;
                    store(profile, secret, done, failed);
                    return;
                }
                if (!result.ok()) {
                    failed(result.message);
                    return;
                }
                m_profiles->save(profile);
                done(profile);
            });
}

void ProfileConnector::readSecret(const Profile &profile, bool keepAsked,
                                  const std::function<void(const QString &secret)> &done,
                                  const Failed &missing)
{
    m_credentials->readKey(
            profile, this,
            [this, profile, keepAsked, done, missing](const CredentialStore::Result &result) {
                if (result.ok()) {
                    done(result.key);
                    return;
                }
                if (profile.settings.auth == AuthKind::BrowserSignIn) {
                    missing(result.message);
                    return;
                }
                const auto key = SecretPrompt::ask(m_window, profile, result.message);
                if (!key)
                    missing({});
                else if (!keepAsked)
                    done(*key);
                else
                    store(
                            profile, *key, [done, key](const Profile &) { done(*key); }, missing);
            });
}

} // namespace ems
