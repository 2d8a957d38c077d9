#include "ui/connect/connectdialog.h"

#include "core/net/session.h"
#include "core/profiles/credentialstore.h"
#include "core/profiles/profilestore.h"
#include "ui/common/plaintooltipdelegate.h"
#include "ui/connect/connectionform.h"
#include "ui/connect/profileconnector.h"
#include "ui/connect/signinbuttons.h"
#include "ui/edit/confirmation.h"
#include "ui/tree/treedecorationproxy.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ems {

ConnectDialog::ConnectDialog(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_connector(new ProfileConnector(profiles, credentials, this))
    , m_list(new QListWidget(this))
    , m_form(new ConnectionForm(this))
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
    SignInButtons *signInButtons = m_form->signInButtons();
    connect(signInButtons, &SignInButtons::startRequested, this, &ConnectDialog::signIn);
    connect(signInButtons, &SignInButtons::progress, this, &ConnectDialog::setResult);
    connect(signInButtons, &SignInButtons::signedIn, this, [this](const QString &token) {
        store(m_signingIn, token, [this](const Profile &saved) {
            setResult(tr("Signed in. “%1” keeps the sign-in in the keychain; press Connect.")
                              .arg(saved.name),
                      false);
        });
    });

    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText); // the team's own words among them
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Result"));

    auto *right = new QVBoxLayout;
    right->addWidget(m_form);
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
    item->setToolTip(PlainToolTipDelegate::toolTip(profile.settings.teamUrl.toDisplayString()));
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
    m_form->clear();
    m_delete->setEnabled(false);
    m_result->clear();
}

std::optional<Profile> ConnectDialog::formProfile()
{
    QString error;
    const auto saved = m_profiles->profile(m_form->name());
    auto profile
            = m_form->profile(saved ? saved->keyStorage : Profile::KeyStorage::Keychain, &error);
    if (!profile)
        setResult(error, true);
    return profile;
}

void ConnectDialog::signIn(bool withCode)
{
    const auto profile = formProfile();
    if (!profile)
        return;
    if (profile->settings.clientId.isEmpty()) {
        setResult(tr("Enter the client ID of the team's OAuth client for EMS Explorer."), true);
        m_form->focusClientId();
        return;
    }
    m_signingIn = *profile;
    m_form->signInButtons()->start(profile->settings, withCode);
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
    m_form->load(*profile);
    m_delete->setEnabled(!environment);
    m_result->clear();
    if (s.auth == AuthKind::BrowserSignIn && !environment) {
        // Whether the keychain still holds this profile's sign-in.
        const QString kept = profile->keyStorage == Profile::KeyStorage::Keychain
                ? tr("the sign-in is kept in the system keychain")
                : profile->keyStorage == Profile::KeyStorage::File
                ? tr("the sign-in is kept in a file only you can read")
                : tr("the sign-in is kept in memory for this run");
        m_credentials->readKey(*profile, this,
                               [this, name, kept](const CredentialStore::Result &r) {
                                   if (m_form->name() != name || !m_result->text().isEmpty())
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

void ConnectDialog::save(const std::function<void(const Profile &, const QString &)> &next)
{
    const auto profile = formProfile();
    if (!profile)
        return;
    const QString key = m_form->typedSecret();
    if (profile->isEnvironment()) {
        next(*profile, Profile::fromEnvironment()->settings.secret);
        return;
    }
    if (!m_profiles->profile(profile->name) && key.isEmpty()) {
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
        m_form->focusSecret();
        return;
    }
    if (key.isEmpty()) {
        m_profiles->save(*profile);
        next(*profile, {});
        return;
    }
    store(*profile, key, [next, key](const Profile &stored) { next(stored, key); });
}

void ConnectDialog::store(const Profile &profile, const QString &key,
                          const std::function<void(const Profile &)> &next)
{
    m_connector->store(
            profile, key,
            [this, next](const Profile &stored) {
                if (QListWidgetItem *item = profileItem(stored.name))
                    item->setSelected(true);
                else
                    addProfileItem(stored);
                m_emptyHint->hide();
                m_form->clearSecret();
                showProfile(stored.name);
                next(stored);
            },
            [this](const QString &message) { setResult(message, true); });
}

void ConnectDialog::withKey(const Profile &profile,
                            const std::function<void(const QString &)> &next)
{
    m_connector->readSecret(profile, true, next, [this, profile](const QString &why) {
        if (profile.settings.auth == AuthKind::BrowserSignIn)
            setResult(tr("Not signed in: press Sign In with Browser. (%1)").arg(why), true);
        else if (!why.isEmpty())
            setResult(why, true);
    });
}

void ConnectDialog::testConnection()
{
    save([this](const Profile &profile, const QString &typed) {
        const auto run = [this, profile](const QString &key) {
            delete m_testSession;
            Profile tested = profile;
            tested.settings.connectCheck = true;
            tested.settings.loadPermissions = false;
            m_testSession = m_connector->open(tested, key);
            m_testSession->setParent(this);
            setResult(tr("Connecting to %1…").arg(tested.settings.teamUrl.toDisplayString()),
                      false);
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
    const QString name = m_form->name();
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
