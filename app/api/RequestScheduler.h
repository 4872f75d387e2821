#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"

#include <QObject>

#include <array>
#include <chrono>
#include <memory>

namespace chcloud {

class Clock;
class Transport;
class RequestLog;

/// Tunables; the defaults follow the real API (10 requests per 10 s per key).
struct SchedulerConfig
{
    int limit = 10; ///< requests allowed per window
    std::chrono::milliseconds window { 10000 }; ///< sliding window length
    /// Added to the window against latency jitter, together with safetyMarginRatio × window:
    /// the jitter to cover is mostly a constant (network round trip, server clock
    /// granularity), but a longer window also tolerates a proportionally larger
    /// margin at no cost in throughput that matters. 20 ms + 2 % gives 220 ms for
    /// the real 10 s window and 40 ms for a 1 s test window (a fixed 220 ms would
    /// cost a fifth of the throughput there). What matters is the difference in
    /// latency between a request and the one sent a window later, not the latency
    /// itself: the server's window starts when the first one arrives.
    std::chrono::milliseconds safetyMargin { 20 };
    double safetyMarginRatio = 0.02; ///< see safetyMargin
    int maxRetries = 3; ///< for idempotent requests on 5xx/timeout/network
    std::chrono::milliseconds backoffBase { 500 }; ///< first retry delay; doubles, with jitter
    std::chrono::milliseconds backoffMax { 8000 };
    int max429Resends = 5; ///< then the reply ends with RateLimited
    /// A background request that has waited this long is sent before newer visible work.
    std::chrono::milliseconds starvationLimit { 30000 };
    /// Background work goes out only when no request at all went out in the last
    /// window/limit (with the margin), instead of in bursts: a burst of polling
    /// would fill the window and make a click wait for the whole window, while
    /// paced polling leaves a slot opening at least every window/limit.
    /// Interactive and visible work may burst.
    bool paceBackground = true;
};

/// What the status bar shows: "7/10 requests in window · 3 queued · paused 4 s".
struct SchedulerStatus
{
    int usedInWindow = 0;
    int limit = 0;
    std::array<int, 3> queued { 0, 0, 0 }; ///< by RequestPriority
    int inFlight = 0;
    qint64 pausedForMs = 0; ///< > 0 while a 429 pause lasts
    int totalQueued() const { return queued[0] + queued[1] + queued[2]; }
    bool operator==(const SchedulerStatus &) const = default;
};

/// Decides when each request of one API key goes out (the rate limit is per key):
/// a sliding window of send times with a safety margin, priorities with a
/// starvation guard, coalescing of identical GETs in flight, a pause on 429
/// until the server's reset time with the throttled request re-sent first,
/// and retries with exponential backoff and jitter for idempotent requests only.
/// One single-shot wake-up drives it; nothing sleeps.
///
/// It sends and decides what each answer means; the budget (RateBudget), the order
/// of waiting jobs (RequestQueue), reading the envelope (decodeReply()) and what is
/// written down (SchedulerLog) each live in their own class.
class RequestScheduler : public QObject
{
    Q_OBJECT

public:
    /// transport and clock must outlive the scheduler; log may be null.
    RequestScheduler(Transport *transport, Clock *clock, SchedulerConfig config = {}, RequestLog *log = nullptr,
                     QObject *parent = nullptr);
    ~RequestScheduler() override;

    /// Queues a request. The reply always ends with finished(), exactly once.
    ApiReply *submit(ApiRequest request);

    SchedulerStatus status() const;
    const SchedulerConfig &config() const;
    /// The window plus both parts of the safety margin: the spacing the scheduler
    /// keeps between a send and the send `limit` places after it.
    std::chrono::milliseconds effectiveWindow() const;

public Q_SLOTS:
    /// Ends every queued and in-flight request with Cancelled (profile switched, app quitting).
    void cancelAll();

Q_SIGNALS:
    /// Also written as a JSON line to the logging category "chcloud.scheduler" (debug level, off by default).
    void statusChanged(const chcloud::SchedulerStatus &status);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace chcloud

Q_DECLARE_METATYPE(chcloud::SchedulerStatus)
