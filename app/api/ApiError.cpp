#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace chcloud {

namespace {

/// A non-JSON error body, shortened to one line a user can read.
QString plainTextMessage(const QByteArray &body)
{
    constexpr qsizetype maxLength = 200;
    QString text = QString::fromUtf8(body.left(maxLength * 4)).simplified();
    if (text.size() > maxLength)
        text = text.left(maxLength) + u'…';
    return text;
}

} // namespace

ApiErrorKind ApiError::kindForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
    case 413:
    case 422:
        return ApiErrorKind::BadRequest;
    case 401:
        return ApiErrorKind::Unauthorized;
    case 403:
        return ApiErrorKind::Forbidden;
    case 404:
        return ApiErrorKind::NotFound;
    case 409:
        return ApiErrorKind::Conflict;
    case 424:
        return ApiErrorKind::FailedDependency;
    case 429:
        return ApiErrorKind::RateLimited;
    default:
        break;
    }
    if (httpStatus >= 500 && httpStatus <= 599)
        return ApiErrorKind::Server;
    if (httpStatus <= 0)
        return ApiErrorKind::Network;
    return ApiErrorKind::Http;
}

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body)
{
    ApiError error;
    error.kind = kindForStatus(httpStatus);
    error.httpStatus = httpStatus;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error.message = plainTextMessage(body);
        return error;
    }

    const QJsonObject envelope = document.object();
    error.requestId = envelope.value(u"requestId").toString();
    const QString text = envelope.value(u"error").toString().trimmed();
    // "BAD_REQUEST: name is too long" or a bare "TOO_MANY_REQUESTS".
    static const QRegularExpression codePattern(QStringLiteral("^([A-Z][A-Z0-9_]*)(?::\\s*(.*))?$"),
                                                QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = codePattern.match(text);
    if (match.hasMatch()) {
        error.code = match.captured(1);
        error.message = match.captured(2).trimmed();
    } else {
        error.message = text;
    }
    return error;
}

ApiError ApiError::parse(QString fieldPath, QString message)
{
    ApiError error;
    error.kind = ApiErrorKind::Parse;
    error.fieldPath = std::move(fieldPath);
    error.message = std::move(message);
    return error;
}

ApiError ApiError::cancelled()
{
    ApiError error;
    error.kind = ApiErrorKind::Cancelled;
    return error;
}

QString ApiError::displayText() const
{
    QString text;
    switch (kind) {
    case ApiErrorKind::BadRequest:
        text = QCoreApplication::translate("ApiError", "The server rejected the request");
        break;
    case ApiErrorKind::Unauthorized:
        text = QCoreApplication::translate("ApiError", "The API key was not accepted (wrong, disabled or expired)");
        break;
    case ApiErrorKind::Forbidden:
        text = QCoreApplication::translate("ApiError", "The API key is not allowed to do this");
        break;
    case ApiErrorKind::NotFound:
        text = QCoreApplication::translate("ApiError", "Not found");
        break;
    case ApiErrorKind::Conflict:
        text = QCoreApplication::translate("ApiError", "The request conflicts with the current state");
        break;
    case ApiErrorKind::FailedDependency:
        text = QCoreApplication::translate("ApiError", "A dependency of the request failed");
        break;
    case ApiErrorKind::RateLimited:
        text = QCoreApplication::translate("ApiError", "Too many requests: the rate limit did not clear in time");
        break;
    case ApiErrorKind::Http:
        text = QCoreApplication::translate("ApiError", "The server answered with an error");
        break;
    case ApiErrorKind::Server:
        text = QCoreApplication::translate("ApiError", "The server failed to process the request");
        break;
    case ApiErrorKind::Network:
        text = QCoreApplication::translate("ApiError", "Could not reach the server");
        break;
    case ApiErrorKind::Timeout:
        text = QCoreApplication::translate("ApiError", "The server did not answer in time");
        break;
    case ApiErrorKind::Parse:
        text = fieldPath.isEmpty()
            ? QCoreApplication::translate("ApiError", "The server's answer could not be read")
            : QCoreApplication::translate("ApiError", "The server's answer could not be read at %1").arg(fieldPath);
        break;
    case ApiErrorKind::Cancelled:
        text = QCoreApplication::translate("ApiError", "Cancelled");
        break;
    case ApiErrorKind::InsecureUrl:
        text = QCoreApplication::translate("ApiError", "Refused to send credentials over an unencrypted connection");
        break;
    }
    if (!message.isEmpty())
        text = QCoreApplication::translate("ApiError", "%1: %2").arg(text, message);
    if (httpStatus > 0)
        text = QCoreApplication::translate("ApiError", "%1 (HTTP %2)").arg(text).arg(httpStatus);
    return text;
}

} // namespace chcloud
