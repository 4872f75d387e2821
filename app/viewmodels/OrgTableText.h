#pragma once

#include "domain/AssignedRole.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace chcloud::orgtext {

/// Shared wording of the organization tables (members, invitations, activity):
/// one place decides how a role list or a timestamp reads.

/// "Admin, Developer": the assigned roles' names, or the legacy role when the
/// organization has not moved to custom roles; "—" when there is none.
QString rolesText(const QList<AssignedRole> &assignedRoles, const QString &legacyRole);
/// "Admin" / "Developer" for the legacy roles; other values as they are.
QString legacyRoleLabel(const QString &role);
/// The timestamp in the user's locale (short format, local time); "—" when invalid.
QString dateTimeText(const QDateTime &dateTime);
/// ISO 8601 UTC for exports; empty when invalid.
QString dateTimeIso(const QDateTime &dateTime);

} // namespace chcloud::orgtext
