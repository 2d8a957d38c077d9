#pragma once

#include <QString>
#include <functional>

class QObject;

namespace ems {

// Where API keys are kept: the OS keychain in the program, a fake in tests. Every call
// answers once through the callback, never before it returns; context ends the callback
// when it is destroyed.
class KeychainBackend
{
public:
    enum class Error { None, NotFound, Unavailable, AccessDenied, Other };
    using Callback
            = std::function<void(Error error, const QString &secret, const QString &message)>;

    virtual ~KeychainBackend() = default;
    virtual void read(const QString &account, QObject *context, Callback done) = 0;
    virtual void write(const QString &account, const QString &secret, QObject *context,
                       Callback done)
            = 0;
    virtual void remove(const QString &account, QObject *context, Callback done) = 0;
};

} // namespace ems
