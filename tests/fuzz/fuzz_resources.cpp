// libFuzzer: resource lists and objects of every kind, as the server sends them.
// The first byte chooses the family and whether one object or a list is expected.

#include "core/api/resourcequery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ems;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const auto family = Resource::Family(data[0] % 6);
    const bool single = data[0] & 0x80;
    const QJsonDocument document = QJsonDocument::fromJson(
            QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    const QJsonValue value
            = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const ResourceQuery::Decoded decoded = ResourceQuery::decode(family, single, value);
    for (const Resource &resource : decoded.resources) {
        // What the tree, the pane and an edit read of a decoded object.
        (void)resource.readPath();
        (void)resource.writePath();
        (void)resource.writeRefusal();
        (void)resource.editableFields();
        (void)resource.missingEditPermission();
    }
    return 0;
}
