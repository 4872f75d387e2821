#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace chcloud {

/// One rule of a custom role as sent ("RBACPolicyCreateRequest").
struct RolePolicyRequest
{
    QString allowDeny = QStringLiteral("ALLOW"); ///< "ALLOW" or "DENY"
    QStringList permissions; ///< "control-plane:organization:view"…
    QStringList resources; ///< "instance/<id>", "instance/*", "organization/*"…
    QStringList grants; ///< tags.grants, left out when empty
    QString roleV2; ///< tags.roleV2 ("sql-console-readonly", "sql-console-admin"), left out when empty

    QJsonObject toJson() const;
};

/// Body of POST /roles ("RoleCreateRequest"): name, actors and policies are all required.
struct RoleCreateRequest
{
    QString name;
    QStringList actors; ///< "user/<id>", "apiKey/<id>"
    QList<RolePolicyRequest> policies;

    QJsonObject toJson() const;
};

/// Body of PATCH /roles/{id} ("RoleUpdateRequest"): what is set replaces the role's
/// name, its actors or its policies; the rest stays.
struct RoleUpdateRequest
{
    std::optional<QString> name;
    std::optional<QStringList> actors;
    std::optional<QList<RolePolicyRequest>> policies;

    QJsonObject toJson() const;
};

} // namespace chcloud
