#include "ui/connect/connectionform.h"

#include "core/net/oauthscopes.h"
#include "ui/connect/advancedsettings.h"
#include "ui/connect/signinbuttons.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ems {

ConnectionForm::ConnectionForm(QWidget *parent)
    : QWidget(parent)
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
{
    m_name->setAccessibleName(tr("Profile name"));
    m_url->setAccessibleName(tr("Team URL"));
    m_url->setPlaceholderText(u"https://acme.eu-1.celonis.cloud"_s);
    m_auth->addItem(tr("API key"), int(AuthKind::ApiKey));
    m_auth->addItem(tr("OAuth client (client credentials)"), int(AuthKind::OAuthClient));
    m_auth->addItem(tr("My account, in the browser (OAuth)"), int(AuthKind::BrowserSignIn));
    m_auth->setAccessibleName(tr("Sign in with"));
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ConnectionForm::showAuthKind);
    m_clientId->setAccessibleName(tr("OAuth client ID"));
    m_scopes->setAccessibleName(tr("OAuth scopes"));
    m_scopes->setPlaceholderText(tr("empty: the four content-cli asks for"));
    m_scopes->setToolTip(tr("Space-separated. Empty asks for %1, then for fewer of them "
                            "until the team grants a set, as Celonis's content-cli does.")
                                 .arg(OAuthScopes::standard().join(u' ')));
    auto *scopesRow = new QWidget(this);
    auto *scopesLayout = new QHBoxLayout(scopesRow);
    scopesLayout->setContentsMargins({});
    scopesLayout->addWidget(m_scopes);
    auto *presets = new QToolButton(scopesRow);
    presets->setText(tr("Presets"));
    presets->setAccessibleName(tr("Scope presets"));
    presets->setPopupMode(QToolButton::InstantPopup);
    auto *presetMenu = new QMenu(presets);
    presetMenu->addAction(tr("Standard (empty): content-cli's four"), m_scopes, &QLineEdit::clear);
    presetMenu->addAction(tr("Browse only: Celonis's read-only scopes"), this,
                          [this] { m_scopes->setText(OAuthScopes::browseOnly().join(u' ')); });
    presets->setMenu(presetMenu);
    scopesLayout->addWidget(presets);
    scopesRow->setFocusProxy(m_scopes);
    m_clientAuth->addItem(tr("Automatic (Basic, then in the form)"), int(ClientAuthMethod::Auto));
    m_clientAuth->addItem(tr("HTTP Basic (client_secret_basic)"), int(ClientAuthMethod::Basic));
    m_clientAuth->addItem(tr("In the form (client_secret_post)"), int(ClientAuthMethod::Post));
    m_clientAuth->setAccessibleName(tr("Client authentication"));
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

    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("Team &URL:"), m_url);
    m_form->addRow(tr("Si&gn in with:"), m_auth);
    m_form->addRow(tr("Key t&ype:"), m_keyType);
    m_form->addRow(tr("Cli&ent ID:"), m_clientId);
    m_form->addRow(tr("API &key:"), m_key);
    m_form->addRow(tr("Sco&pes:"), scopesRow);
    m_form->addRow(tr("Client aut&hentication:"), m_clientAuth);
    m_form->addRow(QString(), m_signInButtons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addLayout(m_form);
    layout->addWidget(m_advanced);
}

void ConnectionForm::load(const Profile &profile)
{
    const bool environment = profile.isEnvironment();
    const ConnectionSettings &s = profile.settings;
    m_name->setText(profile.name);
    m_name->setReadOnly(environment);
    m_url->setText(s.teamUrl.toString());
    m_auth->setCurrentIndex(m_auth->findData(int(s.auth)));
    m_clientId->setText(s.clientId);
    m_scopes->setText(s.scopes.join(u' '));
    m_clientAuth->setCurrentIndex(m_clientAuth->findData(int(s.clientAuth)));
    m_keyType->setCurrentIndex(m_keyType->findData(int(s.keyType)));
    m_key->clear();
    m_key->setPlaceholderText(environment ? tr("from the environment")
                                      : profile.keyStorage == Profile::KeyStorage::Keychain
                                      ? tr("kept in the system keychain; type to replace")
                                      : profile.keyStorage == Profile::KeyStorage::File
                                      ? tr("kept in a private file; type to replace")
                                      : tr("kept in memory for this run only"));
    m_advanced->load(s);
    showAuthKind();
}

void ConnectionForm::clear()
{
    m_name->setText(tr("New team"));
    m_name->setReadOnly(false);
    m_url->clear();
    m_auth->setCurrentIndex(0);
    m_clientId->clear();
    m_scopes->clear();
    m_clientAuth->setCurrentIndex(0);
    m_keyType->setCurrentIndex(0);
    m_key->clear();
    m_key->setPlaceholderText(tr("paste the API key"));
    m_advanced->load(ConnectionSettings());
    m_url->setFocus();
    showAuthKind();
}

std::optional<Profile> ConnectionForm::profile(Profile::KeyStorage keyStorage, QString *error) const
{
    Profile profile;
    profile.name = name();
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
    profile.keyStorage = profile.isEnvironment() ? Profile::KeyStorage::Memory : keyStorage;
    return profile;
}

QString ConnectionForm::typedSecret() const
{
    // A browser sign-in's secret comes from signing in, never from the (hidden) key field.
    return AuthKind(m_auth->currentData().toInt()) == AuthKind::BrowserSignIn
            ? QString()
            : m_key->text().trimmed();
}

void ConnectionForm::clearSecret()
{
    m_key->clear();
}

void ConnectionForm::focusSecret()
{
    m_key->setFocus();
}

void ConnectionForm::focusClientId()
{
    m_clientId->setFocus();
}

QString ConnectionForm::name() const
{
    return m_name->text().trimmed();
}

void ConnectionForm::showAuthKind()
{
    const auto kind = AuthKind(m_auth->currentData().toInt());
    m_form->setRowVisible(m_keyType, kind == AuthKind::ApiKey);
    m_form->setRowVisible(m_clientId, kind != AuthKind::ApiKey);
    m_form->setRowVisible(m_key, kind != AuthKind::BrowserSignIn);
    m_form->setRowVisible(m_scopes->parentWidget(), kind != AuthKind::ApiKey);
    m_form->setRowVisible(m_clientAuth, kind == AuthKind::OAuthClient);
    m_form->setRowVisible(m_signInButtons, kind == AuthKind::BrowserSignIn);
    auto *keyLabel = qobject_cast<QLabel *>(m_form->labelForField(m_key));
    keyLabel->setText(kind == AuthKind::OAuthClient ? tr("Client &secret:") : tr("API &key:"));
    m_key->setAccessibleName(kind == AuthKind::OAuthClient ? tr("OAuth client secret")
                                                           : tr("API key"));
}

} // namespace ems
