#include "RateBudget.h"

#include "Transport.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace chcloud {

RateBudget::RateBudget(int limit, std::chrono::milliseconds window, std::chrono::milliseconds safetyMargin,
                       double safetyMarginRatio)
    : m_limit(limit)
    , m_windowMs(window.count())
    , m_safetyMarginMs(safetyMargin.count())
    , m_safetyMarginRatio(safetyMarginRatio)
{
}

qint64 RateBudget::effectiveWindowMs() const
{
    return m_windowMs + m_safetyMarginMs + qint64(std::llround(double(m_windowMs) * m_safetyMarginRatio));
}

int RateBudget::effectiveLimit() const
{
    const int limit = std::max(1, m_limit);
    return m_serverLimit > 0 ? std::min(limit, m_serverLimit) : limit;
}

void RateBudget::prune(qint64 now)
{
    const qint64 window = effectiveWindowMs();
    while (!m_sendTimes.empty() && m_sendTimes.front() + window <= now)
        m_sendTimes.pop_front();
}

int RateBudget::usedInWindow(qint64 now) const
{
    const qint64 window = effectiveWindowMs();
    return int(std::count_if(m_sendTimes.begin(), m_sendTimes.end(), [&](qint64 t) { return t + window > now; }));
}

qint64 RateBudget::nextSendAllowedAt(qint64 now)
{
    prune(now);
    qint64 at = std::max(now, m_pausedUntilMs);
    const auto limit = size_t(effectiveLimit());
    if (m_sendTimes.size() >= limit)
        at = std::max(at, m_sendTimes[m_sendTimes.size() - limit] + effectiveWindowMs());
    if (m_serverResetAtMs > now && m_serverAllowance <= 0)
        at = std::max(at, m_serverResetAtMs);
    return at;
}

quint64 RateBudget::recordSend(qint64 now)
{
    m_sendTimes.push_back(now);
    m_lastSendMs = now;
    if (m_serverResetAtMs > now)
        --m_serverAllowance;
    return ++m_sendCounter;
}

qint64 RateBudget::nextSlotFreesAt() const
{
    return m_sendTimes.empty() ? noTime : m_sendTimes.front() + effectiveWindowMs();
}

qint64 RateBudget::pacedUntil() const
{
    if (m_lastSendMs < 0)
        return 0;
    return m_lastSendMs + effectiveWindowMs() / effectiveLimit();
}

void RateBudget::pauseAfter429(qint64 waitMs, qint64 now)
{
    const qint64 until = now + (waitMs >= 0 ? waitMs + m_safetyMarginMs : effectiveWindowMs());
    m_pausedUntilMs = std::max(m_pausedUntilMs, until);
    m_serverAllowance = 0;
    m_serverResetAtMs = std::max(m_serverResetAtMs, m_pausedUntilMs);
}

void RateBudget::adoptServerLimit(int limit)
{
    if (limit > 0)
        m_serverLimit = limit;
}

bool RateBudget::adoptServerRemaining(quint64 sendSerial, qint64 sentAtMs, int remaining, qint64 resetInMs,
                                      qint64 uncountedInFlight, qint64 now)
{
    if (sendSerial <= m_lastAdoptedSerial)
        return false;
    m_lastAdoptedSerial = sendSerial;
    // When the server counts no more of our requests than we do, our own window
    // is the stricter rule (the reset is whole seconds, too coarse to pace by).
    // Fewer remaining than we expect means someone else spends this key's budget.
    const qint64 serverWindowStart = sentAtMs - m_windowMs;
    const qint64 ourSends = std::count_if(m_sendTimes.begin(), m_sendTimes.end(),
                                          [&](qint64 t) { return t > serverWindowStart && t <= sentAtMs; });
    if (remaining >= effectiveLimit() - ourSends)
        return true;
    // Sends after this one, and those still in flight from before it, may not
    // have been counted in "remaining" yet: assume they were not.
    const qint64 uncounted = qint64(m_sendCounter - sendSerial) + uncountedInFlight;
    m_serverAllowance = remaining - uncounted;
    m_serverResetAtMs = now + resetInMs + m_safetyMarginMs;
    return true;
}

qint64 rateLimitHeaderDelayMs(const TransportResult &result, QByteArrayView name)
{
    const QByteArray value = result.header(name).trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok && std::isfinite(seconds) && seconds >= 0) {
        constexpr double unixTimeThreshold = 1e9;
        if (seconds > unixTimeThreshold)
            return std::max<qint64>(0, qint64((seconds - double(QDateTime::currentSecsSinceEpoch())) * 1000));
        return qint64(std::ceil(seconds * 1000));
    }
    // Retry-After may be an HTTP date.
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (date.isValid())
        return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(date));
    return -1;
}

} // namespace chcloud
