// memberGetList, memberGet, memberUpdate, memberDelete,
// invitationGetList, invitationCreate, invitationGet, invitationDelete.
#include "RouteSupport.h"

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

namespace {

ApiReply members(RequestContext &context)
{
    QJsonArray array;
    for (const Member &member : context.store.members())
        array.append(json::member(member, context.store));
    return ApiReply::ok(array);
}

ApiReply member(RequestContext &context)
{
    const Member *member = context.store.member(context.params.at(1));
    if (!member)
        return ApiReply::notFound(u"member"_s);
    return ApiReply::ok(json::member(*member, context.store));
}

int adminCount(const Store &store)
{
    int count = 0;
    for (const Member &m : store.members())
        count += store.memberIsAdmin(m) ? 1 : 0;
    return count;
}

/// Reads `role` / `assignedRoleIds` (members and invitations) into the two out-parameters.
bool readMemberRoles(BodyReader &body, const Store &store, QString *role, QStringList *roleIds)
{
    const auto legacy = body.enumeration(u"role"_s, validation::memberRoles());
    const auto ids = body.stringList(u"assignedRoleIds"_s);
    if (ids) {
        const QString unknown = support::unknownRole(store, *ids);
        if (!unknown.isEmpty())
            body.fail(unknown);
    }
    if (body.failed() || (!legacy && !ids))
        return false;
    if (ids) {
        *roleIds = *ids;
        *role = u"developer"_s;
        for (const QString &id : *ids) {
            if (const Role *r = store.role(id); r && r->grantsAdmin())
                *role = u"admin"_s;
        }
    }
    if (legacy) {
        *role = *legacy;
        if (!ids) {
            roleIds->clear();
            if (const Role *r = store.systemRoleForLegacy(*legacy))
                roleIds->append(r->id);
        }
    }
    return true;
}

ApiReply updateMember(RequestContext &context)
{
    Member *member = context.store.member(context.params.at(1));
    if (!member)
        return ApiReply::notFound(u"member"_s);
    ApiReply error;
    auto body = support::readBody(context, &error);
    if (!body)
        return error;
    QString role = member->role;
    QStringList roleIds = member->assignedRoleIds;
    const bool given = readMemberRoles(*body, context.store, &role, &roleIds);
    if (!body->failed() && !given)
        body->fail(u"role or assignedRoleIds is required"_s);
    if (body->failed())
        return ApiReply::badRequest(body->error());
    Member updated = *member;
    updated.role = role;
    updated.assignedRoleIds = roleIds;
    if (context.store.memberIsAdmin(*member) && !context.store.memberIsAdmin(updated) && adminCount(context.store) <= 1)
        return ApiReply::conflict(u"the organization must keep at least one admin"_s);
    *member = updated;
    context.store.recordActivity(u"organization_member_update_role"_s, support::actor(context));
    return ApiReply::ok(json::member(*member, context.store));
}

ApiReply deleteMember(RequestContext &context)
{
    const Member *member = context.store.member(context.params.at(1));
    if (!member)
        return ApiReply::notFound(u"member"_s);
    if (context.store.memberIsAdmin(*member) && adminCount(context.store) <= 1)
        return ApiReply::conflict(u"the organization must keep at least one admin"_s);
    const QString id = member->userId;
    context.store.members().removeIf([&](const Member &m) { return m.userId == id; });
    context.store.recordActivity(u"organization_member_delete"_s, support::actor(context));
    return ApiReply::okWithoutResult();
}

ApiReply invitations(RequestContext &context)
{
    QJsonArray array;
    for (const Invitation &invitation : context.store.invitations())
        array.append(json::invitation(invitation, context.store));
    return ApiReply::ok(array);
}

ApiReply invitation(RequestContext &context)
{
    const Invitation *invitation = context.store.invitation(context.params.at(1));
    if (!invitation)
        return ApiReply::notFound(u"invitation"_s);
    return ApiReply::ok(json::invitation(*invitation, context.store));
}

ApiReply createInvitation(RequestContext &context)
{
    ApiReply error;
    auto body = support::readBody(context, &error);
    if (!body)
        return error;
    const auto email = body->string(u"email"_s);
    if (!body->failed() && (!email || !validation::isValidEmail(*email)))
        body->fail(u"email must be a valid email address"_s);
    QString role;
    QStringList roleIds;
    const bool given = readMemberRoles(*body, context.store, &role, &roleIds);
    if (!body->failed() && !given)
        body->fail(u"role or assignedRoleIds is required"_s);
    if (body->failed())
        return ApiReply::badRequest(body->error());
    const QString normalized = email->toLower();
    for (const Member &m : context.store.members()) {
        if (m.email.toLower() == normalized)
            return ApiReply::conflict(u"a member with this email already exists"_s);
    }
    for (const Invitation &i : context.store.invitations()) {
        if (i.email == normalized)
            return ApiReply::conflict(u"an invitation for this email is already pending"_s);
    }
    Invitation invitation;
    invitation.id = DeterministicRandom::randomUuid();
    invitation.email = normalized;
    invitation.role = role;
    invitation.assignedRoleIds = roleIds;
    invitation.createdAt = QDateTime::currentDateTimeUtc();
    invitation.expireAt = invitation.createdAt.addDays(7);
    context.store.invitations().append(invitation);
    context.store.recordActivity(u"organization_invite_create"_s, support::actor(context));
    return ApiReply::ok(json::invitation(invitation, context.store));
}

ApiReply deleteInvitation(RequestContext &context)
{
    const QString id = context.params.at(1);
    if (!context.store.invitation(id))
        return ApiReply::notFound(u"invitation"_s);
    context.store.invitations().removeIf([&](const Invitation &i) { return i.id == id; });
    context.store.recordActivity(u"organization_invite_delete"_s, support::actor(context));
    return ApiReply::okWithoutResult();
}

} // namespace

void registerMemberRoutes(Router &router)
{
    const QString org = u"/v1/organizations/{organizationId}"_s;
    router.add("GET", org + u"/members"_s, members);
    router.add("GET", org + u"/members/{userId}"_s, member);
    router.add("PATCH", org + u"/members/{userId}"_s, updateMember);
    router.add("DELETE", org + u"/members/{userId}"_s, deleteMember);
    router.add("GET", org + u"/invitations"_s, invitations);
    router.add("POST", org + u"/invitations"_s, createInvitation);
    router.add("GET", org + u"/invitations/{invitationId}"_s, invitation);
    router.add("DELETE", org + u"/invitations/{invitationId}"_s, deleteInvitation);
}

} // namespace chcloud::emulator
