#include "RoleRequests.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace chcloud {

QJsonObject RolePolicyRequest::toJson() const
{
    QJsonObject object { { QStringLiteral("allowDeny"), allowDeny },
                         { QStringLiteral("permissions"), QJsonArray::fromStringList(permissions) },
                         { QStringLiteral("resources"), QJsonArray::fromStringList(resources) } };
    QJsonObject tags;
    if (!grants.isEmpty())
        tags.insert(QStringLiteral("grants"), QJsonArray::fromStringList(grants));
    json::insertIfNotEmpty(tags, QStringLiteral("roleV2"), roleV2);
    if (!tags.isEmpty())
        object.insert(QStringLiteral("tags"), tags);
    return object;
}

QJsonObject RoleCreateRequest::toJson() const
{
    return QJsonObject { { QStringLiteral("name"), name },
                         { QStringLiteral("actors"), QJsonArray::fromStringList(actors) },
                         { QStringLiteral("policies"), json::toJsonArray(policies) } };
}

QJsonObject RoleUpdateRequest::toJson() const
{
    QJsonObject object;
    if (name)
        object.insert(QStringLiteral("name"), *name);
    if (actors)
        object.insert(QStringLiteral("actors"), QJsonArray::fromStringList(*actors));
    if (policies)
        object.insert(QStringLiteral("policies"), json::toJsonArray(*policies));
    return object;
}

} // namespace chcloud
