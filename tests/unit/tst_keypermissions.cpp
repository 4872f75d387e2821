// What the signed-in key may do (KeyPermissions): legacy roles, assigned roles'
// policies, deny over allow, resource scopes, and what stays unknown.
#include "domain/KeyPermissions.h"

#include <QTest>

using namespace chcloud;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(chcloud::KeyPermissions::Decision)

namespace {

RolePolicy policy(const QString &effect, const QStringList &permissions, const QStringList &resources)
{
    RolePolicy p;
    p.allowDeny = effect;
    p.permissions = permissions;
    p.resources = resources;
    return p;
}

Role role(const QString &id, const QList<RolePolicy> &policies)
{
    Role r;
    r.id = id;
    r.name = id;
    r.type = u"custom"_s;
    r.policies = policies;
    return r;
}

/// The organization's roles the rows below refer to by id.
QList<Role> organizationRoles()
{
    const QString orgManage = u"control-plane:organization:manage"_s;
    const QString serviceManage = u"control-plane:service:manage"_s;
    const QString serviceView = u"control-plane:service:view"_s;
    return {
        role(u"admin"_s, { policy(u"ALLOW"_s, { orgManage, serviceManage }, { u"organization/*"_s }) }),
        role(u"readonly"_s,
             { policy(u"ALLOW"_s, { u"control-plane:organization:view"_s, serviceView }, { u"instance/*"_s }) }),
        role(u"serviceadmin"_s, { policy(u"ALLOW"_s, { serviceManage }, { u"instance/*"_s }) }),
        role(u"oneservice"_s, { policy(u"ALLOW"_s, { serviceManage }, { u"instance/s1"_s }) }),
        role(u"denys1"_s, { policy(u"DENY"_s, { serviceManage }, { u"instance/s1"_s }) }),
        role(u"denyall"_s, { policy(u"deny"_s, { u"control-plane:service:*"_s }, { u"*"_s }) }),
        role(u"oddeffect"_s, { policy(u"AUDIT"_s, { serviceManage }, { u"instance/*"_s }) }),
    };
}

ApiKey key(const QStringList &legacy, const QStringList &assignedIds)
{
    ApiKey k;
    k.id = u"k"_s;
    k.roles = legacy;
    for (const QString &id : assignedIds)
        k.assignedRoles.append(AssignedRole { id, id, u"custom"_s });
    return k;
}

} // namespace

class TestKeyPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data();
    void decide();
    void notLoadedIsUnknown();
};

void TestKeyPermissions::decide_data()
{
    QTest::addColumn<QStringList>("legacy");
    QTest::addColumn<QStringList>("assigned");
    QTest::addColumn<QString>("permission");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<KeyPermissions::Decision>("expected");

    using D = KeyPermissions::Decision;
    const QString orgManage = u"control-plane:organization:manage"_s;
    const QString orgView = u"control-plane:organization:view"_s;
    const QString serviceManage = u"control-plane:service:manage"_s;
    const QString serviceView = u"control-plane:service:view"_s;
    const QString endpoints = u"control-plane:service:query-endpoints"_s;
    const QString org = u"organization/*"_s;
    const QString anyService = u"instance/*"_s;
    const QString s1 = u"instance/s1"_s;
    const QString s2 = u"instance/s2"_s;
    const QStringList none;

    // Legacy roles, for a key without assigned roles.
    QTest::newRow("legacy admin manages the organization")
        << QStringList { u"admin"_s } << none << orgManage << org << D::Allowed;
    QTest::newRow("legacy admin manages a service")
        << QStringList { u"admin"_s } << none << serviceManage << s1 << D::Allowed;
    QTest::newRow("legacy developer views services")
        << QStringList { u"developer"_s } << none << serviceView << anyService << D::Allowed;
    QTest::newRow("legacy developer uses query endpoints")
        << QStringList { u"developer"_s } << none << endpoints << s1 << D::Allowed;
    QTest::newRow("legacy developer may not manage services")
        << QStringList { u"developer"_s } << none << serviceManage << anyService << D::Denied;
    QTest::newRow("legacy developer may not manage the organization")
        << QStringList { u"developer"_s } << none << orgManage << org << D::Denied;
    QTest::newRow("legacy query_endpoints may not view the organization")
        << QStringList { u"query_endpoints"_s } << none << orgView << org << D::Denied;
    QTest::newRow("legacy developer and admin")
        << QStringList { u"developer"_s, u"admin"_s } << none << serviceManage << s1 << D::Allowed;
    QTest::newRow("legacy role of a newer API")
        << QStringList { u"auditor"_s } << none << serviceManage << s1 << D::Unknown;
    QTest::newRow("no roles at all") << none << none << serviceManage << s1 << D::Unknown;
    QTest::newRow("legacy developer, permission without a reading")
        << QStringList { u"developer"_s } << none << u"control-plane:organization:manage-billing"_s << org
        << D::Unknown;
    // Assigned roles replace the frozen legacy roles.
    QTest::newRow("assigned roles win over legacy admin")
        << QStringList { u"admin"_s } << QStringList { u"readonly"_s } << serviceManage << s1 << D::Denied;
    QTest::newRow("organization/* covers a service")
        << none << QStringList { u"admin"_s } << serviceManage << s1 << D::Allowed;
    QTest::newRow("custom allow on every service")
        << none << QStringList { u"serviceadmin"_s } << serviceManage << s2 << D::Allowed;
    QTest::newRow("custom allow does not reach the organization")
        << none << QStringList { u"serviceadmin"_s } << orgManage << org << D::Denied;
    QTest::newRow("manage implies view") << none << QStringList { u"serviceadmin"_s } << serviceView << s1
                                         << D::Allowed;
    QTest::newRow("view does not imply manage")
        << none << QStringList { u"readonly"_s } << serviceManage << s1 << D::Denied;
    // Resource scopes.
    QTest::newRow("specific resource allows that service")
        << none << QStringList { u"oneservice"_s } << serviceManage << s1 << D::Allowed;
    QTest::newRow("specific resource does not allow another")
        << none << QStringList { u"oneservice"_s } << serviceManage << s2 << D::Denied;
    QTest::newRow("specific resource does not allow a new service")
        << none << QStringList { u"oneservice"_s } << serviceManage << anyService << D::Denied;
    // Deny wins.
    QTest::newRow("deny wins over organization/* allow")
        << none << QStringList { u"admin"_s, u"denys1"_s } << serviceManage << s1 << D::Denied;
    QTest::newRow("deny on one service leaves the others")
        << none << QStringList { u"admin"_s, u"denys1"_s } << serviceManage << s2 << D::Allowed;
    QTest::newRow("deny with wildcards, lower-case effect")
        << none << QStringList { u"admin"_s, u"denyall"_s } << serviceView << s2 << D::Denied;
    QTest::newRow("deny of services leaves the organization")
        << none << QStringList { u"admin"_s, u"denyall"_s } << orgManage << org << D::Allowed;
    // What the app cannot know.
    QTest::newRow("unknown permission") << none << QStringList { u"readonly"_s }
                                        << u"control-plane:service:backup-restore"_s << s1 << D::Unknown;
    QTest::newRow("assigned role not in the list")
        << none << QStringList { u"gone"_s } << serviceManage << s1 << D::Unknown;
    QTest::newRow("missing role, but a deny is known")
        << none << QStringList { u"gone"_s, u"denys1"_s } << serviceManage << s1 << D::Denied;
    QTest::newRow("unreadable effect") << none << QStringList { u"oddeffect"_s } << serviceManage << s1 << D::Unknown;
}

void TestKeyPermissions::decide()
{
    QFETCH(QStringList, legacy);
    QFETCH(QStringList, assigned);
    QFETCH(QString, permission);
    QFETCH(QString, resource);
    QFETCH(KeyPermissions::Decision, expected);

    const KeyPermissions permissions = KeyPermissions::compute(key(legacy, assigned), organizationRoles());
    QVERIFY(permissions.isKnown());
    QCOMPARE(permissions.decide(permission, resource), expected);
    QCOMPARE(permissions.allows(permission, resource), expected != KeyPermissions::Decision::Denied);
}

void TestKeyPermissions::notLoadedIsUnknown()
{
    const KeyPermissions nothing;
    QVERIFY(!nothing.isKnown());
    QCOMPARE(nothing.decide(KeyPermissions::serviceManage(), KeyPermissions::serviceResource()),
             KeyPermissions::Decision::Unknown);
    QVERIFY(nothing.allows(KeyPermissions::organizationManage(), KeyPermissions::organizationResource()));
    QCOMPARE(KeyPermissions::serviceResource(u"abc"_s), u"instance/abc"_s);
}

QTEST_GUILESS_MAIN(TestKeyPermissions)
#include "tst_keypermissions.moc"
