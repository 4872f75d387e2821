#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <chrono>

namespace chcloud {

/// Who is waiting for a request. The scheduler sends interactive work first,
/// then what the visible page needs, then polling and prefetch; background
/// work is never starved forever.
enum class RequestPriority {
    Interactive = 0, ///< the user just clicked
    Visible = 1, ///< the page on screen is refreshing
    Background = 2, ///< polling, prefetch
};

/// What a response body is expected to be.
enum class ResponseFormat {
    JsonEnvelope, ///< {"status":…, "requestId":…, "result":…} on success, {"error":…} otherwise
    /// The envelope, handed over unread: the caller decodes it off the GUI thread.
    JsonText,
    Text, ///< e.g. Prometheus metrics
};

/// One call of the management API, described completely: the scheduler decides
/// when it goes out, the transport how. Paths are relative to the base URL and
/// already percent-encoded ("/v1/organizations/<id>/keys").
struct ApiRequest
{
    QByteArray method = "GET";
    QString path;
    QUrlQuery query;
    QByteArray body; ///< JSON; empty when there is none
    RequestPriority priority = RequestPriority::Visible;
    /// May the scheduler re-send it after a 5xx, a timeout or a dropped connection?
    /// Defaults by method: GET, PUT, DELETE yes; POST and PATCH no (a state PATCH
    /// is marked idempotent by CloudApi). A 429 is always re-sent: it was not processed.
    bool idempotent = true;
    std::chrono::milliseconds timeout { 30000 };
    ResponseFormat format = ResponseFormat::JsonEnvelope;
    QString operationId; ///< the spec's operationId, for the log

    static ApiRequest make(QByteArray method, QString path, RequestPriority priority = RequestPriority::Visible)
    {
        ApiRequest request;
        request.idempotent = method == "GET" || method == "PUT" || method == "DELETE" || method == "HEAD";
        request.method = std::move(method);
        request.path = std::move(path);
        request.priority = priority;
        return request;
    }

    bool isGet() const { return method == "GET"; }

    /// Identical GETs share one request in flight; empty for anything else.
    QByteArray coalescingKey() const
    {
        if (!isGet())
            return {};
        return method + ' ' + path.toUtf8() + '?' + query.toString(QUrl::FullyEncoded).toUtf8() + ' '
            + QByteArray::number(int(format));
    }
};

} // namespace chcloud
