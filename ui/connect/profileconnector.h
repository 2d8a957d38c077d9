#pragma once

#include <QObject>

class QWidget;

namespace ems {

class CredentialStore;
class ProfileStore;
class Session;
struct Profile;

// Makes a team's session from a saved profile: with the key from where it is kept (or
// asked for), and keeping what the session learns for next time: the key type AUTO found,
// a refresh token the team rotated.
class ProfileConnector : public QObject
{
    Q_OBJECT

public:
    ProfileConnector(ProfileStore *profiles, CredentialStore *credentials, QWidget *window);

    // A session for the profile with this secret (API key, client secret or refresh token);
    // the caller adds it as a team.
    Session *open(const Profile &profile, const QString &secret);
    // Reads the profile's secret from where it is kept, asking for an API key when it is not
    // there; then sessionOpened(), or message() says why not.
    void openWithStoredKey(const Profile &profile);

Q_SIGNALS:
    void sessionOpened(ems::Session *session, const QString &profileName);
    void message(const QString &text, int timeoutMs);

private:
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    QWidget *m_window;
};

} // namespace ems
