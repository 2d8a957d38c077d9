#pragma once

#include "core/profiles/profile.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace ems {

class AdvancedSettings;
class SignInButtons;

// The connect dialog's form for one profile: name, team URL, how to sign in (API key and
// its type, OAuth client, or a person's sign-in in the browser) with the rows that way
// needs, the secret field, and PyCelonis' knobs under Advanced.
class ConnectionForm : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionForm(QWidget *parent = nullptr);

    // A saved profile (the secret field says where its secret is kept), or a new one.
    void load(const Profile &profile);
    void clear();
    // The profile the form describes, its secret not included; nullopt and *error when the
    // form is not complete. keyStorage: where the profile's secret is kept so far.
    std::optional<Profile> profile(Profile::KeyStorage keyStorage, QString *error) const;
    // What was typed as the secret (API key or client secret); empty for a browser sign-in.
    QString typedSecret() const;
    void clearSecret();
    void focusSecret();
    void focusClientId();
    QString name() const;
    SignInButtons *signInButtons() const { return m_signInButtons; }

private:
    void showAuthKind();

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
};

} // namespace ems
