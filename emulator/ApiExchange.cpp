#include "ApiExchange.h"

#include "DeterministicRandom.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

QStringList ApiRequest::queryValues(const QString &name) const
{
    return query.allQueryItemValues(name, QUrl::FullyDecoded);
}

QString ApiRequest::queryValue(const QString &name) const
{
    if (!query.hasQueryItem(name))
        return {};
    const QString value = query.queryItemValue(name, QUrl::FullyDecoded);
    return value.isNull() ? u""_s : value;
}

namespace {
QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

ApiReply ApiReply::ok(const QJsonValue &result)
{
    ApiReply reply;
    reply.body = compact(QJsonObject {
        { u"status"_s, 200 }, { u"requestId"_s, DeterministicRandom::randomUuid() }, { u"result"_s, result } });
    return reply;
}

ApiReply ApiReply::okWithoutResult()
{
    ApiReply reply;
    reply.body = compact(QJsonObject { { u"status"_s, 200 }, { u"requestId"_s, DeterministicRandom::randomUuid() } });
    return reply;
}

QString ApiReply::errorCode(int status)
{
    switch (status) {
    case 400:
        return u"BAD_REQUEST"_s;
    case 401:
        return u"UNAUTHORIZED"_s;
    case 403:
        return u"FORBIDDEN"_s;
    case 404:
        return u"NOT_FOUND"_s;
    case 405:
        return u"METHOD_NOT_ALLOWED"_s;
    case 409:
        return u"CONFLICT"_s;
    case 413:
        return u"PAYLOAD_TOO_LARGE"_s;
    case 415:
        return u"UNSUPPORTED_MEDIA_TYPE"_s;
    case 424:
        return u"FAILED_DEPENDENCY"_s;
    case 429:
        return u"TOO_MANY_REQUESTS"_s;
    case 500:
        return u"INTERNAL_SERVER_ERROR"_s;
    case 502:
        return u"BAD_GATEWAY"_s;
    case 503:
        return u"SERVICE_UNAVAILABLE"_s;
    case 504:
        return u"GATEWAY_TIMEOUT"_s;
    default:
        return status >= 500 ? u"INTERNAL_SERVER_ERROR"_s : u"BAD_REQUEST"_s;
    }
}

ApiReply ApiReply::error(int status, const QString &message)
{
    ApiReply reply;
    reply.status = status;
    reply.body = compact(QJsonObject { { u"status"_s, status },
                                       { u"error"_s, QString(errorCode(status) + u": "_s + message) },
                                       { u"requestId"_s, DeterministicRandom::randomUuid() } });
    return reply;
}

ApiReply ApiReply::notFound(const QString &what)
{
    return error(404, what + u" not found"_s);
}

ApiReply ApiReply::tooManyRequests()
{
    ApiReply reply;
    reply.status = 429;
    reply.body = compact(QJsonObject { { u"status"_s, 429 }, { u"error"_s, u"TOO_MANY_REQUESTS"_s } });
    return reply;
}

ApiReply ApiReply::text(const QByteArray &body, const QByteArray &contentType)
{
    ApiReply reply;
    reply.body = body;
    reply.contentType = contentType;
    return reply;
}

} // namespace chcloud::emulator
