#include "ui/connect/signinbuttons.h"

#include "core/net/oauthsignin.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QPushButton>

namespace ems {

SignInButtons::SignInButtons(QWidget *parent)
    : QWidget(parent)
{
    auto *browserButton = new QPushButton(tr("Sign In with Br&owser"), this);
    auto *codeButton = new QPushButton(tr("Sign In &from Another Device"), this);
    browserButton->setToolTip(tr("Opens the team's sign-in page in your browser"));
    codeButton->setToolTip(tr("Shows a code to enter on a phone or another computer, for "
                              "when no browser opens here"));
    connect(browserButton, &QPushButton::clicked, this, [this] { Q_EMIT startRequested(false); });
    connect(codeButton, &QPushButton::clicked, this, [this] { Q_EMIT startRequested(true); });
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(browserButton);
    row->addWidget(codeButton);
    row->addStretch();
}

void SignInButtons::start(const ConnectionSettings &settings, bool withCode)
{
    delete m_signIn;
    m_signIn = new OAuthSignIn(settings, this);
    connect(m_signIn, &OAuthSignIn::openUrl, this, [this](const QUrl &url) {
        QDesktopServices::openUrl(url);
        Q_EMIT progress(tr("Continue in your browser. If none opened, sign in from another "
                           "device instead."),
                        false);
    });
    connect(m_signIn, &OAuthSignIn::deviceCodeReady, this,
            [this](const QString &code, const QUrl &url) {
                Q_EMIT progress(tr("On any device, open %1 and enter the code %2. EMS Explorer "
                                   "waits for you.")
                                        .arg(url.toDisplayString(), code),
                                false);
            });
    connect(m_signIn, &OAuthSignIn::failed, this,
            [this](const QString &message) { Q_EMIT progress(message, true); });
    connect(m_signIn, &OAuthSignIn::signedIn, this, &SignInButtons::signedIn);
    Q_EMIT progress(tr("Reading the team's sign-in settings…"), false);
    if (withCode)
        m_signIn->startDeviceCode();
    else
        m_signIn->startBrowser();
}

} // namespace ems
