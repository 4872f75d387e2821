#include "Role.h"

#include "JsonFields.h"
#include "KeyPermissions.h"

#include <QRegularExpression>

namespace chcloud {

using json::ObjectReader;

Expected<RolePolicy, ParseError> RolePolicy::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    RolePolicy policy;
    reader.optional(QStringLiteral("id"), policy.id);
    reader.optional(QStringLiteral("roleId"), policy.roleId);
    reader.optional(QStringLiteral("tenantId"), policy.tenantId);
    reader.optional(QStringLiteral("allowDeny"), policy.allowDeny);
    reader.optional(QStringLiteral("permissions"), policy.permissions);
    reader.optional(QStringLiteral("resources"), policy.resources);
    if (reader.ok() && reader.has(QStringLiteral("tags"))) {
        ObjectReader tags(reader.object().value(QLatin1String("tags")), json::memberPath(path, QStringLiteral("tags")));
        tags.optional(QStringLiteral("grants"), policy.grants);
        tags.optional(QStringLiteral("roleV2"), policy.roleV2);
        if (!tags.ok())
            reader.fail(tags.error());
    }
    if (!reader.ok())
        return unexpected(reader.error());
    return policy;
}

Expected<Role, ParseError> Role::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    Role role;
    reader.required(QStringLiteral("id"), role.id);
    reader.optional(QStringLiteral("tenantId"), role.tenantId);
    reader.optional(QStringLiteral("ownerId"), role.ownerId);
    reader.required(QStringLiteral("name"), role.name);
    reader.optional(QStringLiteral("type"), role.type);
    reader.optional(QStringLiteral("actors"), role.actors);
    reader.optionalList(QStringLiteral("policies"), role.policies);
    reader.optional(QStringLiteral("createdAt"), role.createdAt);
    reader.optional(QStringLiteral("updatedAt"), role.updatedAt);
    if (!reader.ok())
        return unexpected(reader.error());
    return role;
}

namespace rbac {

const QStringList &documentedPermissions()
{
    static const QStringList permissions { KeyPermissions::organizationView(), KeyPermissions::serviceManage(),
                                           KeyPermissions::serviceView() };
    return permissions;
}

bool isWellFormedPermission(const QString &permission)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9-]*(:[a-z0-9*-]+)+$"));
    return pattern.match(permission).hasMatch();
}

bool isWellFormedResource(const QString &resource)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z]+/(\\*|[A-Za-z0-9._-]+)$"));
    return pattern.match(resource).hasMatch();
}

} // namespace rbac

} // namespace chcloud
