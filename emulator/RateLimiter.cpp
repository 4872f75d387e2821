#include "RateLimiter.h"

namespace chcloud::emulator {

namespace {
int secondsRoundedUp(qint64 ms)
{
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}
} // namespace

RateLimiter::RateLimiter(int limit, int windowMs)
    : m_limit(limit)
    , m_windowMs(windowMs)
{
    m_clock.start();
}

RateLimiter::Decision RateLimiter::admit(const QString &keyId)
{
    const qint64 now = m_clock.elapsed();
    std::deque<qint64> &accepted = m_accepted[keyId];
    while (!accepted.empty() && accepted.front() <= now - m_windowMs)
        accepted.pop_front();
    Decision decision;
    decision.limit = m_limit;
    if (int(accepted.size()) >= m_limit) {
        decision.allowed = false;
        decision.remaining = 0;
        decision.resetSeconds = std::max(1, secondsRoundedUp(accepted.front() + m_windowMs - now));
        return decision;
    }
    accepted.push_back(now);
    decision.remaining = m_limit - int(accepted.size());
    decision.resetSeconds = secondsRoundedUp(accepted.front() + m_windowMs - now);
    return decision;
}

void RateLimiter::reset()
{
    m_accepted.clear();
}

} // namespace chcloud::emulator
