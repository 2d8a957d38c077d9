#include "core/net/connectcheck.h"

#include "core/net/apijob.h"
#include "core/net/netlog.h"

using namespace Qt::StringLiterals;

namespace ems {

ConnectCheck::ConnectCheck(KeyType keyType, Send send, QObject *parent)
    : QObject(parent)
    , m_keyType(keyType)
    , m_send(std::move(send))
{ }

QByteArray ConnectCheck::scheme(KeyType keyType)
{
    switch (keyType) {
    case KeyType::AppKey:
        return "AppKey";
    case KeyType::UserKey:
        return "Bearer";
    case KeyType::Auto:
        break;
    }
    return {};
}

void ConnectCheck::probe()
{
    probeAs(m_keyType == KeyType::Auto ? scheme(KeyType::AppKey) : scheme(m_keyType));
}

void ConnectCheck::probeAs(const QByteArray &scheme)
{
    const bool refusalExpected = m_keyType == KeyType::Auto && scheme == "AppKey";
    ApiJob *job = m_send(u"/api/cloud"_s, scheme, refusalExpected);
    connect(job, &ApiJob::finished, this, [this, job, scheme] { probeFinished(job, scheme); });
}

void ConnectCheck::probeFinished(ApiJob *job, const QByteArray &scheme)
{
    const bool rejected = job->error().kind == ApiError::Kind::Unauthorized
            || job->error().kind == ApiError::Kind::Forbidden;
    if (m_keyType == KeyType::Auto && rejected && scheme == "AppKey") {
        probeAs(ConnectCheck::scheme(KeyType::UserKey));
        return;
    }
    ApiError error = job->error();
    if (!error.isError()) {
        QString problem;
        if (const auto identity = Identity::fromJson(job->json(), &problem)) {
            const KeyType found = scheme == "AppKey" ? KeyType::AppKey : KeyType::UserKey;
            if (m_keyType == KeyType::Auto)
                qCInfo(lcNet).noquote()
                        << "Key type detected:" << ConnectionSettings::keyTypeDisplay(found);
            Q_EMIT connected(*identity, m_keyType == KeyType::Auto ? found : m_keyType);
            return;
        }
        error = job->badResponse(problem);
    } else if (m_keyType == KeyType::Auto && rejected) {
        error.hint = u"The key was refused both as an application key (AppKey) and as a user "
                     "key (Bearer). Check that it is a valid key for this team."_s;
    }
    qCWarning(lcNet).noquote() << "Connect check failed:" << error.message();
    Q_EMIT failed(error);
}

void ConnectCheck::loadPermissions()
{
    ApiJob *job = m_send(u"/api/cloud/permissions"_s, {}, false);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->error().isError()) {
            Q_EMIT permissionsFailed(job->error());
            return;
        }
        QString problem;
        if (const auto permissions = ServicePermission::listFromJson(job->json(), &problem))
            Q_EMIT permissionsLoaded(*permissions);
        else
            Q_EMIT permissionsFailed(job->badResponse(problem));
    });
}

} // namespace ems
