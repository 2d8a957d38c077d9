#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <optional>

namespace ems {

enum class KeyType { Auto, AppKey, UserKey };

// The knobs of PyCelonis' get_celonis(url, api_token, key_type, ...), with defaults a
// desktop user wants: retries on, a timeout that fails a stuck request in reasonable time.
struct ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:
    QUrl teamUrl;
    QString apiKey;
    KeyType keyType = KeyType::Auto;
    int timeoutSeconds = 60;
    int totalRetries = 3;
    double backoffFactor = 0.5;
    bool connectCheck = true;
    bool loadPermissions = true;
    bool allowPlainHttp = false; // plain http to a host other than loopback
    QString caBundleFile; // extra CA certificates (PEM) trusted besides the system's
    int maxConcurrentRequests = 6; // Qt's connections per host for HTTP/1.1

    static constexpr int maxRetries = 10;

    // Scheme defaults to https; path, query and fragment are dropped; plain http is refused
    // unless the host is loopback or allowPlainHttp is set. Returns nullopt with a message.
    static std::optional<QUrl> normalizeUrl(const QString &input, bool allowPlainHttp,
                                            QString *errorMessage);
    // Overrides empty fields from CELONIS_URL, CELONIS_API_TOKEN and CELONIS_KEY_TYPE.
    void applyEnvironment();
    // Checks every field; returns an empty string when the settings can be used.
    QString validate() const;

    static std::optional<KeyType> keyTypeFromString(const QString &text);
    static QString keyTypeName(KeyType type); // APP_KEY, USER_KEY, AUTO
    static QString keyTypeDisplay(KeyType type); // for people
};

} // namespace ems
