#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace chcloud::emulator {

struct ApiKey;

/// A request as the emulator's handlers see it: a plain value, detached from the
/// HTTP server, so handlers compile without Qt HttpServer and can run later
/// (injected latency).
struct ApiRequest
{
    QByteArray method; ///< "GET", "POST", …
    QString path; ///< decoded, without a trailing slash
    QStringList segments; ///< path split on '/'
    QUrlQuery query;
    QByteArray body;
    QByteArray authorization;
    QByteArray contentType;
    QByteArray userAgent;
    QByteArray controlToken; ///< X-Emulator-Token, for /_emulator routes
    QHostAddress peer;

    bool isMutation() const { return method != "GET" && method != "HEAD"; }
    /// Every value of a repeated query parameter (`filter=a&filter=b`).
    QStringList queryValues(const QString &name) const;
    /// One query parameter, percent-decoded; null when absent.
    QString queryValue(const QString &name) const;
};

/// A response before it is written: status, body, content type and extra headers.
struct ApiReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    /// `{"status":200,"requestId":…,"result":result}`.
    static ApiReply ok(const QJsonValue &result);
    /// `{"status":200,"requestId":…}` for deletions.
    static ApiReply okWithoutResult();
    /// `{"status":status,"error":"CODE: message","requestId":…}`; the code follows from the status.
    static ApiReply error(int status, const QString &message);
    static ApiReply badRequest(const QString &message) { return error(400, message); }
    static ApiReply notFound(const QString &what);
    static ApiReply conflict(const QString &message) { return error(409, message); }
    /// The bare 429 body the real API sends: `{"status":429,"error":"TOO_MANY_REQUESTS"}`.
    static ApiReply tooManyRequests();
    static ApiReply text(const QByteArray &body, const QByteArray &contentType);

    /// "BAD_REQUEST", "UNAUTHORIZED", … for a status.
    static QString errorCode(int status);
};

} // namespace chcloud::emulator
