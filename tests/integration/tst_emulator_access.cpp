// The emulator's roles, quotas and service query endpoint routes over real HTTP:
// the demo seed, create/update/delete with their activities, the checks that answer
// 400 with a reason, the last-admin rule, and read-only keys refused on mutations.

#include "EmulatorProcess.h"
#include "tst_emulator_support.h"

#include <QDateTime>
#include <QTest>

using namespace chcloud::test;
using namespace Qt::StringLiterals;

class TestEmulatorAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void seededRolesAndQueryEndpoint();
    void customRoleLifecycle();
    void roleValidation_data();
    void roleValidation();
    void systemRolesStay();
    void lastAdminIsKept();
    void quotas();
    void queryEndpointLifecycle();
    void queryEndpointValidation_data();
    void queryEndpointValidation();
    void developerKeyCannotChangeAccess();

private:
    QString org(const QString &suffix = {}) const { return u"/v1/organizations/"_s + m_org + suffix; }
    QJsonObject byName(const QString &path, const QString &name);
    QStringList activitiesSince(const QString &since, QStringList *targetKeys = nullptr);
    static QJsonObject policy(const QString &allowDeny, const QStringList &permissions, const QStringList &resources);

    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<EmulatorClient> m_client;
    QString m_org;
};

void TestEmulatorAccess::initTestCase()
{
    m_emulator = std::make_unique<EmulatorProcess>(QStringList { u"--rate-limit"_s, u"100000"_s });
    QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
    m_client = std::make_unique<EmulatorClient>(m_emulator->baseUrl(), m_emulator->authorization());
    m_org = m_client->organizationId();
    QVERIFY(!m_org.isEmpty());
}

QJsonObject TestEmulatorAccess::byName(const QString &path, const QString &name)
{
    for (const QJsonValue &item : m_client->get(org(path)).result().toArray()) {
        if (item[u"name"_s].toString() == name)
            return item.toObject();
    }
    return {};
}

QStringList TestEmulatorAccess::activitiesSince(const QString &since, QStringList *targetKeys)
{
    QStringList types;
    for (const QJsonValue &activity : m_client->get(org(u"/activities?from_date="_s + since)).result().toArray()) {
        types.append(activity[u"type"_s].toString() + u"/"_s + activity[u"keyUpdateType"_s].toString());
        if (targetKeys && activity.toObject().contains(u"targetKeyId"_s))
            targetKeys->append(activity[u"targetKeyId"_s].toString());
    }
    return types;
}

QJsonObject TestEmulatorAccess::policy(const QString &allowDeny, const QStringList &permissions,
                                       const QStringList &resources)
{
    return QJsonObject { { u"allowDeny"_s, allowDeny },
                         { u"permissions"_s, QJsonArray::fromStringList(permissions) },
                         { u"resources"_s, QJsonArray::fromStringList(resources) } };
}

void TestEmulatorAccess::seededRolesAndQueryEndpoint()
{
    const QJsonArray roles = m_client->get(org(u"/roles"_s)).result().toArray();
    int system = 0;
    int custom = 0;
    for (const QJsonValue &role : roles) {
        system += role[u"type"_s].toString() == u"system"_s ? 1 : 0;
        custom += role[u"type"_s].toString() == u"custom"_s ? 1 : 0;
        QVERIFY(!role[u"policies"_s].toArray().isEmpty());
    }
    QVERIFY(system >= 5);
    QCOMPARE(custom, 3);

    // The scoped custom role: an allow and a deny on one service, SQL console tags, held by a key.
    const QJsonObject service = byName(u"/services"_s, u"production-analytics"_s);
    const QJsonObject readers = byName(u"/roles"_s, u"Analytics readers"_s);
    const QJsonArray policies = readers[u"policies"_s].toArray();
    QCOMPARE(policies.size(), 2);
    QCOMPARE(policies[0][u"allowDeny"_s].toString(), u"ALLOW"_s);
    QCOMPARE(policies[0][u"resources"_s].toArray().first().toString(), u"instance/"_s + service[u"id"_s].toString());
    QCOMPARE(policies[0][u"tags"_s][u"roleV2"_s].toString(), u"sql-console-readonly"_s);
    QCOMPARE(policies[1][u"allowDeny"_s].toString(), u"DENY"_s);
    QCOMPARE(policies[1][u"roleId"_s].toString(), readers[u"id"_s].toString());
    const QJsonObject grafana = byName(u"/keys"_s, u"Grafana metrics"_s);
    QCOMPARE(readers[u"actors"_s].toArray(), QJsonArray { QString(u"apiKey/"_s + grafana[u"id"_s].toString()) });

    const HttpResult endpoint
        = m_client->get(org(u"/services/"_s + service[u"id"_s].toString() + u"/serviceQueryEndpoint"_s));
    QCOMPARE(endpoint.status, 200);
    const QJsonObject app = byName(u"/keys"_s, u"Query endpoint app"_s);
    QCOMPARE(endpoint.result()[u"openApiKeys"_s].toArray(), QJsonArray { app[u"id"_s].toString() });
    QCOMPARE(endpoint.result()[u"roles"_s].toArray(), QJsonArray { u"sql_console_read_only"_s });
    QVERIFY(endpoint.result()[u"allowedOrigins"_s].toString().contains(u"https://"_s));
}

void TestEmulatorAccess::customRoleLifecycle()
{
    const QString since = QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODate);
    const QJsonObject key = byName(u"/keys"_s, u"Terraform"_s);
    const QJsonObject member = m_client->get(org(u"/members"_s)).result().toArray().last().toObject();
    const QString keyActor = u"apiKey/"_s + key[u"id"_s].toString();
    const QString userActor = u"user/"_s + member[u"userId"_s].toString();
    const HttpResult created = m_client->post(
        org(u"/roles"_s),
        QJsonObject {
            { u"name"_s, u"Release managers"_s },
            { u"actors"_s, QJsonArray { keyActor, userActor } },
            { u"policies"_s,
              QJsonArray { policy(u"ALLOW"_s, { u"control-plane:service:manage"_s }, { u"instance/*"_s }) } } });
    QCOMPARE(created.status, 200);
    const QString id = created.result()[u"id"_s].toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created.result()[u"type"_s].toString(), u"custom"_s);
    QCOMPARE(created.result()[u"actors"_s].toArray().size(), 2);
    // The holders show it among their roles.
    const QJsonArray keyRoles
        = m_client->get(org(u"/keys/"_s + key[u"id"_s].toString())).result()[u"assignedRoles"_s].toArray();
    QVERIFY(std::any_of(keyRoles.begin(), keyRoles.end(), [&](const QJsonValue &r) { return r[u"roleId"_s] == id; }));

    // PATCH replaces what it names, and only that.
    const HttpResult renamed
        = m_client->patch(org(u"/roles/"_s + id),
                          QJsonObject { { u"name"_s, u"Release team"_s }, { u"actors"_s, QJsonArray { userActor } } });
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.result()[u"name"_s].toString(), u"Release team"_s);
    QCOMPARE(renamed.result()[u"actors"_s].toArray(), QJsonArray { userActor });
    QCOMPARE(renamed.result()[u"policies"_s].toArray().size(), 1);
    QVERIFY(renamed.result()[u"updatedAt"_s].toString() >= renamed.result()[u"createdAt"_s].toString());
    const HttpResult repoliced = m_client->patch(
        org(u"/roles/"_s + id),
        QJsonObject {
            { u"policies"_s,
              QJsonArray { policy(u"ALLOW"_s, { u"control-plane:service:view"_s }, { u"instance/*"_s }),
                           policy(u"DENY"_s, { u"control-plane:service:manage"_s }, { u"instance/*"_s }) } } });
    QCOMPARE(repoliced.status, 200);
    QCOMPARE(repoliced.result()[u"policies"_s].toArray().size(), 2);
    QCOMPARE(repoliced.result()[u"name"_s].toString(), u"Release team"_s);

    QCOMPARE(m_client->del(org(u"/roles/"_s + id)).status, 200);
    QCOMPARE(m_client->get(org(u"/roles/"_s + id)).status, 404);
    QCOMPARE(m_client->del(org(u"/roles/"_s + id)).status, 404);
    const QJsonArray memberRoles
        = m_client->get(org(u"/members/"_s + member[u"userId"_s].toString())).result()[u"assignedRoles"_s].toArray();
    QVERIFY(std::none_of(memberRoles.begin(), memberRoles.end(),
                         [&](const QJsonValue &r) { return r[u"roleId"_s] == id; }));

    // Every mutation left an activity; the key that gained and lost the role has its own.
    QStringList targets;
    const QStringList types = activitiesSince(since, &targets);
    QCOMPARE(types.count(u"organization_member_update_roles/"_s), 4);
    QCOMPARE(types.count(u"openapi_key_update/roles-v2-changed"_s), 2);
    QCOMPARE(targets.count(key[u"id"_s].toString()), 2);
}

void TestEmulatorAccess::roleValidation_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    const QByteArray allow
        = R"({"allowDeny":"ALLOW","permissions":["control-plane:service:view"],"resources":["instance/*"]})";
    QTest::newRow("missing policies") << QByteArray("POST") << QByteArray(R"({"name":"x","actors":[]})")
                                      << u"name, actors and policies are required"_s;
    QTest::newRow("blank name") << QByteArray("POST")
                                << QByteArray(R"({"name":"  ","actors":[],"policies":[)" + allow + "]}")
                                << u"name must not be blank"_s;
    QTest::newRow("name taken") << QByteArray("POST")
                                << QByteArray(R"({"name":"ops ON-CALL","actors":[],"policies":[)" + allow + "]}")
                                << u"already exists"_s;
    QTest::newRow("empty policies") << QByteArray("POST") << QByteArray(R"({"name":"x","actors":[],"policies":[]})")
                                    << u"policies must not be empty"_s;
    QTest::newRow("policy not an object")
        << QByteArray("POST") << QByteArray(R"({"name":"x","actors":[],"policies":[3]})")
        << u"policies[0] must be an object"_s;
    QTest::newRow("allowDeny unknown")
        << QByteArray("POST")
        << QByteArray(R"({"name":"x","actors":[],"policies":[)" + allow
                      + R"(,{"allowDeny":"MAYBE","permissions":["a:b"],"resources":["instance/*"]}]})")
        << u"policies[1].allowDeny must be one of: ALLOW, DENY"_s;
    QTest::newRow("permission malformed")
        << QByteArray("POST")
        << QByteArray(
               R"({"name":"x","actors":[],"policies":[{"allowDeny":"ALLOW","permissions":["view everything"],"resources":["instance/*"]}]})")
        << u"policies[0].permissions: 'view everything' is not a permission"_s;
    QTest::newRow("resource of no service")
        << QByteArray("POST")
        << QByteArray(
               R"({"name":"x","actors":[],"policies":[{"allowDeny":"ALLOW","permissions":["a:b"],"resources":["instance/00000000-0000-4000-8000-000000000000"]}]})")
        << u"policies[0].resources: no service with id"_s;
    QTest::newRow("roleV2 unknown")
        << QByteArray("POST")
        << QByteArray(
               R"({"name":"x","actors":[],"policies":[{"allowDeny":"ALLOW","permissions":["a:b"],"resources":["instance/*"],"tags":{"roleV2":"root"}}]})")
        << u"policies[0].tags.roleV2 must be one of"_s;
    QTest::newRow("actor malformed") << QByteArray("POST")
                                     << QByteArray(R"({"name":"x","actors":["robot:1"],"policies":[)" + allow + "]}")
                                     << u"must be user/<userId> or apiKey/<keyId>"_s;
    QTest::newRow("actor unknown") << QByteArray("POST")
                                   << QByteArray(R"({"name":"x","actors":["apiKey/nope"],"policies":[)" + allow + "]}")
                                   << u"actors: no API key with id nope"_s;
    QTest::newRow("patch with nothing") << QByteArray("PATCH") << QByteArray("{}") << u"nothing to change"_s;
    QTest::newRow("patch name wrong type")
        << QByteArray("PATCH") << QByteArray(R"({"name":5})") << u"name must be a string"_s;
}

void TestEmulatorAccess::roleValidation()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const QString path = method == "POST"
        ? org(u"/roles"_s)
        : org(u"/roles/"_s + byName(u"/roles"_s, u"Read-only auditors"_s)[u"id"_s].toString());
    const int rolesBefore = int(m_client->get(org(u"/roles"_s)).result().toArray().size());
    const HttpResult result = m_client->raw(method, path, body);
    QCOMPARE(result.status, 400);
    QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
    QCOMPARE(int(m_client->get(org(u"/roles"_s)).result().toArray().size()), rolesBefore);
}

void TestEmulatorAccess::systemRolesStay()
{
    const QString admin = byName(u"/roles"_s, u"Admin"_s)[u"id"_s].toString();
    const HttpResult patch = m_client->patch(org(u"/roles/"_s + admin), QJsonObject { { u"name"_s, u"Root"_s } });
    QCOMPARE(patch.status, 400);
    QVERIFY(patch.error().contains(u"system roles"_s));
    QCOMPARE(m_client->del(org(u"/roles/"_s + admin)).status, 400);
    QCOMPARE(m_client->get(org(u"/roles/"_s + admin)).result()[u"name"_s].toString(), u"Admin"_s);
}

void TestEmulatorAccess::lastAdminIsKept()
{
    // Every admin member holds the legacy admin role, so a custom role cannot take the last admin away;
    // an organization whose only admin comes from a custom role can.
    EmulatorProcess emulator({ u"--rate-limit"_s, u"100000"_s, u"--seed"_s, u"empty"_s });
    QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
    EmulatorClient client(emulator.baseUrl(), emulator.authorization());
    const QString base = u"/v1/organizations/"_s + client.organizationId();
    const QJsonObject owner = client.get(base + u"/members"_s).result().toArray().first().toObject();
    const HttpResult created
        = client.post(base + u"/roles"_s,
                      QJsonObject { { u"name"_s, u"Owners"_s },
                                    { u"actors"_s, QJsonArray { QString(u"user/"_s + owner[u"userId"_s].toString()) } },
                                    { u"policies"_s,
                                      QJsonArray { policy(u"ALLOW"_s, { u"control-plane:organization:manage"_s },
                                                          { u"organization/*"_s }) } } });
    QCOMPARE(created.status, 200);
    const QString roleId = created.result()[u"id"_s].toString();
    QString developer;
    for (const QJsonValue &role : client.get(base + u"/roles"_s).result().toArray()) {
        if (role[u"name"_s].toString() == u"Developer"_s)
            developer = role[u"id"_s].toString();
    }
    // The owner becomes a developer who is admin only through the custom role…
    QCOMPARE(client
                 .patch(base + u"/members/"_s + owner[u"userId"_s].toString(),
                        QJsonObject { { u"assignedRoleIds"_s, QJsonArray { developer, roleId } } })
                 .status,
             200);
    // …so neither deleting that role nor emptying its policies' admin rights may pass.
    const HttpResult deleted = client.del(base + u"/roles/"_s + roleId);
    QCOMPARE(deleted.status, 409);
    QVERIFY(deleted.error().contains(u"at least one admin"_s));
    const HttpResult weakened = client.patch(
        base + u"/roles/"_s + roleId,
        QJsonObject {
            { u"policies"_s,
              QJsonArray { policy(u"ALLOW"_s, { u"control-plane:organization:view"_s }, { u"organization/*"_s }) } } });
    QCOMPARE(weakened.status, 409);
    QCOMPARE(client.get(base + u"/roles/"_s + roleId).result()[u"policies"_s][0][u"permissions"_s][0].toString(),
             u"control-plane:organization:manage"_s);
}

void TestEmulatorAccess::quotas()
{
    const HttpResult list = m_client->get(org(u"/quotas"_s));
    QCOMPARE(list.status, 200);
    QStringList codes;
    for (const QJsonValue &quota : list.result().toArray()) {
        codes.append(quota[u"quotaCode"_s].toString());
        for (const QString &field : { u"name"_s, u"description"_s, u"scope"_s, u"value"_s, u"adjustable"_s })
            QVERIFY2(quota.toObject().contains(field), qPrintable(field));
    }
    QCOMPARE(codes,
             (QStringList { u"services-per-organization"_s, u"postgres-services-per-organization"_s,
                            u"replicas-per-warehouse"_s }));
    const HttpResult services = m_client->get(org(u"/quotas/services-per-organization"_s));
    QCOMPARE(services.status, 200);
    QCOMPARE(services.result()[u"usage"_s].toInt(), m_client->get(org(u"/services"_s)).result().toArray().size());
    // A per-warehouse limit has no single usage to report.
    QVERIFY(!m_client->get(org(u"/quotas/replicas-per-warehouse"_s)).result().toObject().contains(u"usage"_s));
    const HttpResult unknown = m_client->get(org(u"/quotas/unicorns-per-organization"_s));
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.error().contains(u"unicorns-per-organization"_s));
}

void TestEmulatorAccess::queryEndpointLifecycle()
{
    const QString since = QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODate);
    const QString service = byName(u"/services"_s, u"eu-reporting"_s)[u"id"_s].toString();
    const QString path = org(u"/services/"_s + service + u"/serviceQueryEndpoint"_s);
    const QString keyA = byName(u"/keys"_s, u"CI deploy"_s)[u"id"_s].toString();
    const QString keyB = byName(u"/keys"_s, u"Fresh read-only key"_s)[u"id"_s].toString();
    QCOMPARE(m_client->get(path).status, 404);
    QCOMPARE(m_client->del(path).status, 404);

    const HttpResult created = m_client->post(path,
                                              QJsonObject { { u"roles"_s, QJsonArray { u"sql_console_admin"_s } },
                                                            { u"openApiKeys"_s, QJsonArray { keyA } },
                                                            { u"allowedOrigins"_s, u"app.example.com"_s } });
    QCOMPARE(created.status, 200);
    const QString id = created.result()[u"id"_s].toString();
    QVERIFY(!id.isEmpty());
    // An upsert keeps the endpoint and replaces what it names.
    const HttpResult updated = m_client->post(path, QJsonObject { { u"openApiKeys"_s, QJsonArray { keyB } } });
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.result()[u"id"_s].toString(), id);
    QCOMPARE(updated.result()[u"openApiKeys"_s].toArray(), QJsonArray { keyB });
    QCOMPARE(updated.result()[u"roles"_s].toArray(), QJsonArray { u"sql_console_admin"_s });
    QCOMPARE(updated.result()[u"allowedOrigins"_s].toString(), u"app.example.com"_s);
    QCOMPARE(m_client->get(path).result(), updated.result());

    QCOMPARE(m_client->del(path).status, 200);
    QCOMPARE(m_client->get(path).status, 404);

    // Create: A gains; update: A loses and B gains; delete: B loses.
    QStringList targets;
    const QStringList types = activitiesSince(since, &targets);
    QCOMPARE(types.count(u"openapi_key_update/service-role-changed"_s), 4);
    QCOMPARE(targets.count(keyA), 2);
    QCOMPARE(targets.count(keyB), 2);
}

void TestEmulatorAccess::queryEndpointValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no roles on create") << QByteArray(R"({"openApiKeys":[]})") << u"roles is required"_s;
    QTest::newRow("unknown role") << QByteArray(R"({"roles":["sql_console_root"]})")
                                  << u"roles must contain only: sql_console_read_only, sql_console_admin"_s;
    QTest::newRow("roles not an array") << QByteArray(R"({"roles":"sql_console_admin"})")
                                        << u"roles must be an array of strings"_s;
    QTest::newRow("unknown key") << QByteArray(R"({"roles":["sql_console_admin"],"openApiKeys":["nope"]})")
                                 << u"openApiKeys: no API key with id nope"_s;
    QTest::newRow("origin with a path")
        << QByteArray(R"({"roles":["sql_console_admin"],"allowedOrigins":"https://a.example.com/app"})")
        << u"allowedOrigins: 'https://a.example.com/app' is not a domain or an http(s) origin"_s;
    QTest::newRow("empty origin in the list")
        << QByteArray(R"({"roles":["sql_console_admin"],"allowedOrigins":"a.example.com,,b.example.com"})")
        << u"allowedOrigins: '' is not"_s;
    QTest::newRow("origins not a string") << QByteArray(R"({"roles":["sql_console_admin"],"allowedOrigins":["a"]})")
                                          << u"allowedOrigins must be a string"_s;
}

void TestEmulatorAccess::queryEndpointValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const QString service = byName(u"/services"_s, u"dev-sandbox"_s)[u"id"_s].toString();
    const QString path = org(u"/services/"_s + service + u"/serviceQueryEndpoint"_s);
    const HttpResult result = m_client->raw("POST", path, body);
    QCOMPARE(result.status, 400);
    QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
    QCOMPARE(m_client->get(path).status, 404); // nothing half-made
}

void TestEmulatorAccess::developerKeyCannotChangeAccess()
{
    const HttpResult created = m_client->post(
        org(u"/keys"_s), QJsonObject { { u"name"_s, u"reader"_s }, { u"roles"_s, QJsonArray { u"developer"_s } } });
    QCOMPARE(created.status, 200);
    const QByteArray auth
        = EmulatorClient::basic(created.result()[u"keyId"_s].toString(), created.result()[u"keySecret"_s].toString());
    const QString service = byName(u"/services"_s, u"production-analytics"_s)[u"id"_s].toString();
    // Reading is allowed…
    QCOMPARE(m_client->get(org(u"/roles"_s), auth).status, 200);
    QCOMPARE(m_client->get(org(u"/quotas"_s), auth).status, 200);
    QCOMPARE(m_client->get(org(u"/services/"_s + service + u"/serviceQueryEndpoint"_s), auth).status, 200);
    // …changing who may do what is not.
    const QString auditors = byName(u"/roles"_s, u"Read-only auditors"_s)[u"id"_s].toString();
    QCOMPARE(m_client->patch(org(u"/roles/"_s + auditors), QJsonObject { { u"name"_s, u"x"_s } }, auth).status, 403);
    QCOMPARE(m_client->del(org(u"/roles/"_s + auditors), auth).status, 403);
    QCOMPARE(m_client->del(org(u"/services/"_s + service + u"/serviceQueryEndpoint"_s), auth).status, 403);
    QCOMPARE(byName(u"/roles"_s, u"Read-only auditors"_s)[u"id"_s].toString(), auditors);
}

QTEST_GUILESS_MAIN(TestEmulatorAccess)
#include "tst_emulator_access.moc"
