#pragma once

#include <QWidget>

namespace ems {

class OAuthSignIn;
struct ConnectionSettings;

// "Sign In with Browser" and "Sign In from Another Device" for a browser sign-in profile:
// runs the sign-in and says, in words, where it stands.
class SignInButtons : public QWidget
{
    Q_OBJECT

public:
    explicit SignInButtons(QWidget *parent = nullptr);

    // Starts a sign-in with these settings, in the browser or with a code (device grant).
    void start(const ConnectionSettings &settings, bool withCode);

Q_SIGNALS:
    void startRequested(bool withCode); // a button was pressed
    void progress(const QString &text, bool error);
    void signedIn(const QString &refreshToken);

private:
    OAuthSignIn *m_signIn = nullptr;
};

} // namespace ems
