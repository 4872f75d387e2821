#pragma once

#include "api/Clock.h"

namespace chcloud::test {

/// A clock that moves only when a test says so. advance() fires every wake-up
/// that falls due on the way, at its own time, so a scheduler sees the same
/// sequence of moments it would see in real time.
class FakeClock final : public Clock
{
    Q_OBJECT

public:
    using Clock::Clock;

    qint64 nowMs() const override { return m_now; }
    void wakeAt(qint64 atMs) override { m_wakeAt = atMs; }
    void cancelWake() override { m_wakeAt = -1; }
    qint64 pendingWake() const override { return m_wakeAt; }

    /// Moves time forward by ms, waking the listener at each requested time on the way.
    void advance(qint64 ms)
    {
        const qint64 target = m_now + ms;
        while (m_wakeAt >= 0 && m_wakeAt <= target) {
            m_now = std::max(m_now, m_wakeAt);
            m_wakeAt = -1;
            Q_EMIT wokeUp();
        }
        m_now = target;
    }
    /// Moves time forward to an absolute time.
    void advanceTo(qint64 atMs) { advance(std::max<qint64>(0, atMs - m_now)); }

private:
    qint64 m_now = 0;
    qint64 m_wakeAt = -1;
};

} // namespace chcloud::test
