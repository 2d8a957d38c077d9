#include "backgroundwork.h"

#include <QThreadPool>
#include <sys/resource.h>
#include <unistd.h>

namespace ems {

void BackgroundWork::run(std::function<void()> work)
{
    static QThreadPool pool;
    pool.start([work = std::move(work)] {
        thread_local const bool lowered = [] {
            // Per thread on Linux: only this worker yields, not the whole program.
            return ::setpriority(PRIO_PROCESS, ::gettid(), 10) == 0;
        }();
        Q_UNUSED(lowered);
        work();
    });
}

} // namespace ems
