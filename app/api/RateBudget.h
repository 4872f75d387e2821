#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <chrono>
#include <deque>
#include <limits>

namespace chcloud {

struct TransportResult;

/// How many requests one API key may still send, and when the next may go.
///
/// It keeps the send times of the last window and answers "when may one more go
/// out?" from three rules: no more than `limit` sends in any window widened by a
/// safety margin (against latency jitter); nothing while a 429 pause lasts; and,
/// when the server's X-RateLimit headers show that it counts more of this key's
/// requests than this client sent, no more than the server still allows before
/// its reset. It decides nothing about which request goes: that is the queue's job.
///
/// Times are milliseconds on the scheduler's clock (Clock::nowMs()); the budget
/// reads no clock itself, so a test can drive it with any times.
class RateBudget
{
public:
    static constexpr qint64 noTime = std::numeric_limits<qint64>::max();

    /// See SchedulerConfig for the meaning of each value.
    RateBudget(int limit, std::chrono::milliseconds window, std::chrono::milliseconds safetyMargin,
               double safetyMarginRatio);

    /// The window plus both parts of the safety margin.
    qint64 effectiveWindowMs() const;
    /// The configured limit, or the server's X-RateLimit-Limit when that is smaller.
    int effectiveLimit() const;
    /// Sends counted against the window at `now`.
    int usedInWindow(qint64 now) const;
    /// The earliest time the budget (own window, server's word, 429 pause) allows one more send.
    qint64 nextSendAllowedAt(qint64 now);

    /// Counts a send at `now`; returns its serial number (1, 2, …).
    quint64 recordSend(qint64 now);
    /// The serial number of the latest send, 0 before the first.
    quint64 lastSendSerial() const { return m_sendCounter; }
    /// The time of the latest send, or -1 before the first.
    qint64 lastSendMs() const { return m_lastSendMs; }
    /// When the oldest send still counted leaves the window, or noTime when none is counted.
    qint64 nextSlotFreesAt() const;
    /// The even spacing window/limit after the latest send (for paced background work); 0 before any send.
    qint64 pacedUntil() const;

    /// A 429 arrived at `now`: nothing goes out until the server's reset (waitMs,
    /// from X-RateLimit-Reset or Retry-After, -1 when it named none) plus the margin,
    /// or for a whole effective window when it named no time.
    void pauseAfter429(qint64 waitMs, qint64 now);
    /// > now while a 429 pause lasts.
    qint64 pausedUntilMs() const { return m_pausedUntilMs; }

    /// The server's X-RateLimit-Limit; values <= 0 are ignored.
    void adoptServerLimit(int limit);
    /// The server's X-RateLimit-Remaining/Reset in the answer to send `sendSerial`
    /// (sent at sentAtMs). Answers may arrive out of order: only one for a later
    /// send than the last adopted speaks. uncountedInFlight is how many sends older
    /// than this one were still unanswered (the server may not have counted them).
    /// Returns true when the answer was the latest (whether or not it was stricter).
    bool adoptServerRemaining(quint64 sendSerial, qint64 sentAtMs, int remaining, qint64 resetInMs,
                              qint64 uncountedInFlight, qint64 now);

private:
    void prune(qint64 now);

    int m_limit;
    qint64 m_windowMs;
    qint64 m_safetyMarginMs;
    double m_safetyMarginRatio;

    std::deque<qint64> m_sendTimes; ///< ascending; pruned once outside the effective window
    quint64 m_sendCounter = 0;
    qint64 m_lastSendMs = -1; ///< of any priority
    qint64 m_pausedUntilMs = 0;

    // What the server last said, adopted when it is stricter than our own window.
    int m_serverLimit = 0; ///< X-RateLimit-Limit, 0 when unknown
    qint64 m_serverResetAtMs = 0; ///< until then at most m_serverAllowance more sends
    qint64 m_serverAllowance = 0;
    quint64 m_lastAdoptedSerial = 0;
};

/// A rate-limit header (X-RateLimit-Reset, Retry-After) as a delay in milliseconds:
/// seconds, possibly fractional; a value that looks like a Unix time is taken as
/// the moment itself; Retry-After may be an HTTP date. -1 when absent or unreadable.
qint64 rateLimitHeaderDelayMs(const TransportResult &result, QByteArrayView name);

} // namespace chcloud
