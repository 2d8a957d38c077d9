#include "core/edit/pendingeditsfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ems {

PendingEditsFile::PendingEditsFile(const QUrl &team)
    : m_team(team)
{ }

QString PendingEditsFile::path() const
{
    const QByteArray team = m_team.toString().toUtf8();
    const QString name = QString::fromLatin1(
            QCryptographicHash::hash(team, QCryptographicHash::Sha1).toHex().left(16));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/pending-edits/"_s
            + name + u".json"_s;
}

bool PendingEditsFile::save(const QList<Edit> &edits, QString *error) const
{
    const QString file = path();
    if (edits.isEmpty()) {
        QFile::remove(file);
        return true;
    }
    QJsonArray array;
    for (const Edit &edit : edits)
        array.append(edit.toJson());
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (out.open(QIODevice::WriteOnly)) {
        const QJsonObject document{{u"team"_s, m_team.toString()}, {u"edits"_s, array}};
        out.write(QJsonDocument(document).toJson());
        if (out.commit())
            return true;
    }
    *error = out.errorString();
    return false;
}

QList<Edit> PendingEditsFile::load(int *skipped) const
{
    *skipped = 0;
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Edit> edits;
    const QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &value : document.value(u"edits").toArray()) {
        if (auto edit = Edit::fromJson(value.toObject()))
            edits.append(*edit);
        else
            ++*skipped;
    }
    return edits;
}

} // namespace ems
