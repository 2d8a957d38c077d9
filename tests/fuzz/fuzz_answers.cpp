// libFuzzer: the other answers a server gives: the connect check (GET /api/cloud), the
// permissions, error bodies and Retry-After headers, all fed the same bytes.

#include "core/access/identity.h"
#include "core/access/servicepermission.h"
#include "core/net/apierror.h"
#include "core/net/retrypolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ems;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
            = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const QJsonValue value
            = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    QString problem;
    if (const auto identity = Identity::fromJson(value, &problem)) {
        for (const KeyType type : {KeyType::Auto, KeyType::AppKey, KeyType::UserKey})
            (void)identity->greeting(type);
    }
    (void)ServicePermission::listFromJson(value, &problem);
    (void)ApiError::serverMessage(bytes);
    const RetryPolicy policy(10, 60);
    for (const int status : {429, 503})
        (void)policy.delayMs(1, status, bytes.left(64));
    return 0;
}
