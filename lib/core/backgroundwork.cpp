#include "backgroundwork.h"

#include <QThread>
#include <QThreadPool>

namespace ems {

void BackgroundWork::run(std::function<void()> work)
{
    static QThreadPool pool;
    static const bool sized = [] {
        pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
        return true;
    }();
    Q_UNUSED(sized);
    pool.start(std::move(work));
}

} // namespace ems
