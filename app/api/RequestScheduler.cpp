#include "RequestScheduler.h"

#include "Clock.h"
#include "RateBudget.h"
#include "ReplyEnvelope.h"
#include "RequestQueue.h"
#include "SchedulerLog.h"
#include "Transport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <utility>

namespace chcloud {

namespace {

constexpr qint64 noTime = RequestJob::noTime;

bool isRetriableTransportError(TransportErrorKind kind)
{
    switch (kind) {
    case TransportErrorKind::Timeout:
    case TransportErrorKind::ConnectionRefused:
    case TransportErrorKind::ConnectionDropped:
    case TransportErrorKind::Other:
        return true;
    case TransportErrorKind::None:
    case TransportErrorKind::Tls: // a certificate does not fix itself
    case TransportErrorKind::InsecureUrl:
    case TransportErrorKind::ReplyTooLarge: // the same URL would send the same flood again
        return false;
    }
    return false;
}

} // namespace

/// Sends what the queue picks when the budget allows it, and decides what each
/// answer means: resend after a 429, retry with backoff, or end the replies.
struct RequestScheduler::Private
{
    Private(RequestScheduler *owner, Transport *transport_, Clock *clock_, SchedulerConfig config_, RequestLog *log_)
        : q(owner)
        , transport(transport_)
        , clock(clock_)
        , config(config_)
        , budget(config_.limit, config_.window, config_.safetyMargin, config_.safetyMarginRatio)
        , logger(log_)
    {
    }

    RequestScheduler *q;
    Transport *transport;
    Clock *clock;
    SchedulerConfig config;
    RateBudget budget;
    RequestQueue queue;
    SchedulerLog logger;
    QList<RequestJob *> inFlight;

    bool pumping = false;
    bool cancellingAll = false;
    bool pumpAgain = false;
    std::optional<SchedulerStatus> lastStatus;

    /// When background work may go out again (see SchedulerConfig::paceBackground).
    qint64 backgroundPacedUntil() const { return config.paceBackground ? budget.pacedUntil() : 0; }

    void send(RequestJob *job, qint64 now)
    {
        queue.dequeue(job);
        ++job->attempts;
        if (job->firstSentAtMs < 0) {
            job->firstSentAtMs = now;
            job->firstSentAtUtc = QDateTime::currentDateTimeUtc();
        }
        job->sentAtMs = now;
        job->sendSerial = budget.recordSend(now);
        job->deadlineMs = job->request.timeout.count() > 0 ? now + job->request.timeout.count() : noTime;
        for (const QPointer<ApiReply> &reply : std::as_const(job->replies)) {
            if (reply)
                reply->setAttempts(job->attempts);
        }
        inFlight.append(job);
        job->call = transport->send(job->request);
        QObject::connect(job->call, &TransportCall::finished, q, [this, job] { onCallFinished(job); });
    }

    void onCallFinished(RequestJob *job)
    {
        TransportCall *call = job->call;
        const TransportResult result = call->result();
        detachCall(job);
        handleOutcome(job, result, clock->nowMs());
        pump();
    }

    /// Forgets the job's call (without finishing anything).
    void detachCall(RequestJob *job)
    {
        if (!job->call)
            return;
        job->call->disconnect(q);
        job->call->abort(); // no-op once it has finished
        job->call->deleteLater();
        job->call = nullptr;
        job->deadlineMs = noTime;
        inFlight.removeOne(job);
    }

    void adoptRateLimitHeaders(const RequestJob *job, const TransportResult &result, qint64 now)
    {
        bool ok = false;
        const int limit = result.header("X-RateLimit-Limit").trimmed().toInt(&ok);
        if (ok)
            budget.adoptServerLimit(limit);
        const int remaining = result.header("X-RateLimit-Remaining").trimmed().toInt(&ok);
        const qint64 resetInMs = rateLimitHeaderDelayMs(result, "X-RateLimit-Reset");
        if (!ok || resetInMs < 0)
            return;
        const qint64 olderInFlight = std::count_if(inFlight.begin(), inFlight.end(), [&](const RequestJob *other) {
            return other->sendSerial < job->sendSerial;
        });
        budget.adoptServerRemaining(job->sendSerial, job->sentAtMs, remaining, resetInMs, olderInFlight, now);
    }

    /// Decides what a finished (or timed-out) attempt means: resend, retry later, or end.
    void handleOutcome(RequestJob *job, const TransportResult &result, qint64 now)
    {
        if (result.hasResponse())
            adoptRateLimitHeaders(job, result, now);

        if (result.hasResponse() && result.httpStatus == 429) {
            budget.pauseAfter429(std::max(rateLimitHeaderDelayMs(result, "X-RateLimit-Reset"),
                                          rateLimitHeaderDelayMs(result, "Retry-After")),
                                 now);
            // Not processed by the server, so safe to send again, even a POST.
            if (job->resends429 < config.max429Resends) {
                ++job->resends429;
                queue.enqueueFirst(job);
                return;
            }
        } else if (job->request.idempotent && job->retries < config.maxRetries) {
            const bool serverError = result.hasResponse() && result.httpStatus >= 500 && result.httpStatus <= 599;
            if (serverError || (!result.hasResponse() && isRetriableTransportError(result.error))) {
                scheduleRetry(job, now, rateLimitHeaderDelayMs(result, "Retry-After"));
                return;
            }
        }
        complete(job, result, now);
    }

    qint64 backoffMs(int retry) const
    {
        const double base = double(config.backoffBase.count()) * std::pow(2.0, retry - 1);
        const double capped = std::min(base, double(config.backoffMax.count()));
        // ±20 % jitter: spreads clients apart while each step stays longer than the last.
        const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
        return qint64(std::llround(capped * jitter));
    }

    void scheduleRetry(RequestJob *job, qint64 now, qint64 retryAfterMs)
    {
        ++job->retries;
        job->notBeforeMs = now + std::max(backoffMs(job->retries), retryAfterMs);
        queue.enqueue(job);
    }

    /// Takes the job out of every structure; returns its ownership and live replies.
    std::unique_ptr<RequestJob> takeJob(RequestJob *job, QList<QPointer<ApiReply>> &replies)
    {
        detachCall(job);
        return queue.take(job, replies);
    }

    /// Ends every reply of the job with what the last attempt brought.
    void complete(RequestJob *job, const TransportResult &result, qint64 now)
    {
        QList<QPointer<ApiReply>> replies;
        const std::unique_ptr<RequestJob> owned = takeJob(job, replies);
        const DecodedReply decoded = decodeReply(owned->request, result);
        logger.logJob(*owned, result, decoded.error, now);
        for (const QPointer<ApiReply> &reply : replies) {
            if (!reply)
                continue;
            if (decoded.error)
                reply->finishWithError(*decoded.error, result.body);
            else
                reply->finishWithResult(result.httpStatus, decoded.requestId, decoded.value, result.body);
        }
    }

    /// A reply was cancelled or deleted: it no longer waits; the job goes when nobody does.
    void detachReply(const ApiReply *reply)
    {
        RequestJob *job = queue.forgetReply(reply);
        if (!job)
            return;
        const bool wasSent = job->call != nullptr;
        QList<QPointer<ApiReply>> none;
        const std::unique_ptr<RequestJob> owned = takeJob(job, none);
        if (wasSent) {
            TransportResult result;
            result.error = TransportErrorKind::Other;
            logger.logJob(*owned, result, ApiError::cancelled(), clock->nowMs());
        }
    }

    void expireTimeouts(qint64 now)
    {
        // By sequence, not by pointer: ending one job runs callbacks that may
        // cancel (and so free) another expired job before its turn comes.
        QList<quint64> expired;
        for (const RequestJob *job : std::as_const(inFlight)) {
            if (job->deadlineMs <= now)
                expired.append(job->sequence);
        }
        for (const quint64 sequence : std::as_const(expired)) {
            RequestJob *job = queue.find(sequence);
            if (!job || !job->call)
                continue; // ended meanwhile by a reply's receiver
            detachCall(job);
            TransportResult result;
            result.error = TransportErrorKind::Timeout;
            result.errorString
                = QCoreApplication::translate("ApiError", "no answer within %1 ms").arg(job->request.timeout.count());
            handleOutcome(job, result, now);
        }
    }

    void armWake(qint64 now)
    {
        qint64 wake = noTime;
        if (queue.hasQueued())
            wake = std::max(budget.nextSendAllowedAt(now), queue.firstEligibleAt(now, backgroundPacedUntil()));
        for (const RequestJob *job : std::as_const(inFlight))
            wake = std::min(wake, job->deadlineMs);
        // Keep the published status fresh: a slot frees up, a pause ends.
        wake = std::min(wake, budget.nextSlotFreesAt());
        if (budget.pausedUntilMs() > now)
            wake = std::min(wake, budget.pausedUntilMs());
        if (wake == noTime)
            clock->cancelWake();
        else if (clock->pendingWake() != wake)
            clock->wakeAt(wake);
    }

    void pump()
    {
        if (cancellingAll)
            return; // nothing new goes out while everything is being cancelled
        if (pumping) {
            pumpAgain = true;
            return;
        }
        pumping = true;
        qint64 now = clock->nowMs();
        do {
            pumpAgain = false;
            now = clock->nowMs();
            expireTimeouts(now);
            while (budget.nextSendAllowedAt(now) <= now) {
                RequestJob *job = queue.pickNext(now, backgroundPacedUntil(), config.starvationLimit.count());
                if (!job)
                    break;
                send(job, now);
            }
        } while (pumpAgain);
        pumping = false;
        armWake(now);
        publishStatus();
    }

    SchedulerStatus currentStatus() const
    {
        const qint64 now = clock->nowMs();
        SchedulerStatus status;
        status.usedInWindow = budget.usedInWindow(now);
        status.limit = budget.effectiveLimit();
        status.queued = queue.queuedCounts();
        status.inFlight = int(inFlight.size());
        status.pausedForMs = std::max<qint64>(0, budget.pausedUntilMs() - now);
        return status;
    }

    void publishStatus()
    {
        const SchedulerStatus status = currentStatus();
        if (lastStatus && *lastStatus == status)
            return;
        lastStatus = status;
        SchedulerLog::logStatus(status);
        Q_EMIT q->statusChanged(status);
    }
};

RequestScheduler::RequestScheduler(Transport *transport, Clock *clock, SchedulerConfig config, RequestLog *log,
                                   QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, transport, clock, config, log))
{
    Q_ASSERT(transport);
    Q_ASSERT(clock);
    connect(clock, &Clock::wokeUp, this, [this] { d->pump(); });
}

RequestScheduler::~RequestScheduler()
{
    d->clock->disconnect(this);
    d->clock->cancelWake();
    d->cancellingAll = true;
    cancelAll();
    // Finished replies not yet deleted by their receivers die with the scheduler.
    for (ApiReply *reply : findChildren<ApiReply *>(Qt::FindDirectChildrenOnly))
        reply->disconnect(this);
}

ApiReply *RequestScheduler::submit(ApiRequest request)
{
    auto *reply = new ApiReply(request, this);
    connect(reply, &ApiReply::cancelRequested, this, [this, reply] {
        d->detachReply(reply);
        d->pump();
    });
    // A receiver may delete a reply before it ends; it then stops waiting, like a cancel.
    connect(reply, &QObject::destroyed, this, [this, reply] {
        if (d->queue.isWaiting(reply)) {
            d->detachReply(reply);
            d->pump();
        }
    });

    d->queue.add(std::move(request), reply, d->clock->nowMs());
    d->pump();
    return reply;
}

SchedulerStatus RequestScheduler::status() const
{
    return d->currentStatus();
}

const SchedulerConfig &RequestScheduler::config() const
{
    return d->config;
}

std::chrono::milliseconds RequestScheduler::effectiveWindow() const
{
    return std::chrono::milliseconds(d->budget.effectiveWindowMs());
}

void RequestScheduler::cancelAll()
{
    const QList<QPointer<ApiReply>> replies = d->queue.waitingReplies();
    const bool wasCancelling = std::exchange(d->cancellingAll, true);
    for (const QPointer<ApiReply> &reply : std::as_const(replies)) {
        if (reply)
            reply->cancel();
    }
    d->cancellingAll = wasCancelling;
    if (!wasCancelling)
        d->pump();
}

} // namespace chcloud
