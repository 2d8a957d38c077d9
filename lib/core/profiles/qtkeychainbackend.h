#pragma once

#include "core/profiles/keychainbackend.h"

namespace ems {

// KeychainBackend over QtKeychain: libsecret (GNOME Keyring, KWallet's secret service) on
// Linux. No insecure fallback: without a secret service every call reports Unavailable.
class QtKeychainBackend : public KeychainBackend
{
public:
    static constexpr auto service = "ems-explorer";

    void read(const QString &account, QObject *context, Callback done) override;
    void write(const QString &account, const QString &secret, QObject *context,
               Callback done) override;
    void remove(const QString &account, QObject *context, Callback done) override;
};

} // namespace ems
