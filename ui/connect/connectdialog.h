#pragma once

#include "core/profiles/profile.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace ems {

class AdvancedSettings;
class CredentialStore;
class ProfileStore;
class Session;
class SignInButtons;

// Profiles of teams: name, URL, how to sign in (API key and its type, OAuth client, or a
// person's sign-in in the browser), the PyCelonis knobs under Advanced, and the secret (key,
// client secret or refresh token), which goes to the OS keychain. Test Connection runs the
// connect check right here; Connect hands a profile and its secret to the window.
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
    std::optional<Profile> profileFromForm(QString *error) const;
    // Saves the profile and its key; then runs next with the key to use.
    void save(std::function<void(const Profile &, const QString &)> next);
    void storeKey(Profile profile, const QString &key,
                  std::function<void(const Profile &, const QString &)> next);
    void withKey(const Profile &profile, std::function<void(const QString &)> next);
    void testConnection();
    void deleteProfile(); // asks first
    void removeProfile(const QString &name);
    void setResult(const QString &text, bool error);
    void showAuthKind();
    void signIn(bool withCode);

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QComboBox *m_auth;
    QComboBox *m_keyType;
    QLineEdit *m_clientId;
    QLineEdit *m_key;
    QLineEdit *m_scopes;
    QComboBox *m_clientAuth;
    SignInButtons *m_signInButtons;
    QFormLayout *m_form;
    AdvancedSettings *m_advanced;
    QLabel *m_result;
    QPushButton *m_test;
    QPushButton *m_delete;
    QLabel *m_emptyHint; // under an empty profile list
    QPushButton *m_connect;
    Session *m_testSession = nullptr;
    Profile m_signingIn; // the profile of the sign-in in progress
};

} // namespace ems
