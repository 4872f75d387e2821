#pragma once

#include "Model.h"

#include <QList>
#include <QString>

namespace chcloud::emulator {

/// Who performed a mutation, as an Activity records it.
struct Actor
{
    QString type; ///< user, support, system, api
    QString id;
    QString details;
    QString ipAddress;
    QString userAgent;
};

/// All data of the emulated organization, in memory. Lookups are linear: even the
/// large seed (2,000 services, 100 keys) answers in microseconds.
class Store
{
public:
    Organization &organization() { return m_organization; }
    const Organization &organization() const { return m_organization; }
    QList<Role> &roles() { return m_roles; }
    const QList<Role> &roles() const { return m_roles; }
    QList<Service> &services() { return m_services; }
    const QList<Service> &services() const { return m_services; }
    QList<ApiKey> &keys() { return m_keys; }
    const QList<ApiKey> &keys() const { return m_keys; }
    QList<Member> &members() { return m_members; }
    const QList<Member> &members() const { return m_members; }
    QList<Invitation> &invitations() { return m_invitations; }
    const QList<Invitation> &invitations() const { return m_invitations; }
    QList<Activity> &activities() { return m_activities; }
    const QList<Activity> &activities() const { return m_activities; }

    Service *service(const QString &id);
    ApiKey *key(const QString &id);
    /// The key whose authentication key ID hashes to `keyIdHash` (base64 SHA-256).
    ApiKey *keyByIdHash(const QByteArray &keyIdHash);
    Member *member(const QString &userId);
    Invitation *invitation(const QString &id);
    const Role *role(const QString &id) const;
    const Role *roleByName(const QString &name) const;
    const Activity *activity(const QString &id) const;
    bool removeService(const QString &id);

    /// The system role that stands for a legacy role name (admin → "Admin"…).
    const Role *systemRoleForLegacy(const QString &legacyRole) const;
    /// The legacy role name of a system role, or empty.
    QString legacyNameOf(const Role &role) const;
    /// Keeps `roles` and `assignedRoleIds` of a key consistent after one of them changed.
    void syncKeyRolesFromLegacy(ApiKey &key) const;
    void syncKeyRolesFromAssigned(ApiKey &key) const;
    /// True when the key may mutate: legacy role `admin`, or an assigned role that grants admin.
    bool keyIsAdmin(const ApiKey &key) const;
    bool memberIsAdmin(const Member &member) const;

    Activity &recordActivity(const QString &type, const Actor &actor, const QString &serviceId = {},
                             const QString &targetKeyId = {}, const QString &keyUpdateType = {});
    /// The actor for a request made with `key` from `ipAddress`.
    static Actor apiActor(const ApiKey &key, const QString &ipAddress, const QString &userAgent);
    static Actor userActor(const Member &member);

    /// Days of usage the seed generates back from today (90 demo, 365 large).
    int usageHistoryDays() const { return m_usageHistoryDays; }
    void setUsageHistoryDays(int days) { m_usageHistoryDays = days; }

private:
    Organization m_organization;
    QList<Role> m_roles;
    QList<Service> m_services;
    QList<ApiKey> m_keys;
    QList<Member> m_members;
    QList<Invitation> m_invitations;
    QList<Activity> m_activities;
    int m_usageHistoryDays = 90;
};

} // namespace chcloud::emulator
