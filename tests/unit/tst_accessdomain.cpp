// Value types of the 2026-07 access operations: organization quotas and the
// service query endpoint read strictly (a wrong type or a missing required field
// names its path), and the role and query endpoint requests send the spec's shape.

#include "domain/QueryEndpoint.h"
#include "domain/Quota.h"
#include "domain/Role.h"
#include "domain/RoleRequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

QJsonValue parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestAccessDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotaReadsEveryField()
    {
        const auto quota = OrganizationQuota::fromJson(
            parse("{\"quotaCode\":\"services-per-organization\",\"name\":\"Services per organization\", "
                  "\"description\":\"How "
                  "many\",\"scope\":\"organization\",\"value\":20,\"usage\":21,\"adjustable\":true}"),
            u"result"_s);
        QVERIFY(quota);
        QCOMPARE(quota->quotaCode, u"services-per-organization"_s);
        QCOMPARE(quota->scope, u"organization"_s);
        QCOMPARE(quota->value, 20);
        QCOMPARE(quota->usage, std::optional<qint64>(21));
        QCOMPARE(quota->adjustable, std::optional<bool>(true));
        // Usage may exceed a limit lowered later.
        QVERIFY(quota->isReached());
    }

    void quotaWithoutUsageIsNeverReached()
    {
        const auto quota = OrganizationQuota::fromJson(
            parse("{\"quotaCode\":\"replicas-per-warehouse\",\"scope\":\"warehouse\",\"value\":0,\"name\":\"n\", "
                  "\"description\":\"d\",\"adjustable\":false,\"someNewField\":[1]}"),
            u"result"_s);
        QVERIFY(quota);
        QVERIFY(!quota->usage);
        QVERIFY(!quota->isReached());
    }

    void quotaRejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("no code") << QByteArray("{\"value\":3}") << u"result[2].quotaCode"_s;
        QTest::newRow("no value") << QByteArray("{\"quotaCode\":\"x\"}") << u"result[2].value"_s;
        QTest::newRow("value fractional") << QByteArray("{\"quotaCode\":\"x\",\"value\":2.5}") << u"result[2].value"_s;
        QTest::newRow("value as text") << QByteArray("{\"quotaCode\":\"x\",\"value\":\"20\"}") << u"result[2].value"_s;
        QTest::newRow("value negative") << QByteArray("{\"quotaCode\":\"x\",\"value\":-1}") << u"result[2].value"_s;
        QTest::newRow("usage negative") << QByteArray("{\"quotaCode\":\"x\",\"value\":1,\"usage\":-4}")
                                        << u"result[2].usage"_s;
        QTest::newRow("adjustable as text")
            << QByteArray("{\"quotaCode\":\"x\",\"value\":1,\"adjustable\":\"yes\"}") << u"result[2].adjustable"_s;
    }

    void quotaRejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        const auto quota = OrganizationQuota::fromJson(parse(json), u"result[2]"_s);
        QVERIFY(!quota);
        QCOMPARE(quota.error().path, path);
    }

    void queryEndpointReadsAndSplitsOrigins()
    {
        const auto endpoint = ServiceQueryEndpoint::fromJson(
            parse("{\"id\":\"e1\",\"openApiKeys\":[\"k1\",\"k2\"],\"roles\":[\"sql_console_admin\",\"sql_console_"
                  "future\"], \"allowedOrigins\":\" https://a.example.com ,, b.example.com \"}"),
            u"result"_s);
        QVERIFY(endpoint);
        QCOMPARE(endpoint->openApiKeys, (QStringList { u"k1"_s, u"k2"_s }));
        // A role the app does not know yet is kept as sent.
        QCOMPARE(endpoint->roles.last(), u"sql_console_future"_s);
        QCOMPARE(endpoint->allowedOriginList(), (QStringList { u"https://a.example.com"_s, u"b.example.com"_s }));

        const auto wrong = ServiceQueryEndpoint::fromJson(parse("{\"openApiKeys\":\"k1\"}"), u"result"_s);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().path, u"result.openApiKeys"_s);
        const auto wrongItem = ServiceQueryEndpoint::fromJson(parse("{\"roles\":[\"a\",3]}"), u"result"_s);
        QVERIFY(!wrongItem);
        QVERIFY(wrongItem.error().path.startsWith(u"result.roles"_s));
    }

    void queryEndpointRequestSendsEveryField()
    {
        QueryEndpointRequest request;
        request.roles = { u"sql_console_read_only"_s };
        request.openApiKeys = {};
        const QJsonObject json = request.toJson();
        QCOMPARE(json.value(u"roles"_s).toArray(), QJsonArray { u"sql_console_read_only"_s });
        // Empty lists and origins are sent: the upsert replaces them.
        QVERIFY(json.value(u"openApiKeys"_s).isArray());
        QVERIFY(json.value(u"openApiKeys"_s).toArray().isEmpty());
        QCOMPARE(json.value(u"allowedOrigins"_s).toString(), QString());
        QCOMPARE(queryEndpointRoles(), (QStringList { u"sql_console_read_only"_s, u"sql_console_admin"_s }));
    }

    void roleRequestsHaveTheSpecShape()
    {
        RolePolicyRequest policy;
        policy.permissions = { u"control-plane:service:view"_s };
        policy.resources = { u"instance/*"_s };
        RoleCreateRequest create { u"Readers"_s, { u"user/u1"_s }, { policy } };
        const QJsonObject json = create.toJson();
        QCOMPARE(json.value(u"name"_s).toString(), u"Readers"_s);
        QCOMPARE(json.value(u"actors"_s).toArray(), QJsonArray { u"user/u1"_s });
        const QJsonObject sent = json.value(u"policies"_s).toArray().first().toObject();
        QCOMPARE(sent.value(u"allowDeny"_s).toString(), u"ALLOW"_s);
        QVERIFY(!sent.contains(u"tags"_s)); // nothing to say: left out
        policy.roleV2 = u"sql-console-admin"_s;
        QCOMPARE(policy.toJson().value(u"tags"_s).toObject().value(u"roleV2"_s).toString(), u"sql-console-admin"_s);

        RoleUpdateRequest update;
        QVERIFY(update.toJson().isEmpty());
        update.actors = QStringList {};
        // An empty actor list is a change (everyone loses the role), so it is sent.
        QCOMPARE(update.toJson(), (QJsonObject { { u"actors"_s, QJsonArray {} } }));
    }

    void roleReadsPoliciesWithTags()
    {
        const auto role = Role::fromJson(
            parse("{\"id\":\"r1\",\"name\":\"Readers\",\"type\":\"custom\",\"actors\":[\"apiKey/k1\"], "
                  "\"policies\":[{\"id\":\"p1\",\"allowDeny\":\"DENY\",\"permissions\":[\"a:b:c\"],\"resources\":["
                  "\"instance/*\"], \"tags\":{\"grants\":[\"db1\"],\"roleV2\":\"sql-console-readonly\"}}]}"),
            u"result"_s);
        QVERIFY(role);
        QCOMPARE(role->policies.first().allowDeny, u"DENY"_s);
        QCOMPARE(role->policies.first().grants, QStringList { u"db1"_s });
        const auto bad = Role::fromJson(
            parse("{\"id\":\"r1\",\"name\":\"x\",\"policies\":[{\"tags\":{\"grants\":\"db1\"}}]}"), u"result"_s);
        QVERIFY(!bad);
        QCOMPARE(bad.error().path, u"result.policies[0].tags.grants"_s);
    }
};

QTEST_GUILESS_MAIN(TestAccessDomain)
#include "tst_accessdomain.moc"
