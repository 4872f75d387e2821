#pragma once

#include "Expected.h"
#include "ParseError.h"

#include <QJsonValue>
#include <QString>

namespace chcloud {

/// A role given to a key, member or invitation ("AssignedRole").
struct AssignedRole
{
    QString roleId;
    QString roleName;
    QString roleType; ///< "system", "custom" (raw)

    static Expected<AssignedRole, ParseError> fromJson(const QJsonValue &json, const QString &path);
    bool operator==(const AssignedRole &) const = default;
};

} // namespace chcloud
