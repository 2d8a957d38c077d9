#include "core/net/backgroundwork.h"

#include <QThread>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace ems {

namespace {

// Work on the pool gives way to the event loop when both want the same core: at nice 5 the
// event loop's thread gets three times the share of a pool thread. Linux keeps a nice
// value per thread. (Nice 10 or more starved loading beside a compiler; see
// docs/benchmarks.md.)
void yieldToTheEventLoop()
{
#ifdef Q_OS_LINUX
    constexpr int niceness = 5;
    thread_local const bool lowered = setpriority(PRIO_PROCESS, id_t(gettid()), niceness) == 0;
    Q_UNUSED(lowered);
#endif
}

} // namespace

void BackgroundWork::run(std::function<void()> work)
{
    static QThreadPool pool;
    static const bool sized = [] {
        pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
        return true;
    }();
    Q_UNUSED(sized);
    pool.start([work = std::move(work)] {
        yieldToTheEventLoop();
        work();
    });
}

} // namespace ems
