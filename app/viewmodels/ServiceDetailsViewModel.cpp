#include "ServiceDetailsViewModel.h"

#include "BackupListModel.h"
#include "ServiceBackupBucketViewModel.h"
#include "ServicePrivateEndpointViewModel.h"
#include "ServiceQueryEndpointViewModel.h"
#include "ServiceScheduleViewModel.h"
#include "ServiceSettingsViewModel.h"
#include "ServicesViewModel.h"
#include "api/ApiSession.h"
#include "api/CloudApi.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace chcloud {

ServiceDetailsViewModel::ServiceDetailsViewModel(ServicesViewModel *services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_backups(new BackupListModel(this))
    , m_settings(new ServiceSettingsViewModel(this))
    , m_queryEndpoint(new ServiceQueryEndpointViewModel(this))
    , m_schedule(new ServiceScheduleViewModel(this))
    , m_backupBucket(new ServiceBackupBucketViewModel(this))
    , m_privateEndpointPart(new ServicePrivateEndpointViewModel(this))
    , m_parts { m_settings, m_queryEndpoint, m_schedule, m_backupBucket, m_privateEndpointPart }
{
    connect(services, &ServicesViewModel::serviceChanged, this, [this](const QString &serviceId) {
        if (serviceId == m_serviceId)
            Q_EMIT serviceChanged();
    });
    connect(services, &ServicesViewModel::serviceRemoved, this, [this](const QString &serviceId) {
        if (serviceId == m_serviceId)
            setServiceId({});
    });
}

ServiceDetailsViewModel::~ServiceDetailsViewModel() = default;

void ServiceDetailsViewModel::setContext(ApiSession *session, const QString &organizationId)
{
    m_contextCalls.cancelAll();
    m_session = session;
    m_organizationId = organizationId;
    for (ServicePartViewModel *part : std::as_const(m_parts))
        part->setContext(session, organizationId);
    setServiceId({});
}

CloudApi *ServiceDetailsViewModel::api() const
{
    return m_session ? m_session->api() : nullptr;
}

void ServiceDetailsViewModel::setServiceId(const QString &serviceId)
{
    if (serviceId == m_serviceId && !serviceId.isEmpty())
        return;
    // The previous service's parts are no longer wanted: they leave the queue.
    m_selectionCalls.cancelAll();
    m_serviceId = serviceId;
    for (ServicePartViewModel *part : std::as_const(m_parts))
        part->setServiceId(serviceId);
    m_backups->setBackups({});
    m_backupsWarning.clear();
    m_unreadableBackups.clear();
    m_backupsState = PartState::NotLoaded;
    m_backupsError.clear();
    m_backupConfiguration.reset();
    m_backupConfigurationState = PartState::NotLoaded;
    m_backupConfigurationError.clear();
    m_privateEndpoint.reset();
    m_privateEndpointState = PartState::NotLoaded;
    m_privateEndpointError.clear();
    Q_EMIT serviceSelected(m_serviceId);
}

std::optional<Service> ServiceDetailsViewModel::service() const
{
    if (m_serviceId.isEmpty() || !m_services)
        return std::nullopt;
    return m_services->service(m_serviceId);
}

void ServiceDetailsViewModel::ensureBackups()
{
    if (m_backupsState == PartState::NotLoaded)
        refreshBackups();
}

void ServiceDetailsViewModel::refreshBackups()
{
    CloudApi *cloud = api();
    if (!cloud || m_serviceId.isEmpty())
        return;
    // A refresh supersedes the loads still running; their answers are dropped below.
    const quint64 serial = ++m_backupsSerial;
    m_backupsCall.cancel();
    m_backupConfigurationCall.cancel();
    const quint64 generation = m_selectionCalls.generation();
    m_backupsState = PartState::Loading;
    m_backupConfigurationState = PartState::Loading;
    Q_EMIT backupsChanged();
    m_backupsCall = cloud->backupGetList(
        m_organizationId, m_serviceId, RequestPriority::Visible, this,
        [this, generation, serial](ApiResult<json::RowList<Backup>> result) {
            if (!m_selectionCalls.isCurrent(generation) || serial != m_backupsSerial)
                return; // another service, or superseded by a newer load
            if (result) {
                json::RowList<Backup> backups = std::move(result).value();
                m_unreadableBackups = backups.unreadable;
                m_backupsWarning = backups.unreadable.isEmpty()
                    ? QString()
                    : tr("%1 of %n backups could not be read.", nullptr, int(backups.total()))
                          .arg(backups.unreadable.size());
                m_backups->setBackups(std::move(backups.rows));
                m_backupsState = PartState::Loaded;
                m_backupsError.clear();
            } else {
                if (result.error().kind == ApiErrorKind::Cancelled) {
                    m_backupsState = PartState::NotLoaded; // cancelled from outside: nothing to show
                } else {
                    m_backupsState = PartState::Failed;
                    m_backupsError = tr("The backups could not be loaded: %1").arg(result.error().displayText());
                }
            }
            Q_EMIT backupsChanged();
        });
    m_selectionCalls.add(m_backupsCall);
    m_backupConfigurationCall = cloud->backupConfigurationGet(
        m_organizationId, m_serviceId, RequestPriority::Visible, this,
        [this, generation, serial](ApiResult<BackupConfiguration> result) {
            if (!m_selectionCalls.isCurrent(generation) || serial != m_backupsSerial)
                return;
            if (result) {
                m_backupConfiguration = result.value();
                m_backupConfigurationState = PartState::Loaded;
                m_backupConfigurationError.clear();
            } else {
                if (result.error().kind == ApiErrorKind::Cancelled) {
                    m_backupConfigurationState = PartState::NotLoaded;
                } else {
                    m_backupConfigurationState = PartState::Failed;
                    m_backupConfigurationError
                        = tr("The backup schedule could not be loaded: %1").arg(result.error().displayText());
                }
            }
            Q_EMIT backupConfigurationChanged();
        });
    m_selectionCalls.add(m_backupConfigurationCall);
}

void ServiceDetailsViewModel::ensurePrivateEndpointConfig()
{
    if (m_privateEndpointState == PartState::NotLoaded)
        refreshPrivateEndpointConfig();
}

void ServiceDetailsViewModel::refreshPrivateEndpointConfig()
{
    CloudApi *cloud = api();
    const auto current = service();
    if (!cloud || !current)
        return;
    const quint64 serial = ++m_privateEndpointSerial;
    m_privateEndpointCall.cancel();
    const quint64 generation = m_selectionCalls.generation();
    m_privateEndpointState = PartState::Loading;
    Q_EMIT privateEndpointConfigChanged();
    // The region's endpoint service (organizationPrivateEndpointConfigGetList): what a
    // private link is set up against for this service's provider and region.
    m_privateEndpointCall = cloud->organizationPrivateEndpointConfigGetList(
        m_organizationId, current->provider, current->region, RequestPriority::Visible, this,
        [this, generation, serial](ApiResult<PrivateEndpointConfig> result) {
            if (!m_selectionCalls.isCurrent(generation) || serial != m_privateEndpointSerial)
                return;
            if (result) {
                m_privateEndpoint = result.value();
                m_privateEndpointState = PartState::Loaded;
                m_privateEndpointError.clear();
            } else {
                if (result.error().kind == ApiErrorKind::Cancelled) {
                    m_privateEndpointState = PartState::NotLoaded;
                } else {
                    m_privateEndpointState = PartState::Failed;
                    m_privateEndpointError = tr("The private endpoint configuration could not be loaded: %1")
                                                 .arg(result.error().displayText());
                }
            }
            Q_EMIT privateEndpointConfigChanged();
        });
    m_selectionCalls.add(m_privateEndpointCall);
}

QString ServiceDetailsViewModel::validateBackupConfiguration(const BackupConfigurationUpdateRequest &request)
{
    if (request.backupRetentionPeriodInHours) {
        const int hours = *request.backupRetentionPeriodInHours;
        if (hours < 24 || hours > 1080 || hours % 24 != 0)
            return tr("Backups are kept for whole days, from 1 to 45.");
    }
    if (request.backupPeriodInHours && *request.backupPeriodInHours <= 0)
        return tr("The interval between backups must be at least one hour.");
    if (request.backupStartTime && !request.backupStartTime->isEmpty()) {
        static const QRegularExpression time(u"^([01][0-9]|2[0-3]):[0-5][0-9]$"_s);
        if (!time.match(*request.backupStartTime).hasMatch())
            return tr("The start time must be HH:MM (UTC), for example 02:30.");
    }
    return {};
}

ServiceOperation *ServiceDetailsViewModel::updateBackupConfiguration(const BackupConfigurationUpdateRequest &request)
{
    auto *operation = new ServiceOperation(ServiceOperation::Kind::UpdateBackupConfiguration, m_serviceId, this);
    CloudApi *cloud = api();
    if (!cloud || m_serviceId.isEmpty()) {
        operation->finishWithValidationError(tr("No service is selected."));
        return operation;
    }
    if (const QString problem = validateBackupConfiguration(request); !problem.isEmpty()) {
        operation->finishWithValidationError(problem);
        return operation;
    }
    QPointer<ServiceOperation> guard(operation);
    m_contextCalls.add(cloud->backupConfigurationUpdate(
        m_organizationId, m_serviceId, request, RequestPriority::Interactive, this,
        [this, guard, generation = m_selectionCalls.generation()](ApiResult<BackupConfiguration> result) {
            if (!guard)
                return;
            if (!result) {
                guard->finishWithError(result.error());
                return;
            }
            if (m_selectionCalls.isCurrent(generation)) {
                m_backupConfiguration = result.value();
                m_backupConfigurationState = PartState::Loaded;
                Q_EMIT backupConfigurationChanged();
            }
            guard->finishWithSuccess();
        }));
    return operation;
}

} // namespace chcloud
