#pragma once

#include "ApiKey.h"
#include "Role.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace chcloud {

/// What the signed-in API key may do, read from its roles: the legacy roles
/// ("admin", "developer", "query_endpoints") of a key that has no assigned roles,
/// else the policies of its assigned roles as the organization's roles list gives
/// them. Answers allowed, denied or unknown per permission and resource; a DENY
/// rule wins over any ALLOW. Whatever the app cannot decide for certain (nothing
/// loaded, an assigned role missing from the list, a permission it has no reading
/// for) is Unknown, which callers treat as allowed: an action is only disabled
/// when the key certainly lacks the permission.
class KeyPermissions
{
public:
    enum class Decision {
        Allowed,
        Denied,
        Unknown,
    };

    /// The permissions the app knows ("control-plane:…"), with the resource each applies to.
    /// The rest of the app names them through these, never as literals.
    static QString organizationView();
    static QString organizationManage();
    static QString serviceView();
    static QString serviceManage();
    static QString serviceQueryEndpoints();
    /// "organization/*" and "instance/<id>" ("instance/*" for an empty id: any or a new service).
    static QString organizationResource();
    static QString serviceResource(const QString &serviceId = {});

    /// Nothing known: every question is Unknown.
    KeyPermissions() = default;
    /// From the key as listed and the organization's roles (organizationRolesGetList).
    static KeyPermissions compute(const ApiKey &key, const QList<Role> &roles);

    bool isKnown() const { return m_known; }
    Decision decide(const QString &permission, const QString &resource) const;
    /// Only Denied is false: Unknown leaves the action enabled.
    bool allows(const QString &permission, const QString &resource) const
    {
        return decide(permission, resource) != Decision::Denied;
    }

    bool operator==(const KeyPermissions &) const = default;

private:
    struct Rule
    {
        bool deny = false;
        QStringList permissions;
        QStringList resources;
        bool operator==(const Rule &) const = default;
    };

    Decision decideLegacy(const QString &permission) const;
    Decision decideRules(const QString &permission, const QString &resource) const;

    bool m_known = false;
    QStringList m_legacyRoles; ///< used only when the key has no assigned roles
    QList<Rule> m_rules;
    /// An assigned role is not in the roles list: an absent ALLOW may be there.
    bool m_missingRole = false;
};

} // namespace chcloud
