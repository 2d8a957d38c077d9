#pragma once

#include "core/access/identity.h"
#include "core/access/servicepermission.h"
#include "core/net/apierror.h"
#include "core/profiles/connectionsettings.h"

#include <QObject>
#include <functional>

namespace ems {

class ApiJob;

// PyCelonis' initial connect check (GET /api/cloud: who the key belongs to), with AUTO's
// key-type detection: first as an application key (AppKey), after a 401 or 403 as a user key
// (Bearer); and the permissions request (GET /api/cloud/permissions). It sends through
// the session's send function and reports what it found; the session acts on it.
class ConnectCheck : public QObject
{
    Q_OBJECT

public:
    // Sends a GET with that Authorization scheme (empty: the session's own); a refusal is
    // expected when it only tells AUTO to try the other scheme.
    using Send = std::function<ApiJob *(const QString &path, const QByteArray &scheme,
                                        bool refusalExpected)>;
    ConnectCheck(KeyType keyType, Send send, QObject *parent = nullptr);

    // The Authorization scheme of a key type; empty for AUTO, which has to find out.
    static QByteArray scheme(KeyType keyType);

    void probe();
    void loadPermissions();

Q_SIGNALS:
    // keyType: the one given, or what AUTO found.
    void connected(const ems::Identity &identity, ems::KeyType keyType);
    void failed(const ems::ApiError &error);
    void permissionsLoaded(const QList<ems::ServicePermission> &permissions);
    void permissionsFailed(const ems::ApiError &error);

private:
    void probeAs(const QByteArray &scheme);
    void probeFinished(ApiJob *job, const QByteArray &scheme);

    KeyType m_keyType;
    Send m_send;
};

} // namespace ems
