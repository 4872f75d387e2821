// scalingScheduleGet, scalingScheduleUpsert, scalingScheduleDelete,
// upgradeWindowGet, upgradeWindowUpdate, upgradeWindowDelete.
//
// A POST replaces the whole schedule (an empty list clears it). Which entry is
// active is computed from the current UTC time at each read.
#include "RouteSupport.h"

#include <QSet>

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

namespace {

// The spec's Activity.type enum has no schedule or upgrade-window values: a
// schedule changes the autoscaling, an upgrade window when new releases land.
const QString kScheduleActivity = u"service_update_autoscaling_memory"_s;
const QString kUpgradeWindowActivity = u"service_update_release_channel"_s;

bool appliesAt(const ScalingScheduleEntry &entry, const QDateTime &utc)
{
    const int weekday = utc.date().dayOfWeek() % 7; // Qt: Monday = 1 … Sunday = 7
    const int yesterday = (weekday + 6) % 7;
    const int hour = utc.time().hour();
    if (entry.startHourUtc < entry.endHourUtc)
        return entry.weekdays.contains(weekday) && hour >= entry.startHourUtc && hour < entry.endHourUtc;
    // Overnight: from startHourUtc on a listed day until endHourUtc the next day.
    return (entry.weekdays.contains(weekday) && hour >= entry.startHourUtc)
        || (entry.weekdays.contains(yesterday) && hour < entry.endHourUtc);
}

QJsonObject entryJson(const ScalingScheduleEntry &entry, bool active)
{
    QJsonArray weekdays;
    for (int day : entry.weekdays)
        weekdays.append(day);
    QJsonObject object { { u"id"_s, entry.id },
                         { u"name"_s, entry.name },
                         { u"weekdays"_s, weekdays },
                         { u"startHourUtc"_s, entry.startHourUtc },
                         { u"endHourUtc"_s, entry.endHourUtc },
                         { u"autoscalingMode"_s, entry.autoscalingMode },
                         { u"isActiveNow"_s, active } };
    if (entry.minReplicaMemoryGb > 0) {
        object.insert(u"minReplicaMemoryGb"_s, entry.minReplicaMemoryGb);
        object.insert(u"maxReplicaMemoryGb"_s, entry.maxReplicaMemoryGb);
    }
    if (entry.minReplicas > 0) {
        object.insert(u"minReplicas"_s, entry.minReplicas);
        object.insert(u"maxReplicas"_s, entry.maxReplicas);
    }
    if (entry.hasIdleScaling)
        object.insert(u"idleScaling"_s, entry.idleScaling);
    if (entry.idleTimeoutMinutes > 0)
        object.insert(u"idleTimeoutMinutes"_s, entry.idleTimeoutMinutes);
    return object;
}

QJsonObject scheduleJson(const Service &service)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray entries;
    QString activeId;
    for (const ScalingScheduleEntry &entry : service.scalingSchedule) {
        const bool active = activeId.isEmpty() && appliesAt(entry, now); // the first match wins
        if (active)
            activeId = entry.id;
        entries.append(entryJson(entry, active));
    }
    const bool horizontal = service.horizontalScaling;
    QJsonObject base { { u"autoscalingMode"_s, horizontal ? u"horizontal"_s : u"vertical"_s },
                       { u"minReplicaMemoryGb"_s, horizontal ? service.replicaMemoryGb : service.minReplicaMemoryGb },
                       { u"maxReplicaMemoryGb"_s, horizontal ? service.replicaMemoryGb : service.maxReplicaMemoryGb },
                       { u"minReplicas"_s, horizontal ? service.minReplicas : service.numReplicas },
                       { u"maxReplicas"_s, horizontal ? service.maxReplicas : service.numReplicas },
                       { u"idleScaling"_s, service.idleScaling },
                       { u"idleTimeoutMinutes"_s, service.idleTimeoutMinutes } };
    QJsonObject object { { u"entries"_s, entries }, { u"baseConfig"_s, base } };
    if (!activeId.isEmpty())
        object.insert(u"activeEntryId"_s, activeId);
    return object;
}

/// One entry of a POST body, or an error message naming the field ("entries[1].endHourUtc …").
std::optional<ScalingScheduleEntry> readEntry(const QJsonValue &value, const QString &where, QString *error)
{
    if (!value.isObject()) {
        *error = where + u" must be an object"_s;
        return std::nullopt;
    }
    BodyReader body(value.toObject());
    ScalingScheduleEntry entry;
    const auto name = body.string(u"name"_s);
    const auto start = body.integer(u"startHourUtc"_s);
    const auto end = body.integer(u"endHourUtc"_s);
    const auto mode = body.enumeration(u"autoscalingMode"_s, validation::autoscalingModes());
    const auto minMemory = body.integer(u"minReplicaMemoryGb"_s);
    const auto maxMemory = body.integer(u"maxReplicaMemoryGb"_s);
    const auto numReplicas = body.integer(u"numReplicas"_s);
    const auto minReplicas = body.integer(u"minReplicas"_s);
    const auto maxReplicas = body.integer(u"maxReplicas"_s);
    const auto idleScaling = body.boolean(u"idleScaling"_s);
    const auto idleTimeout = body.integer(u"idleTimeoutMinutes"_s);
    const QJsonValue weekdays = value.toObject().value(u"weekdays"_s);

    if (!name || name->trimmed().isEmpty())
        body.fail(u"name is required and must not be blank"_s);
    else if (name->size() > 100)
        body.fail(u"name is longer than 100 characters"_s);
    if (!weekdays.isArray() || weekdays.toArray().isEmpty())
        body.fail(u"weekdays is required: a non-empty array of days 0 (Sunday) to 6 (Saturday)"_s);
    QSet<int> seen;
    for (const QJsonValue &day : weekdays.toArray()) {
        const double d = day.toDouble(-1);
        if (!day.isDouble() || d != double(int(d)) || d < 0 || d > 6)
            body.fail(u"weekdays must hold whole numbers 0 (Sunday) to 6 (Saturday)"_s);
        else if (seen.contains(int(d)))
            body.fail(u"weekdays lists day "_s + QString::number(int(d)) + u" twice"_s);
        else
            seen.insert(int(d));
        entry.weekdays.append(int(d));
    }
    if (!start || *start < 0 || *start > 23)
        body.fail(u"startHourUtc is required: 0 to 23"_s);
    if (!end || *end < 1 || *end > 24)
        body.fail(u"endHourUtc is required: 1 to 24"_s);
    if (start && end && *start == *end)
        body.fail(u"endHourUtc must differ from startHourUtc"_s);
    entry.autoscalingMode = mode.value_or(u"vertical"_s);
    const bool horizontal = entry.autoscalingMode == u"horizontal"_s;
    if (minMemory.has_value() != maxMemory.has_value())
        body.fail(u"minReplicaMemoryGb and maxReplicaMemoryGb go together"_s);
    for (const auto &[key, memory] :
         { qMakePair(u"minReplicaMemoryGb"_s, minMemory), qMakePair(u"maxReplicaMemoryGb"_s, maxMemory) }) {
        if (memory && !validation::isValidReplicaMemory(*memory))
            body.fail(key + u" must be a multiple of 4 from 8 to 356"_s);
    }
    if (minMemory && maxMemory && *minMemory > *maxMemory)
        body.fail(u"minReplicaMemoryGb must not exceed maxReplicaMemoryGb"_s);
    if (minReplicas.has_value() != maxReplicas.has_value())
        body.fail(u"minReplicas and maxReplicas go together"_s);
    if (numReplicas && (minReplicas || maxReplicas))
        body.fail(u"numReplicas and minReplicas/maxReplicas are mutually exclusive"_s);
    for (const auto &[key, count] :
         { qMakePair(u"numReplicas"_s, numReplicas), qMakePair(u"minReplicas"_s, minReplicas),
           qMakePair(u"maxReplicas"_s, maxReplicas) }) {
        if (count && *count < 1)
            body.fail(key + u" must be at least 1"_s);
    }
    if (minReplicas && maxReplicas && *minReplicas > *maxReplicas)
        body.fail(u"minReplicas must not exceed maxReplicas"_s);
    if (horizontal) {
        if (!minMemory || !maxMemory || *minMemory != *maxMemory)
            body.fail(u"a horizontal entry needs minReplicaMemoryGb equal to maxReplicaMemoryGb"_s);
        if (!minReplicas || !maxReplicas)
            body.fail(u"a horizontal entry needs minReplicas and maxReplicas"_s);
        if (numReplicas)
            body.fail(u"a horizontal entry takes minReplicas/maxReplicas, not numReplicas"_s);
    } else if (minReplicas && maxReplicas && *minReplicas != *maxReplicas) {
        body.fail(u"a vertical entry runs a fixed replica count: minReplicas must equal maxReplicas"_s);
    }
    if (idleTimeout && *idleTimeout < 5)
        body.fail(u"idleTimeoutMinutes must be at least 5"_s);
    if (body.failed()) {
        *error = where + u": "_s + body.error();
        return std::nullopt;
    }
    entry.id = DeterministicRandom::randomUuid();
    entry.name = name->trimmed();
    entry.startHourUtc = *start;
    entry.endHourUtc = *end;
    entry.minReplicaMemoryGb = minMemory.value_or(0);
    entry.maxReplicaMemoryGb = maxMemory.value_or(0);
    entry.minReplicas = numReplicas ? *numReplicas : minReplicas.value_or(0);
    entry.maxReplicas = numReplicas ? *numReplicas : maxReplicas.value_or(0);
    entry.hasIdleScaling = idleScaling.has_value();
    entry.idleScaling = idleScaling.value_or(false);
    entry.idleTimeoutMinutes = idleTimeout.value_or(0);
    return entry;
}

ApiReply getSchedule(RequestContext &context)
{
    const Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    return ApiReply::ok(scheduleJson(*service));
}

ApiReply upsertSchedule(RequestContext &context)
{
    Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    QString message;
    const auto body = BodyReader::parseObject(context.request, &message);
    if (!body)
        return ApiReply::badRequest(message);
    const QJsonValue entries = body->value(u"entries"_s);
    if (!entries.isArray())
        return ApiReply::badRequest(u"entries is required: an array of schedule entries (empty to clear)"_s);
    if (entries.toArray().size() > 50)
        return ApiReply::badRequest(u"a schedule holds at most 50 entries"_s);
    QList<ScalingScheduleEntry> schedule;
    const QJsonArray array = entries.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto entry = readEntry(array.at(i), u"entries["_s + QString::number(i) + u"]"_s, &message);
        if (!entry)
            return ApiReply::badRequest(message);
        schedule.append(*entry);
    }
    service->scalingSchedule = schedule;
    context.store.recordActivity(kScheduleActivity, support::actor(context), service->id);
    return ApiReply::ok(scheduleJson(*service));
}

ApiReply deleteSchedule(RequestContext &context)
{
    Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    // Deleting an empty schedule is accepted: the service runs on its base configuration either way.
    if (!service->scalingSchedule.isEmpty()) {
        service->scalingSchedule.clear();
        context.store.recordActivity(kScheduleActivity, support::actor(context), service->id);
    }
    return ApiReply::okWithoutResult();
}

QJsonObject upgradeWindowJson(const UpgradeWindow &window)
{
    return QJsonObject { { u"weekday"_s, window.weekday },
                         { u"startHourUtc"_s, window.startHourUtc },
                         { u"duration"_s, 6 } };
}

ApiReply getUpgradeWindow(RequestContext &context)
{
    const Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    if (!service->upgradeWindow)
        return ApiReply::notFound(u"upgrade window"_s);
    return ApiReply::ok(upgradeWindowJson(*service->upgradeWindow));
}

ApiReply updateUpgradeWindow(RequestContext &context)
{
    Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    ApiReply error;
    auto body = support::readBody(context, &error);
    if (!body)
        return error;
    const auto weekday = body->integer(u"weekday"_s);
    const auto startHour = body->integer(u"startHourUtc"_s);
    if (!body->failed() && (!weekday || *weekday < 0 || *weekday > 6))
        body->fail(u"weekday is required: 0 (Sunday) to 6 (Saturday)"_s);
    if (!body->failed() && (!startHour || !QList<int> { 0, 6, 12, 18 }.contains(*startHour)))
        body->fail(u"startHourUtc is required: one of 0, 6, 12, 18"_s);
    if (body->failed())
        return ApiReply::badRequest(body->error());
    service->upgradeWindow = UpgradeWindow { *weekday, *startHour };
    context.store.recordActivity(kUpgradeWindowActivity, support::actor(context), service->id);
    return ApiReply::ok(upgradeWindowJson(*service->upgradeWindow));
}

ApiReply deleteUpgradeWindow(RequestContext &context)
{
    Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    if (!service->upgradeWindow)
        return ApiReply::notFound(u"upgrade window"_s);
    service->upgradeWindow.reset();
    context.store.recordActivity(kUpgradeWindowActivity, support::actor(context), service->id);
    return ApiReply::okWithoutResult();
}

} // namespace

void registerScheduleRoutes(Router &router)
{
    const QString one = u"/v1/organizations/{organizationId}/services/{serviceId}"_s;
    router.add("GET", one + u"/scalingSchedule"_s, getSchedule);
    router.add("POST", one + u"/scalingSchedule"_s, upsertSchedule);
    router.add("DELETE", one + u"/scalingSchedule"_s, deleteSchedule);
    router.add("GET", one + u"/upgradeWindow"_s, getUpgradeWindow);
    router.add("PUT", one + u"/upgradeWindow"_s, updateUpgradeWindow);
    router.add("DELETE", one + u"/upgradeWindow"_s, deleteUpgradeWindow);
}

} // namespace chcloud::emulator
