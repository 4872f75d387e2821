#pragma once

#include "Expected.h"
#include "ParseError.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace chcloud {

/// One rule of a role ("RBACPolicy").
struct RolePolicy
{
    QString id;
    QString roleId;
    QString tenantId;
    QString allowDeny; ///< "ALLOW", "DENY" (raw)
    QStringList permissions;
    QStringList resources;
    QStringList grants; ///< tags.grants
    QString roleV2; ///< tags.roleV2 (raw)

    static Expected<RolePolicy, ParseError> fromJson(const QJsonValue &json, const QString &path);
    bool operator==(const RolePolicy &) const = default;
};

/// A role of the organization ("RBACRole", listed by organizationRolesGetList);
/// id and name are required.
struct Role
{
    QString id;
    QString tenantId;
    QString ownerId;
    QString name;
    QString type; ///< "system", "custom" (raw)
    QStringList actors;
    QList<RolePolicy> policies;
    QDateTime createdAt;
    QDateTime updatedAt;

    static Expected<Role, ParseError> fromJson(const QJsonValue &json, const QString &path);
    bool isSystem() const { return type == QLatin1String("system"); }
    bool operator==(const Role &) const = default;
};

} // namespace chcloud
