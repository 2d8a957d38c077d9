#pragma once

#include <functional>

namespace ems {

// Runs parsing and decoding off the event loop, on a pool with one thread less than there
// are cores and at a lower priority, so that the event loop keeps a core of its own (or,
// when it shares one, the larger part of it) while big answers are parsed.
class BackgroundWork
{
public:
    static void run(std::function<void()> work);
};

} // namespace ems
