#pragma once

#include "Expected.h"
#include "ParseError.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace chcloud {

/// Who did something ("Activity.actorType"), open for newer values.
enum class ActorType {
    User,
    Support,
    System,
    Api,
    Unknown,
};

/// One entry of the audit log ("Activity"). type and keyUpdateType stay raw
/// text — the list grows with the product — with readable labels on top.
/// For key activities, actorDetails/actorId say who created or changed the key
/// (the key object itself has no creator).
struct Activity
{
    QString id;
    QDateTime createdAt;
    QString type; ///< e.g. "key_create", "service_start"
    QString actorTypeText; ///< raw actorType
    ActorType actorType = ActorType::Unknown;
    QString actorId;
    QString actorDetails;
    QString actorIpAddress;
    QString organizationId;
    QString serviceId;
    QString userAgent;
    QString targetKeyId; ///< the ApiKey.id a key activity is about
    QString keyUpdateType; ///< "created", "state-changed", … (raw)

    static Expected<Activity, ParseError> fromJson(const QJsonValue &json, const QString &path);
    static ActorType actorTypeFromText(const QString &text);

    /// "Service started"; an unknown type reads as its words ("Service frobnicated").
    QString typeLabel() const { return activityTypeLabel(type); }
    static QString activityTypeLabel(const QString &type);
    /// "Name changed"; unknown values read as their words.
    static QString keyUpdateTypeLabel(const QString &keyUpdateType);
    bool isKeyActivity() const { return !targetKeyId.isEmpty() || type.startsWith(QLatin1String("key_")); }
    bool operator==(const Activity &) const = default;
};

} // namespace chcloud
