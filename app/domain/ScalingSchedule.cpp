#include "ScalingSchedule.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace chcloud {

using json::insertIfNotEmpty;
using json::insertIfSet;
using json::ObjectReader;

namespace {

/// weekdays: an array of integers 0–6.
void readWeekdays(ObjectReader &reader, QList<int> &out)
{
    const QString key = QStringLiteral("weekdays");
    if (!reader.ok() || !reader.has(key))
        return;
    const QJsonValue value = reader.object().value(key);
    const QString path = json::memberPath(reader.path(), key);
    if (!value.isArray()) {
        reader.fail(ParseError { path, QStringLiteral("expected an array, got %1").arg(json::typeName(value)) });
        return;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue day = array.at(i);
        const double number = day.toDouble(-1);
        if (!day.isDouble() || number != double(int(number)) || number < 0 || number > 6) {
            reader.fail(
                ParseError { json::indexPath(path, i), QStringLiteral("expected a day 0 (Sunday) to 6 (Saturday)") });
            return;
        }
        out.append(int(number));
    }
}

/// An hour that must lie in [low, high] when present.
void readHour(ObjectReader &reader, const QString &key, int low, int high, std::optional<int> &out)
{
    reader.optional(key, out);
    if (reader.ok() && out && (*out < low || *out > high))
        reader.fail(key, QStringLiteral("expected an hour from %1 to %2, got %3").arg(low).arg(high).arg(*out));
}

} // namespace

Expected<ScalingScheduleEntry, ParseError> ScalingScheduleEntry::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    ScalingScheduleEntry entry;
    reader.required(QStringLiteral("id"), entry.id);
    reader.optional(QStringLiteral("name"), entry.name);
    readWeekdays(reader, entry.weekdays);
    readHour(reader, QStringLiteral("startHourUtc"), 0, 23, entry.startHourUtc);
    readHour(reader, QStringLiteral("endHourUtc"), 1, 24, entry.endHourUtc);
    reader.optional(QStringLiteral("autoscalingMode"), entry.autoscalingMode);
    reader.optional(QStringLiteral("minReplicaMemoryGb"), entry.minReplicaMemoryGb);
    reader.optional(QStringLiteral("maxReplicaMemoryGb"), entry.maxReplicaMemoryGb);
    reader.optional(QStringLiteral("minReplicas"), entry.minReplicas);
    reader.optional(QStringLiteral("maxReplicas"), entry.maxReplicas);
    reader.optional(QStringLiteral("idleScaling"), entry.idleScaling);
    reader.optional(QStringLiteral("idleTimeoutMinutes"), entry.idleTimeoutMinutes);
    reader.optional(QStringLiteral("isActiveNow"), entry.isActiveNow);
    if (!reader.ok())
        return unexpected(reader.error());
    return entry;
}

Expected<ScalingScheduleBaseConfig, ParseError> ScalingScheduleBaseConfig::fromJson(const QJsonValue &json,
                                                                                    const QString &path)
{
    ObjectReader reader(json, path);
    ScalingScheduleBaseConfig config;
    reader.optional(QStringLiteral("autoscalingMode"), config.autoscalingMode);
    reader.optional(QStringLiteral("minReplicaMemoryGb"), config.minReplicaMemoryGb);
    reader.optional(QStringLiteral("maxReplicaMemoryGb"), config.maxReplicaMemoryGb);
    reader.optional(QStringLiteral("minReplicas"), config.minReplicas);
    reader.optional(QStringLiteral("maxReplicas"), config.maxReplicas);
    reader.optional(QStringLiteral("idleScaling"), config.idleScaling);
    reader.optional(QStringLiteral("idleTimeoutMinutes"), config.idleTimeoutMinutes);
    if (!reader.ok())
        return unexpected(reader.error());
    return config;
}

Expected<ScalingSchedule, ParseError> ScalingSchedule::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    ScalingSchedule schedule;
    reader.optionalList(QStringLiteral("entries"), schedule.entries);
    reader.optionalObject(QStringLiteral("baseConfig"), schedule.baseConfig);
    reader.optional(QStringLiteral("activeEntryId"), schedule.activeEntryId);
    if (!reader.ok())
        return unexpected(reader.error());
    return schedule;
}

const ScalingScheduleEntry *ScalingSchedule::activeEntry() const
{
    for (const ScalingScheduleEntry &entry : entries) {
        if (activeEntryId.isEmpty() ? entry.isActiveNow : entry.id == activeEntryId)
            return &entry;
    }
    return nullptr;
}

QJsonObject ScalingScheduleEntryRequest::toJson() const
{
    QJsonArray days;
    for (int day : weekdays)
        days.append(day);
    QJsonObject object { { QStringLiteral("name"), name },
                         { QStringLiteral("weekdays"), days },
                         { QStringLiteral("startHourUtc"), startHourUtc },
                         { QStringLiteral("endHourUtc"), endHourUtc } };
    insertIfNotEmpty(object, QStringLiteral("autoscalingMode"), autoscalingMode);
    insertIfSet(object, QStringLiteral("minReplicaMemoryGb"), minReplicaMemoryGb);
    insertIfSet(object, QStringLiteral("maxReplicaMemoryGb"), maxReplicaMemoryGb);
    insertIfSet(object, QStringLiteral("numReplicas"), numReplicas);
    insertIfSet(object, QStringLiteral("minReplicas"), minReplicas);
    insertIfSet(object, QStringLiteral("maxReplicas"), maxReplicas);
    insertIfSet(object, QStringLiteral("idleScaling"), idleScaling);
    insertIfSet(object, QStringLiteral("idleTimeoutMinutes"), idleTimeoutMinutes);
    return object;
}

QJsonObject ScalingScheduleRequest::toJson() const
{
    return QJsonObject { { QStringLiteral("entries"), json::toJsonArray(entries) } };
}

Expected<UpgradeWindow, ParseError> UpgradeWindow::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    std::optional<int> weekday;
    std::optional<int> startHour;
    std::optional<int> duration;
    reader.optional(QStringLiteral("weekday"), weekday);
    readHour(reader, QStringLiteral("startHourUtc"), 0, 23, startHour);
    reader.optional(QStringLiteral("duration"), duration);
    if (reader.ok() && (!weekday || *weekday < 0 || *weekday > 6))
        reader.fail(QStringLiteral("weekday"), QStringLiteral("expected a day 0 (Sunday) to 6 (Saturday)"));
    if (reader.ok() && !startHour)
        reader.fail(QStringLiteral("startHourUtc"), QStringLiteral("missing"));
    if (reader.ok() && duration && *duration < 1)
        reader.fail(QStringLiteral("duration"), QStringLiteral("expected a positive number of hours"));
    if (!reader.ok())
        return unexpected(reader.error());
    return UpgradeWindow { *weekday, *startHour, duration.value_or(6) };
}

QJsonObject UpgradeWindowRequest::toJson() const
{
    return QJsonObject { { QStringLiteral("weekday"), weekday }, { QStringLiteral("startHourUtc"), startHourUtc } };
}

} // namespace chcloud
