#include "core/profiles/qtkeychainbackend.h"

#include <QObject>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace ems {

namespace {

KeychainBackend::Error errorOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return KeychainBackend::Error::None;
    case QKeychain::EntryNotFound:
        return KeychainBackend::Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainBackend::Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // what libsecret reports without a secret service
        return KeychainBackend::Error::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return KeychainBackend::Error::Other;
}

void run(QKeychain::Job *job, QObject *context, KeychainBackend::Callback done, bool readsSecret)
{
    job->setAutoDelete(true);
    QObject::connect(
            job, &QKeychain::Job::finished, context,
            [done = std::move(done), readsSecret](QKeychain::Job *finished) {
                const auto error = errorOf(finished->error());
                QString secret;
                if (readsSecret && error == KeychainBackend::Error::None)
                    secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                done(error, secret, finished->errorString());
            });
    job->start();
}

} // namespace

void QtKeychainBackend::read(const QString &account, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(service));
    job->setKey(account);
    run(job, context, std::move(done), true);
}

void QtKeychainBackend::write(const QString &account, const QString &secret, QObject *context,
                              Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(QLatin1String(service));
    job->setKey(account);
    job->setTextData(secret);
    run(job, context, std::move(done), false);
}

void QtKeychainBackend::remove(const QString &account, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(QLatin1String(service));
    job->setKey(account);
    run(job, context, std::move(done), false);
}

} // namespace ems
