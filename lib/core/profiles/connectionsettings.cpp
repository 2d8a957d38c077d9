#include "core/profiles/connectionsettings.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ems {

namespace {

bool isLoopback(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

std::optional<QUrl> ConnectionSettings::normalizeUrl(const QString &input, bool allowPlainHttp,
                                                     QString *errorMessage)
{
    const auto fail = [errorMessage](const QString &message) -> std::optional<QUrl> {
        if (errorMessage)
            *errorMessage = message;
        return std::nullopt;
    };
    QString text = input.trimmed();
    if (text.isEmpty())
        return fail(tr("Enter the team URL, for example https://acme.eu-1.celonis.cloud."));
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*://"_s);
    if (!scheme.match(text).hasMatch())
        text.prepend(u"https://"_s);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("\"%1\" is not a valid team URL.").arg(input.trimmed()));
    const QString urlScheme = url.scheme().toLower();
    if (urlScheme != u"https" && urlScheme != u"http")
        return fail(tr("The team URL must start with https:// (got %1://).").arg(urlScheme));
    if (urlScheme == u"http" && !allowPlainHttp && !isLoopback(url.host())) {
        return fail(tr("Plain http:// would send the API key unencrypted. Use https://, or allow "
                       "plain HTTP explicitly in the connection's advanced settings."));
    }
    QUrl normalized;
    normalized.setScheme(urlScheme);
    normalized.setHost(url.host().toLower());
    normalized.setPort(url.port());
    return normalized;
}

void ConnectionSettings::applyEnvironment()
{
    if (teamUrl.isEmpty() && qEnvironmentVariableIsSet("CELONIS_URL")) {
        if (auto url = normalizeUrl(qEnvironmentVariable("CELONIS_URL"), allowPlainHttp, nullptr))
            teamUrl = *url;
    }
    if (secret.isEmpty())
        secret = qEnvironmentVariable("CELONIS_API_TOKEN").trimmed();
    if (secret.isEmpty() && !qEnvironmentVariableIsEmpty("OAUTH_CLIENT_ID")) {
        auth = AuthKind::OAuthClient;
        clientId = qEnvironmentVariable("OAUTH_CLIENT_ID").trimmed();
        secret = qEnvironmentVariable("OAUTH_CLIENT_SECRET").trimmed();
        scopes = qEnvironmentVariable("OAUTH_SCOPES").split(u' ', Qt::SkipEmptyParts);
        clientAuth = clientAuthFromString(qEnvironmentVariable("OAUTH_METHOD"))
                             .value_or(ClientAuthMethod::Auto);
        return;
    }
    if (keyType == KeyType::Auto && qEnvironmentVariableIsSet("CELONIS_KEY_TYPE")) {
        if (auto type = keyTypeFromString(qEnvironmentVariable("CELONIS_KEY_TYPE")))
            keyType = *type;
    }
}

QString ConnectionSettings::validate() const
{
    if (!teamUrl.isValid() || teamUrl.host().isEmpty())
        return tr("The team URL is missing.");
    switch (auth) {
    case AuthKind::ApiKey:
        if (secret.trimmed().isEmpty())
            return tr("The API key is missing.");
        break;
    case AuthKind::OAuthClient:
        if (clientId.trimmed().isEmpty())
            return tr("The OAuth client ID is missing.");
        if (secret.trimmed().isEmpty())
            return tr("The OAuth client secret is missing.");
        break;
    case AuthKind::BrowserSignIn:
        if (clientId.trimmed().isEmpty())
            return tr("The OAuth client ID is missing.");
        if (secret.isEmpty())
            return tr("Not signed in yet: press Sign In.");
        break;
    }
    if (timeoutSeconds < 1 || timeoutSeconds > 3600)
        return tr("The timeout must be between 1 and 3600 seconds.");
    if (totalRetries < 0 || totalRetries > maxRetries)
        return tr("Retries must be between 0 and %1.").arg(maxRetries);
    if (backoffFactor < 0 || backoffFactor > 60)
        return tr("The backoff factor must be between 0 and 60.");
    if (maxConcurrentRequests < 1 || maxConcurrentRequests > 64)
        return tr("Concurrent requests must be between 1 and 64.");
    if (maxAnswerBytes < 1024 * 1024)
        return tr("The largest answer must be at least 1 MiB.");
    return {};
}

std::optional<KeyType> ConnectionSettings::keyTypeFromString(const QString &text)
{
    const QString t = text.trimmed().toUpper().replace(u'-', u'_');
    if (t == u"APP_KEY" || t == u"APPKEY" || t == u"APP")
        return KeyType::AppKey;
    if (t == u"USER_KEY" || t == u"USERKEY" || t == u"USER" || t == u"BEARER")
        return KeyType::UserKey;
    if (t == u"AUTO" || t.isEmpty())
        return KeyType::Auto;
    return std::nullopt;
}

namespace {
struct KeyTypeNames
{
    QString name; // as PyCelonis and CELONIS_KEY_TYPE spell it
    QString display; // for people
};

const KeyTypeNames &namesOf(KeyType type)
{
    static const KeyTypeNames names[]
            = {{u"AUTO"_s, u"key type detected automatically"_s}, // KeyType::Auto
               {u"APP_KEY"_s, u"application key"_s}, // KeyType::AppKey
               {u"USER_KEY"_s, u"user key"_s}}; // KeyType::UserKey
    return names[int(type)];
}
} // namespace

QString ConnectionSettings::keyTypeName(KeyType type)
{
    return namesOf(type).name;
}

QString ConnectionSettings::keyTypeDisplay(KeyType type)
{
    return namesOf(type).display;
}

namespace {
const QStringList authKindNames{u"API_KEY"_s, u"OAUTH_CLIENT"_s, u"BROWSER"_s};
const QStringList clientAuthNames{u"AUTO"_s, u"BASIC"_s, u"POST"_s};
} // namespace

QString ConnectionSettings::authKindName(AuthKind kind)
{
    return authKindNames.at(int(kind));
}

AuthKind ConnectionSettings::authKindFromString(const QString &text)
{
    return AuthKind(std::max(0, int(authKindNames.indexOf(text.trimmed().toUpper()))));
}

QString ConnectionSettings::clientAuthName(ClientAuthMethod method)
{
    return clientAuthNames.at(int(method));
}

std::optional<ClientAuthMethod> ConnectionSettings::clientAuthFromString(const QString &text)
{
    const qsizetype index = clientAuthNames.indexOf(text.trimmed().toUpper());
    if (index < 0)
        return text.trimmed().isEmpty() ? std::optional(ClientAuthMethod::Auto) : std::nullopt;
    return ClientAuthMethod(index);
}

bool ConnectionSettings::sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &url) {
        return url.port(url.scheme().compare(u"https", Qt::CaseInsensitive) == 0 ? 443 : 80);
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
            && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b);
}

} // namespace ems
