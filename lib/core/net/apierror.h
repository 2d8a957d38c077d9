#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace ems {

enum class KeyType;
struct ServicePermission;

// What a hint may refer to: how the connection authorizes, what its key may do.
struct ConnectionFacts
{
    KeyType keyType{};
    bool oauth = false;
    std::optional<QStringList> grantedScopes; // nullopt: not stated, or no OAuth
    const QList<ServicePermission> *permissions = nullptr; // null until loaded
    QString sslSetupError; // a CA bundle that could not be read
};

// What went wrong with a request, typed so callers can react, with a one-line message
// for people: the method and URL, and the server's own message when it sent one.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Unauthorized, // 401
        Forbidden, // 403
        NotFound, // 404
        RateLimited, // 429 after the retries
        Server, // 5xx after the retries
        Client, // any other 4xx (400 validation, 409, ...)
        Network, // refused, reset, DNS, proxy
        Timeout,
        Tls,
        BadResponse, // not JSON, or not the shape we expect
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QByteArray method;
    QUrl url;
    QString detail; // the server's message, the network error, the decoding problem
    QString hint; // what the user can do about it
    QString missingScope; // a 403's WWW-Authenticate: insufficient_scope names it (RFC 6750)
    quint64 requestId = 0; // the request in the network log; 0 when none was sent

    // The one way to make an error: of this kind, for that request.
    static ApiError make(Kind kind, const QByteArray &method, const QUrl &url,
                         const QString &detail = {}, int httpStatus = 0);

    bool isError() const { return kind != Kind::None; }
    // Sets what the user can do about it, from the kind and what is known of the connection.
    void addHint(const ConnectionFacts &facts);
    QString message() const;
    QString summary() const; // the message without method and URL, for a notification
    QString title() const; // short, for an error row: "Not found", "Forbidden", ...

    // Reads the message of an EMS error body ({"message": ...} or {"errors": [...]}), or of
    // an OAuth error ({"error": ..., "error_description": ...}).
    // At most a thousand characters of it.
    static QString serverMessage(const QByteArray &body);
    // A text from outside cut to a thousand characters, for labels and tooltips.
    static QString bounded(const QString &text);
    static Kind kindForStatus(int status);
    // The scope a Bearer challenge names with error="insufficient_scope" (RFC 6750 §3);
    // empty when it names none.
    static QString insufficientScope(const QByteArray &challenge);

private:
    QString forbiddenHint(const ConnectionFacts &facts) const;
    static QString fullServerMessage(const QByteArray &body);
};

} // namespace ems
