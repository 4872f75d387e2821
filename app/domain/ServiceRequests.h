#pragma once

#include "Service.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace chcloud {

/// Body of POST /services ("ServicePostRequest"). Only what is set is sent.
struct ServiceCreateRequest
{
    QString name;
    QString provider;
    QString region;
    QList<IpAccessListEntry> ipAccessList;
    std::optional<int> minReplicaMemoryGb;
    std::optional<int> maxReplicaMemoryGb;
    /// "vertical" (numReplicas, memory range) or "horizontal" (minReplicas..maxReplicas, one memory
    /// size); empty leaves the server's default, vertical.
    QString autoscalingMode;
    std::optional<int> numReplicas;
    std::optional<int> minReplicas;
    std::optional<int> maxReplicas;
    std::optional<bool> idleScaling;
    std::optional<int> idleTimeoutMinutes;
    std::optional<bool> isReadonly;
    QString dataWarehouseId; ///< set to create a read replica of another service
    QString backupId; ///< set to restore from a backup
    QString releaseChannel;
    QString profile;
    QString complianceType;
    QList<ResourceTag> tags;
    std::optional<bool> enableCoreDumps;

    QJsonObject toJson() const;
};

/// Additions and removals for a list the server keeps ("IpAccessListPatch", "InstanceTagsPatch").
template<typename T>
struct ListPatch
{
    QList<T> add;
    QList<T> remove;
    bool isEmpty() const { return add.isEmpty() && remove.isEmpty(); }
};

/// Body of PATCH /services/{id} ("ServicePatchRequest"): empty members are not sent.
struct ServicePatchRequest
{
    std::optional<QString> name;
    ListPatch<IpAccessListEntry> ipAccessList;
    ListPatch<ResourceTag> tags;
    std::optional<QString> releaseChannel;
    std::optional<bool> enableCoreDumps;

    QJsonObject toJson() const;
};

/// The commands PATCH /services/{id}/state takes ("ServiceStatePatchRequest").
enum class ServiceCommand {
    Start,
    Stop,
    Awake,
};
QString serviceCommandText(ServiceCommand command);
QJsonObject serviceStateRequestJson(ServiceCommand command);

/// Body of PATCH /services/{id}/scaling ("ServiceScalingPatchRequest").
struct ScalingRequest
{
    std::optional<int> numReplicas;
    std::optional<bool> idleScaling;
    std::optional<int> idleTimeoutMinutes;

    QJsonObject toJson() const;
};

/// Body of PATCH /services/{id}/replicaScaling ("ServiceReplicaScalingPatchRequest").
struct ReplicaScalingRequest
{
    std::optional<int> minReplicaMemoryGb;
    std::optional<int> maxReplicaMemoryGb;
    std::optional<int> numReplicas;
    std::optional<int> minReplicas;
    std::optional<int> maxReplicas;
    /// "vertical" or "horizontal"; empty keeps the service on its current mode.
    QString autoscalingMode;
    std::optional<bool> idleScaling;
    std::optional<int> idleTimeoutMinutes;

    QJsonObject toJson() const;
};

/// Body of PATCH /services/{id}/password ("ServicePasswordPatchRequest"): empty
/// lets the server generate a password; hashes set one without sending it.
struct ServicePasswordRequest
{
    QString newPasswordHash;
    QString newDoubleSha1Hash;

    QJsonObject toJson() const;
};

} // namespace chcloud
