#include "Organization.h"

#include "JsonFields.h"

namespace chcloud {

using json::ObjectReader;

Expected<OrganizationPrivateEndpoint, ParseError> OrganizationPrivateEndpoint::fromJson(const QJsonValue &json,
                                                                                        const QString &path)
{
    ObjectReader reader(json, path);
    OrganizationPrivateEndpoint endpoint;
    reader.required(QStringLiteral("id"), endpoint.id);
    reader.optional(QStringLiteral("description"), endpoint.description);
    reader.optional(QStringLiteral("cloudProvider"), endpoint.cloudProvider);
    reader.optional(QStringLiteral("region"), endpoint.region);
    if (!reader.ok())
        return unexpected(reader.error());
    return endpoint;
}

QJsonObject OrganizationPrivateEndpoint::toJson() const
{
    QJsonObject object { { QStringLiteral("id"), id } };
    json::insertIfNotEmpty(object, QStringLiteral("description"), description);
    json::insertIfNotEmpty(object, QStringLiteral("cloudProvider"), cloudProvider);
    json::insertIfNotEmpty(object, QStringLiteral("region"), region);
    return object;
}

Expected<ByocConfig, ParseError> ByocConfig::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    ByocConfig config;
    reader.optional(QStringLiteral("id"), config.id);
    reader.optional(QStringLiteral("state"), config.state);
    reader.optional(QStringLiteral("accountName"), config.accountName);
    reader.optional(QStringLiteral("regionId"), config.regionId);
    reader.optional(QStringLiteral("cloudProvider"), config.cloudProvider);
    reader.optional(QStringLiteral("displayName"), config.displayName);
    if (!reader.ok())
        return unexpected(reader.error());
    return config;
}

Expected<Organization, ParseError> Organization::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    Organization organization;
    reader.required(QStringLiteral("id"), organization.id);
    reader.required(QStringLiteral("name"), organization.name);
    reader.optional(QStringLiteral("createdAt"), organization.createdAt);
    reader.optionalList(QStringLiteral("privateEndpoints"), organization.privateEndpoints);
    reader.optionalList(QStringLiteral("byocConfig"), organization.byocConfig);
    reader.optional(QStringLiteral("enableCoreDumps"), organization.enableCoreDumps);
    if (!reader.ok())
        return unexpected(reader.error());
    return organization;
}

QJsonObject OrganizationUpdateRequest::toJson() const
{
    QJsonObject object;
    json::insertIfSet(object, QStringLiteral("name"), name);
    if (!removePrivateEndpoints.isEmpty()) {
        object.insert(QStringLiteral("privateEndpoints"),
                      QJsonObject { { QStringLiteral("remove"), json::toJsonArray(removePrivateEndpoints) } });
    }
    json::insertIfSet(object, QStringLiteral("enableCoreDumps"), enableCoreDumps);
    return object;
}

} // namespace chcloud
