#pragma once

#include "ServicePartViewModel.h"
#include "domain/BackupBucket.h"

#include <optional>

namespace chcloud {

/// The selected service's own backup bucket (AWS, GCP or Azure). save() creates
/// the bucket or updates it; the request's credentials are sent once, and the
/// request is dropped with them: nothing here keeps or logs a credential, and the
/// API never returns one.
class ServiceBackupBucketViewModel : public ServicePartViewModel
{
    Q_OBJECT

public:
    explicit ServiceBackupBucketViewModel(QObject *parent = nullptr);

    /// nullopt while the service has no bucket of its own (or before the load).
    const std::optional<BackupBucket> &bucket() const { return m_bucket; }

    /// Creates the bucket, or updates it when there is one. On create every field
    /// of the provider is needed; on update an empty credential keeps the stored one.
    ServiceOperation *save(BackupBucketRequest request);
    ServiceOperation *remove();

    /// Why request may not be sent, translated; empty when it may.
    static QString validate(const BackupBucketRequest &request, bool creating);

protected:
    void load(CloudApi *api, quint64 generation) override;
    void clearData() override;

private:
    std::optional<BackupBucket> m_bucket;
};

} // namespace chcloud
