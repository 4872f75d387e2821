#include "ServicePrivateEndpoint.h"

#include "JsonFields.h"

namespace chcloud {

Expected<ServicePrivateEndpoint, ParseError> ServicePrivateEndpoint::fromJson(const QJsonValue &json,
                                                                              const QString &path)
{
    json::ObjectReader reader(json, path);
    ServicePrivateEndpoint endpoint;
    reader.required(QStringLiteral("id"), endpoint.id);
    reader.optional(QStringLiteral("description"), endpoint.description);
    reader.optional(QStringLiteral("cloudProvider"), endpoint.cloudProvider);
    reader.optional(QStringLiteral("region"), endpoint.region);
    if (!reader.ok())
        return unexpected(reader.error());
    return endpoint;
}

QJsonObject ServicePrivateEndpointRequest::toJson() const
{
    QJsonObject object { { QStringLiteral("id"), id } };
    json::insertIfNotEmpty(object, QStringLiteral("description"), description);
    return object;
}

} // namespace chcloud
