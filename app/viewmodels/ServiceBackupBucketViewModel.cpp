#include "ServiceBackupBucketViewModel.h"

#include "api/CloudApi.h"

using namespace Qt::StringLiterals;

namespace chcloud {

ServiceBackupBucketViewModel::ServiceBackupBucketViewModel(QObject *parent)
    : ServicePartViewModel(parent)
{
}

void ServiceBackupBucketViewModel::clearData()
{
    m_bucket.reset();
}

void ServiceBackupBucketViewModel::load(CloudApi *api, quint64 generation)
{
    trackLoad(api->backupBucketGet(organizationId(), serviceId(), RequestPriority::Visible, this,
                                   [this, generation](ApiResult<BackupBucket> result) {
                                       if (!isCurrent(generation) || state() != State::Loading)
                                           return;
                                       if (result) {
                                           m_bucket = std::move(result).value();
                                       } else if (result.error().kind == ApiErrorKind::NotFound) {
                                           m_bucket.reset(); // backups go to ClickHouse Cloud's own storage
                                       } else {
                                           return setFailed(result.error(),
                                                            tr("The backup bucket could not be loaded: %1"));
                                       }
                                       setLoaded();
                                   }));
}

QString ServiceBackupBucketViewModel::validate(const BackupBucketRequest &request, bool creating)
{
    const auto missing = [](const QString &field) {
        return tr("%1 is needed.").arg(field);
    };
    if (request.provider == u"AWS"_s) {
        if (creating && request.bucketPath.trimmed().isEmpty())
            return missing(tr("The bucket path"));
        if (creating && request.iamRoleArn.trimmed().isEmpty())
            return missing(tr("The IAM role ARN"));
        if (!request.iamRoleArn.isEmpty() && !request.iamRoleArn.startsWith(u"arn:"_s))
            return tr("An IAM role ARN starts with arn:.");
        return {};
    }
    if (request.provider == u"GCP"_s) {
        if (creating && request.bucketPath.trimmed().isEmpty())
            return missing(tr("The bucket path"));
        if (creating && request.accessKeyId.trimmed().isEmpty())
            return missing(tr("The HMAC access key ID"));
        if (creating && request.secretAccessKey.isEmpty())
            return missing(tr("The HMAC secret"));
        return {};
    }
    if (request.provider == u"AZURE"_s) {
        if (creating && request.containerName.trimmed().isEmpty())
            return missing(tr("The container name"));
        if (creating && request.connectionString.isEmpty())
            return missing(tr("The connection string"));
        return {};
    }
    return tr("Pick a cloud provider for the bucket.");
}

ServiceOperation *ServiceBackupBucketViewModel::save(BackupBucketRequest request)
{
    ServiceOperation *operation = newOperation();
    if (operation->isFinished())
        return operation;
    const bool creating = !m_bucket.has_value();
    if (const QString problem = validate(request, creating); !problem.isEmpty()) {
        operation->finishWithValidationError(problem);
        return operation;
    }
    auto done = answerTo<BackupBucket>(operation, [this](BackupBucket value) {
        m_bucket = std::move(value);
        Q_EMIT changed();
    });
    // The request (and its Secret members, which wipe themselves) ends with this scope.
    trackCommand(creating ? api()->backupBucketCreate(organizationId(), serviceId(), request,
                                                      RequestPriority::Interactive, this, done)
                          : api()->backupBucketUpdate(organizationId(), serviceId(), request,
                                                      RequestPriority::Interactive, this, done));
    return operation;
}

ServiceOperation *ServiceBackupBucketViewModel::remove()
{
    ServiceOperation *operation = newOperation();
    if (operation->isFinished())
        return operation;
    trackCommand(api()->backupBucketDelete(organizationId(), serviceId(), RequestPriority::Interactive, this,
                                           answerTo<Nothing>(operation, [this](Nothing) {
                                               m_bucket.reset();
                                               Q_EMIT changed();
                                           })));
    return operation;
}

} // namespace chcloud
