#include "JsonViews.h"

#include "Store.h"
#include "Validation.h"

namespace chcloud::emulator::json {

using namespace Qt::StringLiterals;
using validation::formatDateTime;

QJsonArray ipAccessList(const QList<IpAccessEntry> &entries)
{
    QJsonArray array;
    for (const IpAccessEntry &entry : entries)
        array.append(QJsonObject { { u"source"_s, entry.source }, { u"description"_s, entry.description } });
    return array;
}

QJsonArray assignedRoles(const QStringList &roleIds, const Store &store)
{
    QJsonArray array;
    for (const QString &id : roleIds) {
        if (const Role *r = store.role(id))
            array.append(
                QJsonObject { { u"roleId"_s, r->id }, { u"roleName"_s, r->name }, { u"roleType"_s, r->type } });
    }
    return array;
}

QJsonObject organization(const Organization &organization)
{
    QJsonArray endpoints;
    for (const OrganizationPrivateEndpoint &endpoint : organization.privateEndpoints) {
        endpoints.append(QJsonObject { { u"id"_s, endpoint.id },
                                       { u"description"_s, endpoint.description },
                                       { u"cloudProvider"_s, endpoint.cloudProvider },
                                       { u"region"_s, endpoint.region } });
    }
    return QJsonObject { { u"id"_s, organization.id },       { u"createdAt"_s, formatDateTime(organization.createdAt) },
                         { u"name"_s, organization.name },   { u"privateEndpoints"_s, endpoints },
                         { u"byocConfig"_s, QJsonArray {} }, { u"enableCoreDumps"_s, organization.enableCoreDumps } };
}

QJsonObject service(const Service &service)
{
    QJsonArray endpoints {
        QJsonObject { { u"protocol"_s, u"https"_s }, { u"host"_s, service.host }, { u"port"_s, 8443 } },
        QJsonObject { { u"protocol"_s, u"nativesecure"_s }, { u"host"_s, service.host }, { u"port"_s, 9440 } }
    };
    if (service.mysqlEndpoint) {
        endpoints.append(QJsonObject { { u"protocol"_s, u"mysql"_s },
                                       { u"host"_s, service.host },
                                       { u"port"_s, 3306 },
                                       { u"username"_s, QString(u"mysql4"_s + service.id.left(8)) } });
    }
    QJsonArray tags;
    for (const ResourceTag &tag : service.tags) {
        QJsonObject object { { u"key"_s, tag.key } };
        if (tag.hasValue)
            object.insert(u"value"_s, tag.value);
        tags.append(object);
    }
    const int minReplicas = service.horizontalScaling ? service.minReplicas : service.numReplicas;
    const int maxReplicas = service.horizontalScaling ? service.maxReplicas : service.numReplicas;
    const int minMemory = service.horizontalScaling ? service.replicaMemoryGb : service.minReplicaMemoryGb;
    const int maxMemory = service.horizontalScaling ? service.replicaMemoryGb : service.maxReplicaMemoryGb;
    QJsonObject currentScaling { { u"effectiveAutoscalingMode"_s,
                                   service.horizontalScaling ? u"horizontal"_s : u"vertical"_s },
                                 { u"effectiveMinReplicaMemoryGb"_s, minMemory },
                                 { u"effectiveMaxReplicaMemoryGb"_s, maxMemory },
                                 { u"effectiveMinReplicas"_s, minReplicas },
                                 { u"effectiveMaxReplicas"_s, maxReplicas },
                                 { u"effectiveIdleScaling"_s, service.idleScaling },
                                 { u"effectiveIdleTimeoutMinutes"_s, service.idleTimeoutMinutes } };
    QJsonObject object { { u"id"_s, service.id },
                         { u"name"_s, service.name },
                         { u"provider"_s, service.provider },
                         { u"region"_s, service.region },
                         { u"state"_s, service.state },
                         { u"clickhouseVersion"_s, service.clickhouseVersion },
                         { u"endpoints"_s, endpoints },
                         { u"tier"_s, service.tier },
                         { u"autoscalingMode"_s, service.horizontalScaling ? u"horizontal"_s : u"vertical"_s },
                         // Deprecated totals are "memory of three workers", whatever the replica count.
                         { u"minTotalMemoryGb"_s, minMemory * 3 },
                         { u"maxTotalMemoryGb"_s, maxMemory * 3 },
                         { u"minReplicaMemoryGb"_s, minMemory },
                         { u"maxReplicaMemoryGb"_s, maxMemory },
                         { u"numReplicas"_s, service.horizontalScaling ? service.minReplicas : service.numReplicas },
                         { u"idleScaling"_s, service.idleScaling },
                         { u"idleTimeoutMinutes"_s, service.idleTimeoutMinutes },
                         { u"ipAccessList"_s, ipAccessList(service.ipAccessList) },
                         { u"createdAt"_s, formatDateTime(service.createdAt) },
                         { u"iamRole"_s, QString(u"arn:aws:iam::123456789012:role/CH-S3-"_s + service.id.left(8)) },
                         { u"privateEndpointIds"_s, QJsonArray::fromStringList(service.privateEndpointIds) },
                         { u"availablePrivateEndpointIds"_s, QJsonArray {} },
                         { u"dataWarehouseId"_s, service.dataWarehouseId },
                         { u"isPrimary"_s, true },
                         { u"isReadonly"_s, false },
                         { u"releaseChannel"_s, service.releaseChannel },
                         { u"hasTransparentDataEncryption"_s, false },
                         { u"tags"_s, tags },
                         { u"enableCoreDumps"_s, service.enableCoreDumps },
                         { u"currentScaling"_s, currentScaling } };
    if (service.horizontalScaling) {
        object.insert(u"minReplicas"_s, service.minReplicas);
        object.insert(u"maxReplicas"_s, service.maxReplicas);
        object.insert(u"replicaMemoryGb"_s, service.replicaMemoryGb);
    }
    return object;
}

QJsonObject apiKey(const ApiKey &key, const Store &store)
{
    QJsonObject object { { u"id"_s, key.id },
                         { u"name"_s, key.name },
                         { u"state"_s, key.state },
                         { u"roles"_s, QJsonArray::fromStringList(key.roles) },
                         { u"assignedRoles"_s, assignedRoles(key.assignedRoleIds, store) },
                         { u"keySuffix"_s, key.keySuffix },
                         { u"createdAt"_s, formatDateTime(key.createdAt) },
                         { u"expireAt"_s,
                           key.expireAt.isValid() ? QJsonValue(formatDateTime(key.expireAt)) : QJsonValue() },
                         { u"ipAccessList"_s, ipAccessList(key.ipAccessList) } };
    if (key.usedAt.isValid())
        object.insert(u"usedAt"_s, formatDateTime(key.usedAt));
    return object;
}

QJsonObject member(const Member &member, const Store &store)
{
    return QJsonObject { { u"userId"_s, member.userId },
                         { u"name"_s, member.name },
                         { u"email"_s, member.email },
                         { u"role"_s, member.role },
                         { u"joinedAt"_s, formatDateTime(member.joinedAt) },
                         { u"assignedRoles"_s, assignedRoles(member.assignedRoleIds, store) } };
}

QJsonObject invitation(const Invitation &invitation, const Store &store)
{
    return QJsonObject { { u"role"_s, invitation.role },
                         { u"id"_s, invitation.id },
                         { u"email"_s, invitation.email },
                         { u"createdAt"_s, formatDateTime(invitation.createdAt) },
                         { u"expireAt"_s, formatDateTime(invitation.expireAt) },
                         { u"assignedRoles"_s, assignedRoles(invitation.assignedRoleIds, store) } };
}

QJsonObject activity(const Activity &activity, const QString &organizationId)
{
    QJsonObject object { { u"id"_s, activity.id },
                         { u"createdAt"_s, formatDateTime(activity.createdAt) },
                         { u"type"_s, activity.type },
                         { u"actorType"_s, activity.actorType },
                         { u"actorId"_s, activity.actorId },
                         { u"actorDetails"_s, activity.actorDetails },
                         { u"organizationId"_s, organizationId } };
    if (!activity.actorIpAddress.isEmpty())
        object.insert(u"actorIpAddress"_s, activity.actorIpAddress);
    if (!activity.serviceId.isEmpty())
        object.insert(u"serviceId"_s, activity.serviceId);
    if (!activity.userAgent.isEmpty())
        object.insert(u"userAgent"_s, activity.userAgent);
    if (!activity.targetKeyId.isEmpty())
        object.insert(u"targetKeyId"_s, activity.targetKeyId);
    if (!activity.keyUpdateType.isEmpty())
        object.insert(u"keyUpdateType"_s, activity.keyUpdateType);
    return object;
}

QJsonObject role(const Role &role, const Store &store)
{
    const QString tenant = u"organization/"_s + store.organization().id;
    QJsonArray actors;
    for (const Member &m : store.members()) {
        if (m.assignedRoleIds.contains(role.id))
            actors.append(QString(u"user/"_s + m.userId));
    }
    for (const ApiKey &k : store.keys()) {
        if (k.assignedRoleIds.contains(role.id))
            actors.append(QString(u"apiKey/"_s + k.id));
    }
    QJsonArray policies;
    for (const RolePolicy &policy : role.policies) {
        QJsonObject object { { u"id"_s, policy.id },
                             { u"roleId"_s, role.id },
                             { u"tenantId"_s, tenant },
                             { u"allowDeny"_s, policy.allowDeny },
                             { u"permissions"_s, QJsonArray::fromStringList(policy.permissions) },
                             { u"resources"_s, QJsonArray::fromStringList(policy.resources) } };
        QJsonObject tags;
        if (!policy.grants.isEmpty())
            tags.insert(u"grants"_s, QJsonArray::fromStringList(policy.grants));
        if (!policy.roleV2.isEmpty())
            tags.insert(u"roleV2"_s, policy.roleV2);
        if (!tags.isEmpty())
            object.insert(u"tags"_s, tags);
        policies.append(object);
    }
    return QJsonObject { { u"id"_s, role.id },
                         { u"tenantId"_s, tenant },
                         { u"ownerId"_s, tenant },
                         { u"name"_s, role.name },
                         { u"type"_s, role.type },
                         { u"actors"_s, actors },
                         { u"policies"_s, policies },
                         { u"createdAt"_s, formatDateTime(role.createdAt) },
                         { u"updatedAt"_s,
                           formatDateTime(role.updatedAt.isValid() ? role.updatedAt : role.createdAt) } };
}

QJsonObject queryEndpoint(const QueryEndpoint &endpoint)
{
    return QJsonObject { { u"id"_s, endpoint.id },
                         { u"openApiKeys"_s, QJsonArray::fromStringList(endpoint.openApiKeys) },
                         { u"roles"_s, QJsonArray::fromStringList(endpoint.roles) },
                         { u"allowedOrigins"_s, endpoint.allowedOrigins } };
}

QJsonObject backupConfiguration(const BackupConfiguration &configuration)
{
    QJsonObject object { { u"backupPeriodInHours"_s, configuration.periodInHours },
                         { u"backupRetentionPeriodInHours"_s, configuration.retentionPeriodInHours } };
    if (!configuration.startTime.isEmpty())
        object.insert(u"backupStartTime"_s, configuration.startTime);
    return object;
}

} // namespace chcloud::emulator::json
