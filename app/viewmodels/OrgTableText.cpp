#include "OrgTableText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace chcloud::orgtext {

QString legacyRoleLabel(const QString &role)
{
    if (role == QLatin1String("admin"))
        return QCoreApplication::translate("chcloud::orgtext", "Admin");
    if (role == QLatin1String("developer"))
        return QCoreApplication::translate("chcloud::orgtext", "Developer");
    return role;
}

QString rolesText(const QList<AssignedRole> &assignedRoles, const QString &legacyRole)
{
    if (!assignedRoles.isEmpty()) {
        QStringList names;
        names.reserve(assignedRoles.size());
        for (const AssignedRole &role : assignedRoles)
            names.append(role.roleName.isEmpty() ? role.roleId : role.roleName);
        return names.join(QLatin1String(", "));
    }
    if (!legacyRole.isEmpty())
        return legacyRoleLabel(legacyRole);
    return QStringLiteral("—");
}

QString dateTimeText(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QStringLiteral("—");
    return QLocale().toString(dateTime.toLocalTime(), QLocale::ShortFormat);
}

QString dateTimeIso(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(Qt::ISODate);
}

} // namespace chcloud::orgtext
