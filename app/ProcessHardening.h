#pragma once

#include "domain/Secret.h"

namespace chcloud {

/// What the process does first, before it holds any secret: no core dumps (a
/// crash after sign-in would write the Authorization header and any revealed
/// secret into a core file or a crash reporter) and, on Linux, not dumpable, so
/// other processes of the same user cannot attach to it or read its memory.
/// Developers who need a core file set CHCLOUD_ALLOW_CORE_DUMPS=1.
class ProcessHardening
{
public:
    /// The opt-out: when this variable is "1", apply() changes nothing.
    static constexpr const char *AllowCoreDumpsVariable = "CHCLOUD_ALLOW_CORE_DUMPS";

    /// Disables core dumps (RLIMIT_CORE 0) and marks the process not dumpable where
    /// the platform has it. True when the process is now protected.
    static bool apply();
    /// Whether the kernel would write a core file of this process (Linux; false elsewhere
    /// when core dumps are limited to zero).
    static bool isDumpable();
    /// The core-file size limit in bytes (soft limit), or -1 when unlimited or unknown.
    static long long coreLimit();

    /// Reads the environment variable `name`, overwrites its value in place (so it does
    /// not linger in the process's memory or in /proc/PID/environ), removes it from the
    /// environment (so no child process inherits it) and returns it. Empty when unset.
    static Secret takeEnvironmentSecret(const char *name);
};

} // namespace chcloud
