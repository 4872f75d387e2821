// organizationRolesGetList, organizationRoleGet, organizationRolePost,
// organizationRolePatch, organizationRoleDelete.
#include "RouteSupport.h"

#include <QRegularExpression>

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

namespace {

const QStringList &allowDenyValues()
{
    static const QStringList values { u"ALLOW"_s, u"DENY"_s };
    return values;
}

const QStringList &roleV2Values()
{
    static const QStringList values { u"sql-console-readonly"_s, u"sql-console-admin"_s };
    return values;
}

/// "control-plane:organization:view": lower-case parts separated by colons.
bool isValidPermission(const QString &permission)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9-]*(:[a-z0-9*-]+)+$"_s);
    return pattern.match(permission).hasMatch();
}

/// "organization/*", "instance/<id>": a resource type and an id or "*".
bool isValidResource(const QString &resource)
{
    static const QRegularExpression pattern(u"^[a-zA-Z]+/(\\*|[A-Za-z0-9._-]+)$"_s);
    return pattern.match(resource).hasMatch();
}

ApiReply roles(RequestContext &context)
{
    QJsonArray array;
    for (const Role &role : context.store.roles())
        array.append(json::role(role, context.store));
    return ApiReply::ok(array);
}

ApiReply role(RequestContext &context)
{
    const Role *role = context.store.role(context.params.at(1));
    if (!role)
        return ApiReply::notFound(u"role"_s);
    return ApiReply::ok(json::role(*role, context.store));
}

/// Reads one "RBACPolicyCreateRequest"; problems are reported with the policy's index.
std::optional<RolePolicy> readPolicy(const QJsonValue &value, const QString &path, Store &store, BodyReader &outer)
{
    if (!value.isObject()) {
        outer.fail(path + u" must be an object"_s);
        return std::nullopt;
    }
    BodyReader body(value.toObject());
    RolePolicy policy;
    policy.id = DeterministicRandom::randomUuid();
    const auto allowDeny = body.enumeration(u"allowDeny"_s, allowDenyValues());
    const auto permissions = body.stringList(u"permissions"_s);
    const auto resources = body.stringList(u"resources"_s);
    const auto tags = body.object(u"tags"_s);
    if (!body.failed() && (!allowDeny || !permissions || !resources))
        body.fail(u"allowDeny, permissions and resources are required"_s);
    if (!body.failed() && permissions->isEmpty())
        body.fail(u"permissions must not be empty"_s);
    if (!body.failed() && resources->isEmpty())
        body.fail(u"resources must not be empty"_s);
    if (!body.failed()) {
        for (const QString &permission : *permissions) {
            if (!isValidPermission(permission)) {
                body.fail(u"permissions: '"_s + permission
                          + u"' is not a permission (like control-plane:service:view)"_s);
                break;
            }
        }
    }
    if (!body.failed()) {
        for (const QString &resource : *resources) {
            if (!isValidResource(resource)) {
                body.fail(u"resources: '"_s + resource + u"' is not a resource (like instance/* or instance/<id>)"_s);
                break;
            }
            if (resource.startsWith(u"instance/"_s) && resource != u"instance/*"_s && !store.service(resource.mid(9))) {
                body.fail(u"resources: no service with id "_s + resource.mid(9));
                break;
            }
        }
    }
    if (!body.failed() && tags) {
        BodyReader tagReader(*tags);
        const auto grants = tagReader.stringList(u"grants"_s);
        const auto roleV2 = tagReader.enumeration(u"roleV2"_s, roleV2Values());
        if (tagReader.failed())
            body.fail(u"tags."_s + tagReader.error());
        policy.grants = grants.value_or(QStringList());
        policy.roleV2 = roleV2.value_or(QString());
    }
    if (body.failed()) {
        outer.fail(path + u"."_s + body.error());
        return std::nullopt;
    }
    policy.allowDeny = *allowDeny;
    policy.permissions = *permissions;
    policy.resources = *resources;
    return policy;
}

std::optional<QList<RolePolicy>> readPolicies(RequestContext &context, BodyReader &body)
{
    const auto array = body.array(u"policies"_s);
    if (!array)
        return std::nullopt;
    QList<RolePolicy> policies;
    for (qsizetype i = 0; i < array->size(); ++i) {
        auto policy = readPolicy(array->at(i), u"policies["_s + QString::number(i) + u"]"_s, context.store, body);
        if (!policy)
            return std::nullopt;
        policies.append(*policy);
    }
    if (policies.isEmpty()) {
        body.fail(u"policies must not be empty: a role without a policy grants nothing"_s);
        return std::nullopt;
    }
    return policies;
}

/// "user/<userId>" of a member or "apiKey/<id>" of a key.
void checkActors(const Store &store, const QStringList &actors, BodyReader &body)
{
    for (const QString &actor : actors) {
        const qsizetype slash = actor.indexOf(u'/');
        const QString kind = actor.left(slash);
        const QString id = actor.mid(slash + 1);
        bool known = false;
        if (slash > 0 && kind == u"user"_s) {
            for (const Member &m : store.members())
                known = known || m.userId == id;
        } else if (slash > 0 && kind == u"apiKey"_s) {
            for (const ApiKey &k : store.keys())
                known = known || k.id == id;
        } else {
            body.fail(u"actors: '"_s + actor + u"' must be user/<userId> or apiKey/<keyId>"_s);
            return;
        }
        if (!known) {
            body.fail(u"actors: no "_s + (kind == u"user"_s ? u"member"_s : u"API key"_s) + u" with id "_s + id);
            return;
        }
    }
}

QString checkName(const Store &store, const QString &name, const QString &ownId)
{
    if (name.trimmed().isEmpty())
        return u"name must not be blank"_s;
    if (name.size() > 255)
        return u"name must be at most 255 characters"_s;
    for (const Role &r : store.roles()) {
        if (r.id != ownId && r.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return u"a role named '"_s + r.name + u"' already exists"_s;
    }
    return {};
}

int adminMembers(const Store &store)
{
    int count = 0;
    for (const Member &m : store.members())
        count += store.memberIsAdmin(m) ? 1 : 0;
    return count;
}

/// Gives the role to exactly `actors` (members and keys); the ids of keys whose roles changed go to `changedKeys`.
void assignActors(Store &store, const QString &roleId, const QStringList &actors, QStringList *changedKeys)
{
    for (Member &m : store.members()) {
        const bool wanted = actors.contains(u"user/"_s + m.userId);
        if (wanted && !m.assignedRoleIds.contains(roleId))
            m.assignedRoleIds.append(roleId);
        else if (!wanted)
            m.assignedRoleIds.removeAll(roleId);
    }
    for (ApiKey &k : store.keys()) {
        const bool wanted = actors.contains(u"apiKey/"_s + k.id);
        const bool has = k.assignedRoleIds.contains(roleId);
        if (wanted == has)
            continue;
        if (wanted)
            k.assignedRoleIds.append(roleId);
        else
            k.assignedRoleIds.removeAll(roleId);
        changedKeys->append(k.id);
    }
}

/// A member's legacy role follows the assigned ones: admin while one of them grants admin.
void recomputeMemberRoles(Store &store)
{
    for (Member &m : store.members()) {
        if (m.assignedRoleIds.isEmpty())
            continue;
        bool admin = false;
        for (const QString &id : std::as_const(m.assignedRoleIds)) {
            if (const Role *r = store.role(id); r && r->grantsAdmin())
                admin = true;
        }
        m.role = admin ? u"admin"_s : u"developer"_s;
    }
}

/// Runs a change of roles and their holders, keeping it only when an admin member remains.
template<typename Change>
ApiReply changeRoles(RequestContext &context, Change change)
{
    Store &store = context.store;
    const QList<Role> roles = store.roles();
    const QList<Member> members = store.members();
    const QList<ApiKey> keys = store.keys();
    const QList<Invitation> invitations = store.invitations();
    const bool hadAdmin = adminMembers(store) > 0;
    QStringList changedKeys;
    ApiReply reply = change(&changedKeys);
    recomputeMemberRoles(store);
    if (hadAdmin && adminMembers(store) == 0) {
        store.roles() = roles;
        store.members() = members;
        store.keys() = keys;
        store.invitations() = invitations;
        return ApiReply::conflict(u"the organization must keep at least one admin"_s);
    }
    // The spec has no activity type for roles themselves: the change of members' roles stands for it,
    // and every key that gained or lost the role gets its own record.
    const Actor actor = support::actor(context);
    store.recordActivity(u"organization_member_update_roles"_s, actor);
    for (const QString &keyId : std::as_const(changedKeys))
        store.recordActivity(u"openapi_key_update"_s, actor, {}, keyId, u"roles-v2-changed"_s);
    return reply;
}

ApiReply createRole(RequestContext &context)
{
    ApiReply error;
    auto body = support::readBody(context, &error);
    if (!body)
        return error;
    const auto name = body->string(u"name"_s);
    const auto actors = body->stringList(u"actors"_s);
    const auto policies = readPolicies(context, *body);
    if (!body->failed() && (!name || !actors || !policies))
        body->fail(u"name, actors and policies are required"_s);
    if (!body->failed())
        body->fail(checkName(context.store, *name, {}));
    if (!body->failed())
        checkActors(context.store, *actors, *body);
    if (body->failed())
        return ApiReply::badRequest(body->error());
    Role role {
        DeterministicRandom::randomUuid(), name->trimmed(), u"custom"_s, *policies, QDateTime::currentDateTimeUtc(), {}
    };
    return changeRoles(context, [&](QStringList *changedKeys) {
        context.store.roles().append(role);
        assignActors(context.store, role.id, *actors, changedKeys);
        return ApiReply::ok(json::role(role, context.store));
    });
}

/// The custom role a PATCH or DELETE is about, or the reply that refuses it.
Role *customRole(RequestContext &context, ApiReply *refusal)
{
    const QString id = context.params.at(1);
    for (Role &role : context.store.roles()) {
        if (role.id != id)
            continue;
        if (role.type != u"custom"_s) {
            *refusal = ApiReply::badRequest(u"system roles cannot be changed or deleted"_s);
            return nullptr;
        }
        return &role;
    }
    *refusal = ApiReply::notFound(u"role"_s);
    return nullptr;
}

ApiReply updateRole(RequestContext &context)
{
    ApiReply refusal;
    Role *role = customRole(context, &refusal);
    if (!role)
        return refusal;
    ApiReply error;
    auto body = support::readBody(context, &error);
    if (!body)
        return error;
    const auto name = body->string(u"name"_s);
    const auto actors = body->stringList(u"actors"_s);
    const auto policies = readPolicies(context, *body);
    if (!body->failed() && name)
        body->fail(checkName(context.store, *name, role->id));
    if (!body->failed() && actors)
        checkActors(context.store, *actors, *body);
    if (!body->failed() && !name && !actors && !policies)
        body->fail(u"nothing to change: give name, actors or policies"_s);
    if (body->failed())
        return ApiReply::badRequest(body->error());
    const QString id = role->id;
    return changeRoles(context, [&](QStringList *changedKeys) {
        Role *target = nullptr;
        for (Role &r : context.store.roles())
            target = r.id == id ? &r : target;
        if (name)
            target->name = name->trimmed();
        if (policies)
            target->policies = *policies;
        target->updatedAt = QDateTime::currentDateTimeUtc();
        if (actors)
            assignActors(context.store, id, *actors, changedKeys);
        return ApiReply::ok(json::role(*target, context.store));
    });
}

ApiReply deleteRole(RequestContext &context)
{
    ApiReply refusal;
    const Role *role = customRole(context, &refusal);
    if (!role)
        return refusal;
    const QString id = role->id;
    return changeRoles(context, [&](QStringList *changedKeys) {
        // Whoever held the role loses it with the role.
        assignActors(context.store, id, {}, changedKeys);
        for (Invitation &invitation : context.store.invitations())
            invitation.assignedRoleIds.removeAll(id);
        context.store.roles().removeIf([&](const Role &r) { return r.id == id; });
        return ApiReply::okWithoutResult();
    });
}

} // namespace

void registerRoleRoutes(Router &router)
{
    const QString org = u"/v1/organizations/{organizationId}"_s;
    router.add("GET", org + u"/roles"_s, roles);
    router.add("POST", org + u"/roles"_s, createRole);
    router.add("GET", org + u"/roles/{roleId}"_s, role);
    router.add("PATCH", org + u"/roles/{roleId}"_s, updateRole);
    router.add("DELETE", org + u"/roles/{roleId}"_s, deleteRole);
}

} // namespace chcloud::emulator
