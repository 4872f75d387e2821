#pragma once

#include "ApiError.h"
#include "RequestScheduler.h"
#include "domain/Expected.h"
#include "domain/Secret.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace chcloud {

class CloudApi;
class Clock;
class RequestLog;
class Transport;

/// Everything that talks to the API for one profile (one base URL and one API
/// key): the transport holding the credentials, the clock, the request log, the
/// scheduler (the rate limit is per key) and the typed CloudApi on top. It is
/// what view-models get; they see CloudApi and the scheduler's status, never
/// the secret. Switching profiles means cancelAll() and a new session.
class ApiSession : public QObject
{
    Q_OBJECT

public:
    /// A session over the network. Refuses plain http:// unless the host is
    /// loopback (ApiErrorKind::InsecureUrl), so credentials never travel in clear.
    static Expected<std::unique_ptr<ApiSession>, ApiError> open(const QUrl &baseUrl, const QString &keyId,
                                                                const Secret &keySecret, SchedulerConfig config = {});

    /// A session over any transport (a test double, or a decorator around a
    /// NetworkTransport); the URL check is the transport's business here.
    explicit ApiSession(std::unique_ptr<Transport> transport, SchedulerConfig config = {}, QUrl baseUrl = {},
                        QString keyId = {}, QObject *parent = nullptr);
    /// Cancels what is still running (callbacks get Cancelled), then tears down.
    ~ApiSession() override;

    CloudApi *api() const { return m_api.get(); }
    RequestScheduler *scheduler() const { return m_scheduler.get(); }
    RequestLog *requestLog() const { return m_log.get(); }
    Transport *transport() const { return m_transport.get(); }
    QUrl baseUrl() const { return m_baseUrl; }
    /// The authentication key ID (not secret); its last 4 characters identify the key in lists.
    QString keyId() const { return m_keyId; }

    /// Whether credentials may be sent to url: https, or http to a literal loopback address.
    static bool isAllowedUrl(const QUrl &url);
    /// The reply size limit open() gives the transport: the setting network/maxReplyMiB
    /// when it is a positive number, else NetworkTransport::DefaultMaxReplyBytes (512 MiB).
    static qint64 maxReplyBytes();

public Q_SLOTS:
    /// Ends every queued and in-flight request with Cancelled (profile switched, app quitting).
    void cancelAll();

private:
    QUrl m_baseUrl;
    QString m_keyId;
    // Declaration order is destruction order in reverse: the API goes first, the transport last.
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<RequestScheduler> m_scheduler;
    std::unique_ptr<CloudApi> m_api;
};

} // namespace chcloud
