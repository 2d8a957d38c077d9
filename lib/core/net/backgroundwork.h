#pragma once

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <functional>
#include <memory>

namespace ems {

// Runs parsing and decoding off the event loop, on a pool with one thread less than there
// are cores and at a lower priority, so that the event loop keeps a core of its own (or,
// when it shares one, the larger part of it) while big answers are parsed.
class BackgroundWork
{
public:
    static void run(std::function<void()> work);
    // Computes work() on the pool, then calls done(result) in the thread of context, unless
    // context is gone by then.
    template<typename T>
    static void compute(QObject *context, std::function<T()> work,
                        std::function<void(const T &)> done)
    {
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        run([promise, work = std::move(work)] {
            promise->addResult(work());
            promise->finish();
        });
        future.then(context, std::move(done));
    }
};

} // namespace ems
