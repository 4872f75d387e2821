#include "ProcessHardening.h"

#include <QtGlobal>

#include <cstdlib>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#include <unistd.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif
#if defined(Q_OS_WIN)
#include <windows.h>
#endif

#if defined(Q_OS_UNIX)
extern char **environ; // NOLINT(readability-redundant-declaration): POSIX declares it nowhere in a header
#endif

namespace chcloud {

bool ProcessHardening::apply()
{
    const char *optOut = std::getenv(AllowCoreDumpsVariable);
    if (optOut != nullptr && std::strcmp(optOut, "1") == 0)
        return false;
    bool protectedNow = true;
#if defined(Q_OS_UNIX)
    const rlimit none { 0, 0 };
    protectedNow = ::setrlimit(RLIMIT_CORE, &none) == 0;
#endif
#if defined(Q_OS_LINUX)
    protectedNow = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && protectedNow;
#endif
#if defined(Q_OS_WIN)
    // No crash dialog or Windows Error Reporting dump of this process's memory.
    ::SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
#endif
    return protectedNow;
}

bool ProcessHardening::isDumpable()
{
#if defined(Q_OS_LINUX)
    return ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0;
#else
    return coreLimit() != 0;
#endif
}

long long ProcessHardening::coreLimit()
{
#if defined(Q_OS_UNIX)
    rlimit limit {};
    if (::getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return -1;
    return static_cast<long long>(limit.rlim_cur);
#else
    return -1;
#endif
}

Secret ProcessHardening::takeEnvironmentSecret(const char *name)
{
    Secret secret;
#if defined(Q_OS_UNIX)
    const size_t nameLength = std::strlen(name);
    for (char **entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
        if (std::strncmp(*entry, name, nameLength) != 0 || (*entry)[nameLength] != '=')
            continue;
        char *value = *entry + nameLength + 1;
        const size_t length = std::strlen(value);
        secret = Secret(QByteArray(value, qsizetype(length)));
        // Through a volatile pointer, so the stores are not optimised away.
        volatile char *bytes = value;
        for (size_t i = 0; i < length; ++i)
            bytes[i] = 0;
    }
    ::unsetenv(name);
#else
    secret = Secret(qgetenv(name));
    qunsetenv(name);
#endif
    return secret;
}

} // namespace chcloud
