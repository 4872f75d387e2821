#include "Clock.h"

#include <algorithm>
#include <limits>

namespace chcloud {

SteadyClock::SteadyClock(QObject *parent)
    : Clock(parent)
{
    m_elapsed.start();
    m_timer.setSingleShot(true);
    // Rate-limit slots need better than the 5 % slack of a coarse timer.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // A timer may fire a hair early; never report a wake-up before its time.
        const qint64 remaining = m_wakeAt - nowMs();
        if (remaining > 0) {
            m_timer.start(int(remaining));
            return;
        }
        m_wakeAt = -1;
        Q_EMIT wokeUp();
    });
}

qint64 SteadyClock::nowMs() const
{
    return m_elapsed.elapsed();
}

void SteadyClock::wakeAt(qint64 atMs)
{
    m_wakeAt = atMs;
    const qint64 delay = std::clamp<qint64>(atMs - nowMs(), 0, std::numeric_limits<int>::max());
    m_timer.start(int(delay));
}

void SteadyClock::cancelWake()
{
    m_wakeAt = -1;
    m_timer.stop();
}

qint64 SteadyClock::pendingWake() const
{
    return m_wakeAt;
}

} // namespace chcloud
