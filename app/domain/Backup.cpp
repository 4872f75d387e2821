#include "Backup.h"

#include "JsonFields.h"

namespace chcloud {

using json::ObjectReader;

Expected<Backup, ParseError> Backup::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    Backup backup;
    reader.required(QStringLiteral("id"), backup.id);
    reader.optional(QStringLiteral("status"), backup.status);
    reader.optional(QStringLiteral("serviceId"), backup.serviceId);
    reader.optional(QStringLiteral("startedAt"), backup.startedAt);
    reader.optional(QStringLiteral("finishedAt"), backup.finishedAt);
    reader.optional(QStringLiteral("sizeInBytes"), backup.sizeInBytes);
    reader.optional(QStringLiteral("durationInSeconds"), backup.durationInSeconds);
    reader.optional(QStringLiteral("type"), backup.type);
    reader.optional(QStringLiteral("backupName"), backup.backupName);
    if (reader.ok() && reader.has(QStringLiteral("bucket"))) {
        // Three provider-specific shapes; the app shows only where the backup went.
        ObjectReader bucket(reader.object().value(QLatin1String("bucket")),
                            json::memberPath(path, QStringLiteral("bucket")));
        bucket.optional(QStringLiteral("bucketProvider"), backup.bucketProvider);
        bucket.optional(QStringLiteral("bucketPath"), backup.bucketPath);
        if (backup.bucketPath.isEmpty())
            bucket.optional(QStringLiteral("containerName"), backup.bucketPath);
        if (!bucket.ok())
            reader.fail(bucket.error());
    }
    if (!reader.ok())
        return unexpected(reader.error());
    return backup;
}

Expected<BackupConfiguration, ParseError> BackupConfiguration::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    BackupConfiguration configuration;
    reader.optional(QStringLiteral("backupPeriodInHours"), configuration.backupPeriodInHours);
    reader.optional(QStringLiteral("backupRetentionPeriodInHours"), configuration.backupRetentionPeriodInHours);
    reader.optional(QStringLiteral("backupStartTime"), configuration.backupStartTime);
    if (!reader.ok())
        return unexpected(reader.error());
    return configuration;
}

QJsonObject BackupConfigurationUpdateRequest::toJson() const
{
    QJsonObject object;
    json::insertIfSet(object, QStringLiteral("backupPeriodInHours"), backupPeriodInHours);
    json::insertIfSet(object, QStringLiteral("backupRetentionPeriodInHours"), backupRetentionPeriodInHours);
    json::insertIfSet(object, QStringLiteral("backupStartTime"), backupStartTime);
    return object;
}

} // namespace chcloud
