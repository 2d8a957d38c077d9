#pragma once

#include <QList>
#include <QStringList>

namespace ems {

// The scopes EMS Explorer asks for, as the sources show them.
class OAuthScopes
{
public:
    // What content-cli 1.15 always asks for (core/profile/profile.service.js, OAUTH_SCOPES).
    static QStringList standard();
    // Celonis's documented read-only scopes for browsing Studio packages, data pools and
    // data models (Celonis Platform documentation, Admin > API keys > OAuth scopes).
    static QStringList browseOnly();
    // What a sign-in asks for first: the connection's named scopes, else the standard four.
    static QStringList requested(const QStringList &named);
    // The sets to ask for in turn: what the connection names, else the standard four and,
    // after an invalid_scope, every smaller combination of them, largest first, as
    // content-cli's client-credentials sign-in does (getScopeCombinationsOrderedBySize).
    static QList<QStringList> attempts(const QStringList &named);
    // The device-code sign-in's sets: what the connection names, else the standard four,
    // then the standard ones without action-engine.projects (content-cli's device flow).
    static QList<QStringList> deviceAttempts(const QStringList &named);
};

} // namespace ems
