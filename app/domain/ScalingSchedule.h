#pragma once

#include "Expected.h"
#include "ParseError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace chcloud {

/// One entry of a service's scaling schedule ("ScalingScheduleEntry"). Weekdays are
/// 0 = Sunday … 6 = Saturday; hours are UTC, endHourUtc exclusive (24 = midnight;
/// below startHourUtc the entry spans midnight).
struct ScalingScheduleEntry
{
    QString id;
    QString name;
    QList<int> weekdays;
    std::optional<int> startHourUtc;
    std::optional<int> endHourUtc;
    QString autoscalingMode; ///< "vertical", "horizontal" (raw: the API may add modes)
    std::optional<double> minReplicaMemoryGb;
    std::optional<double> maxReplicaMemoryGb;
    std::optional<int> minReplicas;
    std::optional<int> maxReplicas;
    std::optional<bool> idleScaling;
    std::optional<int> idleTimeoutMinutes;
    bool isActiveNow = false;

    static Expected<ScalingScheduleEntry, ParseError> fromJson(const QJsonValue &json, const QString &path);
    bool operator==(const ScalingScheduleEntry &) const = default;
};

/// What runs when no entry is active ("ScalingScheduleBaseConfig").
struct ScalingScheduleBaseConfig
{
    QString autoscalingMode;
    std::optional<double> minReplicaMemoryGb;
    std::optional<double> maxReplicaMemoryGb;
    std::optional<int> minReplicas;
    std::optional<int> maxReplicas;
    std::optional<bool> idleScaling;
    std::optional<int> idleTimeoutMinutes;

    static Expected<ScalingScheduleBaseConfig, ParseError> fromJson(const QJsonValue &json, const QString &path);
    bool operator==(const ScalingScheduleBaseConfig &) const = default;
};

/// A service's scaling schedule ("ScalingSchedule").
struct ScalingSchedule
{
    QList<ScalingScheduleEntry> entries;
    std::optional<ScalingScheduleBaseConfig> baseConfig;
    QString activeEntryId; ///< empty when the base configuration is in effect

    static Expected<ScalingSchedule, ParseError> fromJson(const QJsonValue &json, const QString &path);
    /// The active entry, or nullptr.
    const ScalingScheduleEntry *activeEntry() const;
};

/// One entry of POST /scalingSchedule ("ScalingScheduleEntryRequest"). A vertical
/// entry gives numReplicas (or nothing) and optionally a memory range; a
/// horizontal one gives a replica band and equal memory bounds.
struct ScalingScheduleEntryRequest
{
    QString name;
    QList<int> weekdays;
    int startHourUtc = 0;
    int endHourUtc = 24;
    QString autoscalingMode; ///< empty = the server's default (vertical)
    std::optional<int> minReplicaMemoryGb;
    std::optional<int> maxReplicaMemoryGb;
    std::optional<int> numReplicas;
    std::optional<int> minReplicas;
    std::optional<int> maxReplicas;
    std::optional<bool> idleScaling;
    std::optional<int> idleTimeoutMinutes;

    QJsonObject toJson() const;
};

/// Body of POST /scalingSchedule ("ScalingSchedulePostRequest"): the whole schedule;
/// an empty list clears it.
struct ScalingScheduleRequest
{
    QList<ScalingScheduleEntryRequest> entries;

    QJsonObject toJson() const;
};

/// The weekly six-hour window in which the service may be upgraded ("UpgradeWindow").
struct UpgradeWindow
{
    int weekday = 0; ///< 0 = Sunday
    int startHourUtc = 0; ///< 0, 6, 12 or 18
    int durationHours = 6;

    /// weekday must be 0–6 and startHourUtc 0–23; both are required.
    static Expected<UpgradeWindow, ParseError> fromJson(const QJsonValue &json, const QString &path);
    bool operator==(const UpgradeWindow &) const = default;
};

/// Body of PUT /upgradeWindow ("UpgradeWindowPutRequest").
struct UpgradeWindowRequest
{
    int weekday = 0;
    int startHourUtc = 0;

    QJsonObject toJson() const;
};

} // namespace chcloud
