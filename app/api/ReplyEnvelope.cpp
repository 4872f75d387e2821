#include "ReplyEnvelope.h"

#include "ApiRequest.h"
#include "Transport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace chcloud {

namespace {

/// Reads {"status":…, "requestId":…, "result":…}; a parse error when it is not that.
std::optional<ApiError> decodeEnvelope(const ApiRequest &request, const TransportResult &result, QString &requestId,
                                       QJsonValue &value)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &parseError);
    std::optional<ApiError> error;
    if (parseError.error != QJsonParseError::NoError) {
        error = ApiError::parse(
            QString(),
            QCoreApplication::translate("ApiError", "the response is not valid JSON (%1 at offset %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    } else if (!document.isObject()) {
        error
            = ApiError::parse(QString(), QCoreApplication::translate("ApiError", "the response is not a JSON object"));
    } else {
        const QJsonObject envelope = document.object();
        requestId = envelope.value(u"requestId").toString();
        // DELETE answers carry no result (the spec's envelope has only status and requestId).
        if (envelope.contains(u"result"))
            value = envelope.value(u"result");
        else if (request.method != "DELETE")
            error = ApiError::parse(QStringLiteral("result"),
                                    QCoreApplication::translate("ApiError", "the response has no result"));
    }
    if (error) {
        error->httpStatus = result.httpStatus;
        error->requestId = requestId;
    }
    return error;
}

} // namespace

DecodedReply decodeReply(const ApiRequest &request, const TransportResult &result)
{
    DecodedReply decoded;
    if (!result.hasResponse()) {
        ApiError transportError;
        transportError.kind = result.error == TransportErrorKind::Timeout ? ApiErrorKind::Timeout
            : result.error == TransportErrorKind::InsecureUrl             ? ApiErrorKind::InsecureUrl
                                                                          : ApiErrorKind::Network;
        transportError.message = result.errorString;
        decoded.error = transportError;
    } else if (result.httpStatus < 200 || result.httpStatus > 299) {
        decoded.error = ApiError::fromHttp(result.httpStatus, result.body);
    } else if (request.format == ResponseFormat::JsonEnvelope) {
        decoded.error = decodeEnvelope(request, result, decoded.requestId, decoded.value);
    }
    return decoded;
}

} // namespace chcloud
