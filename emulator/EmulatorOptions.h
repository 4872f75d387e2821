#pragma once

#include "FaultConfig.h"

#include <QString>
#include <QStringList>

namespace chcloud::emulator {

/// Everything the command line can set. Parsed once in main().
struct EmulatorOptions
{
    quint16 port = 0;
    QString seed = QStringLiteral("demo"); ///< demo, empty or large
    QString keyId; ///< bootstrap key ID; generated when empty
    QString keySecret; ///< bootstrap key secret; generated when empty
    int rateLimit = 10;
    int rateWindowMs = 10000;
    int transitionMs = 3000;
    /// 409 for a DELETE within this many ms after a service reached "stopped".
    int deleteConflictMs = 0;
    /// The services-per-organization quota the quota routes report (its usage is the services).
    int serviceQuota = 20;
    qint64 maxBodyBytes = qint64(1024) * 1024;
    QString stateFile;
    /// Exit when the parent process dies or closes our standard input (the --demo launcher).
    bool exitWithParent = false;
    FaultConfig faults;

    /// Parses `arguments` (argv); on error fills `error` and returns false. Exits on --help.
    bool parse(const QStringList &arguments, QString *error);
};

} // namespace chcloud::emulator
