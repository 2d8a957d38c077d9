#include "core/profiles/profilestore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace ems {

namespace {
QString group(const QString &name)
{
    // Names are free text; keep them out of the key syntax of QSettings.
    return u"profiles/"_s + QString::fromLatin1(name.toUtf8().toPercentEncoding());
}
} // namespace

QStringList ProfileStore::names() const
{
    QSettings settings;
    settings.beginGroup(u"profiles"_s);
    QStringList names;
    for (const QString &key : settings.childGroups())
        names.append(QString::fromUtf8(QByteArray::fromPercentEncoding(key.toLatin1())));
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    QSettings settings;
    settings.beginGroup(group(name));
    if (!settings.contains(u"url"_s))
        return std::nullopt;
    Profile profile;
    profile.name = name;
    ConnectionSettings &s = profile.settings;
    const ConnectionSettings defaults;
    s.teamUrl = settings.value(u"url"_s).toUrl();
    s.auth = ConnectionSettings::authKindFromString(settings.value(u"auth"_s).toString());
    s.clientId = settings.value(u"clientId"_s).toString();
    s.scopes = settings.value(u"scopes"_s).toString().split(u' ', Qt::SkipEmptyParts);
    s.clientAuth
            = ConnectionSettings::clientAuthFromString(settings.value(u"clientAuth"_s).toString())
                      .value_or(ClientAuthMethod::Auto);
    s.keyType = ConnectionSettings::keyTypeFromString(settings.value(u"keyType"_s).toString())
                        .value_or(KeyType::Auto);
    s.timeoutSeconds = settings.value(u"timeoutSeconds"_s, defaults.timeoutSeconds).toInt();
    s.totalRetries = settings.value(u"totalRetries"_s, defaults.totalRetries).toInt();
    s.backoffFactor = settings.value(u"backoffFactor"_s, defaults.backoffFactor).toDouble();
    s.connectCheck = settings.value(u"connectCheck"_s, defaults.connectCheck).toBool();
    s.loadPermissions = settings.value(u"loadPermissions"_s, defaults.loadPermissions).toBool();
    s.allowPlainHttp = settings.value(u"allowPlainHttp"_s, false).toBool();
    s.caBundleFile = settings.value(u"caBundleFile"_s).toString();
    s.maxAnswerBytes = settings.value(u"maxAnswerBytes"_s, defaults.maxAnswerBytes).toLongLong();
    const QString storage = settings.value(u"keyStorage"_s).toString();
    profile.keyStorage = storage == u"file" ? Profile::KeyStorage::File
            : storage == u"memory"          ? Profile::KeyStorage::Memory
                                            : Profile::KeyStorage::Keychain;
    return profile;
}

void ProfileStore::save(const Profile &profile)
{
    QSettings settings;
    settings.remove(group(profile.name));
    settings.beginGroup(group(profile.name));
    const ConnectionSettings &s = profile.settings;
    settings.setValue(u"url"_s, s.teamUrl);
    settings.setValue(u"auth"_s, ConnectionSettings::authKindName(s.auth));
    settings.setValue(u"keyType"_s, ConnectionSettings::keyTypeName(s.keyType));
    settings.setValue(u"clientId"_s, s.clientId);
    settings.setValue(u"scopes"_s, s.scopes.join(u' '));
    settings.setValue(u"clientAuth"_s, ConnectionSettings::clientAuthName(s.clientAuth));
    settings.setValue(u"timeoutSeconds"_s, s.timeoutSeconds);
    settings.setValue(u"totalRetries"_s, s.totalRetries);
    settings.setValue(u"backoffFactor"_s, s.backoffFactor);
    settings.setValue(u"connectCheck"_s, s.connectCheck);
    settings.setValue(u"loadPermissions"_s, s.loadPermissions);
    settings.setValue(u"allowPlainHttp"_s, s.allowPlainHttp);
    settings.setValue(u"caBundleFile"_s, s.caBundleFile);
    settings.setValue(u"maxAnswerBytes"_s, s.maxAnswerBytes);
    settings.setValue(u"keyStorage"_s,
                      profile.keyStorage == Profile::KeyStorage::File             ? u"file"_s
                              : profile.keyStorage == Profile::KeyStorage::Memory ? u"memory"_s
                                                                                  : u"keychain"_s);
}

void ProfileStore::remove(const QString &name)
{
    QSettings().remove(group(name));
}

bool ProfileStore::showPermissionsAfterConnect() const
{
    return QSettings().value(u"permissions/showAfterConnect"_s, true).toBool();
}

void ProfileStore::setShowPermissionsAfterConnect(bool show)
{
    QSettings().setValue(u"permissions/showAfterConnect"_s, show);
}

} // namespace ems
