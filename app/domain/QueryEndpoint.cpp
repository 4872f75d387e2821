#include "QueryEndpoint.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace chcloud {

using json::ObjectReader;

Expected<ServiceQueryEndpoint, ParseError> ServiceQueryEndpoint::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    ServiceQueryEndpoint endpoint;
    reader.optional(QStringLiteral("id"), endpoint.id);
    reader.optional(QStringLiteral("openApiKeys"), endpoint.openApiKeys);
    reader.optional(QStringLiteral("roles"), endpoint.roles);
    reader.optional(QStringLiteral("allowedOrigins"), endpoint.allowedOrigins);
    if (!reader.ok())
        return unexpected(reader.error());
    return endpoint;
}

QStringList ServiceQueryEndpoint::allowedOriginList() const
{
    QStringList origins;
    for (const QString &origin : allowedOrigins.split(QLatin1Char(','))) {
        if (const QString trimmed = origin.trimmed(); !trimmed.isEmpty())
            origins.append(trimmed);
    }
    return origins;
}

QJsonObject QueryEndpointRequest::toJson() const
{
    return QJsonObject { { QStringLiteral("roles"), QJsonArray::fromStringList(roles) },
                         { QStringLiteral("openApiKeys"), QJsonArray::fromStringList(openApiKeys) },
                         { QStringLiteral("allowedOrigins"), allowedOrigins } };
}

QStringList queryEndpointRoles()
{
    return { QStringLiteral("sql_console_read_only"), QStringLiteral("sql_console_admin") };
}

} // namespace chcloud
