#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <deque>

namespace chcloud::emulator {

/// Per-key sliding-window rate limit: at most `limit` accepted requests in any
/// `windowMs`. A rejected request does not consume budget.
class RateLimiter
{
public:
    RateLimiter(int limit, int windowMs);

    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        int resetSeconds = 0; ///< until the oldest request in the window leaves it (rounded up)
    };

    Decision admit(const QString &keyId);
    void reset();

private:
    int m_limit;
    int m_windowMs;
    QElapsedTimer m_clock;
    QHash<QString, std::deque<qint64>> m_accepted;
};

} // namespace chcloud::emulator
