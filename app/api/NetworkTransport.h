#pragma once

#include "Transport.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace chcloud {

/// The one door to the network: every request of the application goes out
/// here, over one QNetworkAccessManager. It stamps the Basic-auth header (the
/// credentials live only in this object), the User-Agent, the JSON content
/// type and the transfer timeout; it never ignores TLS errors, refuses plain
/// http:// unless the host is loopback, and does not follow redirects to
/// another origin (they would carry the Authorization header).
class NetworkTransport final : public QObject, public Transport
{
    Q_OBJECT

public:
    /// baseUrl: e.g. https://api.clickhouse.cloud (request paths start with /v1/…).
    NetworkTransport(QUrl baseUrl, const QString &keyId, const QString &keySecret, QObject *parent = nullptr);
    ~NetworkTransport() override;

    QUrl baseUrl() const { return m_baseUrl; }
    /// Whether requests to this URL may carry credentials: https, or http to loopback.
    static bool isAllowedUrl(const QUrl &url);
    /// Whether host is 127.0.0.0/8, ::1 or "localhost".
    static bool isLoopbackHost(const QString &host);

    TransportCall *send(const ApiRequest &request) override;

private:
    QNetworkAccessManager *m_manager;
    QUrl m_baseUrl;
    QByteArray m_authorization; ///< "Basic …"; never logged
};

} // namespace chcloud
