#include "RequestScheduler.h"

#include "Clock.h"
#include "RequestLog.h"
#include "Transport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <map>
#include <utility>

namespace chcloud {

// Every change of the published status as a JSON line (debug level, off by default:
// QT_LOGGING_RULES="chcloud.scheduler.debug=true"), so a run of the executable can
// be checked for how deep its queue grew.
Q_LOGGING_CATEGORY(lcScheduler, "chcloud.scheduler", QtWarningMsg)

namespace {

constexpr qint64 noTime = std::numeric_limits<qint64>::max();

/// One request on its way: what several coalesced replies wait for.
struct Job
{
    quint64 sequence = 0; ///< submission order: FIFO within a priority
    ApiRequest request;
    QByteArray coalescingKey;
    QList<QPointer<ApiReply>> replies;
    qint64 submittedAtMs = 0;
    qint64 firstSentAtMs = -1;
    QDateTime firstSentAtUtc;
    qint64 sentAtMs = -1; ///< of the current attempt
    quint64 sendSerial = 0; ///< of the current attempt, see Private::sendCounter
    qint64 notBeforeMs = 0; ///< backoff: not sent again before this time
    qint64 deadlineMs = noTime; ///< while in flight: when it times out
    int attempts = 0;
    int retries = 0;
    int resends429 = 0;
    TransportCall *call = nullptr;
};

using JobQueue = std::deque<Job *>;

void insertInOrder(JobQueue &queue, Job *job)
{
    const auto position = std::upper_bound(queue.begin(), queue.end(), job,
                                           [](const Job *a, const Job *b) { return a->sequence < b->sequence; });
    queue.insert(position, job);
}

bool removeFrom(JobQueue &queue, Job *job)
{
    const auto it = std::find(queue.begin(), queue.end(), job);
    if (it == queue.end())
        return false;
    queue.erase(it);
    return true;
}

/// Seconds as the rate-limit headers carry them (possibly fractional); a value
/// that looks like a Unix time is taken as the moment itself. -1 when absent.
qint64 headerDelayMs(const TransportResult &result, QByteArrayView name)
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

QString translate(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

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

struct RequestScheduler::Private
{
    Private(RequestScheduler *owner, Transport *transport_, Clock *clock_, SchedulerConfig config_, RequestLog *log_)
        : q(owner)
        , transport(transport_)
        , clock(clock_)
        , config(config_)
        , log(log_)
    {
    }

    RequestScheduler *q;
    Transport *transport;
    Clock *clock;
    SchedulerConfig config;
    QPointer<RequestLog> log;

    std::map<quint64, std::unique_ptr<Job>> jobs; ///< every unfinished job, by sequence
    std::array<JobQueue, 3> queues; ///< by RequestPriority
    JobQueue resendFirst; ///< throttled by a 429: they go before anything else
    QList<Job *> inFlight;
    QHash<QByteArray, Job *> coalescing;
    QHash<const ApiReply *, Job *> jobOfReply;

    std::deque<qint64> sendTimes; ///< ascending; pruned once outside the effective window
    quint64 sendCounter = 0;
    qint64 lastSendMs = -1; ///< of any priority: background keeps its distance from all traffic
    quint64 nextSequence = 1;
    qint64 pausedUntilMs = 0;

    // What the server last said, adopted when it is stricter than our own window.
    int serverLimit = 0; ///< X-RateLimit-Limit, 0 when unknown
    qint64 serverResetAtMs = 0; ///< until then at most serverAllowance more sends
    qint64 serverAllowance = 0;
    quint64 lastAdoptedSerial = 0;

    bool pumping = false;
    bool cancellingAll = false;
    bool pumpAgain = false;
    std::optional<SchedulerStatus> lastStatus;

    qint64 effectiveWindowMs() const
    {
        const qint64 window = config.window.count();
        return window + config.safetyMargin.count() + qint64(std::llround(double(window) * config.safetyMarginRatio));
    }

    int effectiveLimit() const
    {
        const int limit = std::max(1, config.limit);
        return serverLimit > 0 ? std::min(limit, serverLimit) : limit;
    }

    void pruneSendTimes(qint64 now)
    {
        const qint64 window = effectiveWindowMs();
        while (!sendTimes.empty() && sendTimes.front() + window <= now)
            sendTimes.pop_front();
    }

    int usedInWindow(qint64 now) const
    {
        const qint64 window = effectiveWindowMs();
        return int(std::count_if(sendTimes.begin(), sendTimes.end(), [&](qint64 t) { return t + window > now; }));
    }

    /// The earliest time the budget (own window, server's word, 429 pause) allows one more send.
    qint64 nextSendAllowedAt(qint64 now)
    {
        pruneSendTimes(now);
        qint64 at = std::max(now, pausedUntilMs);
        const auto limit = size_t(effectiveLimit());
        if (sendTimes.size() >= limit)
            at = std::max(at, sendTimes[sendTimes.size() - limit] + effectiveWindowMs());
        if (serverResetAtMs > now && serverAllowance <= 0)
            at = std::max(at, serverResetAtMs);
        return at;
    }

    bool hasQueued() const
    {
        return !resendFirst.empty()
            || std::any_of(queues.begin(), queues.end(), [](const JobQueue &queue) { return !queue.empty(); });
    }

    /// The next job to send now, or null: a throttled one first, then the oldest
    /// job that has waited past the starvation limit, then by priority.
    Job *pickNext(qint64 now) const
    {
        if (!resendFirst.empty())
            return resendFirst.front();
        Job *best = nullptr;
        Job *oldest = nullptr;
        for (const JobQueue &queue : queues) {
            if (&queue == &queues[size_t(RequestPriority::Background)] && backgroundPacedUntil() > now)
                continue;
            const auto eligible
                = std::find_if(queue.begin(), queue.end(), [&](const Job *job) { return job->notBeforeMs <= now; });
            if (eligible == queue.end())
                continue;
            if (!best)
                best = *eligible;
            if (!oldest || (*eligible)->submittedAtMs < oldest->submittedAtMs)
                oldest = *eligible;
        }
        if (oldest && now - oldest->submittedAtMs >= config.starvationLimit.count())
            return oldest;
        return best;
    }

    /// When background work may go out again (see SchedulerConfig::paceBackground).
    qint64 backgroundPacedUntil() const
    {
        if (!config.paceBackground || lastSendMs < 0)
            return 0;
        return lastSendMs + effectiveWindowMs() / effectiveLimit();
    }

    void dequeue(Job *job)
    {
        if (!removeFrom(resendFirst, job))
            removeFrom(queues[size_t(job->request.priority)], job);
    }

    void enqueue(Job *job) { insertInOrder(queues[size_t(job->request.priority)], job); }

    void send(Job *job, qint64 now)
    {
        dequeue(job);
        ++job->attempts;
        if (job->firstSentAtMs < 0) {
            job->firstSentAtMs = now;
            job->firstSentAtUtc = QDateTime::currentDateTimeUtc();
        }
        job->sentAtMs = now;
        job->sendSerial = ++sendCounter;
        job->deadlineMs = job->request.timeout.count() > 0 ? now + job->request.timeout.count() : noTime;
        sendTimes.push_back(now);
        lastSendMs = now;
        if (serverResetAtMs > now)
            --serverAllowance;
        for (const QPointer<ApiReply> &reply : std::as_const(job->replies)) {
            if (reply)
                reply->setAttempts(job->attempts);
        }
        inFlight.append(job);
        job->call = transport->send(job->request);
        QObject::connect(job->call, &TransportCall::finished, q, [this, job] { onCallFinished(job); });
    }

    void onCallFinished(Job *job)
    {
        TransportCall *call = job->call;
        const TransportResult result = call->result();
        detachCall(job);
        handleOutcome(job, result, clock->nowMs());
        pump();
    }

    /// Forgets the job's call (without finishing anything).
    void detachCall(Job *job)
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

    void adoptRateLimitHeaders(const Job *job, const TransportResult &result, qint64 now)
    {
        bool ok = false;
        const int limit = result.header("X-RateLimit-Limit").trimmed().toInt(&ok);
        if (ok && limit > 0)
            serverLimit = limit;

        // Answers may arrive out of order; only the one for the latest send speaks for now.
        if (job->sendSerial <= lastAdoptedSerial)
            return;
        const int remaining = result.header("X-RateLimit-Remaining").trimmed().toInt(&ok);
        const qint64 resetInMs = headerDelayMs(result, "X-RateLimit-Reset");
        if (!ok || resetInMs < 0)
            return;
        lastAdoptedSerial = job->sendSerial;
        // When the server counts no more of our requests than we do, our own window
        // is the stricter rule (the reset is whole seconds, too coarse to pace by).
        // Fewer remaining than we expect means someone else spends this key's budget.
        const qint64 serverWindowStart = job->sentAtMs - config.window.count();
        const qint64 ourSends = std::count_if(sendTimes.begin(), sendTimes.end(),
                                              [&](qint64 t) { return t > serverWindowStart && t <= job->sentAtMs; });
        if (remaining >= effectiveLimit() - ourSends)
            return;
        // Sends after this one, and those still in flight from before it, may not
        // have been counted in "remaining" yet: assume they were not.
        qint64 uncounted = qint64(sendCounter - job->sendSerial);
        uncounted += std::count_if(inFlight.begin(), inFlight.end(),
                                   [&](const Job *other) { return other->sendSerial < job->sendSerial; });
        serverAllowance = remaining - uncounted;
        serverResetAtMs = now + resetInMs + config.safetyMargin.count();
    }

    /// Decides what a finished (or timed-out) attempt means: resend, retry later, or end.
    void handleOutcome(Job *job, const TransportResult &result, qint64 now)
    {
        if (result.hasResponse())
            adoptRateLimitHeaders(job, result, now);

        if (result.hasResponse() && result.httpStatus == 429) {
            pauseAfter429(result, now);
            // Not processed by the server, so safe to send again, even a POST.
            if (job->resends429 < config.max429Resends) {
                ++job->resends429;
                insertInOrder(resendFirst, job);
                return;
            }
        } else if (job->request.idempotent && job->retries < config.maxRetries) {
            const bool serverError = result.hasResponse() && result.httpStatus >= 500 && result.httpStatus <= 599;
            if (serverError || (!result.hasResponse() && isRetriableTransportError(result.error))) {
                scheduleRetry(job, now, headerDelayMs(result, "Retry-After"));
                return;
            }
        }
        complete(job, result, now);
    }

    void pauseAfter429(const TransportResult &result, qint64 now)
    {
        const qint64 waitMs
            = std::max(headerDelayMs(result, "X-RateLimit-Reset"), headerDelayMs(result, "Retry-After"));
        const qint64 until = now + (waitMs >= 0 ? waitMs + config.safetyMargin.count() : effectiveWindowMs());
        pausedUntilMs = std::max(pausedUntilMs, until);
        serverAllowance = 0;
        serverResetAtMs = std::max(serverResetAtMs, pausedUntilMs);
    }

    qint64 backoffMs(int retry) const
    {
        const double base = double(config.backoffBase.count()) * std::pow(2.0, retry - 1);
        const double capped = std::min(base, double(config.backoffMax.count()));
        // ±20 % jitter: spreads clients apart while each step stays longer than the last.
        const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
        return qint64(std::llround(capped * jitter));
    }

    void scheduleRetry(Job *job, qint64 now, qint64 retryAfterMs)
    {
        ++job->retries;
        job->notBeforeMs = now + std::max(backoffMs(job->retries), retryAfterMs);
        enqueue(job);
    }

    /// Takes the job out of every structure; returns its ownership and live replies.
    std::unique_ptr<Job> takeJob(Job *job, QList<QPointer<ApiReply>> &replies)
    {
        detachCall(job);
        dequeue(job);
        if (!job->coalescingKey.isEmpty() && coalescing.value(job->coalescingKey) == job)
            coalescing.remove(job->coalescingKey);
        for (const QPointer<ApiReply> &reply : std::as_const(job->replies)) {
            if (reply) {
                jobOfReply.remove(reply.data());
                replies.append(reply);
            }
        }
        job->replies.clear();
        auto node = jobs.extract(job->sequence);
        return std::move(node.mapped());
    }

    void logJob(const Job &job, const TransportResult &result, const std::optional<ApiError> &error, qint64 now)
    {
        if (!log || job.firstSentAtMs < 0)
            return;
        RequestLogEntry entry;
        entry.startedAt = job.firstSentAtUtc;
        entry.method = job.request.method;
        entry.pathAndQuery = job.request.path;
        if (!job.request.query.isEmpty())
            entry.pathAndQuery += u'?' + job.request.query.toString(QUrl::FullyEncoded);
        entry.operationId = job.request.operationId;
        entry.priority = job.request.priority;
        entry.httpStatus = result.httpStatus;
        entry.durationMs = now - job.firstSentAtMs;
        entry.queueWaitMs = job.firstSentAtMs - job.submittedAtMs;
        entry.attempts = job.attempts;
        if (error) {
            entry.errorKind = error->kind;
            entry.requestId = error->requestId;
        }
        entry.requestBody = job.request.body; // the log redacts
        entry.responseBody = result.body;
        log->add(std::move(entry));
    }

    /// Ends every reply of the job with what the last attempt brought.
    void complete(Job *job, const TransportResult &result, qint64 now)
    {
        QList<QPointer<ApiReply>> replies;
        const std::unique_ptr<Job> owned = takeJob(job, replies);

        std::optional<ApiError> error;
        QString requestId;
        QJsonValue value;
        if (!result.hasResponse()) {
            ApiError transportError;
            transportError.kind = result.error == TransportErrorKind::Timeout ? ApiErrorKind::Timeout
                : result.error == TransportErrorKind::InsecureUrl             ? ApiErrorKind::InsecureUrl
                                                                              : ApiErrorKind::Network;
            transportError.message = result.errorString;
            error = transportError;
        } else if (result.httpStatus < 200 || result.httpStatus > 299) {
            error = ApiError::fromHttp(result.httpStatus, result.body);
        } else if (owned->request.format == ResponseFormat::JsonEnvelope) {
            error = decodeEnvelope(*owned, result, requestId, value);
        }

        logJob(*owned, result, error, now);
        for (const QPointer<ApiReply> &reply : replies) {
            if (!reply)
                continue;
            if (error)
                reply->finishWithError(*error, result.body);
            else
                reply->finishWithResult(result.httpStatus, requestId, value, result.body);
        }
    }

    /// Reads {"status":…, "requestId":…, "result":…}; a parse error when it is not that.
    static std::optional<ApiError> decodeEnvelope(const Job &job, const TransportResult &result, QString &requestId,
                                                  QJsonValue &value)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(result.body, &parseError);
        std::optional<ApiError> error;
        if (parseError.error != QJsonParseError::NoError) {
            error = ApiError::parse(QString(),
                                    translate("the response is not valid JSON (%1 at offset %2)")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset));
        } else if (!document.isObject()) {
            error = ApiError::parse(QString(), translate("the response is not a JSON object"));
        } else {
            const QJsonObject envelope = document.object();
            requestId = envelope.value(u"requestId").toString();
            // DELETE answers carry no result (the spec's envelope has only status and requestId).
            if (envelope.contains(u"result"))
                value = envelope.value(u"result");
            else if (job.request.method != "DELETE")
                error = ApiError::parse(QStringLiteral("result"), translate("the response has no result"));
        }
        if (error) {
            error->httpStatus = result.httpStatus;
            error->requestId = requestId;
        }
        return error;
    }

    /// A reply was cancelled or deleted: it no longer waits; the job goes when nobody does.
    void detachReply(const ApiReply *reply)
    {
        Job *job = jobOfReply.take(reply);
        if (!job)
            return;
        job->replies.removeIf([reply](const QPointer<ApiReply> &p) { return !p || p.data() == reply; });
        if (!job->replies.isEmpty())
            return;
        const bool wasSent = job->call != nullptr;
        QList<QPointer<ApiReply>> none;
        const std::unique_ptr<Job> owned = takeJob(job, none);
        if (wasSent) {
            TransportResult result;
            result.error = TransportErrorKind::Other;
            logJob(*owned, result, ApiError::cancelled(), clock->nowMs());
        }
    }

    void expireTimeouts(qint64 now)
    {
        // By sequence, not by pointer: ending one job runs callbacks that may
        // cancel (and so free) another expired job before its turn comes.
        QList<quint64> expired;
        for (const Job *job : std::as_const(inFlight)) {
            if (job->deadlineMs <= now)
                expired.append(job->sequence);
        }
        for (const quint64 sequence : std::as_const(expired)) {
            const auto it = jobs.find(sequence);
            if (it == jobs.end() || !it->second->call)
                continue; // ended meanwhile by a reply's receiver
            Job *job = it->second.get();
            detachCall(job);
            TransportResult result;
            result.error = TransportErrorKind::Timeout;
            result.errorString = translate("no answer within %1 ms").arg(job->request.timeout.count());
            handleOutcome(job, result, now);
        }
    }

    void armWake(qint64 now)
    {
        qint64 wake = noTime;
        if (hasQueued()) {
            qint64 firstEligible = resendFirst.empty() ? noTime : now;
            for (size_t priority = 0; priority < queues.size(); ++priority) {
                const qint64 pacedUntil = priority == size_t(RequestPriority::Background) ? backgroundPacedUntil() : 0;
                for (const Job *job : queues[priority])
                    firstEligible = std::min(firstEligible, std::max(job->notBeforeMs, pacedUntil));
            }
            wake = std::max(nextSendAllowedAt(now), firstEligible);
        }
        for (const Job *job : std::as_const(inFlight))
            wake = std::min(wake, job->deadlineMs);
        // Keep the published status fresh: a slot frees up, a pause ends.
        if (!sendTimes.empty())
            wake = std::min(wake, sendTimes.front() + effectiveWindowMs());
        if (pausedUntilMs > now)
            wake = std::min(wake, pausedUntilMs);
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
            while (nextSendAllowedAt(now) <= now) {
                Job *job = pickNext(now);
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
        status.usedInWindow = usedInWindow(now);
        status.limit = effectiveLimit();
        for (size_t i = 0; i < queues.size(); ++i)
            status.queued[i] = int(queues[i].size());
        for (const Job *job : resendFirst)
            ++status.queued[size_t(job->request.priority)];
        status.inFlight = int(inFlight.size());
        status.pausedForMs = std::max<qint64>(0, pausedUntilMs - now);
        return status;
    }

    void publishStatus()
    {
        const SchedulerStatus status = currentStatus();
        if (lastStatus && *lastStatus == status)
            return;
        lastStatus = status;
        if (lcScheduler().isDebugEnabled()) {
            const QJsonObject line {
                { QStringLiteral("queued"), QJsonArray { status.queued[0], status.queued[1], status.queued[2] } },
                { QStringLiteral("inFlight"), status.inFlight },
                { QStringLiteral("usedInWindow"), status.usedInWindow },
                { QStringLiteral("limit"), status.limit },
                { QStringLiteral("pausedForMs"), status.pausedForMs },
            };
            qCDebug(lcScheduler).noquote() << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact));
        }
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
        if (d->jobOfReply.contains(reply)) {
            d->detachReply(reply);
            d->pump();
        }
    });

    const qint64 now = d->clock->nowMs();
    const QByteArray key = request.coalescingKey();
    if (Job *shared = key.isEmpty() ? nullptr : d->coalescing.value(key)) {
        Job *job = shared;
        job->replies.append(reply);
        d->jobOfReply.insert(reply, job);
        reply->setAttempts(job->attempts);
        // A user waiting for it now makes the shared request as urgent as the user.
        if (request.priority < job->request.priority && !job->call
            && removeFrom(d->queues[size_t(job->request.priority)], job)) {
            job->request.priority = request.priority;
            d->enqueue(job);
        }
    } else {
        auto job = std::make_unique<Job>();
        job->sequence = d->nextSequence++;
        job->request = std::move(request);
        job->coalescingKey = key;
        job->replies.append(reply);
        job->submittedAtMs = now;
        Job *raw = job.get();
        d->jobs.emplace(raw->sequence, std::move(job));
        d->jobOfReply.insert(reply, raw);
        if (!key.isEmpty())
            d->coalescing.insert(key, raw);
        d->enqueue(raw);
    }
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
    return std::chrono::milliseconds(d->effectiveWindowMs());
}

void RequestScheduler::cancelAll()
{
    QList<QPointer<ApiReply>> replies;
    for (const auto &[sequence, job] : d->jobs) {
        for (const QPointer<ApiReply> &reply : std::as_const(job->replies))
            replies.append(reply);
    }
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
