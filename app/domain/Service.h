#pragma once

#include "Expected.h"
#include "ParseError.h"
#include "Secret.h"
#include "ServiceState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace chcloud {

/// One allowed source of traffic ("IpAccessListEntry"): an IP or CIDR and a note.
/// Services and API keys both carry lists of them.
struct IpAccessListEntry
{
    QString source;
    QString description;

    static Expected<IpAccessListEntry, ParseError> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    bool operator==(const IpAccessListEntry &) const = default;
};

/// A key/value tag on a service ("ResourceTagsV1"); value may be empty.
struct ResourceTag
{
    QString key;
    QString value;

    static Expected<ResourceTag, ParseError> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    bool operator==(const ResourceTag &) const = default;
};

/// Where a client connects ("ServiceEndpoint"). protocol is raw text
/// ("https", "nativesecure", "mysql", or something newer).
struct ServiceEndpoint
{
    QString protocol;
    QString host;
    std::optional<double> port; ///< typed number in the spec: any JSON number is accepted
    std::optional<QString> username; ///< null in the API when the protocol has none

    static Expected<ServiceEndpoint, ParseError> fromJson(const QJsonValue &json, const QString &path);
    bool operator==(const ServiceEndpoint &) const = default;
};

/// The scaling actually in effect ("CurrentScaling"), which a schedule may override.
struct CurrentScaling
{
    QString effectiveAutoscalingMode; ///< "vertical", "horizontal" (raw)
    std::optional<double> effectiveMinReplicaMemoryGb;
    std::optional<double> effectiveMaxReplicaMemoryGb;
    std::optional<int> effectiveMinReplicas;
    std::optional<int> effectiveMaxReplicas;
    std::optional<bool> effectiveIdleScaling;
    std::optional<int> effectiveIdleTimeoutMinutes;
    QString activeEntryId;

    static Expected<CurrentScaling, ParseError> fromJson(const QJsonValue &json, const QString &path);
    bool operator==(const CurrentScaling &) const = default;
};

/// A ClickHouse service ("Service"). id and name are required; everything else
/// is optional and left at its default when absent. Enumerations other than the
/// state (tier, releaseChannel, profile, complianceType) are kept as raw text.
struct Service
{
    QString id;
    QString name;
    QString provider; ///< raw, see Provider
    QString region; ///< raw, see Region
    ServiceState state;
    QString clickhouseVersion;
    QList<ServiceEndpoint> endpoints;
    QString tier; ///< deprecated in the spec, still sent
    /// "vertical" or "horizontal" as sent (raw: the API may add modes); empty when absent.
    QString autoscalingMode;
    std::optional<double> minTotalMemoryGb;
    std::optional<double> maxTotalMemoryGb;
    std::optional<double> minReplicaMemoryGb;
    std::optional<double> maxReplicaMemoryGb;
    std::optional<int> numReplicas;
    std::optional<int> minReplicas;
    std::optional<int> maxReplicas;
    std::optional<double> replicaMemoryGb;
    std::optional<bool> idleScaling;
    std::optional<double> idleTimeoutMinutes;
    QList<IpAccessListEntry> ipAccessList;
    QDateTime createdAt; ///< UTC; invalid when absent
    QString encryptionKey;
    QString encryptionAssumedRoleIdentifier;
    QString iamRole;
    QStringList privateEndpointIds;
    QStringList availablePrivateEndpointIds;
    QString dataWarehouseId;
    std::optional<bool> isPrimary;
    std::optional<bool> isReadonly;
    QString releaseChannel;
    QString byocId;
    std::optional<bool> hasTransparentDataEncryption;
    QString profile;
    QString transparentDataEncryptionKeyId;
    QString encryptionRoleId;
    QString complianceType;
    QList<ResourceTag> tags;
    std::optional<bool> enableCoreDumps;
    std::optional<CurrentScaling> currentScaling;

    static Expected<Service, ParseError> fromJson(const QJsonValue &json, const QString &path);
    /// The endpoint for protocol, if the service has one.
    std::optional<ServiceEndpoint> endpoint(const QString &protocol) const;
    /// An empty IP access list denies all traffic: the UI warns about it.
    bool deniesAllTraffic() const { return ipAccessList.isEmpty(); }
    bool operator==(const Service &) const = default;
};

/// What creating a service returns ("ServicePostResponse"): the service and its
/// default user's password, shown once.
struct ServiceCreateResult
{
    Service service;
    Secret password;

    static Expected<ServiceCreateResult, ParseError> fromJson(const QJsonValue &json, const QString &path);
};

/// What resetting a service password returns ("ServicePasswordPatchResponse").
struct ServicePasswordResult
{
    Secret password; ///< empty when the request carried hashes instead

    static Expected<ServicePasswordResult, ParseError> fromJson(const QJsonValue &json, const QString &path);
};

/// The private endpoint service of a cloud region ("OrganizationCloudRegionPrivateEndpointConfig").
struct PrivateEndpointConfig
{
    QString endpointServiceId;
    QString privateDnsHostname; ///< only in the per-service variant

    static Expected<PrivateEndpointConfig, ParseError> fromJson(const QJsonValue &json, const QString &path);
    bool operator==(const PrivateEndpointConfig &) const = default;
};

} // namespace chcloud
