#include "KeyPermissions.h"

namespace chcloud {

using namespace Qt::StringLiterals;

namespace {

/// The permissions the app has a reading for: for these, no ALLOW means denied.
/// Anything else may be implied by rules the app does not know, so it stays unknown.
bool isKnownPermission(const QString &permission)
{
    static const QStringList known {
        KeyPermissions::organizationView(), KeyPermissions::organizationManage(),    KeyPermissions::serviceView(),
        KeyPermissions::serviceManage(),    KeyPermissions::serviceQueryEndpoints(),
    };
    return known.contains(permission);
}

/// A rule's permission names the one asked for: the same name, "*", or "area:*".
bool permissionMatches(const QString &rulePermission, const QString &permission)
{
    if (rulePermission == permission || rulePermission == u"*"_s)
        return true;
    return rulePermission.endsWith(u":*"_s) && permission.startsWith(rulePermission.chopped(1));
}

/// An ALLOW of "x:y:manage" also lets the key view x:y.
bool permissionGranted(const QString &rulePermission, const QString &permission)
{
    if (permissionMatches(rulePermission, permission))
        return true;
    if (!permission.endsWith(u":view"_s))
        return false;
    return rulePermission == permission.chopped(4) + u"manage"_s;
}

/// A rule's resource covers the one asked for: the same, "*", "organization/*"
/// (everything of the organization) or "type/*" for any id of that type. A rule for
/// one service does not cover "instance/*" (any or a new service).
bool resourceMatches(const QString &ruleResource, const QString &resource)
{
    if (ruleResource == resource || ruleResource == u"*"_s || ruleResource == u"organization/*"_s)
        return true;
    if (!ruleResource.endsWith(u"/*"_s))
        return false;
    const QString type = ruleResource.chopped(1);
    return resource.startsWith(type);
}

} // namespace

QString KeyPermissions::organizationView()
{
    return u"control-plane:organization:view"_s;
}

QString KeyPermissions::organizationManage()
{
    return u"control-plane:organization:manage"_s;
}

QString KeyPermissions::serviceView()
{
    return u"control-plane:service:view"_s;
}

QString KeyPermissions::serviceManage()
{
    return u"control-plane:service:manage"_s;
}

QString KeyPermissions::serviceQueryEndpoints()
{
    return u"control-plane:service:query-endpoints"_s;
}

QString KeyPermissions::organizationResource()
{
    return u"organization/*"_s;
}

QString KeyPermissions::serviceResource(const QString &serviceId)
{
    return u"instance/"_s + (serviceId.isEmpty() ? u"*"_s : serviceId);
}

KeyPermissions KeyPermissions::compute(const ApiKey &key, const QList<Role> &roles)
{
    KeyPermissions permissions;
    permissions.m_known = true;
    // The legacy roles are frozen once an organization moves to assigned roles:
    // they count only for a key that has none of the new ones.
    if (key.assignedRoles.isEmpty()) {
        permissions.m_legacyRoles = key.roles;
        return permissions;
    }
    for (const AssignedRole &assigned : key.assignedRoles) {
        const auto role = std::find_if(roles.cbegin(), roles.cend(),
                                       [&assigned](const Role &r) { return r.id == assigned.roleId; });
        if (role == roles.cend()) {
            permissions.m_missingRole = true;
            continue;
        }
        for (const RolePolicy &policy : role->policies) {
            const QString effect = policy.allowDeny.toUpper();
            if (effect != u"ALLOW"_s && effect != u"DENY"_s && !effect.isEmpty()) {
                // An effect this version cannot read might allow something.
                permissions.m_missingRole = true;
                continue;
            }
            permissions.m_rules.append(Rule { effect == u"DENY"_s, policy.permissions, policy.resources });
        }
    }
    return permissions;
}

KeyPermissions::Decision KeyPermissions::decide(const QString &permission, const QString &resource) const
{
    if (!m_known)
        return Decision::Unknown;
    if (m_rules.isEmpty() && !m_missingRole)
        return decideLegacy(permission);
    return decideRules(permission, resource);
}

KeyPermissions::Decision KeyPermissions::decideLegacy(const QString &permission) const
{
    // As the ClickHouse Cloud console describes them: admin may do everything;
    // developer has read-only access and may use query endpoints; query_endpoints
    // may only use query endpoints.
    bool unreadableRole = m_legacyRoles.isEmpty();
    for (const QString &role : m_legacyRoles) {
        if (role == u"admin"_s)
            return Decision::Allowed;
        if (role == u"developer"_s) {
            if (permission.endsWith(u":view"_s) || permission == serviceQueryEndpoints())
                return Decision::Allowed;
        } else if (role == u"query_endpoints"_s) {
            if (permission == serviceQueryEndpoints())
                return Decision::Allowed;
        } else {
            unreadableRole = true;
        }
    }
    if (unreadableRole || !isKnownPermission(permission))
        return Decision::Unknown;
    return Decision::Denied;
}

KeyPermissions::Decision KeyPermissions::decideRules(const QString &permission, const QString &resource) const
{
    const auto covers = [&](const Rule &rule, bool grant) {
        const bool permissionHit
            = std::any_of(rule.permissions.cbegin(), rule.permissions.cend(), [&](const QString &p) {
                  return grant ? permissionGranted(p, permission) : permissionMatches(p, permission);
              });
        return permissionHit && std::any_of(rule.resources.cbegin(), rule.resources.cend(), [&](const QString &r) {
                   return resourceMatches(r, resource);
               });
    };
    bool allowed = false;
    for (const Rule &rule : m_rules) {
        if (rule.deny && covers(rule, false))
            return Decision::Denied;
        if (!rule.deny && covers(rule, true))
            allowed = true;
    }
    if (allowed)
        return Decision::Allowed;
    if (m_missingRole || !isKnownPermission(permission))
        return Decision::Unknown;
    return Decision::Denied;
}

} // namespace chcloud
