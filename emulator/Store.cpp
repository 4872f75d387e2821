#include "Store.h"

#include "DeterministicRandom.h"

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

namespace {
template<typename T, typename Pred>
T *findIn(QList<T> &list, Pred pred)
{
    for (T &item : list) {
        if (pred(item))
            return &item;
    }
    return nullptr;
}

struct LegacyMapping
{
    QString legacy;
    QString roleName;
};

const QList<LegacyMapping> &legacyMappings()
{
    static const QList<LegacyMapping> list { { u"admin"_s, u"Admin"_s },
                                             { u"developer"_s, u"Developer"_s },
                                             { u"query_endpoints"_s, u"Query Endpoints"_s } };
    return list;
}
} // namespace

Service *Store::service(const QString &id)
{
    return findIn(m_services, [&](const Service &s) { return s.id == id; });
}

ApiKey *Store::key(const QString &id)
{
    return findIn(m_keys, [&](const ApiKey &k) { return k.id == id; });
}

ApiKey *Store::keyByIdHash(const QByteArray &keyIdHash)
{
    return findIn(m_keys, [&](const ApiKey &k) { return k.keyIdHash == keyIdHash; });
}

Member *Store::member(const QString &userId)
{
    return findIn(m_members, [&](const Member &m) { return m.userId == userId; });
}

Invitation *Store::invitation(const QString &id)
{
    return findIn(m_invitations, [&](const Invitation &i) { return i.id == id; });
}

const Role *Store::role(const QString &id) const
{
    for (const Role &r : m_roles) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

const Role *Store::roleByName(const QString &name) const
{
    for (const Role &r : m_roles) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

const Activity *Store::activity(const QString &id) const
{
    for (const Activity &a : m_activities) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

bool Store::removeService(const QString &id)
{
    return m_services.removeIf([&](const Service &s) { return s.id == id; }) > 0;
}

const Role *Store::systemRoleForLegacy(const QString &legacyRole) const
{
    for (const LegacyMapping &mapping : legacyMappings()) {
        if (mapping.legacy == legacyRole)
            return roleByName(mapping.roleName);
    }
    return nullptr;
}

QString Store::legacyNameOf(const Role &role) const
{
    if (role.type != u"system"_s)
        return {};
    for (const LegacyMapping &mapping : legacyMappings()) {
        if (mapping.roleName == role.name)
            return mapping.legacy;
    }
    return {};
}

void Store::syncKeyRolesFromLegacy(ApiKey &key) const
{
    key.assignedRoleIds.clear();
    for (const QString &legacy : std::as_const(key.roles)) {
        if (const Role *r = systemRoleForLegacy(legacy))
            key.assignedRoleIds.append(r->id);
    }
}

void Store::syncKeyRolesFromAssigned(ApiKey &key) const
{
    key.roles.clear();
    for (const QString &id : std::as_const(key.assignedRoleIds)) {
        if (const Role *r = role(id)) {
            const QString legacy = legacyNameOf(*r);
            if (!legacy.isEmpty() && !key.roles.contains(legacy))
                key.roles.append(legacy);
        }
    }
}

bool Store::keyIsAdmin(const ApiKey &key) const
{
    if (key.roles.contains(u"admin"_s))
        return true;
    for (const QString &id : key.assignedRoleIds) {
        if (const Role *r = role(id); r && r->grantsAdmin())
            return true;
    }
    return false;
}

bool Store::memberIsAdmin(const Member &member) const
{
    if (member.role == u"admin"_s)
        return true;
    for (const QString &id : member.assignedRoleIds) {
        if (const Role *r = role(id); r && r->grantsAdmin())
            return true;
    }
    return false;
}

Activity &Store::recordActivity(const QString &type, const Actor &actor, const QString &serviceId,
                                const QString &targetKeyId, const QString &keyUpdateType)
{
    Activity activity;
    activity.id = DeterministicRandom::randomUuid();
    activity.createdAt = QDateTime::currentDateTimeUtc();
    activity.type = type;
    activity.actorType = actor.type;
    activity.actorId = actor.id;
    activity.actorDetails = actor.details;
    activity.actorIpAddress = actor.ipAddress;
    activity.userAgent = actor.userAgent;
    activity.serviceId = serviceId;
    activity.targetKeyId = targetKeyId;
    activity.keyUpdateType = keyUpdateType;
    m_activities.append(activity);
    return m_activities.last();
}

Actor Store::apiActor(const ApiKey &key, const QString &ipAddress, const QString &userAgent)
{
    return Actor { u"api"_s, key.id, u"API key: "_s + key.name + u" (…"_s + key.keySuffix + u")"_s, ipAddress,
                   userAgent };
}

Actor Store::userActor(const Member &member)
{
    return Actor { u"user"_s, member.userId, member.name + u" <"_s + member.email + u">"_s, u"203.0.113.24"_s,
                   u"Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0"_s };
}

} // namespace chcloud::emulator
