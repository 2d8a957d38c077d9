#include "apireply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ems::sandbox {

ApiReply ApiReply::json(const QJsonValue &value, int status)
{
    ApiReply reply;
    reply.status = status;
    reply.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return reply;
}

ApiReply ApiReply::error(int status, const QString &message)
{
    QString shortMessage = message.section(u'.', 0, 0);
    return json(QJsonObject{{u"reference"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                            {u"message"_s, message},
                            {u"shortMessage"_s, shortMessage}},
                status);
}

ApiReply ApiReply::validation(const QString &attribute, const QString &error, const QString &code)
{
    const QJsonObject entry{
            {u"attribute"_s, attribute}, {u"error"_s, error}, {u"errorCode"_s, code}};
    return json(QJsonObject{{u"errors"_s, QJsonArray{entry}}}, 400);
}

} // namespace ems::sandbox
