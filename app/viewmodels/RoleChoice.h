#pragma once

#include "domain/Role.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace chcloud {

/// A role the user can give a member or an invitation. Organizations that moved
/// to custom roles list them (organizationRolesGetList) and take role IDs;
/// others know only the legacy "admin" and "developer", sent as `role`.
struct RoleChoice
{
    QString id; ///< role ID, or the legacy role text
    QString name; ///< what the user reads
    bool legacy = false;

    /// The organization's roles, system roles first, then by name.
    static QList<RoleChoice> fromRoles(const QList<Role> &roles);
    /// Admin and Developer.
    static QList<RoleChoice> legacyRoles();
    bool operator==(const RoleChoice &) const = default;
};

/// The roles chosen for a member or an invitation: role IDs, or one legacy role.
struct RoleAssignment
{
    QStringList roleIds;
    QString legacyRole; ///< "admin" / "developer" when roleIds is empty

    bool isEmpty() const { return roleIds.isEmpty() && legacyRole.isEmpty(); }
    /// Splits chosen entries into IDs or the legacy role.
    static RoleAssignment fromChoices(const QList<RoleChoice> &chosen);
};

} // namespace chcloud
