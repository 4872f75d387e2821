#pragma once

#include "Expected.h"
#include "ParseError.h"
#include "Secret.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace chcloud {

/// The customer's own bucket a service's backups go to ("BackupBucket": one of
/// the AWS, GCP and Azure shapes, told apart by bucketProvider). The API never
/// returns the credentials, and neither does this type hold them.
struct BackupBucket
{
    QString id;
    QString provider; ///< "AWS", "GCP", "AZURE" (raw: the API may add providers)
    QString bucketPath; ///< AWS, GCP
    QString iamRoleArn; ///< AWS
    QString iamRoleSessionName; ///< AWS
    QString accessKeyId; ///< GCP: the public half of the HMAC key
    QString containerName; ///< AZURE

    static Expected<BackupBucket, ParseError> fromJson(const QJsonValue &json, const QString &path);
    bool operator==(const BackupBucket &) const = default;
};

/// Body of POST and PATCH /backupBucket ("BackupBucketPostRequest",
/// "BackupBucketPatchRequest"). Only the fields of provider are sent, and only
/// when set. The credentials are typed by the user, sent once and wiped with
/// the request; the request log masks them by name.
struct BackupBucketRequest
{
    QString provider; ///< "AWS", "GCP", "AZURE"; always sent (it selects the shape)
    QString bucketPath;
    QString iamRoleArn;
    /// AWS: set to a string to change it; on PATCH an empty string clears it (sent as null).
    std::optional<QString> iamRoleSessionName;
    QString accessKeyId;
    Secret secretAccessKey; ///< GCP
    QString containerName;
    Secret connectionString; ///< AZURE

    /// forPatch: an empty iamRoleSessionName goes as null (clear) instead of being left out.
    QJsonObject toJson(bool forPatch = false) const;
};

} // namespace chcloud
