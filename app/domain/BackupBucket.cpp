#include "BackupBucket.h"

#include "JsonFields.h"

namespace chcloud {

using json::insertIfNotEmpty;

Expected<BackupBucket, ParseError> BackupBucket::fromJson(const QJsonValue &json, const QString &path)
{
    json::ObjectReader reader(json, path);
    BackupBucket bucket;
    reader.optional(QStringLiteral("id"), bucket.id);
    reader.required(QStringLiteral("bucketProvider"), bucket.provider);
    reader.optional(QStringLiteral("bucketPath"), bucket.bucketPath);
    reader.optional(QStringLiteral("iamRoleArn"), bucket.iamRoleArn);
    reader.optional(QStringLiteral("iamRoleSessionName"), bucket.iamRoleSessionName);
    reader.optional(QStringLiteral("accessKeyId"), bucket.accessKeyId);
    reader.optional(QStringLiteral("containerName"), bucket.containerName);
    if (!reader.ok())
        return unexpected(reader.error());
    return bucket;
}

QJsonObject BackupBucketRequest::toJson(bool forPatch) const
{
    QJsonObject object { { QStringLiteral("bucketProvider"), provider } };
    if (provider == QLatin1String("AZURE")) {
        insertIfNotEmpty(object, QStringLiteral("containerName"), containerName);
        if (!connectionString.isEmpty())
            object.insert(QStringLiteral("connectionString"), connectionString.reveal());
        return object;
    }
    insertIfNotEmpty(object, QStringLiteral("bucketPath"), bucketPath);
    if (provider == QLatin1String("GCP")) {
        insertIfNotEmpty(object, QStringLiteral("accessKeyId"), accessKeyId);
        if (!secretAccessKey.isEmpty())
            object.insert(QStringLiteral("secretAccessKey"), secretAccessKey.reveal());
        return object;
    }
    insertIfNotEmpty(object, QStringLiteral("iamRoleArn"), iamRoleArn);
    if (iamRoleSessionName) {
        if (!iamRoleSessionName->isEmpty())
            object.insert(QStringLiteral("iamRoleSessionName"), *iamRoleSessionName);
        else if (forPatch)
            object.insert(QStringLiteral("iamRoleSessionName"), QJsonValue::Null);
    }
    return object;
}

} // namespace chcloud
