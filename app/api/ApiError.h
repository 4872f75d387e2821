#pragma once

#include <QString>

namespace chcloud {

/// What went wrong, in the terms a caller acts on.
enum class ApiErrorKind {
    BadRequest, ///< 400 (and 413, 422): the server rejected the input
    Unauthorized, ///< 401: wrong, disabled or expired key
    Forbidden, ///< 403: the key lacks the role
    NotFound, ///< 404
    Conflict, ///< 409, e.g. deleting a service that is not stopped yet
    FailedDependency, ///< 424
    RateLimited, ///< 429 that the scheduler gave up waiting out
    Http, ///< any other 4xx
    Server, ///< 5xx
    Network, ///< connection refused, dropped, DNS, TLS
    Timeout, ///< the transfer timeout expired
    Parse, ///< the body is not what the spec says (fieldPath names where)
    Cancelled, ///< cancelled by the app (page closed, profile switched)
    InsecureUrl, ///< plain http:// to a host that is not loopback
};

/// An error a caller can show as it is: the server's own text when there is one,
/// its request id for support, and for parse errors the JSON path of the field.
struct ApiError
{
    ApiErrorKind kind = ApiErrorKind::Network;
    int httpStatus = 0; ///< 0 when no HTTP response arrived
    QString code; ///< "BAD_REQUEST" from an error text "BAD_REQUEST: message"; may be empty
    QString message; ///< the server's message without the code, or a network/parse description
    QString requestId; ///< the envelope's requestId, when the server sent one
    QString fieldPath; ///< for Parse: e.g. "result[3].state"

    /// One translated line for the UI, e.g. "The server rejected the request: name is too long (HTTP 400)".
    QString displayText() const;
    /// The kind for an HTTP status.
    static ApiErrorKind kindForStatus(int httpStatus);
    /// Builds the error from an HTTP status and an error body (envelope or not).
    static ApiError fromHttp(int httpStatus, const QByteArray &body);
    static ApiError parse(QString fieldPath, QString message);
    static ApiError cancelled();
};

} // namespace chcloud
