// instanceGetList, instanceCreate, instanceGet, instanceUpdate, instanceDelete,
// instanceStateUpdate, instanceScalingUpdate, instanceReplicaScalingUpdate,
// instancePasswordUpdate, instancePrometheusGet.
#include "../Seeder.h"
#include "../SyntheticData.h"
#include "RouteSupport.h"

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

namespace {

ApiReply list(RequestContext &context)
{
    QList<ResourceTag> filters;
    QString error;
    if (!support::parseTagFilters(context.request.queryValues(u"filter"_s), &filters, &error))
        return ApiReply::badRequest(error);
    QJsonArray array;
    for (const Service &service : context.store.services()) {
        if (support::matchesTagFilters(service, filters))
            array.append(json::service(service));
    }
    return ApiReply::ok(array);
}

void validateName(BodyReader &body, const std::optional<QString> &name, bool required)
{
    if (!name) {
        if (required && !body.failed())
            body.fail(u"name is required"_s);
        return;
    }
    if (name->trimmed().isEmpty())
        body.fail(u"name must not be empty"_s);
    else if (name->size() > 50)
        body.fail(u"name must be at most 50 characters"_s);
}

void validateReplicaMemory(BodyReader &body, const QString &field, const std::optional<int> &value)
{
    if (value && !validation::isValidReplicaMemory(*value))
        body.fail(field + u" must be a multiple of 4 between 8 and 356"_s);
}

void validateReplicas(BodyReader &body, const QString &field, const std::optional<int> &value)
{
    if (value && (*value < 1 || *value > 20))
        body.fail(field + u" must be between 1 and 20"_s);
}

/// numReplicas, or a minReplicas/maxReplicas band: both or neither, min <= max, never with numReplicas.
void validateReplicaBand(BodyReader &body, const std::optional<int> &replicas, const std::optional<int> &minReplicas,
                         const std::optional<int> &maxReplicas)
{
    validateReplicas(body, u"minReplicas"_s, minReplicas);
    validateReplicas(body, u"maxReplicas"_s, maxReplicas);
    if (minReplicas.has_value() != maxReplicas.has_value())
        body.fail(u"minReplicas and maxReplicas must be given together"_s);
    if (minReplicas && replicas)
        body.fail(u"numReplicas cannot be combined with minReplicas/maxReplicas"_s);
    if (minReplicas && maxReplicas && *minReplicas > *maxReplicas)
        body.fail(u"minReplicas must not be greater than maxReplicas"_s);
}

void validateIdleTimeout(BodyReader &body, const std::optional<int> &value)
{
    if (value && *value < 5)
        body.fail(u"idleTimeoutMinutes must be at least 5 minutes"_s);
}

std::optional<bool> mysqlEndpointChange(BodyReader &body, const QJsonObject &object)
{
    if (!object.contains(u"endpoints"_s))
        return std::nullopt;
    const QJsonValue value = object.value(u"endpoints"_s);
    if (!value.isArray()) {
        body.fail(u"endpoints must be an array of {protocol, enabled}"_s);
        return std::nullopt;
    }
    std::optional<bool> result;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject change = item.toObject();
        if (change.value(u"protocol"_s).toString() != u"mysql"_s || !change.value(u"enabled"_s).isBool()) {
            body.fail(u"endpoints entries must be {\"protocol\":\"mysql\",\"enabled\":true|false}"_s);
            return std::nullopt;
        }
        result = change.value(u"enabled"_s).toBool();
    }
    return result;
}

ApiReply create(RequestContext &context)
{
    QString parseError;
    const auto object = BodyReader::parseObject(context.request, &parseError);
    if (!object)
        return ApiReply::badRequest(parseError);
    BodyReader body(*object);
    const auto name = body.string(u"name"_s);
    validateName(body, name, true);
    const auto provider = body.enumeration(u"provider"_s, validation::providers());
    const auto region = body.enumeration(u"region"_s, validation::regions());
    if (!body.failed() && (!provider || !region))
        body.fail(u"provider and region are required"_s);
    if (!body.failed() && validation::providerOfRegion(*region) != *provider)
        body.fail(u"region "_s + *region + u" is not a "_s + *provider + u" region"_s);
    const auto tier = body.enumeration(u"tier"_s, validation::tiers());
    const auto ipAccessList = body.ipAccessList(u"ipAccessList"_s);
    const auto minMemory = body.integer(u"minReplicaMemoryGb"_s);
    const auto maxMemory = body.integer(u"maxReplicaMemoryGb"_s);
    validateReplicaMemory(body, u"minReplicaMemoryGb"_s, minMemory);
    validateReplicaMemory(body, u"maxReplicaMemoryGb"_s, maxMemory);
    const auto minTotal = body.integer(u"minTotalMemoryGb"_s);
    const auto maxTotal = body.integer(u"maxTotalMemoryGb"_s);
    const auto replicas = body.integer(u"numReplicas"_s);
    validateReplicas(body, u"numReplicas"_s, replicas);
    const auto mode = body.enumeration(u"autoscalingMode"_s, validation::autoscalingModes());
    const auto minReplicas = body.integer(u"minReplicas"_s);
    const auto maxReplicas = body.integer(u"maxReplicas"_s);
    validateReplicaBand(body, replicas, minReplicas, maxReplicas);
    const auto idleScaling = body.boolean(u"idleScaling"_s);
    const auto idleTimeout = body.integer(u"idleTimeoutMinutes"_s);
    validateIdleTimeout(body, idleTimeout);
    const auto isReadonly = body.boolean(u"isReadonly"_s);
    const auto dataWarehouseId = body.string(u"dataWarehouseId"_s);
    body.string(u"backupId"_s);
    body.string(u"encryptionKey"_s);
    body.string(u"encryptionAssumedRoleIdentifier"_s);
    body.stringList(u"privateEndpointIds"_s);
    body.boolean(u"privatePreviewTermsChecked"_s);
    const auto releaseChannel = body.enumeration(u"releaseChannel"_s, validation::releaseChannels());
    body.string(u"byocId"_s);
    body.boolean(u"hasTransparentDataEncryption"_s);
    const auto mysql = mysqlEndpointChange(body, *object);
    body.enumeration(u"profile"_s,
                     { u"v1-default"_s, u"v1-highmem-xs"_s, u"v1-highmem-s"_s, u"v1-highmem-m"_s, u"v1-highmem-l"_s,
                       u"v1-highmem-xl"_s });
    body.enumeration(u"complianceType"_s, { u"hipaa"_s, u"pci"_s });
    const auto tags = body.tags(u"tags"_s);
    const auto coreDumps = body.boolean(u"enableCoreDumps"_s);

    Service service;
    service.minReplicaMemoryGb = minMemory.value_or(minTotal ? *minTotal / 3 : 8);
    service.maxReplicaMemoryGb = maxMemory.value_or(maxTotal ? *maxTotal / 3 : 120);
    if (!body.failed() && service.minReplicaMemoryGb > service.maxReplicaMemoryGb)
        body.fail(u"minReplicaMemoryGb must not be greater than maxReplicaMemoryGb"_s);
    if (!body.failed()
        && (!validation::isValidReplicaMemory(service.minReplicaMemoryGb)
            || !validation::isValidReplicaMemory(service.maxReplicaMemoryGb)))
        body.fail(u"minTotalMemoryGb and maxTotalMemoryGb must be three times a multiple of 4 between 8 and 356"_s);
    // A band with min != max scales horizontally; an equal band is a vertical fixed count.
    const bool horizontal = mode ? *mode == u"horizontal"_s : (minReplicas && *minReplicas != maxReplicas.value_or(0));
    if (!body.failed() && horizontal) {
        if (!minReplicas)
            body.fail(u"autoscalingMode horizontal needs minReplicas and maxReplicas"_s);
        else if (minMemory && maxMemory && *minMemory != *maxMemory)
            body.fail(u"autoscalingMode horizontal needs minReplicaMemoryGb equal to maxReplicaMemoryGb"_s);
    }
    if (!body.failed() && !horizontal && minReplicas && *minReplicas != *maxReplicas)
        body.fail(u"autoscalingMode vertical takes numReplicas or minReplicas equal to maxReplicas"_s);
    if (!body.failed() && isReadonly.value_or(false) && !dataWarehouseId)
        body.fail(u"isReadonly needs a dataWarehouseId"_s);
    const Service *primary = nullptr;
    if (!body.failed() && dataWarehouseId) {
        for (const Service &existing : context.store.services()) {
            if (existing.dataWarehouseId == *dataWarehouseId)
                primary = &existing;
        }
        if (!primary)
            body.fail(u"unknown dataWarehouseId "_s + *dataWarehouseId);
    }
    if (body.failed())
        return ApiReply::badRequest(body.error());

    DeterministicRandom random(DeterministicRandom::stableHash(DeterministicRandom::randomUuid().toUtf8()));
    service.id = DeterministicRandom::randomUuid();
    service.name = *name;
    service.provider = *provider;
    service.region = *region;
    service.tier = tier.value_or(u"production"_s);
    service.clickhouseVersion = u"25.8.1.8344"_s;
    service.releaseChannel = releaseChannel.value_or(u"default"_s);
    service.host
        = random.token(10).toLower() + u"."_s + service.region + u"."_s + service.provider + u".clickhouse.cloud"_s;
    service.dataWarehouseId = primary ? primary->dataWarehouseId : DeterministicRandom::randomUuid();
    service.createdAt = QDateTime::currentDateTimeUtc();
    service.numReplicas = replicas.value_or(minReplicas.value_or(3));
    if (horizontal) {
        service.horizontalScaling = true;
        service.minReplicas = *minReplicas;
        service.maxReplicas = *maxReplicas;
        service.replicaMemoryGb = maxMemory ? *maxMemory : minMemory.value_or(16);
        service.minReplicaMemoryGb = service.replicaMemoryGb;
        service.maxReplicaMemoryGb = service.replicaMemoryGb;
    }
    service.idleScaling = idleScaling.value_or(true);
    service.idleTimeoutMinutes = idleTimeout.value_or(15);
    service.mysqlEndpoint = mysql.value_or(false);
    service.enableCoreDumps = coreDumps.value_or(true);
    service.ipAccessList = ipAccessList.value_or(QList<IpAccessEntry> {});
    service.tags = tags.value_or(QList<ResourceTag> {});
    const QString password = DeterministicRandom::secureToken(16);
    service.passwordHash = Seeder::hashOf(password);
    context.stateMachine.beginProvisioning(service);
    context.store.services().append(service);
    context.store.recordActivity(u"service_create"_s, support::actor(context), service.id);
    // advance() may have completed a zero-length transition: answer with the stored state.
    const Service *stored = context.store.service(service.id);
    return ApiReply::ok(
        QJsonObject { { u"service"_s, json::service(stored ? *stored : service) }, { u"password"_s, password } });
}

Service *findService(RequestContext &context)
{
    return context.store.service(context.params.at(1));
}

ApiReply get(RequestContext &context)
{
    const Service *service = findService(context);
    if (!service)
        return ApiReply::notFound(u"service"_s);
    return ApiReply::ok(json::service(*service));
}

std::optional<QPair<QList<ResourceTag>, QList<ResourceTag>>> tagPatch(BodyReader &body, const QJsonObject &object)
{
    if (!object.contains(u"tags"_s))
        return std::nullopt;
    if (!object.value(u"tags"_s).isObject()) {
        body.fail(u"tags must be an object with add and remove arrays"_s);
        return std::nullopt;
    }
    BodyReader patch(object.value(u"tags"_s).toObject());
    const auto add = patch.tags(u"add"_s);
    const auto remove = patch.tags(u"remove"_s);
    if (patch.failed()) {
        body.fail(u"tags."_s + patch.error());
        return std::nullopt;
    }
    return qMakePair(remove.value_or(QList<ResourceTag> {}), add.value_or(QList<ResourceTag> {}));
}

ApiReply update(RequestContext &context)
{
    Service *service = findService(context);
    if (!service)
        return ApiReply::notFound(u"service"_s);
    QString parseError;
    const auto object = BodyReader::parseObject(context.request, &parseError);
    if (!object)
        return ApiReply::badRequest(parseError);
    BodyReader body(*object);
    const auto name = body.string(u"name"_s);
    validateName(body, name, false);
    std::optional<QList<IpAccessEntry>> ipAdd, ipRemove;
    if (const auto ip = body.object(u"ipAccessList"_s)) {
        BodyReader patch(*ip);
        ipAdd = patch.ipAccessList(u"add"_s);
        ipRemove = patch.ipAccessList(u"remove"_s);
        if (patch.failed())
            body.fail(u"ipAccessList."_s + patch.error());
    }
    std::optional<QStringList> endpointAdd, endpointRemove;
    if (const auto endpoints = body.object(u"privateEndpointIds"_s)) {
        BodyReader patch(*endpoints);
        endpointAdd = patch.stringList(u"add"_s);
        endpointRemove = patch.stringList(u"remove"_s);
        if (patch.failed())
            body.fail(u"privateEndpointIds."_s + patch.error());
    }
    const auto releaseChannel = body.enumeration(u"releaseChannel"_s, validation::releaseChannels());
    const auto mysql = mysqlEndpointChange(body, *object);
    const auto tdeKey = body.string(u"transparentDataEncryptionKeyId"_s);
    if (tdeKey && !body.failed())
        body.fail(u"transparent data encryption is not enabled for this service"_s);
    const auto tags = tagPatch(body, *object);
    const auto coreDumps = body.boolean(u"enableCoreDumps"_s);
    if (body.failed())
        return ApiReply::badRequest(body.error());

    const Actor actor = support::actor(context);
    if (name && *name != service->name) {
        service->name = *name;
        context.store.recordActivity(u"service_update_name"_s, actor, service->id);
    }
    if (ipAdd || ipRemove) {
        for (const IpAccessEntry &entry : ipRemove.value_or(QList<IpAccessEntry> {}))
            service->ipAccessList.removeAll(entry);
        for (const IpAccessEntry &entry : ipAdd.value_or(QList<IpAccessEntry> {})) {
            service->ipAccessList.removeAll(entry);
            service->ipAccessList.append(entry);
        }
        context.store.recordActivity(u"service_update_ip_access_list"_s, actor, service->id);
    }
    if (endpointAdd || endpointRemove) {
        for (const QString &id : endpointRemove.value_or(QStringList {}))
            service->privateEndpointIds.removeAll(id);
        for (const QString &id : endpointAdd.value_or(QStringList {})) {
            if (!service->privateEndpointIds.contains(id))
                service->privateEndpointIds.append(id);
        }
        context.store.recordActivity(u"service_update_private_endpoints"_s, actor, service->id);
    }
    if (releaseChannel && *releaseChannel != service->releaseChannel) {
        service->releaseChannel = *releaseChannel;
        context.store.recordActivity(u"service_update_release_channel"_s, actor, service->id);
    }
    if (mysql)
        service->mysqlEndpoint = *mysql;
    if (tags) {
        for (const ResourceTag &removed : tags->first) {
            service->tags.removeIf([&](const ResourceTag &t) {
                return t.key == removed.key && (!removed.hasValue || t.value == removed.value);
            });
        }
        for (const ResourceTag &added : tags->second) {
            service->tags.removeIf([&](const ResourceTag &t) { return t.key == added.key; });
            service->tags.append(added);
        }
    }
    if (coreDumps && *coreDumps != service->enableCoreDumps) {
        service->enableCoreDumps = *coreDumps;
        context.store.recordActivity(u"service_update_core_dump"_s, actor, service->id);
    }
    return ApiReply::ok(json::service(*service));
}

ApiReply remove(RequestContext &context)
{
    Service *service = findService(context);
    if (!service)
        return ApiReply::notFound(u"service"_s);
    int status = 0;
    const QString id = service->id;
    const QString error = context.stateMachine.beginDeletion(*service, &status);
    if (!error.isEmpty())
        return ApiReply::error(status, error);
    context.store.recordActivity(u"service_delete"_s, support::actor(context), id);
    return ApiReply::okWithoutResult();
}

ApiReply state(RequestContext &context)
{
    Service *service = findService(context);
    if (!service)
        return ApiReply::notFound(u"service"_s);
    ApiReply error;
    auto body = support::readBody(context, &error);
    if (!body)
        return error;
    const auto command = body->enumeration(u"command"_s, { u"start"_s, u"stop"_s, u"awake"_s });
    if (!body->failed() && !command)
        body->fail(u"command is required (start, stop or awake)"_s);
    if (body->failed())
        return ApiReply::badRequest(body->error());
    const QString before = service->state;
    int status = 0;
    const QString id = service->id;
    const QString problem = context.stateMachine.command(*service, *command, &status);
    if (!problem.isEmpty())
        return ApiReply::error(status, problem);
    service = context.store.service(id);
    if (service && service->state != before) {
        const QString type = *command == u"stop"_s
            ? u"service_stop"_s
            : (*command == u"start"_s ? u"service_start"_s : u"service_awaken"_s);
        context.store.recordActivity(type, support::actor(context), id);
    }
    return service ? ApiReply::ok(json::service(*service)) : ApiReply::notFound(u"service"_s);
}

/// Applies mode / memory / replica / idle fields shared by both scaling routes.
struct ScalingChange
{
    std::optional<QString> mode;
    std::optional<int> minMemory, maxMemory, replicas, minReplicas, maxReplicas, idleTimeout;
    std::optional<bool> idleScaling;
};

/// The mode a change leads to. Without autoscalingMode the service keeps its mode, except that numReplicas
/// means vertical and a band with min != max means horizontal.
bool targetsHorizontal(const Service &service, const ScalingChange &change)
{
    if (change.mode)
        return *change.mode == u"horizontal"_s;
    if (change.replicas)
        return false;
    if (change.minReplicas && change.maxReplicas && *change.minReplicas != *change.maxReplicas)
        return true;
    return service.horizontalScaling;
}

ApiReply applyScaling(RequestContext &context, Service &service, BodyReader &body, const ScalingChange &change)
{
    validateReplicas(body, u"numReplicas"_s, change.replicas);
    validateReplicaBand(body, change.replicas, change.minReplicas, change.maxReplicas);
    validateIdleTimeout(body, change.idleTimeout);
    const bool horizontal = targetsHorizontal(service, change);
    if (!body.failed() && horizontal) {
        if (change.replicas)
            body.fail(u"autoscalingMode horizontal takes minReplicas and maxReplicas, not numReplicas"_s);
        else if (!service.horizontalScaling && !change.minReplicas)
            body.fail(u"switching to autoscalingMode horizontal needs minReplicas and maxReplicas"_s);
        else if (change.minMemory && change.maxMemory && *change.minMemory != *change.maxMemory)
            body.fail(u"autoscalingMode horizontal needs minReplicaMemoryGb equal to maxReplicaMemoryGb"_s);
    }
    if (!body.failed() && !horizontal && change.minReplicas && *change.minReplicas != *change.maxReplicas)
        body.fail(u"autoscalingMode vertical takes numReplicas or minReplicas equal to maxReplicas"_s);
    // Memory a mode switch starts from: horizontal keeps one size, vertical a range.
    const int baseMin = service.horizontalScaling ? service.replicaMemoryGb : service.minReplicaMemoryGb;
    const int baseMax = service.horizontalScaling ? service.replicaMemoryGb : service.maxReplicaMemoryGb;
    int newMin = change.minMemory.value_or(change.maxMemory && horizontal ? *change.maxMemory : baseMin);
    int newMax = change.maxMemory.value_or(change.minMemory && horizontal ? *change.minMemory : baseMax);
    if (horizontal && !change.minMemory && !change.maxMemory)
        newMax = newMin;
    if (!body.failed() && newMin > newMax)
        body.fail(u"minReplicaMemoryGb must not be greater than maxReplicaMemoryGb"_s);
    if (body.failed())
        return ApiReply::badRequest(body.error());

    const Actor actor = support::actor(context);
    const bool memoryChanged = newMin != baseMin || newMax != baseMax;
    const bool replicasChanged = horizontal != service.horizontalScaling || change.replicas || change.minReplicas;
    if (horizontal) {
        service.replicaMemoryGb = newMin;
        service.minReplicaMemoryGb = newMin;
        service.maxReplicaMemoryGb = newMin;
        if (change.minReplicas) {
            service.minReplicas = *change.minReplicas;
            service.maxReplicas = *change.maxReplicas;
        }
    } else {
        service.minReplicaMemoryGb = newMin;
        service.maxReplicaMemoryGb = newMax;
        if (change.replicas || change.minReplicas)
            service.numReplicas = change.replicas ? *change.replicas : *change.minReplicas;
        else if (service.horizontalScaling)
            service.numReplicas = service.minReplicas;
    }
    service.horizontalScaling = horizontal;
    if (memoryChanged)
        context.store.recordActivity(u"service_update_autoscaling_memory"_s, actor, service.id);
    if (replicasChanged)
        context.store.recordActivity(u"service_update_autoscaling_replicas"_s, actor, service.id);
    if (change.idleScaling || change.idleTimeout) {
        service.idleScaling = change.idleScaling.value_or(service.idleScaling);
        service.idleTimeoutMinutes = change.idleTimeout.value_or(service.idleTimeoutMinutes);
        context.store.recordActivity(u"service_update_autoscaling_idling"_s, actor, service.id);
    }
    return ApiReply::ok(json::service(service));
}

ApiReply scaling(RequestContext &context)
{
    Service *service = findService(context);
    if (!service)
        return ApiReply::notFound(u"service"_s);
    ApiReply error;
    auto body = support::readBody(context, &error);
    if (!body)
        return error;
    ScalingChange change;
    const auto minTotal = body->integer(u"minTotalMemoryGb"_s);
    const auto maxTotal = body->integer(u"maxTotalMemoryGb"_s);
    for (const auto &[field, value] :
         { qMakePair(u"minTotalMemoryGb"_s, minTotal), qMakePair(u"maxTotalMemoryGb"_s, maxTotal) }) {
        if (value && (*value % 12 != 0 || *value < 24 || *value > 1068))
            body->fail(field + u" must be a multiple of 12 between 24 and 1068"_s);
    }
    if (minTotal)
        change.minMemory = *minTotal / 3;
    if (maxTotal)
        change.maxMemory = *maxTotal / 3;
    change.replicas = body->integer(u"numReplicas"_s);
    change.idleScaling = body->boolean(u"idleScaling"_s);
    change.idleTimeout = body->integer(u"idleTimeoutMinutes"_s);
    return applyScaling(context, *service, *body, change);
}

ApiReply replicaScaling(RequestContext &context)
{
    Service *service = findService(context);
    if (!service)
        return ApiReply::notFound(u"service"_s);
    ApiReply error;
    auto body = support::readBody(context, &error);
    if (!body)
        return error;
    ScalingChange change;
    change.minMemory = body->integer(u"minReplicaMemoryGb"_s);
    change.maxMemory = body->integer(u"maxReplicaMemoryGb"_s);
    validateReplicaMemory(*body, u"minReplicaMemoryGb"_s, change.minMemory);
    validateReplicaMemory(*body, u"maxReplicaMemoryGb"_s, change.maxMemory);
    change.replicas = body->integer(u"numReplicas"_s);
    change.minReplicas = body->integer(u"minReplicas"_s);
    change.maxReplicas = body->integer(u"maxReplicas"_s);
    // replicaMemoryGb is no longer part of this request: like any unknown property it is ignored.
    change.mode = body->enumeration(u"autoscalingMode"_s, validation::autoscalingModes());
    change.idleScaling = body->boolean(u"idleScaling"_s);
    change.idleTimeout = body->integer(u"idleTimeoutMinutes"_s);
    return applyScaling(context, *service, *body, change);
}

ApiReply password(RequestContext &context)
{
    Service *service = findService(context);
    if (!service)
        return ApiReply::notFound(u"service"_s);
    ApiReply error;
    auto body = support::readBody(context, &error);
    if (!body)
        return error;
    const auto hash = body->string(u"newPasswordHash"_s);
    const auto doubleSha1 = body->string(u"newDoubleSha1Hash"_s);
    if (hash && QByteArray::fromBase64(hash->toLatin1()).size() != 32)
        body->fail(u"newPasswordHash must be the base64 of a SHA-256 digest"_s);
    if (body->failed())
        return ApiReply::badRequest(body->error());
    QJsonObject result;
    if (hash) {
        service->passwordHash = hash->toLatin1();
        service->doubleSha1Hash = doubleSha1.value_or(QString()).toLatin1();
    } else {
        const QString password = DeterministicRandom::secureToken(16);
        service->passwordHash = Seeder::hashOf(password);
        service->doubleSha1Hash.clear();
        result.insert(u"password"_s, password);
    }
    context.store.recordActivity(u"service_update_password"_s, support::actor(context), service->id);
    return ApiReply::ok(result);
}

ApiReply prometheus(RequestContext &context)
{
    const Service *service = findService(context);
    if (!service)
        return ApiReply::notFound(u"service"_s);
    const QString filtered = context.request.queryValue(u"filtered_metrics"_s);
    if (!filtered.isNull() && filtered != u"true"_s && filtered != u"false"_s)
        return ApiReply::badRequest(u"filtered_metrics must be true or false"_s);
    return ApiReply::text(synthetic::prometheus(context.store.organization().id, { service }, filtered == u"true"_s),
                          "text/plain; version=0.0.4; charset=utf-8");
}

} // namespace

void registerServiceRoutes(Router &router)
{
    const QString base = u"/v1/organizations/{organizationId}/services"_s;
    const QString one = base + u"/{serviceId}"_s;
    router.add("GET", base, list);
    router.add("POST", base, create);
    router.add("GET", one, get);
    router.add("PATCH", one, update);
    router.add("DELETE", one, remove);
    router.add("PATCH", one + u"/state"_s, state);
    router.add("PATCH", one + u"/scaling"_s, scaling);
    router.add("PATCH", one + u"/replicaScaling"_s, replicaScaling);
    router.add("PATCH", one + u"/password"_s, password);
    router.add("GET", one + u"/prometheus"_s, prometheus);
}

} // namespace chcloud::emulator
