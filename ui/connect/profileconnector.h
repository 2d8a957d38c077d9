#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace ems {

class CredentialStore;
class ProfileStore;
class Session;
struct Profile;

// The one path from a saved profile to a session: storing a profile with its secret (in
// the keychain, or where the user chooses when there is none), reading the secret back or
// asking for it, and making the session, which keeps what it learns for next time: the key
// type AUTO found, a refresh token the team rotated. The window and the connect dialog
// (Save, Connect, Test Connection) all go through it.
class ProfileConnector : public QObject
{
    Q_OBJECT

public:
    using Failed = std::function<void(const QString &message)>;

    ProfileConnector(ProfileStore *profiles, CredentialStore *credentials, QWidget *window);

    // A session for the profile with this secret (API key, client secret or refresh token);
    // the caller adds it as a team, or starts it to test.
    Session *open(const Profile &profile, const QString &secret);
    // Reads the profile's secret from where it is kept, asking for an API key when it is not
    // there; then sessionOpened(), or message() says why not.
    void openWithStoredKey(const Profile &profile);
    // Saves the profile and keeps its secret; done gets the profile as saved.
    void store(Profile profile, const QString &secret,
               const std::function<void(const Profile &)> &done, const Failed &failed);
    // The profile's secret from where it is kept. An API key or client secret that is not
    // there is asked for, and kept with keepAsked; a browser sign-in cannot be typed, so
    // missing() gets the keychain's word. missing() with nothing when the user declined.
    void readSecret(const Profile &profile, bool keepAsked,
                    const std::function<void(const QString &secret)> &done, const Failed &missing);

Q_SIGNALS:
    void sessionOpened(ems::Session *session, const QString &profileName);
    void message(const QString &text, int timeoutMs);

private:
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    QWidget *m_window;
};

} // namespace ems
