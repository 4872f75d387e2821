#include "Service.h"

#include "JsonFields.h"

namespace chcloud {

using json::ObjectReader;

Expected<IpAccessListEntry, ParseError> IpAccessListEntry::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    IpAccessListEntry entry;
    reader.required(QStringLiteral("source"), entry.source);
    reader.optional(QStringLiteral("description"), entry.description);
    if (!reader.ok())
        return unexpected(reader.error());
    return entry;
}

QJsonObject IpAccessListEntry::toJson() const
{
    QJsonObject object { { QStringLiteral("source"), source } };
    if (!description.isEmpty())
        object.insert(QStringLiteral("description"), description);
    return object;
}

Expected<ResourceTag, ParseError> ResourceTag::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    ResourceTag tag;
    reader.required(QStringLiteral("key"), tag.key);
    reader.optional(QStringLiteral("value"), tag.value);
    if (!reader.ok())
        return unexpected(reader.error());
    return tag;
}

QJsonObject ResourceTag::toJson() const
{
    QJsonObject object { { QStringLiteral("key"), key } };
    if (!value.isEmpty())
        object.insert(QStringLiteral("value"), value);
    return object;
}

Expected<ServiceEndpoint, ParseError> ServiceEndpoint::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    ServiceEndpoint endpoint;
    reader.optional(QStringLiteral("protocol"), endpoint.protocol);
    reader.optional(QStringLiteral("host"), endpoint.host);
    reader.optional(QStringLiteral("port"), endpoint.port);
    reader.optional(QStringLiteral("username"), endpoint.username);
    if (!reader.ok())
        return unexpected(reader.error());
    return endpoint;
}

Expected<CurrentScaling, ParseError> CurrentScaling::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    CurrentScaling scaling;
    reader.optional(QStringLiteral("effectiveAutoscalingMode"), scaling.effectiveAutoscalingMode);
    reader.optional(QStringLiteral("effectiveMinReplicaMemoryGb"), scaling.effectiveMinReplicaMemoryGb);
    reader.optional(QStringLiteral("effectiveMaxReplicaMemoryGb"), scaling.effectiveMaxReplicaMemoryGb);
    reader.optional(QStringLiteral("effectiveMinReplicas"), scaling.effectiveMinReplicas);
    reader.optional(QStringLiteral("effectiveMaxReplicas"), scaling.effectiveMaxReplicas);
    reader.optional(QStringLiteral("effectiveIdleScaling"), scaling.effectiveIdleScaling);
    reader.optional(QStringLiteral("effectiveIdleTimeoutMinutes"), scaling.effectiveIdleTimeoutMinutes);
    reader.optional(QStringLiteral("activeEntryId"), scaling.activeEntryId);
    if (!reader.ok())
        return unexpected(reader.error());
    return scaling;
}

Expected<Service, ParseError> Service::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    Service service;
    reader.required(QStringLiteral("id"), service.id);
    reader.required(QStringLiteral("name"), service.name);
    reader.optional(QStringLiteral("provider"), service.provider);
    reader.optional(QStringLiteral("region"), service.region);
    QString state;
    reader.optional(QStringLiteral("state"), state);
    service.state = ServiceState::fromString(state);
    reader.optional(QStringLiteral("clickhouseVersion"), service.clickhouseVersion);
    reader.optionalList(QStringLiteral("endpoints"), service.endpoints);
    reader.optional(QStringLiteral("tier"), service.tier);
    reader.optional(QStringLiteral("autoscalingMode"), service.autoscalingMode);
    reader.optional(QStringLiteral("minTotalMemoryGb"), service.minTotalMemoryGb);
    reader.optional(QStringLiteral("maxTotalMemoryGb"), service.maxTotalMemoryGb);
    reader.optional(QStringLiteral("minReplicaMemoryGb"), service.minReplicaMemoryGb);
    reader.optional(QStringLiteral("maxReplicaMemoryGb"), service.maxReplicaMemoryGb);
    reader.optional(QStringLiteral("numReplicas"), service.numReplicas);
    reader.optional(QStringLiteral("minReplicas"), service.minReplicas);
    reader.optional(QStringLiteral("maxReplicas"), service.maxReplicas);
    reader.optional(QStringLiteral("replicaMemoryGb"), service.replicaMemoryGb);
    reader.optional(QStringLiteral("idleScaling"), service.idleScaling);
    reader.optional(QStringLiteral("idleTimeoutMinutes"), service.idleTimeoutMinutes);
    reader.optionalList(QStringLiteral("ipAccessList"), service.ipAccessList);
    reader.optional(QStringLiteral("createdAt"), service.createdAt);
    reader.optional(QStringLiteral("encryptionKey"), service.encryptionKey);
    reader.optional(QStringLiteral("encryptionAssumedRoleIdentifier"), service.encryptionAssumedRoleIdentifier);
    reader.optional(QStringLiteral("iamRole"), service.iamRole);
    reader.optional(QStringLiteral("privateEndpointIds"), service.privateEndpointIds);
    reader.optional(QStringLiteral("availablePrivateEndpointIds"), service.availablePrivateEndpointIds);
    reader.optional(QStringLiteral("dataWarehouseId"), service.dataWarehouseId);
    reader.optional(QStringLiteral("isPrimary"), service.isPrimary);
    reader.optional(QStringLiteral("isReadonly"), service.isReadonly);
    reader.optional(QStringLiteral("releaseChannel"), service.releaseChannel);
    reader.optional(QStringLiteral("byocId"), service.byocId);
    reader.optional(QStringLiteral("hasTransparentDataEncryption"), service.hasTransparentDataEncryption);
    reader.optional(QStringLiteral("profile"), service.profile);
    reader.optional(QStringLiteral("transparentDataEncryptionKeyId"), service.transparentDataEncryptionKeyId);
    reader.optional(QStringLiteral("encryptionRoleId"), service.encryptionRoleId);
    reader.optional(QStringLiteral("complianceType"), service.complianceType);
    reader.optionalList(QStringLiteral("tags"), service.tags);
    reader.optional(QStringLiteral("enableCoreDumps"), service.enableCoreDumps);
    reader.optionalObject(QStringLiteral("currentScaling"), service.currentScaling);
    if (!reader.ok())
        return unexpected(reader.error());
    return service;
}

std::optional<ServiceEndpoint> Service::endpoint(const QString &protocol) const
{
    for (const ServiceEndpoint &candidate : endpoints) {
        if (candidate.protocol == protocol)
            return candidate;
    }
    return std::nullopt;
}

Expected<ServiceCreateResult, ParseError> ServiceCreateResult::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    if (!reader.ok())
        return unexpected(reader.error());
    if (!reader.has(QStringLiteral("service")))
        return unexpected(ParseError { json::memberPath(path, QStringLiteral("service")),
                                       QStringLiteral("required field is missing") });
    auto service = Service::fromJson(reader.object().value(QLatin1String("service")),
                                     json::memberPath(path, QStringLiteral("service")));
    if (!service)
        return unexpected(std::move(service).error());
    QString password;
    reader.optional(QStringLiteral("password"), password);
    if (!reader.ok())
        return unexpected(reader.error());
    return ServiceCreateResult { std::move(service).value(), Secret(password) };
}

Expected<ServicePasswordResult, ParseError> ServicePasswordResult::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    QString password;
    reader.optional(QStringLiteral("password"), password);
    if (!reader.ok())
        return unexpected(reader.error());
    return ServicePasswordResult { Secret(password) };
}

Expected<PrivateEndpointConfig, ParseError> PrivateEndpointConfig::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    PrivateEndpointConfig config;
    reader.optional(QStringLiteral("endpointServiceId"), config.endpointServiceId);
    reader.optional(QStringLiteral("privateDnsHostname"), config.privateDnsHostname);
    if (!reader.ok())
        return unexpected(reader.error());
    return config;
}

} // namespace chcloud
