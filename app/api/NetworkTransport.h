#pragma once

#include "Transport.h"
#include "domain/Secret.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace chcloud {

/// The one door to the network: every request of the application goes out
/// here, over one QNetworkAccessManager. It stamps the Basic-auth header (the
/// credentials live only in this object), the User-Agent, the JSON content
/// type and the transfer timeout; it never ignores TLS errors, refuses plain
/// http:// unless the host is a literal loopback address, does not follow
/// redirects to another origin (they would carry the Authorization header) and
/// aborts a reply larger than maxReplyBytes() (a hostile or misconfigured base
/// URL could otherwise stream gigabytes into memory).
class NetworkTransport final : public QObject, public Transport
{
    Q_OBJECT

public:
    /// Far above any real reply (a 31-day usage reply for 2,000 services is about 46 MB).
    static constexpr qint64 DefaultMaxReplyBytes = qint64(512) * 1024 * 1024;

    /// baseUrl: e.g. https://api.clickhouse.cloud (request paths start with /v1/…).
    /// The header is built from the secret's bytes; no text copy of it is kept.
    NetworkTransport(QUrl baseUrl, const QString &keyId, const Secret &keySecret, QObject *parent = nullptr);
    /// For tests that hold the secret as text.
    NetworkTransport(QUrl baseUrl, const QString &keyId, const QString &keySecret, QObject *parent = nullptr);
    /// Stops the network first, then overwrites the header buffer with zeros, in place:
    /// every copy that still shares it (a request Qt kept) reads zeros too.
    ~NetworkTransport() override;

    QUrl baseUrl() const { return m_baseUrl; }
    /// Whether requests to this URL may carry credentials: https, or http to a literal loopback address.
    static bool isAllowedUrl(const QUrl &url);
    /// Whether host is a literal address in 127.0.0.0/8 or ::1. Not the name "localhost":
    /// what it resolves to is up to the resolver's configuration.
    static bool isLoopbackHost(const QString &host);

    /// Largest reply body accepted, in bytes; a larger one ends with ReplyTooLarge.
    qint64 maxReplyBytes() const { return m_maxReplyBytes; }
    /// Values below 1 restore the default.
    void setMaxReplyBytes(qint64 bytes);

    /// The Authorization value as stamped on requests ("Basic …"). The returned array
    /// shares the buffer the destructor wipes; for checking that wipe, never for logs.
    QByteArray authorizationHeader() const { return m_authorization; }

    TransportCall *send(const ApiRequest &request) override;

private:
    QNetworkAccessManager *m_manager;
    QUrl m_baseUrl;
    QByteArray m_authorization; ///< "Basic …"; never logged
    qint64 m_maxReplyBytes = DefaultMaxReplyBytes;
};

} // namespace chcloud
