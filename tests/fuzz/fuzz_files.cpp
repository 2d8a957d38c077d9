// libFuzzer: the files EMS Explorer reads back: the pending-edits file of a team and the
// settings file that holds the profiles. The first byte chooses which.

#include "core/edit/edit.h"
#include "core/profiles/profilestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>

using namespace ems;

namespace {

// Profiles come from QSettings' default file: an INI file in a folder of the fuzzer's own.
QString settingsFile()
{
    static QTemporaryDir folder;
    static const bool ready = [] {
        QCoreApplication::setOrganizationName(QStringLiteral("ems-fuzz"));
        QCoreApplication::setApplicationName(QStringLiteral("profiles"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.path());
        return true;
    }();
    Q_UNUSED(ready);
    return QSettings().fileName();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes
            = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (data[0] & 1) {
        const QJsonObject document = QJsonDocument::fromJson(bytes).object();
        for (const QJsonValue &entry : document.value(QLatin1String("edits")).toArray()) {
            if (const auto edit = Edit::fromJson(entry.toObject()))
                (void)edit->describe();
        }
        return 0;
    }
    QFile file(settingsFile());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(bytes);
    file.close();
    QSettings().sync(); // read the file as it is now
    const ProfileStore profiles;
    for (const QString &name : profiles.names())
        (void)profiles.profile(name);
    return 0;
}
