#include "AssignedRole.h"

#include "JsonFields.h"

namespace chcloud {

Expected<AssignedRole, ParseError> AssignedRole::fromJson(const QJsonValue &json, const QString &path)
{
    json::ObjectReader reader(json, path);
    AssignedRole role;
    reader.required(QStringLiteral("roleId"), role.roleId);
    reader.optional(QStringLiteral("roleName"), role.roleName);
    reader.optional(QStringLiteral("roleType"), role.roleType);
    if (!reader.ok())
        return unexpected(reader.error());
    return role;
}

} // namespace chcloud
