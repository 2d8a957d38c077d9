#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrlQuery>

namespace ems::sandbox {

// A request as the sandbox's endpoints see it, without the HTTP transport.
struct ApiRequest
{
    QString method;
    QString path;
    QUrlQuery query;
    QString authorization;
    QString contentType;
    QByteArray body;
};

// An answer: status, body (JSON unless contentType says otherwise), extra headers.
struct ApiReply
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray contentType; // empty: JSON
    bool changed = false; // the team was modified

    static ApiReply json(const QJsonValue &value, int status = 200);
    static ApiReply error(int status, const QString &message);
    static ApiReply validation(const QString &attribute, const QString &error, const QString &code);
};

} // namespace ems::sandbox
