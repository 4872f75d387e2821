#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>

#include <array>
#include <deque>
#include <limits>
#include <map>
#include <memory>

namespace chcloud {

class TransportCall;

/// One request on its way through the scheduler: what several coalesced replies wait for.
struct RequestJob
{
    static constexpr qint64 noTime = std::numeric_limits<qint64>::max();

    quint64 sequence = 0; ///< submission order: FIFO within a priority
    ApiRequest request;
    QByteArray coalescingKey;
    QList<QPointer<ApiReply>> replies;
    qint64 submittedAtMs = 0;
    qint64 firstSentAtMs = -1;
    QDateTime firstSentAtUtc;
    qint64 sentAtMs = -1; ///< of the current attempt
    quint64 sendSerial = 0; ///< of the current attempt, see RateBudget::recordSend()
    qint64 notBeforeMs = 0; ///< backoff: not sent again before this time
    qint64 deadlineMs = noTime; ///< while in flight: when it times out
    int attempts = 0;
    int retries = 0;
    int resends429 = 0;
    TransportCall *call = nullptr; ///< while in flight
};

/// The scheduler's jobs and the order they go out in: a FIFO per priority, the
/// requests throttled by a 429 ahead of everything, a starvation guard that lets
/// old work overtake newer work of a higher priority, and coalescing of identical
/// GETs into one job while it is unfinished. It owns every unfinished job, queued
/// or in flight; it does not decide *when* the next one may go (RateBudget does)
/// and it sends nothing.
class RequestQueue
{
public:
    RequestQueue();
    ~RequestQueue();
    RequestQueue(const RequestQueue &) = delete;
    RequestQueue &operator=(const RequestQueue &) = delete;

    /// Makes reply wait for request: joins the unfinished job with the same
    /// coalescing key (raising its priority when the new caller is more urgent and
    /// it has not gone out yet), or queues a new job. Returns the job.
    RequestJob *add(ApiRequest request, ApiReply *reply, qint64 now);

    /// Queues the job again in its priority's FIFO (after a backoff, say).
    void enqueue(RequestJob *job);
    /// Queues the job ahead of everything: it was throttled and goes first.
    void enqueueFirst(RequestJob *job);
    /// Takes the job out of whichever queue holds it (it stays owned here).
    void dequeue(RequestJob *job);

    bool hasQueued() const;
    /// Queued jobs per RequestPriority (those waiting to be resent count by their priority).
    std::array<int, 3> queuedCounts() const;
    /// The next job to send at `now`, or null: a throttled one first, then the oldest
    /// job that has waited past starvationLimitMs, then by priority. Background work
    /// is not eligible before backgroundPacedUntil.
    RequestJob *pickNext(qint64 now, qint64 backgroundPacedUntil, qint64 starvationLimitMs) const;
    /// The earliest time a queued job becomes eligible (backoff, pacing), or RequestJob::noTime.
    qint64 firstEligibleAt(qint64 now, qint64 backgroundPacedUntil) const;

    /// The unfinished job with that sequence number, or null.
    RequestJob *find(quint64 sequence) const;
    /// True while reply waits for a job.
    bool isWaiting(const ApiReply *reply) const { return m_jobOfReply.contains(reply); }
    /// Reply no longer waits. Returns its job when nobody waits for it any more
    /// (the caller then takes it), else null.
    RequestJob *forgetReply(const ApiReply *reply);
    /// Takes the job out of every structure and hands over its ownership and the
    /// replies still alive. The job's call must already be detached.
    std::unique_ptr<RequestJob> take(RequestJob *job, QList<QPointer<ApiReply>> &replies);
    /// Every reply that waits for an unfinished job.
    QList<QPointer<ApiReply>> waitingReplies() const;

private:
    using Fifo = std::deque<RequestJob *>;
    static void insertInOrder(Fifo &fifo, RequestJob *job);
    static bool removeFrom(Fifo &fifo, RequestJob *job);

    std::map<quint64, std::unique_ptr<RequestJob>> m_jobs; ///< every unfinished job, by sequence
    std::array<Fifo, 3> m_queues; ///< by RequestPriority
    Fifo m_resendFirst; ///< throttled by a 429: they go before anything else
    QHash<QByteArray, RequestJob *> m_coalescing;
    QHash<const ApiReply *, RequestJob *> m_jobOfReply;
    quint64 m_nextSequence = 1;
};

} // namespace chcloud
