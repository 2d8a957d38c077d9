#pragma once

#include <functional>

namespace ems {

// Runs parsing and decoding off the event loop, on threads that yield to it: they run at a
// lower priority (nice 10), so on a machine with few cores a big answer being parsed does
// not make the window stall.
class BackgroundWork
{
public:
    static void run(std::function<void()> work);
};

} // namespace ems
