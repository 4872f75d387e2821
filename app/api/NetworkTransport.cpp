#include "NetworkTransport.h"

#include "AppInfo.h"

#include <QHostAddress>
#include <QIODevice>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <algorithm>
#include <cstring>

namespace chcloud {

namespace {

/// A call refused before it reached the network; it still ends asynchronously.
class RefusedCall final : public TransportCall
{
public:
    RefusedCall(TransportErrorKind kind, QString message, QObject *parent)
        : TransportCall(parent)
    {
        QTimer::singleShot(0, this, [this, kind, message] {
            TransportResult result;
            result.error = kind;
            result.errorString = message;
            finish(std::move(result));
        });
    }

protected:
    void doAbort() override { }
};

TransportErrorKind errorKindFor(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout reports in Qt 6
        return TransportErrorKind::Timeout;
    case QNetworkReply::ConnectionRefusedError:
        return TransportErrorKind::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return TransportErrorKind::ConnectionDropped;
    case QNetworkReply::SslHandshakeFailedError:
        return TransportErrorKind::Tls;
    default:
        return TransportErrorKind::Other;
    }
}

/// A request body that can be read only once. Qt's HTTP layer silently re-sends a
/// request whose connection closed before an answer; for a request that is not
/// idempotent that could create something twice, so its body refuses to rewind
/// and the reply fails instead (the scheduler then reports it, once).
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_position >= m_data.size() && QIODevice::atEnd(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_position);
        if (count <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

/// "512 MiB", "1.5 KiB": a size for an error message.
QString byteSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat);
}

constexpr qint64 readBufferBytes = qint64(1) << 20;

/// Wraps one QNetworkReply.
class NetworkCall final : public TransportCall
{
public:
    NetworkCall(QNetworkReply *reply, qint64 maxReplyBytes, QObject *parent)
        : TransportCall(parent)
        , m_reply(reply)
        , m_maxReplyBytes(maxReplyBytes)
    {
        reply->setParent(this);
        // The reply holds at most this much unread, and the rest waits in the socket:
        // each readyRead then brings a bounded piece. Unbounded, three month-long usage
        // replies arriving together piled up tens of megabytes, taken in at one go,
        // which held the GUI thread for 0.3 s (mostly first touches of fresh memory).
        reply->setReadBufferSize(readBufferBytes);
        connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
            // Never ignored: remember why, the reply then fails with a TLS error.
            for (const QSslError &error : errors)
                m_tlsErrors << error.errorString();
        });
        // The announced length ends it before a byte of the body is buffered; the running
        // count ends a reply that announces nothing (chunked) or lies.
        connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
            const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid()) {
                checkSize(length.toLongLong());
                // Within the bound: the body gets its whole room at once, so that
                // taking it in never copies what came before.
                if (!m_tooLarge && length.toLongLong() > m_body.capacity())
                    m_body.reserve(qsizetype(length.toLongLong()));
            }
        });
        connect(reply, &QNetworkReply::downloadProgress, this,
                [this](qint64 received, qint64 total) { checkSize(std::max(received, total)); });
        // Taken in as it comes, a piece at a time: reading tens of megabytes at the end
        // in one go held the GUI thread for a fifth of a second. A chunked body may
        // bring no progress report; the running count still bounds it.
        connect(reply, &QNetworkReply::readyRead, this, &NetworkCall::takeIn);
        connect(reply, &QNetworkReply::finished, this, &NetworkCall::onFinished);
    }

protected:
    void doAbort() override
    {
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
        }
    }

private:
    void takeIn()
    {
        if (!m_reply || m_tooLarge)
            return;
        const qint64 available = m_reply->bytesAvailable();
        checkSize(m_body.size() + available);
        if (!m_reply || m_tooLarge || available <= 0)
            return;
        // Read straight into the body; without an announced length it grows by doubling.
        const qsizetype had = m_body.size();
        const qsizetype needed = had + qsizetype(available);
        if (needed > m_body.capacity())
            m_body.reserve(std::max(needed, 2 * m_body.capacity()));
        m_body.resize(needed);
        const qint64 read = m_reply->read(m_body.data() + had, available);
        m_body.resize(had + qsizetype(std::max<qint64>(read, 0)));
    }

    void checkSize(qint64 bytes)
    {
        if (m_tooLarge || !m_reply || bytes <= m_maxReplyBytes)
            return;
        m_tooLarge = true;
        m_reply->abort(); // emits finished(), which ends the call
        if (m_reply)
            onFinished();
    }

    void onFinished()
    {
        if (!m_reply)
            return; // already ended
        TransportResult result;
        if (m_tooLarge) {
            result.error = TransportErrorKind::ReplyTooLarge;
            result.errorString = NetworkTransport::tr("The reply is larger than %1; the transfer was stopped.")
                                     .arg(byteSize(m_maxReplyBytes));
            m_reply->deleteLater();
            m_reply = nullptr;
            finish(std::move(result));
            return;
        }
        const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QNetworkReply::NetworkError error = m_reply->error();
        const bool isHttpResponse
            = status.isValid() && (error == QNetworkReply::NoError || error >= QNetworkReply::ContentAccessDenied);
        if (isHttpResponse) {
            result.httpStatus = status.toInt();
            result.headers = m_reply->rawHeaderPairs();
            takeIn();
            if (m_tooLarge)
                return; // takeIn() ended the call
            result.body = std::exchange(m_body, {});
        } else if (!m_tlsErrors.isEmpty()) {
            result.error = TransportErrorKind::Tls;
            result.errorString = m_tlsErrors.join(u"; ");
        } else {
            result.error = errorKindFor(error);
            result.errorString = m_reply->errorString();
        }
        m_reply->deleteLater();
        m_reply = nullptr;
        finish(std::move(result));
    }

    QPointer<QNetworkReply> m_reply;
    QByteArray m_body; ///< what was read so far
    QStringList m_tlsErrors;
    qint64 m_maxReplyBytes;
    bool m_tooLarge = false;
};

/// Overwrites size bytes at data with zeros; volatile, so the stores are not optimised away.
void zeroInPlace(const char *data, qsizetype size)
{
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-const-cast): heap buffers this file allocated
    volatile char *bytes = const_cast<char *>(data);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = 0;
}

/// "Basic base64(keyId:secret)" from the secret's bytes; the intermediate buffers are zeroed.
QByteArray basicAuthorization(const QString &keyId, const Secret &keySecret)
{
    QByteArray credentials = keyId.toUtf8();
    credentials.reserve(credentials.size() + 1 + keySecret.size());
    credentials.append(':');
    credentials.append(keySecret.revealUtf8().constData(), keySecret.size()); // a copy, never shared
    const QByteArray encoded = credentials.toBase64();
    static constexpr char prefix[] = "Basic ";
    QByteArray header;
    header.reserve(qsizetype(sizeof prefix) - 1 + encoded.size());
    header.append(prefix, qsizetype(sizeof prefix) - 1);
    header.append(encoded.constData(), encoded.size());
    zeroInPlace(credentials.constData(), credentials.size());
    zeroInPlace(encoded.constData(), encoded.size());
    return header;
}

} // namespace

NetworkTransport::NetworkTransport(QUrl baseUrl, const QString &keyId, const Secret &keySecret, QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_baseUrl(std::move(baseUrl))
    , m_authorization(basicAuthorization(keyId, keySecret))
{
    // Keep-alive connections; no cookies (the API does not use them).
    m_manager->setCookieJar(nullptr);
}

NetworkTransport::NetworkTransport(QUrl baseUrl, const QString &keyId, const QString &keySecret, QObject *parent)
    : NetworkTransport(std::move(baseUrl), keyId, Secret(keySecret), parent)
{
}

NetworkTransport::~NetworkTransport()
{
    // Replies and connections go first, so nothing reads the header while it is wiped.
    delete m_manager;
    m_manager = nullptr;
    // In place, through the shared buffer: a write through data() would detach and zero a copy.
    zeroInPlace(m_authorization.constData(), m_authorization.size());
}

void NetworkTransport::setMaxReplyBytes(qint64 bytes)
{
    m_maxReplyBytes = bytes > 0 ? bytes : DefaultMaxReplyBytes;
}

bool NetworkTransport::isLoopbackHost(const QString &host)
{
    // QUrl::host() gives IPv6 literals without brackets; a name never parses as an address.
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool NetworkTransport::isAllowedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == u"https")
        return true;
    return url.scheme() == u"http" && isLoopbackHost(url.host());
}

TransportCall *NetworkTransport::send(const ApiRequest &request)
{
    if (!isAllowedUrl(m_baseUrl)) {
        return new RefusedCall(TransportErrorKind::InsecureUrl,
                               tr("Refusing to send credentials to %1: only https:// (or http:// to this computer, "
                                  "as 127.0.0.1 or [::1]) is allowed")
                                   .arg(m_baseUrl.toDisplayString()),
                               this);
    }

    QUrl url = m_baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + request.path, QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);

    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Authorization", m_authorization);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, AppInfo::userAgent());
    networkRequest.setRawHeader("Accept", request.format == ResponseFormat::Text ? "*/*" : "application/json");
    if (!request.body.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    networkRequest.setTransferTimeout(int(request.timeout.count()));
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    QNetworkReply *reply = nullptr;
    if (!request.idempotent) {
        auto *body = new OneShotBody(request.body);
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = m_manager->sendCustomRequest(networkRequest, request.method, body);
        body->setParent(reply);
    } else if (request.body.isEmpty()) {
        reply = m_manager->sendCustomRequest(networkRequest, request.method);
    } else {
        reply = m_manager->sendCustomRequest(networkRequest, request.method, request.body);
    }
    return new NetworkCall(reply, m_maxReplyBytes, this);
}

} // namespace chcloud
