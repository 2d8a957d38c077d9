#include "ui/connect/connectdialog.h"

#include "core/net/session.h"
#include "core/profiles/credentialstore.h"
#include "core/profiles/profilestore.h"
#include "ui/connect/advancedsettings.h"
#include "ui/connect/secretprompt.h"
#include "ui/connect/signinbuttons.h"
#include "ui/edit/confirmation.h"
#include "ui/tree/treedecorationproxy.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ems {

ConnectDialog::ConnectDialog(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_keyType(new QComboBox(this))
    , m_clientId(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_scopes(new QLineEdit(this))
    , m_clientAuth(new QComboBox(this))
    , m_signInButtons(new SignInButtons(this))
    , m_form(new QFormLayout)
    , m_advanced(new AdvancedSettings(this))
    , m_result(new QLabel(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_emptyHint(new QLabel(tr("No saved profiles yet. Fill in the form on the right, then "
                                "Save or Connect."),
                             this))
    , m_connect(new QPushButton(tr("&Connect"), this))
{
    setWindowTitle(tr("Connect to a Team"));
    m_list->setAccessibleName(tr("Profiles"));
    auto *add = new QPushButton(tr("Ne&w Profile"), this);
    connect(add, &QPushButton::clicked, this, &ConnectDialog::newProfile);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showProfile(item->data(Qt::UserRole).toString());
    });

    m_name->setAccessibleName(tr("Profile name"));
    m_url->setAccessibleName(tr("Team URL"));
    m_url->setPlaceholderText(u"https://acme.eu-1.celonis.cloud"_s);
    m_auth->addItem(tr("API key"), int(AuthKind::ApiKey));
    m_auth->addItem(tr("OAuth client (client credentials)"), int(AuthKind::OAuthClient));
    m_auth->addItem(tr("My account, in the browser (OAuth)"), int(AuthKind::BrowserSignIn));
    m_auth->setAccessibleName(tr("Sign in with"));
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ConnectDialog::showAuthKind);
    m_clientId->setAccessibleName(tr("OAuth client ID"));
    m_scopes->setAccessibleName(tr("OAuth scopes"));
    m_scopes->setPlaceholderText(tr("empty: all the client is allowed"));
    m_scopes->setToolTip(tr("Space-separated, for example: studio package-manager "
                            "integration.data-pools"));
    m_clientAuth->addItem(tr("Automatic (Basic, then in the form)"), int(ClientAuthMethod::Auto));
    m_clientAuth->addItem(tr("HTTP Basic (client_secret_basic)"), int(ClientAuthMethod::Basic));
    m_clientAuth->addItem(tr("In the form (client_secret_post)"), int(ClientAuthMethod::Post));
    m_clientAuth->setAccessibleName(tr("Client authentication"));
    connect(m_signInButtons, &SignInButtons::startRequested, this, &ConnectDialog::signIn);
    connect(m_signInButtons, &SignInButtons::progress, this, &ConnectDialog::setResult);
    connect(m_signInButtons, &SignInButtons::signedIn, this, [this](const QString &token) {
        storeKey(m_signingIn, token, [this](const Profile &saved, const QString &) {
            setResult(tr("Signed in. “%1” keeps the sign-in in the keychain; press Connect.")
                              .arg(saved.name),
                      false);
        });
    });
    m_keyType->addItem(tr("Detect automatically"), int(KeyType::Auto));
    m_keyType->addItem(tr("Application key (AppKey)"), int(KeyType::AppKey));
    m_keyType->addItem(tr("User API key (Bearer)"), int(KeyType::UserKey));
    m_keyType->setAccessibleName(tr("Key type"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    QAction *reveal = m_key->addAction(QIcon(), QLineEdit::TrailingPosition);
    reveal->setText(tr("Show"));
    reveal->setCheckable(true);
    connect(reveal, &QAction::toggled, this,
            [this](bool on) { m_key->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });

    QFormLayout *form = m_form;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Team &URL:"), m_url);
    form->addRow(tr("Si&gn in with:"), m_auth);
    form->addRow(tr("Key t&ype:"), m_keyType);
    form->addRow(tr("Cli&ent ID:"), m_clientId);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(tr("Sco&pes:"), m_scopes);
    form->addRow(tr("Client aut&hentication:"), m_clientAuth);
    form->addRow(QString(), m_signInButtons);

    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Result"));

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_advanced);
    right->addWidget(m_result);
    right->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    m_emptyHint->setWordWrap(true);
    left->addWidget(m_emptyHint);
    // Delete with the profiles it deletes, away from Connect.
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_delete);
    left->addLayout(listButtons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    QPushButton *saveButton = buttons->addButton(QDialogButtonBox::Save);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(saveButton, &QPushButton::clicked, this, [this] {
        save([this](const Profile &profile, const QString &) {
            setResult(tr("Saved “%1”.").arg(profile.name), false);
        });
    });
    connect(m_connect, &QPushButton::clicked, this, [this] {
        save([this](const Profile &profile, const QString &key) {
            const auto connectWith = [this, profile](const QString &k) {
                Q_EMIT connectRequested(profile, k);
                accept();
            };
            if (!key.isEmpty())
                connectWith(key);
            else
                withKey(profile, connectWith);
        });
    });
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_delete, &QPushButton::clicked, this, &ConnectDialog::deleteProfile);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    resize(760, 460);
    loadProfiles();
}

void ConnectDialog::loadProfiles()
{
    m_list->clear();
    if (auto environment = Profile::fromEnvironment())
        addProfileItem(*environment);
    for (const QString &name : m_profiles->names()) {
        if (const auto profile = m_profiles->profile(name))
            addProfileItem(*profile);
    }
    m_emptyHint->setVisible(m_list->count() == 0);
    if (m_list->count())
        m_list->setCurrentRow(0);
    else
        newProfile();
}

void ConnectDialog::addProfileItem(const Profile &profile)
{
    // The team's host beside the name: which team a profile reaches, also for "Environment"
    // or two profiles of one team.
    const QString host = profile.settings.teamUrl.host();
    auto *item = new QListWidgetItem(host.isEmpty() || host == profile.name
                                             ? profile.name
                                             : tr("%1 — %2").arg(profile.name, host),
                                     m_list);
    item->setData(Qt::UserRole, profile.name);
    item->setToolTip(profile.settings.teamUrl.toDisplayString());
}

QListWidgetItem *ConnectDialog::profileItem(const QString &name) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == name)
            return m_list->item(row);
    }
    return nullptr;
}

void ConnectDialog::selectProfile(const QString &name)
{
    if (QListWidgetItem *item = profileItem(name))
        m_list->setCurrentItem(item);
}

void ConnectDialog::newProfile()
{
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    m_name->setText(tr("New team"));
    m_url->clear();
    m_auth->setCurrentIndex(0);
    m_clientId->clear();
    m_scopes->clear();
    m_clientAuth->setCurrentIndex(0);
    m_keyType->setCurrentIndex(0);
    m_key->clear();
    m_key->setPlaceholderText(tr("paste the API key"));
    m_advanced->load(ConnectionSettings());
    m_delete->setEnabled(false);
    m_result->clear();
    m_url->setFocus();
    m_name->setReadOnly(false);
    showAuthKind();
}

void ConnectDialog::showAuthKind()
{
    const auto kind = AuthKind(m_auth->currentData().toInt());
    m_form->setRowVisible(m_keyType, kind == AuthKind::ApiKey);
    m_form->setRowVisible(m_clientId, kind != AuthKind::ApiKey);
    m_form->setRowVisible(m_key, kind != AuthKind::BrowserSignIn);
    m_form->setRowVisible(m_scopes, kind != AuthKind::ApiKey);
    m_form->setRowVisible(m_clientAuth, kind == AuthKind::OAuthClient);
    m_form->setRowVisible(m_signInButtons, kind == AuthKind::BrowserSignIn);
    auto *keyLabel = qobject_cast<QLabel *>(m_form->labelForField(m_key));
    keyLabel->setText(kind == AuthKind::OAuthClient ? tr("Client &secret:") : tr("API &key:"));
    m_key->setAccessibleName(kind == AuthKind::OAuthClient ? tr("OAuth client secret")
                                                           : tr("API key"));
}

void ConnectDialog::signIn(bool withCode)
{
    QString error;
    const auto profile = profileFromForm(&error);
    if (!profile) {
        setResult(error, true);
        return;
    }
    if (profile->settings.clientId.isEmpty()) {
        setResult(tr("Enter the client ID of the team's OAuth client for EMS Explorer."), true);
        m_clientId->setFocus();
        return;
    }
    m_signingIn = *profile;
    m_signInButtons->start(profile->settings, withCode);
}

void ConnectDialog::showProfile(const QString &name)
{
    if (name.isEmpty())
        return;
    const bool environment = name == QLatin1String(Profile::environmentName);
    const std::optional<Profile> profile
            = environment ? Profile::fromEnvironment() : m_profiles->profile(name);
    if (!profile)
        return;
    const ConnectionSettings &s = profile->settings;
    m_name->setText(profile->name);
    m_name->setReadOnly(environment);
    m_url->setText(s.teamUrl.toString());
    m_auth->setCurrentIndex(m_auth->findData(int(s.auth)));
    m_clientId->setText(s.clientId);
    m_scopes->setText(s.scopes.join(u' '));
    m_clientAuth->setCurrentIndex(m_clientAuth->findData(int(s.clientAuth)));
    m_keyType->setCurrentIndex(m_keyType->findData(int(s.keyType)));
    m_key->clear();
    m_key->setPlaceholderText(environment ? tr("from the environment")
                                      : profile->keyStorage == Profile::KeyStorage::Keychain
                                      ? tr("kept in the system keychain; type to replace")
                                      : profile->keyStorage == Profile::KeyStorage::File
                                      ? tr("kept in a private file; type to replace")
                                      : tr("kept in memory for this run only"));
    m_advanced->load(s);
    m_delete->setEnabled(!environment);
    m_result->clear();
    showAuthKind();
    if (s.auth == AuthKind::BrowserSignIn && !environment) {
        // Whether the keychain still holds this profile's sign-in.
        const QString kept = profile->keyStorage == Profile::KeyStorage::Keychain
                ? tr("the sign-in is kept in the system keychain")
                : profile->keyStorage == Profile::KeyStorage::File
                ? tr("the sign-in is kept in a file only you can read")
                : tr("the sign-in is kept in memory for this run");
        m_credentials->readKey(*profile, this,
                               [this, name, kept](const CredentialStore::Result &r) {
                                   if (m_name->text() != name || !m_result->text().isEmpty())
                                       return; // another profile is shown, or more was said
                                   setResult(r.ok() ? tr("Signed in; %1. Sign in again to use "
                                                         "another account.")
                                                              .arg(kept)
                                                    : tr("Not signed in yet: press Sign In "
                                                         "with Browser."),
                                             false);
                               });
    }
}

std::optional<Profile> ConnectDialog::profileFromForm(QString *error) const
{
    Profile profile;
    profile.name = m_name->text().trimmed();
    if (profile.name.isEmpty()) {
        *error = tr("Give the profile a name.");
        return std::nullopt;
    }
    const auto url
            = ConnectionSettings::normalizeUrl(m_url->text(), m_advanced->allowsPlainHttp(), error);
    if (!url)
        return std::nullopt;
    ConnectionSettings &s = profile.settings;
    s.teamUrl = *url;
    s.auth = AuthKind(m_auth->currentData().toInt());
    s.clientId = m_clientId->text().trimmed();
    s.scopes = m_scopes->text().split(u' ', Qt::SkipEmptyParts);
    s.clientAuth = ClientAuthMethod(m_clientAuth->currentData().toInt());
    s.keyType = KeyType(m_keyType->currentData().toInt());
    m_advanced->apply(&s);
    if (profile.isEnvironment()) {
        profile.keyStorage = Profile::KeyStorage::Memory;
    } else if (const auto saved = m_profiles->profile(profile.name)) {
        profile.keyStorage = saved->keyStorage;
    }
    return profile;
}

void ConnectDialog::save(std::function<void(const Profile &, const QString &)> next)
{
    QString error;
    auto profile = profileFromForm(&error);
    if (!profile) {
        setResult(error, true);
        return;
    }
    // A browser sign-in's secret comes from signing in, never from the (hidden) key field.
    const QString key = profile->settings.auth == AuthKind::BrowserSignIn ? QString()
                                                                          : m_key->text().trimmed();
    if (profile->isEnvironment()) {
        next(*profile, Profile::fromEnvironment()->settings.secret);
        return;
    }
    if (m_profiles->profile(profile->name) == std::nullopt && key.isEmpty()) {
        switch (profile->settings.auth) {
        case AuthKind::ApiKey:
            setResult(tr("Paste the API key of this team."), true);
            break;
        case AuthKind::OAuthClient:
            setResult(tr("Paste the secret of the OAuth client."), true);
            break;
        case AuthKind::BrowserSignIn:
            setResult(tr("Sign in first: press Sign In with Browser."), true);
            return;
        }
        m_key->setFocus();
        return;
    }
    if (key.isEmpty()) {
        m_profiles->save(*profile);
        next(*profile, {});
        return;
    }
    storeKey(*profile, key, next);
}

void ConnectDialog::storeKey(Profile profile, const QString &key,
                             std::function<void(const Profile &, const QString &)> next)
{
    m_credentials->storeKey(
            profile, key, this,
            [this, profile, key, next](const CredentialStore::Result &result) mutable {
                if (result.error == KeychainBackend::Error::Unavailable
                    || result.error == KeychainBackend::Error::AccessDenied) {
                    const auto storage = SecretPrompt::askStorage(this, result.message);
                    if (!storage) {
                        setResult(tr("Not saved: the key has nowhere to go."), true);
                        return;
                    }
                    profile.keyStorage = *storage;
                    storeKey(profile, key, next);
                    return;
                }
                if (!result.ok()) {
                    setResult(result.message, true);
                    return;
                }
                m_profiles->save(profile);
                if (QListWidgetItem *item = profileItem(profile.name))
                    item->setSelected(true);
                else
                    addProfileItem(profile);
                m_emptyHint->hide();
                m_key->clear();
                showProfile(profile.name);
                next(profile, key);
            });
}

void ConnectDialog::withKey(const Profile &profile, std::function<void(const QString &)> next)
{
    m_credentials->readKey(
            profile, this, [this, profile, next](const CredentialStore::Result &result) {
                if (result.ok()) {
                    next(result.key);
                    return;
                }
                if (profile.settings.auth == AuthKind::BrowserSignIn) {
                    setResult(tr("Not signed in: press Sign In with Browser. (%1)")
                                      .arg(result.message),
                              true);
                    return;
                }
                if (const auto key = SecretPrompt::ask(this, profile, result.message))
                    storeKey(profile, *key, [next](const Profile &, const QString &k) { next(k); });
            });
}

void ConnectDialog::testConnection()
{
    save([this](const Profile &profile, const QString &typed) {
        const auto run = [this, profile](const QString &key) {
            delete m_testSession;
            ConnectionSettings settings = profile.settings;
            settings.secret = key;
            settings.connectCheck = true;
            settings.loadPermissions = false;
            m_testSession = new Session(settings, this);
            setResult(tr("Connecting to %1…").arg(settings.teamUrl.toDisplayString()), false);
            Session *session = m_testSession;
            connect(session, &Session::connected, this,
                    [this, session] { setResult(session->greeting(), false); });
            connect(session, &Session::connectFailed, this,
                    [this](const ApiError &error) { setResult(error.message(), true); });
            session->start();
        };
        if (!typed.isEmpty())
            run(typed);
        else
            withKey(profile, run);
    });
}

void ConnectDialog::deleteProfile()
{
    const QString name = m_name->text().trimmed();
    Confirmation::ask(this, tr("Delete profile"),
                      tr("Delete the profile “%1” and its stored API key?").arg(name),
                      tr("&Delete"), [this, name] { removeProfile(name); });
}

void ConnectDialog::removeProfile(const QString &name)
{
    m_profiles->remove(name);
    m_credentials->removeKey(name, this, [this, name](const CredentialStore::Result &result) {
        setResult(result.ok() ? tr("Deleted “%1” and its key.").arg(name) : result.message,
                  !result.ok());
    });
    loadProfiles();
}

void ConnectDialog::setResult(const QString &text, bool error)
{
    m_result->setText(text);
    m_result->setForegroundRole(error ? QPalette::BrightText : QPalette::WindowText);
    QPalette palette = m_result->palette();
    palette.setColor(QPalette::BrightText, TreeDecorationProxy::errorColor(palette));
    m_result->setPalette(palette);
}

QString ConnectDialog::resultText() const
{
    return m_result->text();
}

} // namespace ems
