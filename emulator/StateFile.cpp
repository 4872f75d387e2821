#include "StateFile.h"

#include "Store.h"
#include "Validation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace chcloud::emulator::statefile {

using namespace Qt::StringLiterals;

namespace {

// 2: roles keep their policies; services their query endpoint.
constexpr int formatVersion = 2;

QString time(const QDateTime &t)
{
    return t.isValid() ? validation::formatDateTime(t) : QString();
}

QDateTime time(const QJsonValue &v)
{
    return validation::parseDateTime(v.toString());
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &item : v.toArray())
        list.append(item.toString());
    return list;
}

QJsonArray entries(const QList<IpAccessEntry> &list)
{
    QJsonArray array;
    for (const IpAccessEntry &e : list)
        array.append(QJsonObject { { u"source"_s, e.source }, { u"description"_s, e.description } });
    return array;
}

QList<IpAccessEntry> entries(const QJsonValue &v)
{
    QList<IpAccessEntry> list;
    for (const QJsonValue &item : v.toArray())
        list.append({ item[u"source"_s].toString(), item[u"description"_s].toString() });
    return list;
}

/// A service's configuration (settings, schedule, upgrade window, backup bucket).
/// The bucket carries no credentials: the emulator never keeps them.
QJsonObject configurationJson(const Service &s)
{
    QJsonObject settings;
    for (const auto &[name, value] : s.clickhouseSettings)
        settings.insert(name, value);
    QJsonArray schedule;
    for (const ScalingScheduleEntry &e : s.scalingSchedule) {
        QJsonArray weekdays;
        for (int day : e.weekdays)
            weekdays.append(day);
        schedule.append(QJsonObject { { u"id"_s, e.id },
                                      { u"name"_s, e.name },
                                      { u"weekdays"_s, weekdays },
                                      { u"startHourUtc"_s, e.startHourUtc },
                                      { u"endHourUtc"_s, e.endHourUtc },
                                      { u"autoscalingMode"_s, e.autoscalingMode },
                                      { u"minReplicaMemoryGb"_s, e.minReplicaMemoryGb },
                                      { u"maxReplicaMemoryGb"_s, e.maxReplicaMemoryGb },
                                      { u"minReplicas"_s, e.minReplicas },
                                      { u"maxReplicas"_s, e.maxReplicas },
                                      { u"hasIdleScaling"_s, e.hasIdleScaling },
                                      { u"idleScaling"_s, e.idleScaling },
                                      { u"idleTimeoutMinutes"_s, e.idleTimeoutMinutes } });
    }
    QJsonObject object { { u"clickhouseSettings"_s, settings }, { u"scalingSchedule"_s, schedule } };
    if (s.upgradeWindow) {
        object.insert(u"upgradeWindow"_s,
                      QJsonObject { { u"weekday"_s, s.upgradeWindow->weekday },
                                    { u"startHourUtc"_s, s.upgradeWindow->startHourUtc } });
    }
    if (const auto &b = s.backupBucket) {
        object.insert(u"backupBucket"_s,
                      QJsonObject { { u"id"_s, b->id },
                                    { u"provider"_s, b->provider },
                                    { u"bucketPath"_s, b->bucketPath },
                                    { u"iamRoleArn"_s, b->iamRoleArn },
                                    { u"iamRoleSessionName"_s, b->iamRoleSessionName },
                                    { u"accessKeyId"_s, b->accessKeyId },
                                    { u"containerName"_s, b->containerName } });
    }
    return object;
}

void readConfiguration(const QJsonObject &o, Service &s)
{
    const QJsonObject settings = o[u"clickhouseSettings"_s].toObject();
    for (auto it = settings.begin(); it != settings.end(); ++it)
        s.clickhouseSettings.append({ it.key(), it.value().toString() });
    for (const QJsonValue &v : o[u"scalingSchedule"_s].toArray()) {
        ScalingScheduleEntry e;
        e.id = v[u"id"_s].toString();
        e.name = v[u"name"_s].toString();
        for (const QJsonValue &day : v[u"weekdays"_s].toArray())
            e.weekdays.append(day.toInt());
        e.startHourUtc = v[u"startHourUtc"_s].toInt();
        e.endHourUtc = v[u"endHourUtc"_s].toInt(24);
        e.autoscalingMode = v[u"autoscalingMode"_s].toString(u"vertical"_s);
        e.minReplicaMemoryGb = v[u"minReplicaMemoryGb"_s].toDouble();
        e.maxReplicaMemoryGb = v[u"maxReplicaMemoryGb"_s].toDouble();
        e.minReplicas = v[u"minReplicas"_s].toInt();
        e.maxReplicas = v[u"maxReplicas"_s].toInt();
        e.hasIdleScaling = v[u"hasIdleScaling"_s].toBool();
        e.idleScaling = v[u"idleScaling"_s].toBool();
        e.idleTimeoutMinutes = v[u"idleTimeoutMinutes"_s].toInt();
        s.scalingSchedule.append(e);
    }
    if (o[u"upgradeWindow"_s].isObject()) {
        const QJsonObject w = o[u"upgradeWindow"_s].toObject();
        s.upgradeWindow = UpgradeWindow { w[u"weekday"_s].toInt(), w[u"startHourUtc"_s].toInt() };
    }
    if (o[u"backupBucket"_s].isObject()) {
        const QJsonObject b = o[u"backupBucket"_s].toObject();
        s.backupBucket = BackupBucket {
            b[u"id"_s].toString(),           b[u"provider"_s].toString(),           b[u"bucketPath"_s].toString(),
            b[u"iamRoleArn"_s].toString(),   b[u"iamRoleSessionName"_s].toString(), b[u"accessKeyId"_s].toString(),
            b[u"containerName"_s].toString()
        };
    }
}

QJsonValue queryEndpoint(const std::optional<QueryEndpoint> &endpoint)
{
    if (!endpoint)
        return QJsonValue::Null;
    return QJsonObject { { u"id"_s, endpoint->id },
                         { u"openApiKeys"_s, strings(endpoint->openApiKeys) },
                         { u"roles"_s, strings(endpoint->roles) },
                         { u"allowedOrigins"_s, endpoint->allowedOrigins } };
}

QJsonObject toJson(const Service &s)
{
    QJsonArray tags;
    for (const ResourceTag &t : s.tags)
        tags.append(QJsonObject { { u"key"_s, t.key }, { u"value"_s, t.value }, { u"hasValue"_s, t.hasValue } });
    return QJsonObject { { u"id"_s, s.id },
                         { u"name"_s, s.name },
                         { u"provider"_s, s.provider },
                         { u"region"_s, s.region },
                         // A transition in progress is saved as its end state.
                         { u"state"_s,
                           s.targetState.isEmpty() || s.targetState.startsWith(u'(') ? s.state : s.targetState },
                         { u"tier"_s, s.tier },
                         { u"clickhouseVersion"_s, s.clickhouseVersion },
                         { u"releaseChannel"_s, s.releaseChannel },
                         { u"host"_s, s.host },
                         { u"dataWarehouseId"_s, s.dataWarehouseId },
                         { u"createdAt"_s, time(s.createdAt) },
                         { u"minReplicaMemoryGb"_s, s.minReplicaMemoryGb },
                         { u"maxReplicaMemoryGb"_s, s.maxReplicaMemoryGb },
                         { u"numReplicas"_s, s.numReplicas },
                         { u"horizontalScaling"_s, s.horizontalScaling },
                         { u"minReplicas"_s, s.minReplicas },
                         { u"maxReplicas"_s, s.maxReplicas },
                         { u"replicaMemoryGb"_s, s.replicaMemoryGb },
                         { u"idleScaling"_s, s.idleScaling },
                         { u"idleTimeoutMinutes"_s, s.idleTimeoutMinutes },
                         { u"mysqlEndpoint"_s, s.mysqlEndpoint },
                         { u"enableCoreDumps"_s, s.enableCoreDumps },
                         { u"ipAccessList"_s, entries(s.ipAccessList) },
                         { u"tags"_s, tags },
                         { u"privateEndpointIds"_s, strings(s.privateEndpointIds) },
                         { u"passwordHash"_s, QString::fromLatin1(s.passwordHash) },
                         { u"doubleSha1Hash"_s, QString::fromLatin1(s.doubleSha1Hash) },
                         { u"backupPeriodInHours"_s, s.backupConfiguration.periodInHours },
                         { u"backupRetentionPeriodInHours"_s, s.backupConfiguration.retentionPeriodInHours },
                         { u"backupStartTime"_s, s.backupConfiguration.startTime },
                         { u"usageHistoryDays"_s, s.usageHistoryDays },
                         { u"configuration"_s, configurationJson(s) },
                         { u"queryEndpoint"_s, queryEndpoint(s.queryEndpoint) } };
}

Service serviceFrom(const QJsonObject &o)
{
    Service s;
    s.id = o[u"id"_s].toString();
    s.name = o[u"name"_s].toString();
    s.provider = o[u"provider"_s].toString();
    s.region = o[u"region"_s].toString();
    s.state = o[u"state"_s].toString();
    s.tier = o[u"tier"_s].toString();
    s.clickhouseVersion = o[u"clickhouseVersion"_s].toString();
    s.releaseChannel = o[u"releaseChannel"_s].toString();
    s.host = o[u"host"_s].toString();
    s.dataWarehouseId = o[u"dataWarehouseId"_s].toString();
    s.createdAt = time(o[u"createdAt"_s]);
    s.minReplicaMemoryGb = o[u"minReplicaMemoryGb"_s].toInt();
    s.maxReplicaMemoryGb = o[u"maxReplicaMemoryGb"_s].toInt();
    s.numReplicas = o[u"numReplicas"_s].toInt();
    s.horizontalScaling = o[u"horizontalScaling"_s].toBool();
    s.minReplicas = o[u"minReplicas"_s].toInt();
    s.maxReplicas = o[u"maxReplicas"_s].toInt();
    s.replicaMemoryGb = o[u"replicaMemoryGb"_s].toInt();
    s.idleScaling = o[u"idleScaling"_s].toBool();
    s.idleTimeoutMinutes = o[u"idleTimeoutMinutes"_s].toInt();
    s.mysqlEndpoint = o[u"mysqlEndpoint"_s].toBool();
    s.enableCoreDumps = o[u"enableCoreDumps"_s].toBool();
    s.ipAccessList = entries(o[u"ipAccessList"_s]);
    for (const QJsonValue &t : o[u"tags"_s].toArray())
        s.tags.append({ t[u"key"_s].toString(), t[u"value"_s].toString(), t[u"hasValue"_s].toBool() });
    s.privateEndpointIds = strings(o[u"privateEndpointIds"_s]);
    s.passwordHash = o[u"passwordHash"_s].toString().toLatin1();
    s.doubleSha1Hash = o[u"doubleSha1Hash"_s].toString().toLatin1();
    s.backupConfiguration = { o[u"backupPeriodInHours"_s].toInt(24), o[u"backupRetentionPeriodInHours"_s].toInt(48),
                              o[u"backupStartTime"_s].toString() };
    s.usageHistoryDays = o[u"usageHistoryDays"_s].toInt();
    readConfiguration(o[u"configuration"_s].toObject(), s);
    if (const QJsonValue q = o[u"queryEndpoint"_s]; q.isObject()) {
        s.queryEndpoint = QueryEndpoint { q[u"id"_s].toString(), strings(q[u"openApiKeys"_s]), strings(q[u"roles"_s]),
                                          q[u"allowedOrigins"_s].toString() };
    }
    return s;
}

QJsonObject toJson(const ApiKey &k)
{
    return QJsonObject { { u"id"_s, k.id },
                         { u"name"_s, k.name },
                         { u"state"_s, k.state },
                         { u"roles"_s, strings(k.roles) },
                         { u"assignedRoleIds"_s, strings(k.assignedRoleIds) },
                         { u"keyIdHash"_s, QString::fromLatin1(k.keyIdHash) },
                         { u"keySuffix"_s, k.keySuffix },
                         { u"keySecretHash"_s, QString::fromLatin1(k.keySecretHash) },
                         { u"createdAt"_s, time(k.createdAt) },
                         { u"expireAt"_s, time(k.expireAt) },
                         { u"usedAt"_s, time(k.usedAt) },
                         { u"ipAccessList"_s, entries(k.ipAccessList) } };
}

ApiKey keyFrom(const QJsonObject &o)
{
    ApiKey k;
    k.id = o[u"id"_s].toString();
    k.name = o[u"name"_s].toString();
    k.state = o[u"state"_s].toString();
    k.roles = strings(o[u"roles"_s]);
    k.assignedRoleIds = strings(o[u"assignedRoleIds"_s]);
    k.keyIdHash = o[u"keyIdHash"_s].toString().toLatin1();
    k.keySuffix = o[u"keySuffix"_s].toString();
    k.keySecretHash = o[u"keySecretHash"_s].toString().toLatin1();
    k.createdAt = time(o[u"createdAt"_s]);
    k.expireAt = time(o[u"expireAt"_s]);
    k.usedAt = time(o[u"usedAt"_s]);
    k.ipAccessList = entries(o[u"ipAccessList"_s]);
    return k;
}

} // namespace

bool save(const Store &store, const QString &path, QString *error)
{
    const Organization &org = store.organization();
    QJsonArray endpoints;
    for (const OrganizationPrivateEndpoint &e : org.privateEndpoints)
        endpoints.append(QJsonObject { { u"id"_s, e.id },
                                       { u"description"_s, e.description },
                                       { u"cloudProvider"_s, e.cloudProvider },
                                       { u"region"_s, e.region } });
    QJsonArray roles;
    for (const Role &r : store.roles()) {
        QJsonArray policies;
        for (const RolePolicy &p : r.policies) {
            policies.append(QJsonObject { { u"id"_s, p.id },
                                          { u"allowDeny"_s, p.allowDeny },
                                          { u"permissions"_s, strings(p.permissions) },
                                          { u"resources"_s, strings(p.resources) },
                                          { u"grants"_s, strings(p.grants) },
                                          { u"roleV2"_s, p.roleV2 } });
        }
        roles.append(QJsonObject { { u"id"_s, r.id },
                                   { u"name"_s, r.name },
                                   { u"type"_s, r.type },
                                   { u"policies"_s, policies },
                                   { u"createdAt"_s, time(r.createdAt) },
                                   { u"updatedAt"_s, time(r.updatedAt) } });
    }
    QJsonArray services;
    for (const Service &s : store.services()) {
        if (!s.targetState.startsWith(u'(')) // being deleted: gone by the next start
            services.append(toJson(s));
    }
    QJsonArray keys;
    for (const ApiKey &k : store.keys())
        keys.append(toJson(k));
    QJsonArray members;
    for (const Member &m : store.members()) {
        members.append(QJsonObject { { u"userId"_s, m.userId },
                                     { u"name"_s, m.name },
                                     { u"email"_s, m.email },
                                     { u"role"_s, m.role },
                                     { u"assignedRoleIds"_s, strings(m.assignedRoleIds) },
                                     { u"joinedAt"_s, time(m.joinedAt) } });
    }
    QJsonArray invitations;
    for (const Invitation &i : store.invitations()) {
        invitations.append(QJsonObject { { u"id"_s, i.id },
                                         { u"email"_s, i.email },
                                         { u"role"_s, i.role },
                                         { u"assignedRoleIds"_s, strings(i.assignedRoleIds) },
                                         { u"createdAt"_s, time(i.createdAt) },
                                         { u"expireAt"_s, time(i.expireAt) } });
    }
    QJsonArray activities;
    for (const Activity &a : store.activities()) {
        activities.append(QJsonObject { { u"id"_s, a.id },
                                        { u"createdAt"_s, time(a.createdAt) },
                                        { u"type"_s, a.type },
                                        { u"actorType"_s, a.actorType },
                                        { u"actorId"_s, a.actorId },
                                        { u"actorDetails"_s, a.actorDetails },
                                        { u"actorIpAddress"_s, a.actorIpAddress },
                                        { u"serviceId"_s, a.serviceId },
                                        { u"userAgent"_s, a.userAgent },
                                        { u"targetKeyId"_s, a.targetKeyId },
                                        { u"keyUpdateType"_s, a.keyUpdateType } });
    }
    const QJsonObject document { { u"formatVersion"_s, formatVersion },
                                 { u"organization"_s,
                                   QJsonObject { { u"id"_s, org.id },
                                                 { u"name"_s, org.name },
                                                 { u"createdAt"_s, time(org.createdAt) },
                                                 { u"enableCoreDumps"_s, org.enableCoreDumps },
                                                 { u"privateEndpoints"_s, endpoints } } },
                                 { u"usageHistoryDays"_s, store.usageHistoryDays() },
                                 { u"roles"_s, roles },
                                 { u"services"_s, services },
                                 { u"keys"_s, keys },
                                 { u"members"_s, members },
                                 { u"invitations"_s, invitations },
                                 { u"activities"_s, activities } };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(document).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool load(Store &store, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject document = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || document[u"formatVersion"_s].toInt() != formatVersion) {
        *error = u"not an emulator state file (version "_s + QString::number(formatVersion) + u")"_s;
        return false;
    }
    const QJsonObject org = document[u"organization"_s].toObject();
    Organization &organization = store.organization();
    organization.id = org[u"id"_s].toString();
    organization.name = org[u"name"_s].toString();
    organization.createdAt = time(org[u"createdAt"_s]);
    organization.enableCoreDumps = org[u"enableCoreDumps"_s].toBool();
    for (const QJsonValue &e : org[u"privateEndpoints"_s].toArray()) {
        organization.privateEndpoints.append({ e[u"id"_s].toString(), e[u"description"_s].toString(),
                                               e[u"cloudProvider"_s].toString(), e[u"region"_s].toString() });
    }
    store.setUsageHistoryDays(document[u"usageHistoryDays"_s].toInt(90));
    for (const QJsonValue &r : document[u"roles"_s].toArray()) {
        QList<RolePolicy> policies;
        for (const QJsonValue &p : r[u"policies"_s].toArray()) {
            policies.append(RolePolicy { p[u"id"_s].toString(), p[u"allowDeny"_s].toString(),
                                         strings(p[u"permissions"_s]), strings(p[u"resources"_s]),
                                         strings(p[u"grants"_s]), p[u"roleV2"_s].toString() });
        }
        store.roles().append(Role { r[u"id"_s].toString(), r[u"name"_s].toString(), r[u"type"_s].toString(), policies,
                                    time(r[u"createdAt"_s]), time(r[u"updatedAt"_s]) });
    }
    for (const QJsonValue &s : document[u"services"_s].toArray())
        store.services().append(serviceFrom(s.toObject()));
    for (const QJsonValue &k : document[u"keys"_s].toArray())
        store.keys().append(keyFrom(k.toObject()));
    for (const QJsonValue &m : document[u"members"_s].toArray()) {
        store.members().append(Member { m[u"userId"_s].toString(), m[u"name"_s].toString(), m[u"email"_s].toString(),
                                        m[u"role"_s].toString(), strings(m[u"assignedRoleIds"_s]),
                                        time(m[u"joinedAt"_s]) });
    }
    for (const QJsonValue &i : document[u"invitations"_s].toArray()) {
        store.invitations().append(Invitation { i[u"id"_s].toString(), i[u"email"_s].toString(),
                                                i[u"role"_s].toString(), strings(i[u"assignedRoleIds"_s]),
                                                time(i[u"createdAt"_s]), time(i[u"expireAt"_s]) });
    }
    for (const QJsonValue &a : document[u"activities"_s].toArray()) {
        store.activities().append(Activity { a[u"id"_s].toString(), time(a[u"createdAt"_s]), a[u"type"_s].toString(),
                                             a[u"actorType"_s].toString(), a[u"actorId"_s].toString(),
                                             a[u"actorDetails"_s].toString(), a[u"actorIpAddress"_s].toString(),
                                             a[u"serviceId"_s].toString(), a[u"userAgent"_s].toString(),
                                             a[u"targetKeyId"_s].toString(), a[u"keyUpdateType"_s].toString() });
    }
    if (organization.id.isEmpty()) {
        *error = u"the state file names no organization"_s;
        return false;
    }
    return true;
}

} // namespace chcloud::emulator::statefile
