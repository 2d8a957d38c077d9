#pragma once

#include "core/profiles/keychainbackend.h"

#include <QHash>

// An in-memory keychain for tests, which can be told to fail with any error.
class FakeKeychainBackend : public ems::KeychainBackend
{
public:
    Error failWith = Error::None; // every call fails with this when set
    QHash<QString, QString> entries; // account -> secret
    int calls = 0;

    void read(const QString &account, QObject *context, Callback done) override;
    void write(const QString &account, const QString &secret, QObject *context,
               Callback done) override;
    void remove(const QString &account, QObject *context, Callback done) override;

private:
    void answer(QObject *context, Callback done, Error error, const QString &secret);
};
