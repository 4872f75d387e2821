#include "ServicePoller.h"

#include "api/ApiSession.h"
#include "api/CloudApi.h"

#include <QTimer>

namespace chcloud {

ServicePoller::ServicePoller(QObject *parent)
    : QObject(parent)
{
}

ServicePoller::~ServicePoller() = default;

void ServicePoller::setContext(ApiSession *session, const QString &organizationId)
{
    stopAll();
    m_calls.cancelAll();
    m_session = session;
    m_organizationId = organizationId;
    m_fetches = 0;
}

void ServicePoller::setIntervals(std::chrono::milliseconds initial, std::chrono::milliseconds max)
{
    m_initial = initial;
    m_max = std::max(initial, max);
}

void ServicePoller::watch(const QString &serviceId)
{
    auto it = m_watches.find(serviceId);
    if (it == m_watches.end()) {
        Watch watch;
        watch.timer = new QTimer(this);
        watch.timer->setSingleShot(true);
        connect(watch.timer, &QTimer::timeout, this, [this, serviceId] { fetch(serviceId); });
        it = m_watches.insert(serviceId, watch);
        Q_EMIT watchingChanged(serviceId, true);
    }
    it->interval = m_initial;
    if (!it->inFlight)
        it->timer->start(it->interval);
}

void ServicePoller::unwatch(const QString &serviceId)
{
    const auto it = m_watches.find(serviceId);
    if (it == m_watches.end())
        return;
    it->timer->deleteLater();
    // Erased first, so the Cancelled that cancel() delivers finds no watch.
    ApiCall call = it->call;
    m_watches.erase(it);
    call.cancel();
    Q_EMIT watchingChanged(serviceId, false);
}

void ServicePoller::stopAll()
{
    const QStringList ids = m_watches.keys();
    for (const QString &id : ids)
        unwatch(id);
}

void ServicePoller::scheduleNext(const QString &serviceId)
{
    const auto it = m_watches.find(serviceId);
    if (it == m_watches.end())
        return;
    it->interval = std::min(it->interval * 2, m_max);
    it->timer->start(it->interval);
}

void ServicePoller::fetch(const QString &serviceId)
{
    const auto it = m_watches.find(serviceId);
    if (it == m_watches.end())
        return;
    CloudApi *api = m_session ? m_session->api() : nullptr;
    if (!api) {
        unwatch(serviceId);
        return;
    }
    it->inFlight = true;
    ++m_fetches;
    const quint64 generation = m_calls.generation();
    it->call = api->instanceGet(m_organizationId, serviceId, RequestPriority::Background, this,
                                [this, serviceId, generation](ApiResult<Service> result) {
                                    if (!m_calls.isCurrent(generation))
                                        return;
                                    const auto it = m_watches.find(serviceId);
                                    if (it == m_watches.end())
                                        return; // no longer watched: the answer is stale
                                    it->inFlight = false;
                                    it->call = ApiCall();
                                    if (result) {
                                        const Service service = result.value();
                                        // The receiver decides whether to keep watching (it unwatches settled
                                        // services).
                                        scheduleNext(serviceId);
                                        Q_EMIT serviceFetched(service);
                                        if (!service.state.isTransitional())
                                            unwatch(serviceId);
                                        return;
                                    }
                                    const ApiError error = result.error();
                                    if (error.kind == ApiErrorKind::NotFound) {
                                        unwatch(serviceId);
                                        Q_EMIT serviceGone(serviceId);
                                        return;
                                    }
                                    if (error.kind == ApiErrorKind::Cancelled) {
                                        unwatch(serviceId); // cancelled from outside (the scheduler's cancelAll)
                                        return;
                                    }
                                    scheduleNext(serviceId);
                                    Q_EMIT fetchFailed(serviceId, error);
                                });
    m_calls.add(it->call);
}

} // namespace chcloud
