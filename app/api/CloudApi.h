#pragma once

#include "ApiCall.h"
#include "ApiError.h"
#include "ApiRequest.h"
#include "domain/Activity.h"
#include "domain/ActivityLog.h"
#include "domain/ApiKey.h"
#include "domain/Backup.h"
#include "domain/BackupBucket.h"
#include "domain/ClickhouseSettings.h"
#include "domain/JsonFields.h"
#include "domain/Member.h"
#include "domain/Organization.h"
#include "domain/QueryEndpoint.h"
#include "domain/Quota.h"
#include "domain/Role.h"
#include "domain/RoleRequests.h"
#include "domain/ScalingSchedule.h"
#include "domain/Service.h"
#include "domain/ServicePrivateEndpoint.h"
#include "domain/ServiceRequests.h"
#include "domain/UsageCost.h"
#include "domain/UsageLog.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

class QThreadPool;

namespace chcloud {

class RequestScheduler;

/// The typed ClickHouse Cloud API: one method per spec operation (named by its
/// operationId). A method builds the ApiRequest — method, percent-encoded path,
/// query, JSON body, the caller's priority, idempotency — hands it to the
/// RequestScheduler and turns the reply into a typed ApiResult.
///
/// The asynchronous shape, the same for every method:
///
///     ApiCall method(…arguments…, RequestPriority priority, QObject *context, ApiCallback<T> done);
///
/// - done is called exactly once, on the thread of the CloudApi, never from
///   inside the method itself: with the value, or with an ApiError (server
///   errors, network errors, Parse with the field path, Cancelled).
/// - context is the receiver (a view-model). If it is destroyed first, done is
///   not called at all and the request is cancelled. Pass nullptr for a call
///   that must report whatever happens.
/// - The returned ApiCall can cancel(); done then receives Cancelled.
///
/// Usage:
///
///     m_call = api->instanceGetList(orgId, {}, RequestPriority::Visible, this,
///                                   [this](ApiResult<json::RowList<Service>> result) {
///                                       if (!result)
///                                           return showError(result.error().displayText());
///                                       m_model->setServices(std::move(result).value().rows);
///                                   });
///
/// Lists come as json::RowList (services, keys, members, invitations, roles,
/// activities, backups; usage records inside UsageCost): a row that does not
/// decode is set aside (with its id and field path) and the others still show;
/// only an unreadable envelope or a result that is not an array is an error.
/// (organizationGetList stays strict: signing in needs every organization read.)
/// The lists that grow large (services, activities, usage) are decoded on a
/// worker thread; done still comes on the CloudApi's thread.
///     …
///     m_call.cancel(); // page closed
class CloudApi : public QObject
{
    Q_OBJECT

public:
    /// scheduler must outlive the CloudApi.
    explicit CloudApi(RequestScheduler *scheduler, QObject *parent = nullptr);
    ~CloudApi() override;

    RequestScheduler *scheduler() const { return m_scheduler; }

    /// Longest range usageCostGet and activityGetList are asked for at once;
    /// the *Range helpers split longer ones.
    static constexpr int maxWindowDays = 31;

    // Organizations
    ApiCall organizationGetList(RequestPriority priority, QObject *context, ApiCallback<QList<Organization>> done);
    ApiCall organizationGet(const QString &organizationId, RequestPriority priority, QObject *context,
                            ApiCallback<Organization> done);
    ApiCall organizationUpdate(const QString &organizationId, const OrganizationUpdateRequest &body,
                               RequestPriority priority, QObject *context, ApiCallback<Organization> done);
    /// Prometheus text exposition format.
    ApiCall organizationPrometheusGet(const QString &organizationId, bool filteredMetrics, RequestPriority priority,
                                      QObject *context, ApiCallback<QString> done);
    ApiCall organizationRolesGetList(const QString &organizationId, RequestPriority priority, QObject *context,
                                     ApiCallback<json::RowList<Role>> done);
    ApiCall organizationRoleGet(const QString &organizationId, const QString &roleId, RequestPriority priority,
                                QObject *context, ApiCallback<Role> done);
    ApiCall organizationPrivateEndpointConfigGetList(const QString &organizationId, const QString &cloudProvider,
                                                     const QString &regionId, RequestPriority priority,
                                                     QObject *context, ApiCallback<PrivateEndpointConfig> done);

    // Services
    /// tagFilters: "tag:Environment=Production", "tag:isActive"… (each sent as a filter parameter).
    ApiCall instanceGetList(const QString &organizationId, const QStringList &tagFilters, RequestPriority priority,
                            QObject *context, ApiCallback<json::RowList<Service>> done);
    ApiCall instanceCreate(const QString &organizationId, const ServiceCreateRequest &body, RequestPriority priority,
                           QObject *context, ApiCallback<ServiceCreateResult> done);
    ApiCall instanceGet(const QString &organizationId, const QString &serviceId, RequestPriority priority,
                        QObject *context, ApiCallback<Service> done);
    ApiCall instanceUpdate(const QString &organizationId, const QString &serviceId, const ServicePatchRequest &body,
                           RequestPriority priority, QObject *context, ApiCallback<Service> done);
    /// Needs a stopped service; may answer Conflict just after the state reads stopped (retry later).
    ApiCall instanceDelete(const QString &organizationId, const QString &serviceId, RequestPriority priority,
                           QObject *context, ApiCallback<Nothing> done);
    /// Idempotent: the scheduler may re-send it after a network error.
    ApiCall instanceStateUpdate(const QString &organizationId, const QString &serviceId, ServiceCommand command,
                                RequestPriority priority, QObject *context, ApiCallback<Service> done);
    ApiCall instanceScalingUpdate(const QString &organizationId, const QString &serviceId, const ScalingRequest &body,
                                  RequestPriority priority, QObject *context, ApiCallback<Service> done);
    ApiCall instanceReplicaScalingUpdate(const QString &organizationId, const QString &serviceId,
                                         const ReplicaScalingRequest &body, RequestPriority priority, QObject *context,
                                         ApiCallback<Service> done);
    ApiCall instancePasswordUpdate(const QString &organizationId, const QString &serviceId,
                                   const ServicePasswordRequest &body, RequestPriority priority, QObject *context,
                                   ApiCallback<ServicePasswordResult> done);
    ApiCall instancePrometheusGet(const QString &organizationId, const QString &serviceId, bool filteredMetrics,
                                  RequestPriority priority, QObject *context, ApiCallback<QString> done);

    // Backups
    ApiCall backupGetList(const QString &organizationId, const QString &serviceId, RequestPriority priority,
                          QObject *context, ApiCallback<json::RowList<Backup>> done);
    ApiCall backupGet(const QString &organizationId, const QString &serviceId, const QString &backupId,
                      RequestPriority priority, QObject *context, ApiCallback<Backup> done);
    ApiCall backupConfigurationGet(const QString &organizationId, const QString &serviceId, RequestPriority priority,
                                   QObject *context, ApiCallback<BackupConfiguration> done);
    ApiCall backupConfigurationUpdate(const QString &organizationId, const QString &serviceId,
                                      const BackupConfigurationUpdateRequest &body, RequestPriority priority,
                                      QObject *context, ApiCallback<BackupConfiguration> done);

    // API keys
    ApiCall openapiKeyGetList(const QString &organizationId, RequestPriority priority, QObject *context,
                              ApiCallback<json::RowList<ApiKey>> done);
    /// The result holds the key secret once; it is never logged.
    ApiCall openapiKeyCreate(const QString &organizationId, const ApiKeyCreateRequest &body, RequestPriority priority,
                             QObject *context, ApiCallback<ApiKeyCreateResult> done);
    ApiCall openapiKeyGet(const QString &organizationId, const QString &keyId, RequestPriority priority,
                          QObject *context, ApiCallback<ApiKey> done);
    ApiCall openapiKeyUpdate(const QString &organizationId, const QString &keyId, const ApiKeyUpdateRequest &body,
                             RequestPriority priority, QObject *context, ApiCallback<ApiKey> done);
    ApiCall openapiKeyDelete(const QString &organizationId, const QString &keyId, RequestPriority priority,
                             QObject *context, ApiCallback<Nothing> done);

    // Members and invitations
    ApiCall memberGetList(const QString &organizationId, RequestPriority priority, QObject *context,
                          ApiCallback<json::RowList<Member>> done);
    ApiCall memberGet(const QString &organizationId, const QString &userId, RequestPriority priority, QObject *context,
                      ApiCallback<Member> done);
    ApiCall memberUpdate(const QString &organizationId, const QString &userId, const MemberUpdateRequest &body,
                         RequestPriority priority, QObject *context, ApiCallback<Member> done);
    ApiCall memberDelete(const QString &organizationId, const QString &userId, RequestPriority priority,
                         QObject *context, ApiCallback<Nothing> done);
    ApiCall invitationGetList(const QString &organizationId, RequestPriority priority, QObject *context,
                              ApiCallback<json::RowList<Invitation>> done);
    ApiCall invitationCreate(const QString &organizationId, const InvitationCreateRequest &body,
                             RequestPriority priority, QObject *context, ApiCallback<Invitation> done);
    ApiCall invitationGet(const QString &organizationId, const QString &invitationId, RequestPriority priority,
                          QObject *context, ApiCallback<Invitation> done);
    ApiCall invitationDelete(const QString &organizationId, const QString &invitationId, RequestPriority priority,
                             QObject *context, ApiCallback<Nothing> done);

    // Activity and usage
    /// One request; from/to may be invalid to leave them out. Keep ranges ≤ 31 days or use activityGetRange.
    ApiCall activityGetList(const QString &organizationId, const QDateTime &from, const QDateTime &to,
                            RequestPriority priority, QObject *context, ApiCallback<json::RowList<Activity>> done);
    ApiCall activityGet(const QString &organizationId, const QString &activityId, RequestPriority priority,
                        QObject *context, ApiCallback<Activity> done);
    /// One request; to is inclusive and at most 30 days after from.
    ApiCall usageCostGet(const QString &organizationId, QDate from, QDate to, RequestPriority priority,
                         QObject *context, ApiCallback<UsageCost> done);

    /// Activities over any range, fetched in windows of at most 31 days and merged
    /// (sorted by createdAt, duplicates at window edges dropped; the unreadable rows
    /// of every window kept). One callback at the end; an error in any window fails
    /// the whole with that error.
    ApiCall activityGetRange(const QString &organizationId, const QDateTime &from, const QDateTime &to,
                             RequestPriority priority, QObject *context, ApiCallback<json::RowList<Activity>> done);
    /// Usage over any date range (to inclusive), fetched in windows of at most 31
    /// days and merged with UsageCost::merge. Same error rule as activityGetRange.
    ApiCall usageCostGetRange(const QString &organizationId, QDate from, QDate to, RequestPriority priority,
                              QObject *context, ApiCallback<UsageCost> done);

    /// activityGetList read straight into a compact ActivityLog (no Activity per row kept).
    ApiCall activityLogGetList(const QString &organizationId, const QDateTime &from, const QDateTime &to,
                               RequestPriority priority, QObject *context, ApiCallback<ActivityLog> done);
    /// activityGetRange into one compact ActivityLog: the windows are read and merged
    /// on worker threads (oldest first, window-edge duplicates dropped).
    ApiCall activityLogGetRange(const QString &organizationId, const QDateTime &from, const QDateTime &to,
                                RequestPriority priority, QObject *context, ApiCallback<ActivityLog> done);
    /// usageCostGet read straight into a compact UsageLog (chart sums included).
    ApiCall usageLogGet(const QString &organizationId, QDate from, QDate to, RequestPriority priority, QObject *context,
                        ApiCallback<UsageLog> done);
    /// usageCostGetRange into one compact UsageLog, read and merged on worker threads.
    ApiCall usageLogGetRange(const QString &organizationId, QDate from, QDate to, RequestPriority priority,
                             QObject *context, ApiCallback<UsageLog> done);

    // --- Roles, quotas and query endpoints (2026-07 document) ---------------------
    // organizationRolesGetList and organizationRoleGet are with the organization calls above.

    /// Creates a custom role with its actors and policies.
    ApiCall organizationRolePost(const QString &organizationId, const RoleCreateRequest &body, RequestPriority priority,
                                 QObject *context, ApiCallback<Role> done);
    /// Replaces what the body sets (name, actors, policies) of a custom role.
    ApiCall organizationRolePatch(const QString &organizationId, const QString &roleId, const RoleUpdateRequest &body,
                                  RequestPriority priority, QObject *context, ApiCallback<Role> done);
    ApiCall organizationRoleDelete(const QString &organizationId, const QString &roleId, RequestPriority priority,
                                   QObject *context, ApiCallback<Nothing> done);
    ApiCall organizationQuotasGetList(const QString &organizationId, RequestPriority priority, QObject *context,
                                      ApiCallback<QList<OrganizationQuota>> done);
    /// quotaCode: "services-per-organization", "replicas-per-warehouse"…
    ApiCall organizationQuotaGet(const QString &organizationId, const QString &quotaCode, RequestPriority priority,
                                 QObject *context, ApiCallback<OrganizationQuota> done);
    /// NotFound while the service has no query endpoint.
    ApiCall instanceQueryEndpointGet(const QString &organizationId, const QString &serviceId, RequestPriority priority,
                                     QObject *context, ApiCallback<ServiceQueryEndpoint> done);
    /// Creates the endpoint or replaces its settings. Idempotent: the same body twice leaves the same endpoint.
    ApiCall instanceQueryEndpointUpsert(const QString &organizationId, const QString &serviceId,
                                        const QueryEndpointRequest &body, RequestPriority priority, QObject *context,
                                        ApiCallback<ServiceQueryEndpoint> done);
    ApiCall instanceQueryEndpointDelete(const QString &organizationId, const QString &serviceId,
                                        RequestPriority priority, QObject *context, ApiCallback<Nothing> done);

    /// Consecutive [first, last] date windows (last inclusive) of at most maxDays covering [from, to].
    /// Where large replies are decoded and windows merged, off the GUI thread: one
    /// thread fewer than the machine has cores (at least one).
    static QThreadPool *decodePool();
    static QList<QPair<QDate, QDate>> dateWindows(QDate from, QDate to, int maxDays = maxWindowDays);
    /// The same for date-times: [start, end] windows of at most maxDays days covering [from, to].
    static QList<QPair<QDateTime, QDateTime>> dateTimeWindows(const QDateTime &from, const QDateTime &to,
                                                              int maxDays = maxWindowDays);

    /// "/v1/organizations/<id>…" with every id percent-encoded.
    static QString organizationPath(const QString &organizationId, const QString &rest = {});
    static QString servicePath(const QString &organizationId, const QString &serviceId, const QString &rest = {});
    /// A path segment, percent-encoded.
    static QString encodeSegment(const QString &segment);

    // ---- Service configuration: ClickHouse settings, scaling schedule, upgrade window,
    // ---- backup bucket, per-service private endpoints.

    /// The settings changed from their defaults.
    ApiCall serviceClickhouseSettingsListGet(const QString &organizationId, const QString &serviceId,
                                             RequestPriority priority, QObject *context,
                                             ApiCallback<ClickhouseSettingsList> done);
    /// Every configurable setting with its type, allowed values and warnings.
    ApiCall serviceClickhouseSettingsSchemaGet(const QString &organizationId, const QString &serviceId,
                                               RequestPriority priority, QObject *context,
                                               ApiCallback<ClickhouseSettingsSchema> done);
    /// One setting's current value (its default when never changed).
    ApiCall serviceClickhouseSettingGet(const QString &organizationId, const QString &serviceId,
                                        const QString &settingName, RequestPriority priority, QObject *context,
                                        ApiCallback<ClickhouseSetting> done);
    /// The result carries the applied values and the server's warnings about them.
    ApiCall serviceClickhouseSettingsUpdate(const QString &organizationId, const QString &serviceId,
                                            const ClickhouseSettingsUpdateRequest &body, RequestPriority priority,
                                            QObject *context, ApiCallback<ClickhouseSettingsUpdateResult> done);
    /// Resets one setting to its default.
    ApiCall serviceClickhouseSettingDelete(const QString &organizationId, const QString &serviceId,
                                           const QString &settingName, RequestPriority priority, QObject *context,
                                           ApiCallback<Nothing> done);

    ApiCall scalingScheduleGet(const QString &organizationId, const QString &serviceId, RequestPriority priority,
                               QObject *context, ApiCallback<ScalingSchedule> done);
    /// Replaces the whole schedule (an empty list clears it).
    ApiCall scalingScheduleUpsert(const QString &organizationId, const QString &serviceId,
                                  const ScalingScheduleRequest &body, RequestPriority priority, QObject *context,
                                  ApiCallback<ScalingSchedule> done);
    ApiCall scalingScheduleDelete(const QString &organizationId, const QString &serviceId, RequestPriority priority,
                                  QObject *context, ApiCallback<Nothing> done);

    /// NotFound while no window is set.
    ApiCall upgradeWindowGet(const QString &organizationId, const QString &serviceId, RequestPriority priority,
                             QObject *context, ApiCallback<UpgradeWindow> done);
    ApiCall upgradeWindowUpdate(const QString &organizationId, const QString &serviceId,
                                const UpgradeWindowRequest &body, RequestPriority priority, QObject *context,
                                ApiCallback<UpgradeWindow> done);
    ApiCall upgradeWindowDelete(const QString &organizationId, const QString &serviceId, RequestPriority priority,
                                QObject *context, ApiCallback<Nothing> done);

    /// NotFound while the service has no bucket of its own.
    ApiCall backupBucketGet(const QString &organizationId, const QString &serviceId, RequestPriority priority,
                            QObject *context, ApiCallback<BackupBucket> done);
    /// The body's credentials are sent once; the request log masks them.
    ApiCall backupBucketCreate(const QString &organizationId, const QString &serviceId, const BackupBucketRequest &body,
                               RequestPriority priority, QObject *context, ApiCallback<BackupBucket> done);
    ApiCall backupBucketUpdate(const QString &organizationId, const QString &serviceId, const BackupBucketRequest &body,
                               RequestPriority priority, QObject *context, ApiCallback<BackupBucket> done);
    ApiCall backupBucketDelete(const QString &organizationId, const QString &serviceId, RequestPriority priority,
                               QObject *context, ApiCallback<Nothing> done);

    /// The endpoint service to connect to and the service's private DNS name.
    ApiCall instancePrivateEndpointConfigGet(const QString &organizationId, const QString &serviceId,
                                             RequestPriority priority, QObject *context,
                                             ApiCallback<PrivateEndpointConfig> done);
    ApiCall instancePrivateEndpointCreate(const QString &organizationId, const QString &serviceId,
                                          const ServicePrivateEndpointRequest &body, RequestPriority priority,
                                          QObject *context, ApiCallback<ServicePrivateEndpoint> done);

private:
    template<typename T, typename Parse>
    ApiCall submit(ApiRequest request, QObject *context, ApiCallback<T> done, Parse parse);
    template<typename T>
    ApiCall submitObject(ApiRequest request, QObject *context, ApiCallback<T> done);
    template<typename T>
    ApiCall submitList(ApiRequest request, QObject *context, ApiCallback<QList<T>> done);
    template<typename T>
    ApiCall submitRows(ApiRequest request, QObject *context, ApiCallback<json::RowList<T>> done);
    /// Decodes a successful body with decode(body, httpStatus) on a worker thread
    /// (large lists): decode must be thread-safe and touch no QObject.
    template<typename T>
    using BodyDecoder = std::function<ApiResult<T>(const QByteArray &body, int httpStatus)>;
    template<typename T>
    ApiCall submitDecoded(ApiRequest request, QObject *context, ApiCallback<T> done, BodyDecoder<T> decode);
    /// submitRows, decoded on a worker thread.
    template<typename T>
    ApiCall submitRowsOffThread(ApiRequest request, QObject *context, ApiCallback<json::RowList<T>> done);
    ApiCall submitNothing(ApiRequest request, QObject *context, ApiCallback<Nothing> done);
    ApiCall submitText(ApiRequest request, QObject *context, ApiCallback<QString> done);

    RequestScheduler *m_scheduler;
};

} // namespace chcloud
