#pragma once

#include "ServiceOperation.h"
#include "api/ApiCall.h"
#include "api/ApiError.h"
#include "domain/Backup.h"
#include "domain/JsonFields.h"
#include "domain/Service.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace chcloud {

class ApiSession;
class BackupListModel;
class CloudApi;
class ServicesViewModel;
class ServiceBackupBucketViewModel;
class ServicePartViewModel;
class ServicePrivateEndpointViewModel;
class ServiceQueryEndpointViewModel;
class ServiceScheduleViewModel;
class ServiceSettingsViewModel;

/// What the details pane shows about the selected service beyond its row: its
/// backups, backup configuration and private endpoint configuration. Each part is
/// fetched at visible priority only when asked for (the pane asks when the tab is
/// opened), once per selected service; refresh…() fetches again. The service
/// itself comes from the ServicesViewModel, which keeps it current.
///
/// Selecting another service cancels the loads of the previous one, and a
/// refresh cancels the same part's load still running: nothing queued spends
/// the rate-limit budget on an answer that would be dropped. A new context also
/// cancels a running backup-schedule change (its operation ends Cancelled).
class ServiceDetailsViewModel : public QObject
{
    Q_OBJECT

public:
    /// What a part of the details is doing.
    enum class PartState { NotLoaded, Loading, Loaded, Failed };
    Q_ENUM(PartState)

    explicit ServiceDetailsViewModel(ServicesViewModel *services, QObject *parent = nullptr);
    ~ServiceDetailsViewModel() override;

    void setContext(ApiSession *session, const QString &organizationId);
    /// Selects a service (empty: none). Drops the parts of the previous one.
    void setServiceId(const QString &serviceId);
    QString serviceId() const { return m_serviceId; }
    /// The selected service as the list knows it now.
    std::optional<Service> service() const;

    /// The parts with their own loads and commands; they follow this one's context and selection.
    ServiceSettingsViewModel *settings() const { return m_settings; }
    ServiceQueryEndpointViewModel *queryEndpoint() const { return m_queryEndpoint; }
    ServiceScheduleViewModel *schedule() const { return m_schedule; }
    ServiceBackupBucketViewModel *backupBucket() const { return m_backupBucket; }
    ServicePrivateEndpointViewModel *privateEndpoint() const { return m_privateEndpointPart; }

    BackupListModel *backups() const { return m_backups; }
    PartState backupsState() const { return m_backupsState; }
    QString backupsError() const { return m_backupsError; }
    /// "1 of 12 backups could not be read." after a partly readable load, else empty.
    QString backupsWarning() const { return m_backupsWarning; }
    /// The backups of the last load that could not be read; the others are listed.
    const QList<json::UnreadableRow> &unreadableBackups() const { return m_unreadableBackups; }

    const std::optional<BackupConfiguration> &backupConfiguration() const { return m_backupConfiguration; }
    PartState backupConfigurationState() const { return m_backupConfigurationState; }
    QString backupConfigurationError() const { return m_backupConfigurationError; }

    const std::optional<PrivateEndpointConfig> &privateEndpointConfig() const { return m_privateEndpoint; }
    PartState privateEndpointState() const { return m_privateEndpointState; }
    QString privateEndpointError() const { return m_privateEndpointError; }

    /// How many of its calls are queued or in flight now.
    int runningCallCount() const { return m_selectionCalls.runningCount() + m_contextCalls.runningCount(); }

public Q_SLOTS:
    /// Fetches backups and the backup configuration unless already loaded or loading.
    void ensureBackups();
    void ensurePrivateEndpointConfig();
    void refreshBackups();
    void refreshPrivateEndpointConfig();

public:
    /// Changes the backup schedule (interactive). Retention must be whole days
    /// between 1 and 45; the start time HH:MM.
    ServiceOperation *updateBackupConfiguration(const BackupConfigurationUpdateRequest &request);
    static QString validateBackupConfiguration(const BackupConfigurationUpdateRequest &request);

Q_SIGNALS:
    /// Another service was selected (or none).
    void serviceSelected(const QString &serviceId);
    /// The selected service changed in the list (state, scaling, …).
    void serviceChanged();
    void backupsChanged();
    void backupConfigurationChanged();
    void privateEndpointConfigChanged();

private:
    CloudApi *api() const;

    QPointer<ServicesViewModel> m_services;
    QPointer<ApiSession> m_session;
    QString m_organizationId;
    QString m_serviceId;
    ApiCallGroup m_selectionCalls; ///< loads for the selected service: cancelled when it changes
    ApiCallGroup m_contextCalls; ///< commands: cancelled when the context changes
    ApiCall m_backupsCall;
    ApiCall m_backupConfigurationCall;
    ApiCall m_privateEndpointCall;
    quint64 m_backupsSerial = 0; ///< which refresh the backup answers must belong to
    quint64 m_privateEndpointSerial = 0;
    BackupListModel *m_backups;
    ServiceSettingsViewModel *m_settings;
    ServiceQueryEndpointViewModel *m_queryEndpoint;
    ServiceScheduleViewModel *m_schedule;
    ServiceBackupBucketViewModel *m_backupBucket;
    ServicePrivateEndpointViewModel *m_privateEndpointPart;
    QList<ServicePartViewModel *> m_parts; ///< the above, to pass context and selection on
    PartState m_backupsState = PartState::NotLoaded;
    QString m_backupsError;
    QString m_backupsWarning;
    QList<json::UnreadableRow> m_unreadableBackups;
    std::optional<BackupConfiguration> m_backupConfiguration;
    PartState m_backupConfigurationState = PartState::NotLoaded;
    QString m_backupConfigurationError;
    std::optional<PrivateEndpointConfig> m_privateEndpoint;
    PartState m_privateEndpointState = PartState::NotLoaded;
    QString m_privateEndpointError;
};

} // namespace chcloud
