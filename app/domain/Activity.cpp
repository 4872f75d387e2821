#include "Activity.h"

#include "JsonFields.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace chcloud {

namespace {

// The spec's activity types with the words the UI shows for them.
constexpr std::array<std::pair<const char *, const char *>, 49> kActivityLabels { {
    { "create_organization", QT_TRANSLATE_NOOP("Activity", "Organization created") },
    { "organization_update_name", QT_TRANSLATE_NOOP("Activity", "Organization renamed") },
    { "transfer_service_in", QT_TRANSLATE_NOOP("Activity", "Service transferred in") },
    { "transfer_service_out", QT_TRANSLATE_NOOP("Activity", "Service transferred out") },
    { "save_payment_method", QT_TRANSLATE_NOOP("Activity", "Payment method saved") },
    { "marketplace_subscription", QT_TRANSLATE_NOOP("Activity", "Marketplace subscription") },
    { "migrate_marketplace_billing_details_in", QT_TRANSLATE_NOOP("Activity", "Marketplace billing migrated in") },
    { "migrate_marketplace_billing_details_out", QT_TRANSLATE_NOOP("Activity", "Marketplace billing migrated out") },
    { "organization_update_tier", QT_TRANSLATE_NOOP("Activity", "Organization tier changed") },
    { "organization_invite_create", QT_TRANSLATE_NOOP("Activity", "Invitation sent") },
    { "organization_invite_delete", QT_TRANSLATE_NOOP("Activity", "Invitation deleted") },
    { "organization_member_join", QT_TRANSLATE_NOOP("Activity", "Member joined") },
    { "organization_member_add", QT_TRANSLATE_NOOP("Activity", "Member added") },
    { "organization_member_leave", QT_TRANSLATE_NOOP("Activity", "Member left") },
    { "organization_member_delete", QT_TRANSLATE_NOOP("Activity", "Member removed") },
    { "organization_member_update_role", QT_TRANSLATE_NOOP("Activity", "Member role changed") },
    { "organization_member_update_mfa_method", QT_TRANSLATE_NOOP("Activity", "Member MFA method changed") },
    { "user_login", QT_TRANSLATE_NOOP("Activity", "User logged in") },
    { "user_login_failed", QT_TRANSLATE_NOOP("Activity", "User login failed") },
    { "user_logout", QT_TRANSLATE_NOOP("Activity", "User logged out") },
    { "key_create", QT_TRANSLATE_NOOP("Activity", "API key created") },
    { "key_delete", QT_TRANSLATE_NOOP("Activity", "API key deleted") },
    { "openapi_key_update", QT_TRANSLATE_NOOP("Activity", "API key updated") },
    { "service_create", QT_TRANSLATE_NOOP("Activity", "Service created") },
    { "service_start", QT_TRANSLATE_NOOP("Activity", "Service started") },
    { "service_stop", QT_TRANSLATE_NOOP("Activity", "Service stopped") },
    { "service_awaken", QT_TRANSLATE_NOOP("Activity", "Service woken up") },
    { "service_idle", QT_TRANSLATE_NOOP("Activity", "Service went idle") },
    { "service_running", QT_TRANSLATE_NOOP("Activity", "Service running") },
    { "service_partially_running", QT_TRANSLATE_NOOP("Activity", "Service partially running") },
    { "service_delete", QT_TRANSLATE_NOOP("Activity", "Service deleted") },
    { "service_update_name", QT_TRANSLATE_NOOP("Activity", "Service renamed") },
    { "service_update_ip_access_list", QT_TRANSLATE_NOOP("Activity", "Service IP access list changed") },
    { "service_update_autoscaling_memory", QT_TRANSLATE_NOOP("Activity", "Service memory scaling changed") },
    { "service_update_autoscaling_idling", QT_TRANSLATE_NOOP("Activity", "Service idling changed") },
    { "service_update_password", QT_TRANSLATE_NOOP("Activity", "Service password changed") },
    { "service_update_autoscaling_replicas", QT_TRANSLATE_NOOP("Activity", "Service replicas changed") },
    { "service_update_max_allowable_replicas", QT_TRANSLATE_NOOP("Activity", "Service replica limit changed") },
    { "service_update_backup_configuration", QT_TRANSLATE_NOOP("Activity", "Service backup configuration changed") },
    { "service_restore_backup", QT_TRANSLATE_NOOP("Activity", "Service restored from backup") },
    { "service_update_release_channel", QT_TRANSLATE_NOOP("Activity", "Service release channel changed") },
    { "service_update_gpt_usage_consent", QT_TRANSLATE_NOOP("Activity", "Service AI consent changed") },
    { "service_update_private_endpoints", QT_TRANSLATE_NOOP("Activity", "Service private endpoints changed") },
    { "service_import_to_organization", QT_TRANSLATE_NOOP("Activity", "Service imported") },
    { "service_export_from_organization", QT_TRANSLATE_NOOP("Activity", "Service exported") },
    { "service_maintenance_start", QT_TRANSLATE_NOOP("Activity", "Service maintenance started") },
    { "service_maintenance_end", QT_TRANSLATE_NOOP("Activity", "Service maintenance ended") },
    { "service_update_core_dump", QT_TRANSLATE_NOOP("Activity", "Service core dumps changed") },
    { "backup_delete", QT_TRANSLATE_NOOP("Activity", "Backup deleted") },
} };

constexpr std::array<std::pair<const char *, const char *>, 11> kKeyUpdateLabels { {
    { "created", QT_TRANSLATE_NOOP("Activity", "Created") },
    { "deleted", QT_TRANSLATE_NOOP("Activity", "Deleted") },
    { "name-changed", QT_TRANSLATE_NOOP("Activity", "Name changed") },
    { "role-changed", QT_TRANSLATE_NOOP("Activity", "Role changed") },
    { "state-changed", QT_TRANSLATE_NOOP("Activity", "State changed") },
    { "date-changed", QT_TRANSLATE_NOOP("Activity", "Expiry changed") },
    { "ip-access-list-changed", QT_TRANSLATE_NOOP("Activity", "IP access list changed") },
    { "org-role-changed", QT_TRANSLATE_NOOP("Activity", "Organization role changed") },
    { "default-service-role-changed", QT_TRANSLATE_NOOP("Activity", "Default service role changed") },
    { "service-role-changed", QT_TRANSLATE_NOOP("Activity", "Service role changed") },
    { "roles-v2-changed", QT_TRANSLATE_NOOP("Activity", "Roles changed") },
} };

// "service_frobnicate" / "thing-changed" -> "Service frobnicate" / "Thing changed"
QString wordsOf(const QString &raw)
{
    QString words = raw;
    words.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

template<std::size_t N>
QString labelFrom(const std::array<std::pair<const char *, const char *>, N> &table, const QString &raw)
{
    for (const auto &[text, label] : table) {
        if (raw == QLatin1String(text))
            return QCoreApplication::translate("Activity", label);
    }
    return wordsOf(raw);
}

} // namespace

ActorType Activity::actorTypeFromText(const QString &text)
{
    if (text == QLatin1String("user"))
        return ActorType::User;
    if (text == QLatin1String("support"))
        return ActorType::Support;
    if (text == QLatin1String("system"))
        return ActorType::System;
    if (text == QLatin1String("api"))
        return ActorType::Api;
    return ActorType::Unknown;
}

QString Activity::activityTypeLabel(const QString &type)
{
    return labelFrom(kActivityLabels, type);
}

QString Activity::keyUpdateTypeLabel(const QString &keyUpdateType)
{
    return labelFrom(kKeyUpdateLabels, keyUpdateType);
}

Expected<Activity, ParseError> Activity::fromJson(const QJsonValue &json, const QString &path)
{
    json::ObjectReader reader(json, path);
    Activity activity;
    reader.required(QStringLiteral("id"), activity.id);
    reader.optional(QStringLiteral("createdAt"), activity.createdAt);
    reader.optional(QStringLiteral("type"), activity.type);
    reader.optional(QStringLiteral("actorType"), activity.actorTypeText);
    activity.actorType = actorTypeFromText(activity.actorTypeText);
    reader.optional(QStringLiteral("actorId"), activity.actorId);
    reader.optional(QStringLiteral("actorDetails"), activity.actorDetails);
    reader.optional(QStringLiteral("actorIpAddress"), activity.actorIpAddress);
    reader.optional(QStringLiteral("organizationId"), activity.organizationId);
    reader.optional(QStringLiteral("serviceId"), activity.serviceId);
    reader.optional(QStringLiteral("userAgent"), activity.userAgent);
    reader.optional(QStringLiteral("targetKeyId"), activity.targetKeyId);
    reader.optional(QStringLiteral("keyUpdateType"), activity.keyUpdateType);
    if (!reader.ok())
        return unexpected(reader.error());
    return activity;
}

} // namespace chcloud
