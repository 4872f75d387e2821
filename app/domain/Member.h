#pragma once

#include "AssignedRole.h"
#include "Expected.h"
#include "ParseError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace chcloud {

/// A person in the organization ("Member"); userId is required.
struct Member
{
    QString userId;
    QString name;
    QString email;
    QString role; ///< legacy role ("admin", "developer"), raw
    QDateTime joinedAt;
    QList<AssignedRole> assignedRoles;

    static Expected<Member, ParseError> fromJson(const QJsonValue &json, const QString &path);
    bool operator==(const Member &) const = default;
};

/// Body of PATCH /members/{userId} ("MemberPatchRequest").
struct MemberUpdateRequest
{
    std::optional<QString> role; ///< legacy
    std::optional<QStringList> assignedRoleIds;

    QJsonObject toJson() const;
};

/// A pending invitation ("Invitation"); id is required.
struct Invitation
{
    QString id;
    QString email;
    QString role; ///< legacy role, raw
    QDateTime createdAt;
    QDateTime expireAt;
    QList<AssignedRole> assignedRoles;

    static Expected<Invitation, ParseError> fromJson(const QJsonValue &json, const QString &path);
    bool operator==(const Invitation &) const = default;
};

/// Body of POST /invitations ("InvitationPostRequest").
struct InvitationCreateRequest
{
    QString email;
    QString role; ///< legacy; empty: not sent
    QStringList assignedRoleIds;

    QJsonObject toJson() const;
};

} // namespace chcloud
