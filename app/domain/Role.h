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

/// Names and shapes of what a role's policies speak of.
namespace rbac {

/// The permission names the API document uses ("control-plane:organization:view",
/// "control-plane:service:view", "control-plane:service:manage"). The document
/// declares no list of them, so this is not all there is: the server may know more,
/// and a permission a role already carries is kept as it is.
const QStringList &documentedPermissions();

/// "area:object:action": lower-case words separated by colons, at least two parts.
bool isWellFormedPermission(const QString &permission);

/// "organization/*", "instance/*" or "instance/<id>": a resource type and an id or
/// "*". The types the document names are "organization" and "instance"; others are
/// accepted in the same shape, since the API grows.
bool isWellFormedResource(const QString &resource);

} // namespace rbac

} // namespace chcloud
