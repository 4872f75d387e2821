#pragma once

#include "Expected.h"
#include "ParseError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace chcloud {

/// One backup of a service ("Backup"); id is required.
struct Backup
{
    QString id;
    QString status; ///< "done", "error", "in_progress" (raw)
    QString serviceId;
    QDateTime startedAt;
    QDateTime finishedAt; ///< invalid while in progress
    std::optional<double> sizeInBytes; ///< typed number in the spec
    std::optional<double> durationInSeconds;
    QString type; ///< "full", "incremental" (raw)
    QString backupName;
    QString bucketProvider; ///< bucket.bucketProvider, when the backup went to the customer's bucket
    QString bucketPath; ///< bucket.bucketPath / containerName, as sent

    static Expected<Backup, ParseError> fromJson(const QJsonValue &json, const QString &path);
    bool isDone() const { return status == QLatin1String("done"); }
    bool operator==(const Backup &) const = default;
};

/// How often backups run and how long they are kept ("BackupConfiguration").
struct BackupConfiguration
{
    std::optional<double> backupPeriodInHours;
    std::optional<double> backupRetentionPeriodInHours;
    QString backupStartTime; ///< "HH:MM" in UTC, empty when not fixed

    static Expected<BackupConfiguration, ParseError> fromJson(const QJsonValue &json, const QString &path);
    bool operator==(const BackupConfiguration &) const = default;
};

/// Body of PATCH /backupConfiguration ("BackupConfigurationPatchRequest").
struct BackupConfigurationUpdateRequest
{
    std::optional<int> backupPeriodInHours;
    std::optional<int> backupRetentionPeriodInHours;
    std::optional<QString> backupStartTime;

    QJsonObject toJson() const;
};

} // namespace chcloud
