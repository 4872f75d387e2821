// backupBucketGet, backupBucketCreate, backupBucketUpdate, backupBucketDelete.
//
// A service has at most one bucket. Its credentials (the GCP HMAC secret, the Azure
// connection string) are required where the spec's provider needs them, checked,
// and dropped: the emulator has no bucket to reach, keeps no copy (so none reaches
// the state file) and never returns them.
#include "RouteSupport.h"

#include <QRegularExpression>

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

namespace {

const QString kBucketActivity = u"service_update_backup_configuration"_s;
const QStringList kProviders { u"AWS"_s, u"GCP"_s, u"AZURE"_s };

QJsonObject bucketJson(const BackupBucket &bucket)
{
    QJsonObject object { { u"id"_s, bucket.id }, { u"bucketProvider"_s, bucket.provider } };
    if (bucket.provider == u"AWS"_s) {
        object.insert(u"bucketPath"_s, bucket.bucketPath);
        object.insert(u"iamRoleArn"_s, bucket.iamRoleArn);
        if (!bucket.iamRoleSessionName.isEmpty())
            object.insert(u"iamRoleSessionName"_s, bucket.iamRoleSessionName);
    } else if (bucket.provider == u"GCP"_s) {
        object.insert(u"bucketPath"_s, bucket.bucketPath);
        object.insert(u"accessKeyId"_s, bucket.accessKeyId);
    } else {
        object.insert(u"containerName"_s, bucket.containerName);
    }
    return object;
}

/// Reads the provider's fields of a POST (complete = true) or PATCH body into bucket;
/// returns an error message or an empty string.
QString applyBody(BodyReader &body, BackupBucket &bucket, bool complete)
{
    const auto provider = body.enumeration(u"bucketProvider"_s, kProviders);
    if (body.failed())
        return body.error();
    if (!provider)
        return u"bucketProvider is required: one of AWS, GCP, AZURE"_s;
    // A bucket of another provider is a new bucket: every field of that provider is needed.
    const bool replacing = complete || bucket.provider != *provider;
    const QString &p = *provider;
    bucket.provider = p;
    const QStringList foreign = p == u"AWS"_s
        ? QStringList { u"accessKeyId"_s, u"secretAccessKey"_s, u"containerName"_s, u"connectionString"_s }
        : p == u"GCP"_s
        ? QStringList { u"iamRoleArn"_s, u"iamRoleSessionName"_s, u"containerName"_s, u"connectionString"_s }
        : QStringList { u"bucketPath"_s, u"iamRoleArn"_s, u"iamRoleSessionName"_s, u"accessKeyId"_s,
                        u"secretAccessKey"_s };
    for (const QString &key : foreign) {
        if (body.has(key))
            return key + u" does not apply to a "_s + p + u" bucket"_s;
    }
    auto text = [&](const QString &key, QString &out, bool required) -> QString {
        const auto value = body.string(key);
        if (body.failed())
            return body.error();
        if (value && value->trimmed().isEmpty())
            return key + u" must not be empty"_s;
        if (!value && required && replacing)
            return key + u" is required for a "_s + p + u" bucket"_s;
        if (value)
            out = value->trimmed();
        return {};
    };
    QString error;
    if (p == u"AWS"_s) {
        static const QRegularExpression arn(u"^arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+$"_s);
        static const QRegularExpression s3(u"^(s3://|https://)\\S+$"_s);
        if (replacing)
            bucket.iamRoleSessionName.clear();
        if (!(error = text(u"bucketPath"_s, bucket.bucketPath, true)).isEmpty())
            return error;
        if (!(error = text(u"iamRoleArn"_s, bucket.iamRoleArn, true)).isEmpty())
            return error;
        if (body.has(u"iamRoleSessionName"_s) && body.isNull(u"iamRoleSessionName"_s)) {
            if (complete)
                return u"iamRoleSessionName must be a string"_s;
            bucket.iamRoleSessionName.clear(); // null clears it (PATCH only)
        } else if (!(error = text(u"iamRoleSessionName"_s, bucket.iamRoleSessionName, false)).isEmpty()) {
            return error;
        }
        if (!s3.match(bucket.bucketPath).hasMatch())
            return u"bucketPath must be an S3 URL (s3://bucket/prefix or https://…)"_s;
        if (!arn.match(bucket.iamRoleArn).hasMatch())
            return u"iamRoleArn must look like arn:aws:iam::123456789012:role/name"_s;
    } else if (p == u"GCP"_s) {
        const QString oldKeyId = bucket.accessKeyId;
        QString secret;
        if (!(error = text(u"bucketPath"_s, bucket.bucketPath, true)).isEmpty())
            return error;
        if (!(error = text(u"accessKeyId"_s, bucket.accessKeyId, true)).isEmpty())
            return error;
        if (!(error = text(u"secretAccessKey"_s, secret, true)).isEmpty())
            return error;
        if (!bucket.bucketPath.startsWith(u"gs://"_s) && !bucket.bucketPath.startsWith(u"https://"_s))
            return u"bucketPath must be a GCS URL (gs://bucket/prefix or https://…)"_s;
        if (bucket.accessKeyId != oldKeyId && secret.isEmpty())
            return u"a new accessKeyId needs its secretAccessKey"_s;
        if (!secret.isEmpty() && secret.size() < 20)
            return u"secretAccessKey is too short for an HMAC secret"_s;
    } else {
        QString connection;
        if (!(error = text(u"containerName"_s, bucket.containerName, true)).isEmpty())
            return error;
        if (!(error = text(u"connectionString"_s, connection, true)).isEmpty())
            return error;
        static const QRegularExpression container(u"^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$"_s);
        if (!container.match(bucket.containerName).hasMatch())
            return u"containerName must be 3–63 lower-case letters, digits and single hyphens"_s;
        if (!connection.isEmpty() && !connection.contains(u"AccountName="_s))
            return u"connectionString must be an Azure storage connection string (…;AccountName=…;AccountKey=…)"_s;
    }
    return {};
}

ApiReply get(RequestContext &context)
{
    const Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    if (!service->backupBucket)
        return ApiReply::notFound(u"backup bucket"_s);
    return ApiReply::ok(bucketJson(*service->backupBucket));
}

ApiReply create(RequestContext &context)
{
    Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    if (service->backupBucket)
        return ApiReply::conflict(u"the service already has a backup bucket: update or delete it"_s);
    ApiReply error;
    auto body = support::readBody(context, &error);
    if (!body)
        return error;
    BackupBucket bucket;
    const QString message = applyBody(*body, bucket, true);
    if (!message.isEmpty())
        return ApiReply::badRequest(message);
    bucket.id = DeterministicRandom::randomUuid();
    service->backupBucket = bucket;
    context.store.recordActivity(kBucketActivity, support::actor(context), service->id);
    return ApiReply::ok(bucketJson(bucket));
}

ApiReply update(RequestContext &context)
{
    Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    if (!service->backupBucket)
        return ApiReply::notFound(u"backup bucket"_s);
    ApiReply error;
    auto body = support::readBody(context, &error);
    if (!body)
        return error;
    BackupBucket bucket = *service->backupBucket; // changed only when the whole body is valid
    const QString message = applyBody(*body, bucket, false);
    if (!message.isEmpty())
        return ApiReply::badRequest(message);
    service->backupBucket = bucket;
    context.store.recordActivity(kBucketActivity, support::actor(context), service->id);
    return ApiReply::ok(bucketJson(bucket));
}

ApiReply remove(RequestContext &context)
{
    Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    if (!service->backupBucket)
        return ApiReply::notFound(u"backup bucket"_s);
    service->backupBucket.reset();
    context.store.recordActivity(kBucketActivity, support::actor(context), service->id);
    return ApiReply::okWithoutResult();
}

} // namespace

void registerBackupBucketRoutes(Router &router)
{
    const QString bucket = u"/v1/organizations/{organizationId}/services/{serviceId}/backupBucket"_s;
    router.add("GET", bucket, get);
    router.add("POST", bucket, create);
    router.add("PATCH", bucket, update);
    router.add("DELETE", bucket, remove);
}

} // namespace chcloud::emulator
