#pragma once

#include "core/profiles/profile.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace ems {

class ConnectionForm;
class CredentialStore;
class ProfileConnector;
class ProfileStore;
class Session;

// The saved profiles of teams, each shown in a ConnectionForm; its secret (key, client
// secret or refresh token) goes to the OS keychain. Save, Connect and Test Connection go
// through a ProfileConnector: Test runs the connect check right here; Connect hands a
// profile and its secret to the window.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectDialog(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent = nullptr);

    void selectProfile(const QString &name);
    QString resultText() const;

Q_SIGNALS:
    void connectRequested(const ems::Profile &profile, const QString &key);

private:
    void loadProfiles();
    // A row of the profile list: the name with the team's host; the name in Qt::UserRole.
    void addProfileItem(const Profile &profile);
    QListWidgetItem *profileItem(const QString &name) const;
    void showProfile(const QString &name);
    void newProfile();
    // The profile the form describes; nullopt when it is not complete, the result says why.
    std::optional<Profile> formProfile();
    // Saves the profile and its key; then runs next with the key typed (empty: none).
    void save(const std::function<void(const Profile &, const QString &)> &next);
    // Saves the profile with its key, and shows it saved.
    void store(const Profile &profile, const QString &key,
               const std::function<void(const Profile &)> &next);
    // The profile's key from where it is kept, or asked for and kept.
    void withKey(const Profile &profile, const std::function<void(const QString &)> &next);
    void testConnection();
    void deleteProfile(); // asks first
    void removeProfile(const QString &name);
    void setResult(const QString &text, bool error);
    void signIn(bool withCode);

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    ProfileConnector *m_connector;
    QListWidget *m_list;
    ConnectionForm *m_form;
    QLabel *m_result;
    QPushButton *m_test;
    QPushButton *m_delete;
    QLabel *m_emptyHint; // under an empty profile list
    QPushButton *m_connect;
    Session *m_testSession = nullptr;
    Profile m_signingIn; // the profile of the sign-in in progress
};

} // namespace ems
