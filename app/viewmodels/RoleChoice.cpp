#include "RoleChoice.h"

#include "OrgTableText.h"

#include <algorithm>

namespace chcloud {

QList<RoleChoice> RoleChoice::fromRoles(const QList<Role> &roles)
{
    QList<Role> sorted = roles;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Role &a, const Role &b) {
        if (a.isSystem() != b.isSystem())
            return a.isSystem();
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
    QList<RoleChoice> choices;
    choices.reserve(sorted.size());
    for (const Role &role : sorted)
        choices.append({ role.id, role.name.isEmpty() ? role.id : role.name, false });
    return choices;
}

QList<RoleChoice> RoleChoice::legacyRoles()
{
    return {
        { QStringLiteral("admin"), orgtext::legacyRoleLabel(QStringLiteral("admin")), true },
        { QStringLiteral("developer"), orgtext::legacyRoleLabel(QStringLiteral("developer")), true },
    };
}

RoleAssignment RoleAssignment::fromChoices(const QList<RoleChoice> &chosen)
{
    RoleAssignment assignment;
    for (const RoleChoice &choice : chosen) {
        if (choice.legacy) {
            if (assignment.legacyRole.isEmpty())
                assignment.legacyRole = choice.id;
        } else {
            assignment.roleIds.append(choice.id);
        }
    }
    if (!assignment.roleIds.isEmpty())
        assignment.legacyRole.clear();
    return assignment;
}

} // namespace chcloud
