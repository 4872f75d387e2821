#include "RequestQueue.h"

#include <algorithm>
#include <utility>

namespace chcloud {

RequestQueue::RequestQueue() = default;
RequestQueue::~RequestQueue() = default;

void RequestQueue::insertInOrder(Fifo &fifo, RequestJob *job)
{
    const auto position = std::upper_bound(fifo.begin(), fifo.end(), job, [](const RequestJob *a, const RequestJob *b) {
        return a->sequence < b->sequence;
    });
    fifo.insert(position, job);
}

bool RequestQueue::removeFrom(Fifo &fifo, RequestJob *job)
{
    const auto it = std::find(fifo.begin(), fifo.end(), job);
    if (it == fifo.end())
        return false;
    fifo.erase(it);
    return true;
}

RequestJob *RequestQueue::add(ApiRequest request, ApiReply *reply, qint64 now)
{
    const QByteArray key = request.coalescingKey();
    if (RequestJob *job = key.isEmpty() ? nullptr : m_coalescing.value(key)) {
        job->replies.append(reply);
        m_jobOfReply.insert(reply, job);
        reply->setAttempts(job->attempts);
        // A user waiting for it now makes the shared request as urgent as the user.
        if (request.priority < job->request.priority && !job->call
            && removeFrom(m_queues[size_t(job->request.priority)], job)) {
            job->request.priority = request.priority;
            enqueue(job);
        }
        return job;
    }
    auto job = std::make_unique<RequestJob>();
    job->sequence = m_nextSequence++;
    job->request = std::move(request);
    job->coalescingKey = key;
    job->replies.append(reply);
    job->submittedAtMs = now;
    RequestJob *raw = job.get();
    m_jobs.emplace(raw->sequence, std::move(job));
    m_jobOfReply.insert(reply, raw);
    if (!key.isEmpty())
        m_coalescing.insert(key, raw);
    enqueue(raw);
    return raw;
}

void RequestQueue::enqueue(RequestJob *job)
{
    insertInOrder(m_queues[size_t(job->request.priority)], job);
}

void RequestQueue::enqueueFirst(RequestJob *job)
{
    insertInOrder(m_resendFirst, job);
}

void RequestQueue::dequeue(RequestJob *job)
{
    if (!removeFrom(m_resendFirst, job))
        removeFrom(m_queues[size_t(job->request.priority)], job);
}

bool RequestQueue::hasQueued() const
{
    return !m_resendFirst.empty()
        || std::any_of(m_queues.begin(), m_queues.end(), [](const Fifo &fifo) { return !fifo.empty(); });
}

std::array<int, 3> RequestQueue::queuedCounts() const
{
    std::array<int, 3> counts { 0, 0, 0 };
    for (size_t i = 0; i < m_queues.size(); ++i)
        counts[i] = int(m_queues[i].size());
    for (const RequestJob *job : m_resendFirst)
        ++counts[size_t(job->request.priority)];
    return counts;
}

RequestJob *RequestQueue::pickNext(qint64 now, qint64 backgroundPacedUntil, qint64 starvationLimitMs) const
{
    if (!m_resendFirst.empty())
        return m_resendFirst.front();
    RequestJob *best = nullptr;
    RequestJob *oldest = nullptr;
    for (const Fifo &fifo : m_queues) {
        if (&fifo == &m_queues[size_t(RequestPriority::Background)] && backgroundPacedUntil > now)
            continue;
        const auto eligible
            = std::find_if(fifo.begin(), fifo.end(), [&](const RequestJob *job) { return job->notBeforeMs <= now; });
        if (eligible == fifo.end())
            continue;
        if (!best)
            best = *eligible;
        if (!oldest || (*eligible)->submittedAtMs < oldest->submittedAtMs)
            oldest = *eligible;
    }
    if (oldest && now - oldest->submittedAtMs >= starvationLimitMs)
        return oldest;
    return best;
}

qint64 RequestQueue::firstEligibleAt(qint64 now, qint64 backgroundPacedUntil) const
{
    qint64 firstEligible = m_resendFirst.empty() ? RequestJob::noTime : now;
    for (size_t priority = 0; priority < m_queues.size(); ++priority) {
        const qint64 pacedUntil = priority == size_t(RequestPriority::Background) ? backgroundPacedUntil : 0;
        for (const RequestJob *job : m_queues[priority])
            firstEligible = std::min(firstEligible, std::max(job->notBeforeMs, pacedUntil));
    }
    return firstEligible;
}

RequestJob *RequestQueue::find(quint64 sequence) const
{
    const auto it = m_jobs.find(sequence);
    return it == m_jobs.end() ? nullptr : it->second.get();
}

RequestJob *RequestQueue::forgetReply(const ApiReply *reply)
{
    RequestJob *job = m_jobOfReply.take(reply);
    if (!job)
        return nullptr;
    job->replies.removeIf([reply](const QPointer<ApiReply> &p) { return !p || p.data() == reply; });
    return job->replies.isEmpty() ? job : nullptr;
}

std::unique_ptr<RequestJob> RequestQueue::take(RequestJob *job, QList<QPointer<ApiReply>> &replies)
{
    dequeue(job);
    if (!job->coalescingKey.isEmpty() && m_coalescing.value(job->coalescingKey) == job)
        m_coalescing.remove(job->coalescingKey);
    for (const QPointer<ApiReply> &reply : std::as_const(job->replies)) {
        if (reply) {
            m_jobOfReply.remove(reply.data());
            replies.append(reply);
        }
    }
    job->replies.clear();
    auto node = m_jobs.extract(job->sequence);
    return std::move(node.mapped());
}

QList<QPointer<ApiReply>> RequestQueue::waitingReplies() const
{
    QList<QPointer<ApiReply>> replies;
    for (const auto &[sequence, job] : m_jobs) {
        for (const QPointer<ApiReply> &reply : std::as_const(job->replies))
            replies.append(reply);
    }
    return replies;
}

} // namespace chcloud
