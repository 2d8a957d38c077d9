#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QUrl>

namespace ems {

// One attempt of one request, as the network log shows it. Secrets are redacted when the
// entry is made (redact()), so nothing downstream can leak them.
struct RequestLogEntry
{
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    quint64 requestId = 0;
    int attempt = 1;
    int maxAttempts = 1;
    QDateTime started;
    QByteArray method;
    QUrl url;
    int status = 0;
    qint64 durationMs = 0;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    int timeoutSeconds = 0;
    Headers requestHeaders;
    QByteArray requestBody;
    Headers responseHeaders;
    QByteArray responseBody; // at most maxBodyBytes
    bool responseBodyCut = false;
    QString error;
    qint64 retryInMs = -1; // wait before the next attempt, -1 when none follows
    QString context; // id of the object the request loads or changes
    // A refusal the program asked for: the key-type check trying AppKey before Bearer.
    bool expectedRefusal = false;

    static constexpr qsizetype maxBodyBytes = 256 * 1024;

    // "GET -> https://team.realm.celonis.cloud/api/cloud, {'timeout': 60}", as PyCelonis logs.
    QString pyCelonisLine() const;
    // The line plus status, time, size and attempt, for the debug log.
    QString summary() const;
    QByteArray header(const Headers &headers, const QByteArray &name) const;

    // "Bearer abcdef…wxyz" -> "Bearer ****wxyz"; keeps the scheme and at most 4 characters.
    static QByteArray redactAuthorization(const QByteArray &value);
    // Removes every occurrence of the secrets from headers, bodies, the query and the error,
    // and the values of OAuth's secret fields (client_secret, tokens, codes, verifiers) from
    // form and JSON bodies, whatever they are.
    void redact(const QList<QByteArray> &secrets);
    // The text with every occurrence of the secrets replaced by ****.
    static QString scrub(const QString &text, const QList<QByteArray> &secrets);
};

} // namespace ems
