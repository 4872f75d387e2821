#pragma once

#include "ApiRequest.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

namespace chcloud {

/// Why a call ended without an HTTP response.
enum class TransportErrorKind {
    None, ///< an HTTP response arrived (any status)
    Timeout, ///< the transfer timeout expired
    ConnectionRefused,
    ConnectionDropped, ///< the server closed the connection before answering
    Tls, ///< handshake failed or the certificate was not trusted; never ignored
    InsecureUrl, ///< refused before sending: plain http:// to a host that is not loopback
    ReplyTooLarge, ///< aborted: the reply announced or sent more than the transport's size limit
    Other, ///< DNS, proxy, redirect to another host, anything else
};

/// How one HTTP exchange ended: either a response (status, headers, body) or a
/// transport error with a description for diagnostics.
struct TransportResult
{
    int httpStatus = 0; ///< 0 when no response arrived
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    TransportErrorKind error = TransportErrorKind::None;
    QString errorString;

    bool hasResponse() const { return error == TransportErrorKind::None && httpStatus > 0; }
    /// The first header of that name (case-insensitive), or a null QByteArray.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (name.compare(key, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

/// One request on the wire. It ends once: finished() is emitted exactly once,
/// never from inside Transport::send(), unless abort() came first — an aborted
/// call emits nothing more. Whoever called send() owns it and deletes it
/// (deleteLater()) after finished() or after abort().
class TransportCall : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    const TransportResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }
    bool isAborted() const { return m_aborted; }

    /// Stops the exchange; finished() will not be emitted.
    void abort()
    {
        if (m_finished || m_aborted)
            return;
        m_aborted = true;
        doAbort();
    }

Q_SIGNALS:
    void finished();

protected:
    /// For implementations: ends the call once; ignored after abort() or a first finish().
    void finish(TransportResult result)
    {
        if (m_finished || m_aborted)
            return;
        m_finished = true;
        m_result = std::move(result);
        Q_EMIT finished();
    }
    /// For implementations: stop the underlying exchange without finishing.
    virtual void doAbort() = 0;

private:
    TransportResult m_result;
    bool m_finished = false;
    bool m_aborted = false;
};

/// Puts requests on the wire; the scheduler decides when. The one place that
/// knows the base URL and the credentials.
class Transport
{
public:
    virtual ~Transport() = default;
    /// Starts sending request (path and query relative to the base URL; the
    /// request's timeout bounds the transfer). Never returns null.
    virtual TransportCall *send(const ApiRequest &request) = 0;
};

} // namespace chcloud
