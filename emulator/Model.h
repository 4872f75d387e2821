#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace chcloud::emulator {

/// One entry of an IP access list (services and keys): an IP or CIDR and a note.
struct IpAccessEntry
{
    QString source;
    QString description;
    bool operator==(const IpAccessEntry &other) const { return source == other.source; }
};

/// A resource tag; `value` may be absent ("tag:isActive").
struct ResourceTag
{
    QString key;
    QString value;
    bool hasValue = false;
    bool operator==(const ResourceTag &other) const
    {
        return key == other.key && hasValue == other.hasValue && value == other.value;
    }
};

struct OrganizationPrivateEndpoint
{
    QString id;
    QString description;
    QString cloudProvider;
    QString region;
};

struct Organization
{
    QString id;
    QString name;
    QDateTime createdAt;
    bool enableCoreDumps = true;
    QList<OrganizationPrivateEndpoint> privateEndpoints;
};

/// One rule of a role ("RBACPolicy"): allow or deny permissions on resources.
struct RolePolicy
{
    QString id;
    QString allowDeny = QStringLiteral("ALLOW"); ///< ALLOW or DENY
    QStringList permissions; ///< "control-plane:organization:manage"…
    QStringList resources; ///< "organization/*", "instance/<id>", "instance/*"…
    QStringList grants; ///< tags.grants
    QString roleV2; ///< tags.roleV2, empty when absent
};

/// A system or custom RBAC role with its policies.
struct Role
{
    QString id;
    QString name;
    QString type; ///< "system" or "custom"
    QList<RolePolicy> policies;
    QDateTime createdAt;
    QDateTime updatedAt; ///< invalid = never updated (createdAt is shown)

    /// The emulator's reading of the policies: a key or member holding a role that
    /// allows (and does not deny) organization management may mutate.
    bool grantsAdmin() const
    {
        bool allowed = false;
        for (const RolePolicy &policy : policies) {
            if (policy.permissions.contains(QStringLiteral("control-plane:organization:manage"))) {
                if (policy.allowDeny == QStringLiteral("DENY"))
                    return false;
                allowed = true;
            }
        }
        return allowed;
    }
};

struct BackupConfiguration
{
    int periodInHours = 24;
    int retentionPeriodInHours = 48;
    QString startTime; ///< "HH:MM" or empty
};

/// One entry of a service's scaling schedule; a count or a bound of 0 means "not set".
struct ScalingScheduleEntry
{
    QString id;
    QString name;
    QList<int> weekdays; ///< 0 = Sunday … 6 = Saturday
    int startHourUtc = 0; ///< inclusive
    int endHourUtc = 24; ///< exclusive; below startHourUtc spans midnight
    QString autoscalingMode = QStringLiteral("vertical");
    double minReplicaMemoryGb = 0;
    double maxReplicaMemoryGb = 0;
    int minReplicas = 0;
    int maxReplicas = 0;
    bool hasIdleScaling = false;
    bool idleScaling = false;
    int idleTimeoutMinutes = 0; ///< 0 = not set
};

/// The weekly window in which a service may be upgraded (always 6 hours long).
struct UpgradeWindow
{
    int weekday = 0; ///< 0 = Sunday
    int startHourUtc = 0; ///< 0, 6, 12 or 18
};

/// The customer's own bucket for backups. Its credentials (HMAC secret, connection
/// string) are checked when sent and then dropped: they are never kept, in memory or
/// in the state file, and never returned.
struct BackupBucket
{
    QString id;
    QString provider; ///< AWS, GCP, AZURE
    QString bucketPath; ///< AWS, GCP
    QString iamRoleArn; ///< AWS
    QString iamRoleSessionName; ///< AWS
    QString accessKeyId; ///< GCP: the HMAC key's public half, listed by the API
    QString containerName; ///< AZURE
};

/// A service's query API endpoint: which keys may query it, with which roles, from which origins.
struct QueryEndpoint
{
    QString id;
    QStringList openApiKeys; ///< ApiKey ids
    QStringList roles; ///< sql_console_read_only, sql_console_admin
    QString allowedOrigins; ///< comma-separated domains
};

struct Service
{
    QString id;
    QString name;
    QString provider;
    QString region;
    QString state;
    QString tier = QStringLiteral("production");
    QString clickhouseVersion;
    QString releaseChannel = QStringLiteral("default");
    QString host;
    QString dataWarehouseId;
    QDateTime createdAt;
    int minReplicaMemoryGb = 8;
    int maxReplicaMemoryGb = 120;
    int numReplicas = 3;
    bool horizontalScaling = false;
    int minReplicas = 0;
    int maxReplicas = 0;
    int replicaMemoryGb = 0;
    bool idleScaling = true;
    int idleTimeoutMinutes = 15;
    bool mysqlEndpoint = false;
    bool enableCoreDumps = true;
    QList<IpAccessEntry> ipAccessList;
    QList<ResourceTag> tags;
    QStringList privateEndpointIds;
    QByteArray passwordHash; ///< base64 SHA-256 of the password; the password itself is never kept
    QByteArray doubleSha1Hash;
    BackupConfiguration backupConfiguration;
    /// Days of usage history the seed gives this service (0 = from createdAt).
    int usageHistoryDays = 0;

    // Service configuration: ClickHouse settings, scaling schedule, upgrade window, backup bucket.
    /// Settings changed from their defaults: name → value, as text.
    QList<QPair<QString, QString>> clickhouseSettings;
    QList<ScalingScheduleEntry> scalingSchedule;
    std::optional<UpgradeWindow> upgradeWindow;
    std::optional<BackupBucket> backupBucket;

    /// Pending transition: `state` becomes `targetState` at `transitionDueMs` (monotonic clock).
    QString targetState;
    qint64 transitionDueMs = 0;
    /// The query API endpoint ("ServiceQueryAPIEndpoint"); absent until one is created.
    std::optional<QueryEndpoint> queryEndpoint;
    /// When the service last reached "stopped" (monotonic clock), for the delete-conflict window.
    qint64 stoppedAtMs = -1;
};

struct ApiKey
{
    QString id;
    QString name;
    QString state = QStringLiteral("enabled");
    QStringList roles; ///< legacy roles: admin, developer, query_endpoints
    QStringList assignedRoleIds;
    QByteArray keyIdHash; ///< base64 SHA-256 of the key ID
    QString keySuffix;
    QByteArray keySecretHash; ///< base64 SHA-256 of the secret
    QDateTime createdAt;
    QDateTime expireAt; ///< invalid = never expires
    QDateTime usedAt; ///< invalid = never used
    QList<IpAccessEntry> ipAccessList;
};

struct Member
{
    QString userId;
    QString name;
    QString email;
    QString role; ///< admin or developer
    QStringList assignedRoleIds;
    QDateTime joinedAt;
};

struct Invitation
{
    QString id;
    QString email;
    QString role;
    QStringList assignedRoleIds;
    QDateTime createdAt;
    QDateTime expireAt;
};

struct Activity
{
    QString id;
    QDateTime createdAt;
    QString type;
    QString actorType;
    QString actorId;
    QString actorDetails;
    QString actorIpAddress;
    QString serviceId;
    QString userAgent;
    QString targetKeyId;
    QString keyUpdateType;
};

} // namespace chcloud::emulator
