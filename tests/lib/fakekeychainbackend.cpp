#include "fakekeychainbackend.h"

#include <QTimer>

using namespace Qt::StringLiterals;

void FakeKeychainBackend::answer(QObject *context, Callback done, Error error,
                                 const QString &secret)
{
    ++calls;
    QTimer::singleShot(0, context, [done, error, secret] {
        done(error, secret, error == Error::None ? QString() : u"fake keychain says no"_s);
    });
}

void FakeKeychainBackend::read(const QString &account, QObject *context, Callback done)
{
    if (failWith != Error::None)
        return answer(context, done, failWith, {});
    if (!entries.contains(account))
        return answer(context, done, Error::NotFound, {});
    answer(context, done, Error::None, entries.value(account));
}

void FakeKeychainBackend::write(const QString &account, const QString &secret, QObject *context,
                                Callback done)
{
    if (failWith == Error::None)
        entries.insert(account, secret);
    answer(context, done, failWith, {});
}

void FakeKeychainBackend::remove(const QString &account, QObject *context, Callback done)
{
    if (failWith != Error::None)
        return answer(context, done, failWith, {});
    answer(context, done, entries.remove(account) ? Error::None : Error::NotFound, {});
}
