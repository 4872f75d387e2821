#include "ApiSession.h"

#include "Clock.h"
#include "CloudApi.h"
#include "NetworkTransport.h"
#include "RequestLog.h"
#include "Transport.h"

#include <QCoreApplication>
#include <QSettings>

namespace chcloud {

Expected<std::unique_ptr<ApiSession>, ApiError> ApiSession::open(const QUrl &baseUrl, const QString &keyId,
                                                                 const Secret &keySecret, SchedulerConfig config)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() || !isAllowedUrl(baseUrl)) {
        ApiError error;
        error.kind = ApiErrorKind::InsecureUrl;
        error.message
            = QCoreApplication::translate("ApiSession",
                                          "Refusing to send the API key to %1: use https:// (plain http:// is only "
                                          "allowed to this computer, as 127.0.0.1 or [::1]).")
                  .arg(baseUrl.toDisplayString());
        return unexpected(std::move(error));
    }
    auto transport = std::make_unique<NetworkTransport>(baseUrl, keyId, keySecret);
    transport->setMaxReplyBytes(maxReplyBytes());
    return std::make_unique<ApiSession>(std::move(transport), config, baseUrl, keyId);
}

ApiSession::ApiSession(std::unique_ptr<Transport> transport, SchedulerConfig config, QUrl baseUrl, QString keyId,
                       QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_keyId(std::move(keyId))
    , m_transport(std::move(transport))
    , m_clock(std::make_unique<SteadyClock>())
    , m_log(std::make_unique<RequestLog>())
    , m_scheduler(std::make_unique<RequestScheduler>(m_transport.get(), m_clock.get(), config, m_log.get()))
    , m_api(std::make_unique<CloudApi>(m_scheduler.get()))
{
}

ApiSession::~ApiSession()
{
    cancelAll();
}

qint64 ApiSession::maxReplyBytes()
{
    bool ok = false;
    const qint64 mebibytes = QSettings().value(QStringLiteral("network/maxReplyMiB")).toLongLong(&ok);
    return ok && mebibytes > 0 ? mebibytes * 1024 * 1024 : NetworkTransport::DefaultMaxReplyBytes;
}

bool ApiSession::isAllowedUrl(const QUrl &url)
{
    return NetworkTransport::isAllowedUrl(url);
}

void ApiSession::cancelAll()
{
    m_scheduler->cancelAll();
}

} // namespace chcloud
