// "May do" on the API Keys page: what a key's legacy roles and assigned roles'
// policies let it do, in words, one row per case.

#include "viewmodels/KeyAccessText.h"

#include <QTest>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

Role role(const QString &id, const QString &name, const QList<RolePolicy> &policies)
{
    Role r;
    r.id = id;
    r.name = name;
    r.type = u"custom"_s;
    r.policies = policies;
    return r;
}

RolePolicy policy(const QStringList &permissions, const QStringList &resources, const QString &allowDeny = u"ALLOW"_s)
{
    RolePolicy p;
    p.permissions = permissions;
    p.resources = resources;
    p.allowDeny = allowDeny;
    return p;
}

AssignedRole assigned(const QString &id, const QString &name)
{
    return AssignedRole { id, name, u"custom"_s };
}

} // namespace

class KeyAccessTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesTheKey_data()
    {
        QTest::addColumn<QStringList>("legacyRoles");
        QTest::addColumn<QList<AssignedRole>>("assignedRoles");
        QTest::addColumn<QStringList>("expectedPhrases");
        QTest::addColumn<QString>("expectedShort");

        QTest::newRow("no roles at all") << QStringList {} << QList<AssignedRole> {} << QStringList {} << u"no roles"_s;
        QTest::newRow("legacy admin") << QStringList { u"admin"_s } << QList<AssignedRole> {}
                                      << QStringList { u"can create API keys"_s, u"manages the organization"_s,
                                                       u"manages all services"_s }
                                      << u"can create API keys, manages the organization, +1 more"_s;
        QTest::newRow("legacy developer")
            << QStringList { u"developer"_s } << QList<AssignedRole> {}
            << QStringList { u"read-only on the organization"_s, u"read-only on services"_s }
            << u"read-only on the organization, read-only on services"_s;
        QTest::newRow("legacy query endpoints") << QStringList { u"query_endpoints"_s } << QList<AssignedRole> {}
                                                << QStringList { u"queries services through their query endpoints"_s }
                                                << u"queries services through their query endpoints"_s;
        QTest::newRow("unknown legacy role is named, not guessed")
            << QStringList { u"superuser"_s } << QList<AssignedRole> {}
            << QStringList { u"legacy role “superuser” (not known to this app)"_s }
            << u"legacy role “superuser” (not known to this app)"_s;
        QTest::newRow("role on every service")
            << QStringList {} << QList<AssignedRole> { assigned(u"r-all"_s, u"Service Admin"_s) }
            << QStringList { u"manages all services"_s } << u"manages all services"_s;
        QTest::newRow("role scoped to one named service")
            << QStringList {} << QList<AssignedRole> { assigned(u"r-one"_s, u"Prod ops"_s) }
            << QStringList { u"manages service production-analytics"_s } << u"manages service production-analytics"_s;
        QTest::newRow("service without a known name keeps its id")
            << QStringList {} << QList<AssignedRole> { assigned(u"r-unnamed"_s, u"Other"_s) }
            << QStringList { u"read-only on service svc-9"_s } << u"read-only on service svc-9"_s;
        QTest::newRow("deny rule reads as denied")
            << QStringList {} << QList<AssignedRole> { assigned(u"r-deny"_s, u"Readers"_s) }
            << QStringList { u"read-only on services"_s, u"denied: manages service production-analytics"_s }
            << u"read-only on services, denied: manages service production-analytics"_s;
        QTest::newRow("organization manager can create keys")
            << QStringList {} << QList<AssignedRole> { assigned(u"r-org"_s, u"Ops on-call"_s) }
            << QStringList { u"manages the organization and can create API keys"_s, u"manages all services"_s }
            << u"manages the organization and can create API keys, manages all services"_s;
        QTest::newRow("unknown permission is quoted")
            << QStringList {} << QList<AssignedRole> { assigned(u"r-new"_s, u"New"_s) }
            << QStringList { u"“control-plane:backup:restore” on organization/*"_s }
            << u"“control-plane:backup:restore” on organization/*"_s;
        QTest::newRow("role missing from the list is named")
            << QStringList {} << QList<AssignedRole> { assigned(u"r-gone"_s, u"Vanished"_s) }
            << QStringList { u"holds role Vanished"_s } << u"holds role Vanished"_s;
        QTest::newRow("legacy and assigned together, repeats once")
            << QStringList { u"developer"_s } << QList<AssignedRole> { assigned(u"r-deny"_s, u"Readers"_s) }
            << QStringList { u"read-only on the organization"_s, u"read-only on services"_s,
                             u"denied: manages service production-analytics"_s }
            << u"read-only on the organization, read-only on services, +1 more"_s;
    }

    void describesTheKey()
    {
        QFETCH(QStringList, legacyRoles);
        QFETCH(QList<AssignedRole>, assignedRoles);
        QFETCH(QStringList, expectedPhrases);
        QFETCH(QString, expectedShort);

        const QList<Role> roles {
            role(u"r-all"_s, u"Service Admin"_s,
                 { policy({ u"control-plane:service:manage"_s }, { u"instance/*"_s }) }),
            role(u"r-one"_s, u"Prod ops"_s, { policy({ u"control-plane:service:manage"_s }, { u"instance/svc-1"_s }) }),
            role(u"r-unnamed"_s, u"Other"_s, { policy({ u"control-plane:service:view"_s }, { u"instance/svc-9"_s }) }),
            role(u"r-deny"_s, u"Readers"_s,
                 { policy({ u"control-plane:service:view"_s }, { u"instance/*"_s }),
                   policy({ u"control-plane:service:manage"_s }, { u"instance/svc-1"_s }, u"DENY"_s) }),
            role(u"r-org"_s, u"Ops on-call"_s,
                 { policy({ u"control-plane:organization:manage"_s, u"control-plane:service:manage"_s },
                          { u"organization/*"_s }) }),
            role(u"r-new"_s, u"New"_s, { policy({ u"control-plane:backup:restore"_s }, { u"organization/*"_s }) }),
        };
        const QHash<QString, QString> services { { u"svc-1"_s, u"production-analytics"_s } };

        ApiKey key;
        key.id = u"k1"_s;
        key.roles = legacyRoles;
        key.assignedRoles = assignedRoles;
        const KeyAccessText text = KeyAccessText::describe(key, roles, services);
        QCOMPARE(text.phrases, expectedPhrases);
        QCOMPARE(text.shortText(), expectedShort);
        // One line of details per role the key holds.
        QCOMPARE(text.details.size(), legacyRoles.size() + assignedRoles.size());
    }

    void detailsNameEachRole()
    {
        ApiKey key;
        key.roles = { u"admin"_s };
        key.assignedRoles = { assigned(u"r-x"_s, u"Analytics readers"_s) };
        const KeyAccessText text = KeyAccessText::describe(key, {}, {});
        QCOMPARE(text.fullText(),
                 u"Legacy role admin: can create API keys, manages the organization, manages all "
                 u"services\nRole Analytics readers: its policies are not known yet"_s);
        QCOMPARE(KeyAccessText::describe(ApiKey {}, {}, {}).fullText(), u"This key holds no roles."_s);
    }
};

QTEST_GUILESS_MAIN(KeyAccessTextTest)
#include "tst_keyaccesstext.moc"
