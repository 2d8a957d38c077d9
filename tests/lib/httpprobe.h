#pragma once

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUrl>

// A plain HTTP client for the sandbox tests: sends one request and waits for its
// finished() signal. Deliberately not lib/core, which has its own tests.
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QByteArray header(const QByteArray &name) const;
};

class HttpProbe
{
public:
    explicit HttpProbe(const QUrl &base);

    void setAuthorization(const QByteArray &value) { m_authorization = value; }
    void setContentType(const QByteArray &value) { m_contentType = value; }
    void setFollowRedirects(bool follow) { m_followRedirects = follow; }
    void setSslConfiguration(const QSslConfiguration &config)
    {
        m_ssl = config;
        m_useSsl = true;
    }

    HttpResult send(const QByteArray &method, const QString &pathAndQuery,
                    const QByteArray &body = {});
    HttpResult get(const QString &pathAndQuery) { return send("GET", pathAndQuery); }

private:
    QNetworkAccessManager m_manager;
    QUrl m_base;
    QByteArray m_authorization;
    QByteArray m_contentType = "application/json";
    bool m_followRedirects = true;
    QSslConfiguration m_ssl;
    bool m_useSsl = false;
};
