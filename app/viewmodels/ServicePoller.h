#pragma once

#include "api/ApiCall.h"
#include "api/ApiError.h"
#include "domain/Service.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>

class QTimer;

namespace chcloud {

class ApiSession;

/// Watches services that are moving between states (provisioning, starting,
/// stopping, awaking, terminating, softdeleting) until they settle: each one is
/// fetched with instanceGet at background priority, first after initialInterval,
/// then at doubling intervals up to maxInterval. Nothing is polled otherwise, and
/// a new context (profile or organization switched, page closed) stops it all:
/// a fetch still queued or in flight is cancelled with its watch, so no request
/// of the rate-limit budget goes to an answer nobody reads.
class ServicePoller : public QObject
{
    Q_OBJECT

public:
    explicit ServicePoller(QObject *parent = nullptr);
    ~ServicePoller() override;

    /// Stops every watch and points later fetches at another organization.
    void setContext(ApiSession *session, const QString &organizationId);
    /// The backoff: 2 s doubling to 30 s by default (tests shorten it).
    void setIntervals(std::chrono::milliseconds initial, std::chrono::milliseconds max);
    std::chrono::milliseconds initialInterval() const { return m_initial; }

    /// Starts watching serviceId (restarting its backoff if already watched).
    void watch(const QString &serviceId);
    void unwatch(const QString &serviceId);
    bool isWatching(const QString &serviceId) const { return m_watches.contains(serviceId); }
    int watchCount() const { return int(m_watches.size()); }
    /// How many fetches were sent since the last setContext() (for tests and the log).
    int fetchCount() const { return m_fetches; }
    /// How many fetches are queued or in flight now.
    int runningFetchCount() const { return m_calls.runningCount(); }

public Q_SLOTS:
    void stopAll();

Q_SIGNALS:
    /// A fresh copy of a watched service arrived (settled or not).
    void serviceFetched(const chcloud::Service &service);
    /// A watched service no longer exists (404): deleted meanwhile.
    void serviceGone(const QString &serviceId);
    /// A fetch failed for another reason; the watch goes on with a longer interval.
    void fetchFailed(const QString &serviceId, const chcloud::ApiError &error);
    /// A service started or stopped being watched.
    void watchingChanged(const QString &serviceId, bool watching);

private:
    struct Watch
    {
        QTimer *timer = nullptr;
        std::chrono::milliseconds interval {};
        bool inFlight = false;
        ApiCall call; ///< the running fetch, cancelled with the watch
    };

    void fetch(const QString &serviceId);
    void scheduleNext(const QString &serviceId);

    QPointer<ApiSession> m_session;
    QString m_organizationId;
    QHash<QString, Watch> m_watches;
    std::chrono::milliseconds m_initial { 2000 };
    std::chrono::milliseconds m_max { 30000 };
    int m_fetches = 0;
    ApiCallGroup m_calls;
};

} // namespace chcloud
