#include "Member.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace chcloud {

using json::ObjectReader;

Expected<Member, ParseError> Member::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    Member member;
    reader.required(QStringLiteral("userId"), member.userId);
    reader.optional(QStringLiteral("name"), member.name);
    reader.optional(QStringLiteral("email"), member.email);
    reader.optional(QStringLiteral("role"), member.role);
    reader.optional(QStringLiteral("joinedAt"), member.joinedAt);
    reader.optionalList(QStringLiteral("assignedRoles"), member.assignedRoles);
    if (!reader.ok())
        return unexpected(reader.error());
    return member;
}

QJsonObject MemberUpdateRequest::toJson() const
{
    QJsonObject object;
    json::insertIfSet(object, QStringLiteral("role"), role);
    if (assignedRoleIds)
        object.insert(QStringLiteral("assignedRoleIds"), QJsonArray::fromStringList(*assignedRoleIds));
    return object;
}

Expected<Invitation, ParseError> Invitation::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    Invitation invitation;
    reader.required(QStringLiteral("id"), invitation.id);
    reader.optional(QStringLiteral("email"), invitation.email);
    reader.optional(QStringLiteral("role"), invitation.role);
    reader.optional(QStringLiteral("createdAt"), invitation.createdAt);
    reader.optional(QStringLiteral("expireAt"), invitation.expireAt);
    reader.optionalList(QStringLiteral("assignedRoles"), invitation.assignedRoles);
    if (!reader.ok())
        return unexpected(reader.error());
    return invitation;
}

QJsonObject InvitationCreateRequest::toJson() const
{
    QJsonObject object { { QStringLiteral("email"), email } };
    json::insertIfNotEmpty(object, QStringLiteral("role"), role);
    if (!assignedRoleIds.isEmpty())
        object.insert(QStringLiteral("assignedRoleIds"), QJsonArray::fromStringList(assignedRoleIds));
    return object;
}

} // namespace chcloud
