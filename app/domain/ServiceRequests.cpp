#include "ServiceRequests.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace chcloud {

using json::insertIfNotEmpty;
using json::insertIfSet;
using json::toJsonArray;

namespace {

template<typename T>
QJsonObject listPatchJson(const ListPatch<T> &patch)
{
    QJsonObject object;
    if (!patch.add.isEmpty())
        object.insert(QStringLiteral("add"), toJsonArray(patch.add));
    if (!patch.remove.isEmpty())
        object.insert(QStringLiteral("remove"), toJsonArray(patch.remove));
    return object;
}

} // namespace

QJsonObject ServiceCreateRequest::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), name);
    object.insert(QStringLiteral("provider"), provider);
    object.insert(QStringLiteral("region"), region);
    object.insert(QStringLiteral("ipAccessList"), toJsonArray(ipAccessList));
    insertIfSet(object, QStringLiteral("minReplicaMemoryGb"), minReplicaMemoryGb);
    insertIfSet(object, QStringLiteral("maxReplicaMemoryGb"), maxReplicaMemoryGb);
    insertIfNotEmpty(object, QStringLiteral("autoscalingMode"), autoscalingMode);
    insertIfSet(object, QStringLiteral("numReplicas"), numReplicas);
    insertIfSet(object, QStringLiteral("minReplicas"), minReplicas);
    insertIfSet(object, QStringLiteral("maxReplicas"), maxReplicas);
    insertIfSet(object, QStringLiteral("idleScaling"), idleScaling);
    insertIfSet(object, QStringLiteral("idleTimeoutMinutes"), idleTimeoutMinutes);
    insertIfSet(object, QStringLiteral("isReadonly"), isReadonly);
    insertIfNotEmpty(object, QStringLiteral("dataWarehouseId"), dataWarehouseId);
    insertIfNotEmpty(object, QStringLiteral("backupId"), backupId);
    insertIfNotEmpty(object, QStringLiteral("releaseChannel"), releaseChannel);
    insertIfNotEmpty(object, QStringLiteral("profile"), profile);
    insertIfNotEmpty(object, QStringLiteral("complianceType"), complianceType);
    if (!tags.isEmpty())
        object.insert(QStringLiteral("tags"), toJsonArray(tags));
    insertIfSet(object, QStringLiteral("enableCoreDumps"), enableCoreDumps);
    return object;
}

QJsonObject ServicePatchRequest::toJson() const
{
    QJsonObject object;
    insertIfSet(object, QStringLiteral("name"), name);
    if (!ipAccessList.isEmpty())
        object.insert(QStringLiteral("ipAccessList"), listPatchJson(ipAccessList));
    if (!tags.isEmpty())
        object.insert(QStringLiteral("tags"), listPatchJson(tags));
    insertIfSet(object, QStringLiteral("releaseChannel"), releaseChannel);
    insertIfSet(object, QStringLiteral("enableCoreDumps"), enableCoreDumps);
    return object;
}

QString serviceCommandText(ServiceCommand command)
{
    switch (command) {
    case ServiceCommand::Start:
        return QStringLiteral("start");
    case ServiceCommand::Stop:
        return QStringLiteral("stop");
    case ServiceCommand::Awake:
        return QStringLiteral("awake");
    }
    return {};
}

QJsonObject serviceStateRequestJson(ServiceCommand command)
{
    return QJsonObject { { QStringLiteral("command"), serviceCommandText(command) } };
}

QJsonObject ScalingRequest::toJson() const
{
    QJsonObject object;
    insertIfSet(object, QStringLiteral("numReplicas"), numReplicas);
    insertIfSet(object, QStringLiteral("idleScaling"), idleScaling);
    insertIfSet(object, QStringLiteral("idleTimeoutMinutes"), idleTimeoutMinutes);
    return object;
}

QJsonObject ReplicaScalingRequest::toJson() const
{
    QJsonObject object;
    insertIfSet(object, QStringLiteral("minReplicaMemoryGb"), minReplicaMemoryGb);
    insertIfSet(object, QStringLiteral("maxReplicaMemoryGb"), maxReplicaMemoryGb);
    insertIfSet(object, QStringLiteral("numReplicas"), numReplicas);
    insertIfSet(object, QStringLiteral("minReplicas"), minReplicas);
    insertIfSet(object, QStringLiteral("maxReplicas"), maxReplicas);
    insertIfNotEmpty(object, QStringLiteral("autoscalingMode"), autoscalingMode);
    insertIfSet(object, QStringLiteral("idleScaling"), idleScaling);
    insertIfSet(object, QStringLiteral("idleTimeoutMinutes"), idleTimeoutMinutes);
    return object;
}

QJsonObject ServicePasswordRequest::toJson() const
{
    QJsonObject object;
    insertIfNotEmpty(object, QStringLiteral("newPasswordHash"), newPasswordHash);
    insertIfNotEmpty(object, QStringLiteral("newDoubleSha1Hash"), newDoubleSha1Hash);
    return object;
}

} // namespace chcloud
