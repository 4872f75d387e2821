#pragma once

#include "FaultConfig.h"

#include <QByteArray>
#include <QRandomGenerator>

namespace chcloud::emulator {

struct ApiRequest;

/// Decides, per /v1 request, which failure to simulate. The "Next" counters are
/// deterministic (tests use them); the rates draw from a generator seeded with a
/// fixed value, so a run with the same requests fails the same way.
class FaultInjector
{
public:
    explicit FaultInjector(FaultConfig config);

    struct Plan
    {
        int latencyMs = 0;
        bool drop = false;
        int failStatus = 0; ///< 0 = none
        bool force429 = false;
        bool malformed = false;
        bool truncate = false;
    };

    Plan plan(const ApiRequest &request);

    const FaultConfig &config() const { return m_config; }
    FaultConfig &config() { return m_config; }

    /// A body that starts like the real one but is not valid JSON.
    static QByteArray malformed(const QByteArray &body);
    /// The first half of the body.
    static QByteArray truncated(const QByteArray &body);

private:
    bool matches(const ApiRequest &request) const;
    static bool takeOne(int &counter);

    FaultConfig m_config;
    QRandomGenerator m_random { 20261128u };
};

} // namespace chcloud::emulator
