// Every route of chcloud-emulator over real HTTP: happy paths, validation errors,
// authentication and authorization, state transitions, activities and bad input.

#include "EmulatorProcess.h"
#include "tst_emulator_support.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

using namespace chcloud::test;
using namespace Qt::StringLiterals;

class TestEmulatorRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void getRoutes_data();
    void getRoutes();
    void seededDemoData();
    void serviceLifecycle();
    void serviceAutoscalingModes();
    void serviceUpdate();
    void serviceScalingAndPassword();
    void backupConfiguration();
    void validationErrors_data();
    void validationErrors();
    void notFound_data();
    void notFound();
    void unauthorized_data();
    void unauthorized();
    void keyLifecycle();
    void hashDataKey();
    void expiredKeyIsRejected();
    void developerKeyCannotMutate();
    void membersAndInvitations();
    void activitiesRecordMutations();
    void usageCost();
    void badInput();
    void garbageNeverCrashes_data();
    void garbageNeverCrashes();

private:
    QString org(const QString &suffix = {}) const { return u"/v1/organizations/"_s + m_org + suffix; }
    /// Creates a key and returns {id, Authorization header}.
    QPair<QString, QByteArray> createKey(const QJsonObject &body);

    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<EmulatorClient> m_client;
    QString m_org;
    QString m_service;
    QString m_key;
    QString m_member;
    QString m_invitation;
    QString m_activity;
    QString m_role;
    QString m_backup;
};

void TestEmulatorRoutes::initTestCase()
{
    m_emulator = std::make_unique<EmulatorProcess>(
        QStringList { u"--rate-limit"_s, u"100000"_s, u"--transition-ms"_s, u"200"_s });
    QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
    m_client = std::make_unique<EmulatorClient>(m_emulator->baseUrl(), m_emulator->authorization());
    m_client->setControlToken(m_emulator->controlToken());
    m_org = m_client->organizationId();
    QVERIFY(!m_org.isEmpty());
    auto firstId = [&](const QString &path, const QString &field) {
        const HttpResult result = m_client->get(org(path));
        return result.result().toArray().first().toObject().value(field).toString();
    };
    m_service = firstId(u"/services"_s, u"id"_s);
    m_key = firstId(u"/keys"_s, u"id"_s);
    m_member = firstId(u"/members"_s, u"userId"_s);
    m_invitation = firstId(u"/invitations"_s, u"id"_s);
    m_activity = firstId(u"/activities"_s, u"id"_s);
    m_role = firstId(u"/roles"_s, u"id"_s);
    m_backup = firstId(u"/services/"_s + m_service + u"/backups"_s, u"id"_s);
    for (const QString *id : { &m_service, &m_key, &m_member, &m_invitation, &m_activity, &m_role, &m_backup })
        QVERIFY(!id->isEmpty());
}

void TestEmulatorRoutes::cleanupTestCase()
{
    m_client.reset();
    m_emulator.reset();
}

QPair<QString, QByteArray> TestEmulatorRoutes::createKey(const QJsonObject &body)
{
    const HttpResult created = m_client->post(org(u"/keys"_s), body);
    if (created.status != 200)
        return {};
    const QJsonObject result = created.result().toObject();
    return { result.value(u"key"_s).toObject().value(u"id"_s).toString(),
             EmulatorClient::basic(result.value(u"keyId"_s).toString(), result.value(u"keySecret"_s).toString()) };
}

void TestEmulatorRoutes::getRoutes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isText");
    QTest::newRow("organizationGetList") << u"/v1/organizations"_s << false;
    QTest::newRow("organizationGet") << u"{org}"_s << false;
    QTest::newRow("organizationPrometheusGet") << u"{org}/prometheus"_s << true;
    QTest::newRow("organizationPrometheusGet filtered") << u"{org}/prometheus?filtered_metrics=true"_s << true;
    QTest::newRow("organizationRolesGetList") << u"{org}/roles"_s << false;
    QTest::newRow("organizationRoleGet") << u"{org}/roles/{role}"_s << false;
    QTest::newRow("organizationPrivateEndpointConfigGetList")
        << u"{org}/privateEndpointConfig?cloud_provider=gcp&region_id=us-central1"_s << false;
    QTest::newRow("instanceGetList") << u"{org}/services"_s << false;
    QTest::newRow("instanceGetList with tag filter") << u"{org}/services?filter=tag:env=production"_s << false;
    QTest::newRow("instanceGet") << u"{org}/services/{service}"_s << false;
    QTest::newRow("instanceGet trailing slash") << u"{org}/services/{service}/"_s << false;
    QTest::newRow("instancePrometheusGet") << u"{org}/services/{service}/prometheus"_s << true;
    QTest::newRow("backupGetList") << u"{org}/services/{service}/backups"_s << false;
    QTest::newRow("backupGet") << u"{org}/services/{service}/backups/{backup}"_s << false;
    QTest::newRow("backupConfigurationGet") << u"{org}/services/{service}/backupConfiguration"_s << false;
    QTest::newRow("openapiKeyGetList") << u"{org}/keys"_s << false;
    QTest::newRow("openapiKeyGet") << u"{org}/keys/{key}"_s << false;
    QTest::newRow("memberGetList") << u"{org}/members"_s << false;
    QTest::newRow("memberGet") << u"{org}/members/{member}"_s << false;
    QTest::newRow("invitationGetList") << u"{org}/invitations"_s << false;
    QTest::newRow("invitationGet") << u"{org}/invitations/{invitation}"_s << false;
    QTest::newRow("activityGetList") << u"{org}/activities"_s << false;
    QTest::newRow("activityGetList with dates")
        << u"{org}/activities?from_date=2020-01-01T00:00:00Z&to_date=2099-01-01T00:00:00Z"_s << false;
    QTest::newRow("activityGet") << u"{org}/activities/{activity}"_s << false;
    QTest::newRow("usageCostGet") << u"{org}/usageCost?from_date={from}&to_date={to}"_s << false;
}

void TestEmulatorRoutes::getRoutes()
{
    QFETCH(QString, path);
    QFETCH(bool, isText);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    path.replace(u"{org}"_s, org())
        .replace(u"{role}"_s, m_role)
        .replace(u"{service}"_s, m_service)
        .replace(u"{backup}"_s, m_backup)
        .replace(u"{key}"_s, m_key)
        .replace(u"{member}"_s, m_member)
        .replace(u"{invitation}"_s, m_invitation)
        .replace(u"{activity}"_s, m_activity)
        .replace(u"{from}"_s, today.addDays(-30).toString(Qt::ISODate))
        .replace(u"{to}"_s, today.toString(Qt::ISODate));
    const HttpResult result = m_client->get(path);
    QCOMPARE(result.status, 200);
    if (isText) {
        QVERIFY(result.header("content-type").startsWith("text/plain"));
        QVERIFY(result.body.contains("# TYPE "));
        QVERIFY(result.body.contains("ClickHouse_ServiceInfo{"));
        return;
    }
    QCOMPARE(result.parseError.error, QJsonParseError::NoError);
    QCOMPARE(result.json().value(u"status"_s).toInt(), 200);
    static const QRegularExpression uuidV4(u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    QVERIFY(uuidV4.match(result.json().value(u"requestId"_s).toString()).hasMatch());
    QVERIFY(result.json().contains(u"result"_s));
    QCOMPARE(result.header("x-ratelimit-limit"), QByteArray("100000"));
}

void TestEmulatorRoutes::seededDemoData()
{
    const QJsonArray services = m_client->get(org(u"/services"_s)).result().toArray();
    QVERIFY(services.size() >= 6);
    QSet<QString> providers, states;
    for (const QJsonValue &service : services) {
        providers.insert(service[u"provider"_s].toString());
        states.insert(service[u"state"_s].toString());
    }
    QCOMPARE(providers, (QSet<QString> { u"aws"_s, u"gcp"_s, u"azure"_s }));
    for (const QString &state : { u"running"_s, u"stopped"_s, u"idle"_s })
        QVERIFY2(states.contains(state), qPrintable(state));

    const QJsonArray keys = m_client->get(org(u"/keys"_s)).result().toArray();
    QVERIFY(keys.size() >= 8);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int disabled = 0, expired = 0, expiringSoon = 0, neverUsed = 0, bootstrap = 0;
    for (const QJsonValue &key : keys) {
        disabled += key[u"state"_s].toString() == u"disabled"_s;
        const QDateTime expireAt = QDateTime::fromString(key[u"expireAt"_s].toString(), Qt::ISODate);
        expired += expireAt.isValid() && expireAt < now;
        expiringSoon += expireAt.isValid() && expireAt > now && expireAt < now.addDays(7);
        neverUsed += !key.toObject().contains(u"usedAt"_s);
        bootstrap += key[u"keySuffix"_s].toString() == m_emulator->keyId().right(4);
    }
    QVERIFY(disabled >= 1);
    QVERIFY(expired >= 1);
    QVERIFY(expiringSoon >= 1);
    QVERIFY(neverUsed >= 1);
    QCOMPARE(bootstrap, 1);

    // Every key has a key_create activity naming who created it.
    const QJsonArray activities = m_client->get(org(u"/activities"_s)).result().toArray();
    for (const QJsonValue &key : keys) {
        bool found = false;
        for (const QJsonValue &activity : activities) {
            if (activity[u"type"_s].toString() == u"key_create"_s
                && activity[u"targetKeyId"_s].toString() == key[u"id"_s].toString())
                found = !activity[u"actorDetails"_s].toString().isEmpty();
        }
        QVERIFY2(found, qPrintable(key[u"name"_s].toString()));
    }
    QVERIFY(m_client->get(org(u"/members"_s)).result().toArray().size() >= 3);
    QVERIFY(m_client->get(org(u"/invitations"_s)).result().toArray().size() >= 2);
}

void TestEmulatorRoutes::serviceLifecycle()
{
    const HttpResult created = m_client->post(org(u"/services"_s),
                                              QJsonObject { { u"name"_s, u"lifecycle"_s },
                                                            { u"provider"_s, u"gcp"_s },
                                                            { u"region"_s, u"europe-west4"_s },
                                                            { u"minReplicaMemoryGb"_s, 8 },
                                                            { u"maxReplicaMemoryGb"_s, 16 },
                                                            { u"numReplicas"_s, 1 } });
    QCOMPARE(created.status, 200);
    const QJsonObject service = created.result()[u"service"_s].toObject();
    QVERIFY(!created.result()[u"password"_s].toString().isEmpty());
    QCOMPARE(service[u"state"_s].toString(), u"provisioning"_s);
    QCOMPARE(service[u"autoscalingMode"_s].toString(), u"vertical"_s);
    const QString path = org(u"/services/"_s + service[u"id"_s].toString());
    auto state = [&] {
        return m_client->get(path).result()[u"state"_s].toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(state(), u"running"_s, 5000);

    const HttpResult deleteRunning = m_client->del(path);
    QCOMPARE(deleteRunning.status, 409);
    QVERIFY(deleteRunning.error().startsWith(u"CONFLICT: "_s));

    const HttpResult stop = m_client->patch(path + u"/state"_s, QJsonObject { { u"command"_s, u"stop"_s } });
    QCOMPARE(stop.status, 200);
    QCOMPARE(stop.result()[u"state"_s].toString(), u"stopping"_s);
    QTRY_COMPARE_WITH_TIMEOUT(state(), u"stopped"_s, 5000);

    const HttpResult start = m_client->patch(path + u"/state"_s, QJsonObject { { u"command"_s, u"start"_s } });
    QCOMPARE(start.result()[u"state"_s].toString(), u"starting"_s);
    QTRY_COMPARE_WITH_TIMEOUT(state(), u"running"_s, 5000);
    QCOMPARE(m_client->patch(path + u"/state"_s, QJsonObject { { u"command"_s, u"stop"_s } }).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(state(), u"stopped"_s, 5000);

    QCOMPARE(m_client->del(path).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->get(path).status, 404, 5000);

    QStringList types;
    for (const QJsonValue &activity : m_client->get(org(u"/activities"_s)).result().toArray()) {
        if (activity[u"serviceId"_s].toString() == service[u"id"_s].toString())
            types << activity[u"type"_s].toString();
    }
    QCOMPARE(types,
             (QStringList { u"service_create"_s, u"service_stop"_s, u"service_start"_s, u"service_stop"_s,
                            u"service_delete"_s }));
}

void TestEmulatorRoutes::serviceUpdate()
{
    const QString path = org(u"/services/"_s + m_service);
    const QJsonObject before = m_client->get(path).result().toObject();
    const HttpResult updated = m_client->patch(
        path,
        QJsonObject {
            { u"name"_s, u"renamed-service"_s },
            { u"ipAccessList"_s,
              QJsonObject {
                  { u"add"_s,
                    QJsonArray { QJsonObject { { u"source"_s, u"10.1.0.0/16"_s }, { u"description"_s, u"vpc"_s } } } },
                  { u"remove"_s, QJsonArray { QJsonObject { { u"source"_s, u"203.0.113.0/24"_s } } } } } },
            { u"tags"_s,
              QJsonObject {
                  { u"add"_s, QJsonArray { QJsonObject { { u"key"_s, u"owner"_s }, { u"value"_s, u"qa"_s } } } } } } });
    QCOMPARE(updated.status, 200);
    const QJsonObject after = updated.result().toObject();
    QCOMPARE(after[u"name"_s].toString(), u"renamed-service"_s);
    QStringList sources;
    for (const QJsonValue &entry : after[u"ipAccessList"_s].toArray())
        sources << entry[u"source"_s].toString();
    QVERIFY(sources.contains(u"10.1.0.0/16"_s));
    QVERIFY(!sources.contains(u"203.0.113.0/24"_s));

    const QJsonArray filtered = m_client->get(org(u"/services?filter=tag:owner=qa"_s)).result().toArray();
    QCOMPARE(filtered.size(), 1);
    QCOMPARE(filtered.first()[u"id"_s].toString(), m_service);
    QCOMPARE(m_client->get(org(u"/services?filter=tag:owner=qa&filter=tag:nonexistent"_s)).result().toArray().size(),
             0);

    QCOMPARE(m_client->patch(path, QJsonObject { { u"name"_s, before[u"name"_s] } }).status, 200);
}

void TestEmulatorRoutes::serviceAutoscalingModes()
{
    // The seed holds both kinds.
    QStringList modes;
    for (const QJsonValue &service : m_client->get(org(u"/services"_s)).result().toArray())
        modes.append(service[u"autoscalingMode"_s].toString());
    QVERIFY2(modes.contains(u"vertical"_s) && modes.contains(u"horizontal"_s), qPrintable(modes.join(u", "_s)));

    const HttpResult created = m_client->post(org(u"/services"_s),
                                              QJsonObject { { u"name"_s, u"elastic"_s },
                                                            { u"provider"_s, u"aws"_s },
                                                            { u"region"_s, u"ca-central-1"_s },
                                                            { u"autoscalingMode"_s, u"horizontal"_s },
                                                            { u"minReplicas"_s, 2 },
                                                            { u"maxReplicas"_s, 5 },
                                                            { u"minReplicaMemoryGb"_s, 32 },
                                                            { u"maxReplicaMemoryGb"_s, 32 } });
    QCOMPARE(created.status, 200);
    const QJsonObject service = created.result()[u"service"_s].toObject();
    QCOMPARE(service[u"autoscalingMode"_s].toString(), u"horizontal"_s);
    QCOMPARE(service[u"minReplicas"_s].toInt(), 2);
    QCOMPARE(service[u"maxReplicas"_s].toInt(), 5);
    QCOMPARE(service[u"replicaMemoryGb"_s].toInt(), 32);
    QCOMPARE(service[u"currentScaling"_s][u"effectiveAutoscalingMode"_s].toString(), u"horizontal"_s);
    const QString path = org(u"/services/"_s + service[u"id"_s].toString());

    // replicaMemoryGb left the request: it is ignored like any unknown property.
    const HttpResult band = m_client->patch(
        path + u"/replicaScaling"_s,
        QJsonObject { { u"minReplicas"_s, 3 }, { u"maxReplicas"_s, 6 }, { u"replicaMemoryGb"_s, 64 } });
    QCOMPARE(band.status, 200);
    QCOMPARE(band.result()[u"autoscalingMode"_s].toString(), u"horizontal"_s);
    QCOMPARE(band.result()[u"maxReplicas"_s].toInt(), 6);
    QCOMPARE(band.result()[u"replicaMemoryGb"_s].toInt(), 32);

    const HttpResult vertical = m_client->patch(path + u"/replicaScaling"_s,
                                                QJsonObject { { u"autoscalingMode"_s, u"vertical"_s },
                                                              { u"numReplicas"_s, 2 },
                                                              { u"minReplicaMemoryGb"_s, 16 },
                                                              { u"maxReplicaMemoryGb"_s, 48 } });
    QCOMPARE(vertical.status, 200);
    QCOMPARE(vertical.result()[u"autoscalingMode"_s].toString(), u"vertical"_s);
    QCOMPARE(vertical.result()[u"numReplicas"_s].toInt(), 2);
    QCOMPARE(vertical.result()[u"maxReplicaMemoryGb"_s].toInt(), 48);
    QVERIFY(!vertical.result().toObject().contains(u"minReplicas"_s));

    const HttpResult backToHorizontal = m_client->patch(
        path + u"/replicaScaling"_s,
        QJsonObject { { u"autoscalingMode"_s, u"horizontal"_s }, { u"minReplicas"_s, 1 }, { u"maxReplicas"_s, 4 } });
    QCOMPARE(backToHorizontal.status, 200);
    QCOMPARE(backToHorizontal.result()[u"autoscalingMode"_s].toString(), u"horizontal"_s);
    QCOMPARE(backToHorizontal.result()[u"minReplicaMemoryGb"_s].toInt(),
             backToHorizontal.result()[u"maxReplicaMemoryGb"_s].toInt());
}

void TestEmulatorRoutes::serviceScalingAndPassword()
{
    const QString path = org(u"/services/"_s + m_service);
    const HttpResult replica = m_client->patch(path + u"/replicaScaling"_s,
                                               QJsonObject { { u"minReplicaMemoryGb"_s, 24 },
                                                             { u"maxReplicaMemoryGb"_s, 96 },
                                                             { u"numReplicas"_s, 4 },
                                                             { u"idleTimeoutMinutes"_s, 30 } });
    QCOMPARE(replica.status, 200);
    QCOMPARE(replica.result()[u"minReplicaMemoryGb"_s].toInt(), 24);
    QCOMPARE(replica.result()[u"maxReplicaMemoryGb"_s].toInt(), 96);
    QCOMPARE(replica.result()[u"numReplicas"_s].toInt(), 4);
    QCOMPARE(replica.result()[u"idleTimeoutMinutes"_s].toInt(), 30);

    const HttpResult scaling = m_client->patch(path + u"/scaling"_s, QJsonObject { { u"idleScaling"_s, false } });
    QCOMPARE(scaling.status, 200);
    QCOMPARE(scaling.result()[u"idleScaling"_s].toBool(), false);

    const HttpResult generated = m_client->patch(path + u"/password"_s, QJsonObject {});
    QCOMPARE(generated.status, 200);
    QVERIFY(generated.result()[u"password"_s].toString().size() >= 12);

    const HttpResult hashed
        = m_client->patch(path + u"/password"_s,
                          QJsonObject { { u"newPasswordHash"_s, EmulatorClient::sha256Base64(u"s3cret-pass"_s) } });
    QCOMPARE(hashed.status, 200);
    QVERIFY(!hashed.result().toObject().contains(u"password"_s));
}

void TestEmulatorRoutes::backupConfiguration()
{
    const QString path = org(u"/services/"_s + m_service + u"/backupConfiguration"_s);
    const HttpResult updated = m_client->patch(
        path, QJsonObject { { u"backupRetentionPeriodInHours"_s, 72 }, { u"backupStartTime"_s, u"03:30"_s } });
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.result()[u"backupRetentionPeriodInHours"_s].toInt(), 72);
    QCOMPARE(updated.result()[u"backupPeriodInHours"_s].toInt(), 24);
    QCOMPARE(m_client->get(path).result()[u"backupStartTime"_s].toString(), u"03:30"_s);
    QCOMPARE(m_client->patch(path, QJsonObject { { u"backupRetentionPeriodInHours"_s, 30 } }).status, 400);
}

void TestEmulatorRoutes::validationErrors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorContains");

    const QByteArray valid = R"("provider":"aws","region":"us-east-1")";
    QTest::newRow("service name too long") << QByteArray("POST") << u"/services"_s
                                           << QByteArray(R"({"name":")" + QByteArray(51, 'n') + R"(",)" + valid + "}")
                                           << u"name must be at most 50 characters"_s;
    QTest::newRow("service name empty") << QByteArray("POST") << u"/services"_s
                                        << QByteArray(R"({"name":"",)" + valid + "}") << u"name must not be empty"_s;
    QTest::newRow("service name missing")
        << QByteArray("POST") << u"/services"_s << QByteArray("{" + valid + "}") << u"name is required"_s;
    QTest::newRow("unknown region") << QByteArray("POST") << u"/services"_s
                                    << QByteArray(R"({"name":"x","provider":"aws","region":"mars-1"})") << u"region"_s;
    QTest::newRow("unknown provider") << QByteArray("POST") << u"/services"_s
                                      << QByteArray(R"({"name":"x","provider":"ibm","region":"us-east-1"})")
                                      << u"provider"_s;
    QTest::newRow("region of another provider")
        << QByteArray("POST") << u"/services"_s << QByteArray(R"({"name":"x","provider":"gcp","region":"us-east-1"})")
        << u"is not a gcp region"_s;
    QTest::newRow("memory not a multiple of 4")
        << QByteArray("POST") << u"/services"_s
        << QByteArray(R"({"name":"x",)" + valid + R"(,"minReplicaMemoryGb":10})") << u"multiple of 4"_s;
    QTest::newRow("memory above 356") << QByteArray("PATCH") << u"/services/{service}/replicaScaling"_s
                                      << QByteArray(R"({"maxReplicaMemoryGb":360})") << u"between 8 and 356"_s;
    QTest::newRow("memory min above max")
        << QByteArray("PATCH") << u"/services/{service}/replicaScaling"_s
        << QByteArray(R"({"minReplicaMemoryGb":64,"maxReplicaMemoryGb":32})") << u"must not be greater than"_s;
    QTest::newRow("create: autoscalingMode unknown")
        << QByteArray("POST") << u"/services"_s
        << QByteArray(R"({"name":"x",)" + valid + R"(,"autoscalingMode":"diagonal"})")
        << u"autoscalingMode must be one of"_s;
    QTest::newRow("create: horizontal without a replica band")
        << QByteArray("POST") << u"/services"_s
        << QByteArray(R"({"name":"x",)" + valid + R"(,"autoscalingMode":"horizontal"})")
        << u"needs minReplicas and maxReplicas"_s;
    QTest::newRow("create: horizontal with a memory range")
        << QByteArray("POST") << u"/services"_s
        << QByteArray(R"({"name":"x",)" + valid
                      + R"(,"autoscalingMode":"horizontal","minReplicas":1,"maxReplicas":3,)"
                        R"("minReplicaMemoryGb":16,"maxReplicaMemoryGb":32})")
        << u"minReplicaMemoryGb equal to maxReplicaMemoryGb"_s;
    QTest::newRow("create: minReplicas without maxReplicas")
        << QByteArray("POST") << u"/services"_s << QByteArray(R"({"name":"x",)" + valid + R"(,"minReplicas":2})")
        << u"must be given together"_s;
    QTest::newRow("create: minReplicas above maxReplicas")
        << QByteArray("POST") << u"/services"_s
        << QByteArray(R"({"name":"x",)" + valid + R"(,"minReplicas":4,"maxReplicas":2})")
        << u"minReplicas must not be greater than maxReplicas"_s;
    QTest::newRow("create: numReplicas with a band")
        << QByteArray("POST") << u"/services"_s
        << QByteArray(R"({"name":"x",)" + valid + R"(,"numReplicas":2,"minReplicas":1,"maxReplicas":3})")
        << u"cannot be combined"_s;
    QTest::newRow("create: maxReplicas 21")
        << QByteArray("POST") << u"/services"_s
        << QByteArray(R"({"name":"x",)" + valid + R"(,"minReplicas":1,"maxReplicas":21})") << u"between 1 and 20"_s;
    QTest::newRow("create: vertical with an unequal band")
        << QByteArray("POST") << u"/services"_s
        << QByteArray(R"({"name":"x",)" + valid + R"(,"autoscalingMode":"vertical","minReplicas":1,"maxReplicas":3})")
        << u"autoscalingMode vertical takes"_s;
    QTest::newRow("replicaScaling: horizontal with numReplicas")
        << QByteArray("PATCH") << u"/services/{service}/replicaScaling"_s
        << QByteArray(R"({"autoscalingMode":"horizontal","numReplicas":2})") << u"not numReplicas"_s;
    QTest::newRow("replicaScaling: vertical with an unequal band")
        << QByteArray("PATCH") << u"/services/{service}/replicaScaling"_s
        << QByteArray(R"({"autoscalingMode":"vertical","minReplicas":1,"maxReplicas":3})")
        << u"autoscalingMode vertical takes"_s;
    QTest::newRow("replicaScaling: autoscalingMode unknown")
        << QByteArray("PATCH") << u"/services/{service}/replicaScaling"_s
        << QByteArray(R"({"autoscalingMode":"diagonal"})") << u"autoscalingMode must be one of"_s;
    QTest::newRow("replicas 0") << QByteArray("PATCH") << u"/services/{service}/replicaScaling"_s
                                << QByteArray(R"({"numReplicas":0})") << u"between 1 and 20"_s;
    QTest::newRow("replicas 21") << QByteArray("PATCH") << u"/services/{service}/scaling"_s
                                 << QByteArray(R"({"numReplicas":21})") << u"between 1 and 20"_s;
    QTest::newRow("idle timeout 4") << QByteArray("PATCH") << u"/services/{service}/replicaScaling"_s
                                    << QByteArray(R"({"idleTimeoutMinutes":4})") << u"at least 5 minutes"_s;
    QTest::newRow("malformed CIDR") << QByteArray("PATCH") << u"/services/{service}"_s
                                    << QByteArray(R"({"ipAccessList":{"add":[{"source":"10.0.0.0/33"}]}})")
                                    << u"invalid IP address or CIDR"_s;
    QTest::newRow("malformed IP") << QByteArray(
        "POST") << u"/keys"_s << QByteArray(R"({"name":"k","roles":["admin"],"ipAccessList":[{"source":"300.1.1.1"}]})")
                                  << u"invalid IP address or CIDR"_s;
    QTest::newRow("unknown role id")
        << QByteArray("POST") << u"/keys"_s
        << QByteArray(R"({"name":"k","assignedRoleIds":["00000000-0000-4000-8000-000000000000"]})")
        << u"unknown role id"_s;
    QTest::newRow("unknown legacy role") << QByteArray("POST") << u"/keys"_s
                                         << QByteArray(R"({"name":"k","roles":["owner"]})")
                                         << u"roles must contain only"_s;
    QTest::newRow("key without role") << QByteArray("POST") << u"/keys"_s << QByteArray(R"({"name":"k"})")
                                      << u"at least one role"_s;
    QTest::newRow("key expireAt malformed")
        << QByteArray("POST") << u"/keys"_s << QByteArray(R"({"name":"k","roles":["admin"],"expireAt":"tomorrow"})")
        << u"ISO-8601"_s;
    QTest::newRow("hashData incomplete") << QByteArray(
        "POST") << u"/keys"_s << QByteArray(R"({"name":"k","roles":["admin"],"hashData":{"keyIdSuffix":"abcd"}})")
                                         << u"hashData"_s;
    QTest::newRow("wrong field type") << QByteArray("PATCH") << u"/services/{service}"_s << QByteArray(R"({"name":42})")
                                      << u"name must be a string"_s;
    QTest::newRow("wrong number type") << QByteArray("PATCH") << u"/services/{service}/replicaScaling"_s
                                       << QByteArray(R"({"numReplicas":"3"})") << u"whole number"_s;
    QTest::newRow("state command unknown") << QByteArray("PATCH") << u"/services/{service}/state"_s
                                           << QByteArray(R"({"command":"reboot"})") << u"command must be one of"_s;
    QTest::newRow("malformed JSON") << QByteArray("PATCH") << u"/services/{service}"_s << QByteArray(R"({"name":)")
                                    << u"malformed JSON"_s;
    QTest::newRow("JSON array body") << QByteArray("PATCH") << u"/services/{service}"_s << QByteArray("[1,2]")
                                     << u"must be a JSON object"_s;
    QTest::newRow("invitation bad email") << QByteArray("POST") << u"/invitations"_s
                                          << QByteArray(R"({"email":"not-an-email","role":"developer"})") << u"email"_s;
    QTest::newRow("member unknown role") << QByteArray("PATCH") << u"/members/{member}"_s
                                         << QByteArray(R"({"role":"owner"})") << u"role must be one of"_s;
    QTest::newRow("usageCost without dates")
        << QByteArray("GET") << u"/usageCost"_s << QByteArray() << u"both required"_s;
    QTest::newRow("usageCost over 31 days")
        << QByteArray("GET") << u"/usageCost?from_date=2026-01-01&to_date=2026-02-01"_s << QByteArray()
        << u"at most 31 days"_s;
    QTest::newRow("usageCost from after to")
        << QByteArray("GET") << u"/usageCost?from_date=2026-02-01&to_date=2026-01-01"_s << QByteArray()
        << u"must not be after"_s;
    QTest::newRow("usageCost malformed date")
        << QByteArray("GET") << u"/usageCost?from_date=01/01/2026&to_date=2026-01-02"_s << QByteArray()
        << u"must be dates"_s;
    QTest::newRow("activities malformed date")
        << QByteArray("GET") << u"/activities?from_date=yesterday"_s << QByteArray() << u"ISO-8601"_s;
    QTest::newRow("services unsupported filter")
        << QByteArray("GET") << u"/services?filter=name:x"_s << QByteArray() << u"unsupported filter"_s;
    QTest::newRow("privateEndpointConfig missing region")
        << QByteArray("GET") << u"/privateEndpointConfig?cloud_provider=aws"_s << QByteArray() << u"required"_s;
}

void TestEmulatorRoutes::validationErrors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, errorContains);
    path.replace(u"{service}"_s, m_service).replace(u"{member}"_s, m_member);
    const HttpResult result = m_client->raw(method, org(path), body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().value(u"status"_s).toInt(), 400);
    QVERIFY2(result.error().startsWith(u"BAD_REQUEST: "_s), qPrintable(result.error()));
    QVERIFY2(result.error().contains(errorContains), qPrintable(result.error()));
}

void TestEmulatorRoutes::notFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    const QString unknown = u"00000000-0000-4000-8000-000000000000"_s;
    QTest::newRow("organization") << QByteArray("GET") << u"/v1/organizations/"_s + unknown;
    QTest::newRow("service") << QByteArray("GET") << u"{org}/services/"_s + unknown;
    QTest::newRow("service delete") << QByteArray("DELETE") << u"{org}/services/"_s + unknown;
    QTest::newRow("backup") << QByteArray("GET") << u"{org}/services/{service}/backups/"_s + unknown;
    QTest::newRow("key") << QByteArray("GET") << u"{org}/keys/"_s + unknown;
    QTest::newRow("key delete") << QByteArray("DELETE") << u"{org}/keys/"_s + unknown;
    QTest::newRow("member") << QByteArray("GET") << u"{org}/members/"_s + unknown;
    QTest::newRow("invitation") << QByteArray("GET") << u"{org}/invitations/"_s + unknown;
    QTest::newRow("invitation delete") << QByteArray("DELETE") << u"{org}/invitations/"_s + unknown;
    QTest::newRow("activity") << QByteArray("GET") << u"{org}/activities/"_s + unknown;
    QTest::newRow("role") << QByteArray("GET") << u"{org}/roles/"_s + unknown;
    QTest::newRow("unknown route") << QByteArray("GET") << u"/v1/nothing/here"_s;
    QTest::newRow("outside /v1") << QByteArray("GET") << u"/index.html"_s;
}

void TestEmulatorRoutes::notFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    path.replace(u"{org}"_s, org()).replace(u"{service}"_s, m_service);
    const HttpResult result = m_client->raw(method, path);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.json().value(u"status"_s).toInt(), 404);
    QVERIFY2(result.error().startsWith(u"NOT_FOUND: "_s), qPrintable(result.error()));
}

void TestEmulatorRoutes::unauthorized_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("no credentials") << QByteArray("-") << u"missing"_s;
    QTest::newRow("wrong secret") << EmulatorClient::basic(m_emulator->keyId(), u"wrong"_s) << u"invalid"_s;
    QTest::newRow("unknown key id") << EmulatorClient::basic(u"NOSUCHKEY"_s, u"x"_s) << u"invalid"_s;
    QTest::newRow("bearer scheme") << QByteArray("Bearer abc") << u"Basic"_s;
    QTest::newRow("garbage basic") << QByteArray("Basic !!!") << u"malformed"_s;
}

void TestEmulatorRoutes::unauthorized()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, errorContains);
    const HttpResult result = m_client->get(org(u"/services"_s), authorization);
    QCOMPARE(result.status, 401);
    QVERIFY2(result.error().startsWith(u"UNAUTHORIZED: "_s), qPrintable(result.error()));
    QVERIFY2(result.error().contains(errorContains), qPrintable(result.error()));
}

void TestEmulatorRoutes::keyLifecycle()
{
    const HttpResult created = m_client->post(
        org(u"/keys"_s), QJsonObject { { u"name"_s, u"lifecycle key"_s }, { u"roles"_s, QJsonArray { u"admin"_s } } });
    QCOMPARE(created.status, 200);
    const QJsonObject result = created.result().toObject();
    const QString keyId = result[u"keyId"_s].toString();
    const QString secret = result[u"keySecret"_s].toString();
    QVERIFY(!keyId.isEmpty());
    QVERIFY(!secret.isEmpty());
    const QJsonObject key = result[u"key"_s].toObject();
    QCOMPARE(key[u"keySuffix"_s].toString(), keyId.right(4));
    QVERIFY(!key.contains(u"usedAt"_s));
    QVERIFY(key[u"expireAt"_s].isNull());
    QCOMPARE(key[u"assignedRoles"_s].toArray().first()[u"roleName"_s].toString(), u"Admin"_s);
    const QString path = org(u"/keys/"_s + key[u"id"_s].toString());
    const QByteArray auth = EmulatorClient::basic(keyId, secret);

    QCOMPARE(m_client->get(u"/v1/organizations"_s, auth).status, 200);
    QVERIFY(m_client->get(path).result().toObject().contains(u"usedAt"_s));

    // PATCH replaces the whole ipAccessList.
    const HttpResult patched = m_client->patch(
        path,
        QJsonObject { { u"ipAccessList"_s, QJsonArray { QJsonObject { { u"source"_s, u"192.0.2.1"_s } } } },
                      { u"expireAt"_s, QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate) } });
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.result()[u"ipAccessList"_s].toArray().size(), 1);
    QCOMPARE(patched.result()[u"ipAccessList"_s].toArray().first()[u"source"_s].toString(), u"192.0.2.1"_s);

    // A key cannot delete itself.
    const HttpResult self = m_client->del(path, auth);
    QCOMPARE(self.status, 400);
    QVERIFY(self.error().contains(u"cannot delete itself"_s));

    // Disabled: 401.
    QCOMPARE(m_client->patch(path, QJsonObject { { u"state"_s, u"disabled"_s } }).status, 200);
    const HttpResult disabled = m_client->get(u"/v1/organizations"_s, auth);
    QCOMPARE(disabled.status, 401);
    QVERIFY(disabled.error().contains(u"disabled"_s));

    QCOMPARE(m_client->del(path).status, 200);
    QCOMPARE(m_client->get(path).status, 404);
    QCOMPARE(m_client->get(u"/v1/organizations"_s, auth).status, 401);
}

void TestEmulatorRoutes::hashDataKey()
{
    const QString keyId = EmulatorProcess::randomToken(20);
    const QString secret = EmulatorProcess::randomToken(40);
    const HttpResult created = m_client->post(
        org(u"/keys"_s),
        QJsonObject { { u"name"_s, u"hashed key"_s },
                      { u"roles"_s, QJsonArray { u"developer"_s } },
                      { u"hashData"_s,
                        QJsonObject { { u"keyIdHash"_s, EmulatorClient::sha256Base64(keyId) },
                                      { u"keyIdSuffix"_s, keyId.right(4) },
                                      { u"keySecretHash"_s, EmulatorClient::sha256Base64(secret) } } } });
    QCOMPARE(created.status, 200);
    QVERIFY(!created.result().toObject().contains(u"keyId"_s));
    QVERIFY(!created.result().toObject().contains(u"keySecret"_s));
    QCOMPARE(created.result()[u"key"_s][u"keySuffix"_s].toString(), keyId.right(4));
    QVERIFY(!created.body.contains(secret.toUtf8()));

    QCOMPARE(m_client->get(u"/v1/organizations"_s, EmulatorClient::basic(keyId, secret)).status, 200);
    QCOMPARE(m_client->get(u"/v1/organizations"_s, EmulatorClient::basic(keyId, secret + u"x"_s)).status, 401);
}

void TestEmulatorRoutes::expiredKeyIsRejected()
{
    const auto [id, auth] = createKey(
        QJsonObject { { u"name"_s, u"short-lived"_s },
                      { u"roles"_s, QJsonArray { u"developer"_s } },
                      { u"expireAt"_s, QDateTime::currentDateTimeUtc().addSecs(2).toString(Qt::ISODateWithMs) } });
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_client->get(u"/v1/organizations"_s, auth).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->get(u"/v1/organizations"_s, auth).status, 401, 6000);
    QVERIFY(m_client->get(u"/v1/organizations"_s, auth).error().contains(u"expired"_s));
}

void TestEmulatorRoutes::developerKeyCannotMutate()
{
    const auto [id, auth]
        = createKey(QJsonObject { { u"name"_s, u"developer"_s }, { u"roles"_s, QJsonArray { u"developer"_s } } });
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_client->get(org(u"/services"_s), auth).status, 200);
    const HttpResult post = m_client->post(
        org(u"/keys"_s), QJsonObject { { u"name"_s, u"x"_s }, { u"roles"_s, QJsonArray { u"admin"_s } } }, auth);
    QCOMPARE(post.status, 403);
    QVERIFY(post.error().startsWith(u"FORBIDDEN: "_s));
    QCOMPARE(
        m_client
            ->patch(org(u"/services/"_s + m_service + u"/state"_s), QJsonObject { { u"command"_s, u"stop"_s } }, auth)
            .status,
        403);
    QCOMPARE(m_client->del(org(u"/keys/"_s + id), auth).status, 403);

    // A custom role that grants admin allows mutations.
    QString customAdmin;
    for (const QJsonValue &role : m_client->get(org(u"/roles"_s)).result().toArray()) {
        if (role[u"name"_s].toString() == u"Ops on-call"_s)
            customAdmin = role[u"id"_s].toString();
    }
    QVERIFY(!customAdmin.isEmpty());
    const auto [customId, customAuth]
        = createKey(QJsonObject { { u"name"_s, u"custom"_s }, { u"assignedRoleIds"_s, QJsonArray { customAdmin } } });
    QVERIFY(!customId.isEmpty());
    QCOMPARE(m_client->patch(org(u"/keys/"_s + id), QJsonObject { { u"name"_s, u"renamed"_s } }, customAuth).status,
             200);
}

void TestEmulatorRoutes::membersAndInvitations()
{
    const QJsonArray members = m_client->get(org(u"/members"_s)).result().toArray();
    QString developer;
    for (const QJsonValue &member : members) {
        if (member[u"role"_s].toString() == u"developer"_s)
            developer = member[u"userId"_s].toString();
    }
    QVERIFY(!developer.isEmpty());
    const HttpResult promoted
        = m_client->patch(org(u"/members/"_s + developer), QJsonObject { { u"role"_s, u"admin"_s } });
    QCOMPARE(promoted.status, 200);
    QCOMPARE(promoted.result()[u"role"_s].toString(), u"admin"_s);
    QCOMPARE(promoted.result()[u"assignedRoles"_s].toArray().first()[u"roleName"_s].toString(), u"Admin"_s);

    const HttpResult invited
        = m_client->post(org(u"/invitations"_s),
                         QJsonObject { { u"email"_s, u"New.Person@Example.com"_s }, { u"role"_s, u"developer"_s } });
    QCOMPARE(invited.status, 200);
    QCOMPARE(invited.result()[u"email"_s].toString(), u"new.person@example.com"_s);
    const QString invitation = org(u"/invitations/"_s + invited.result()[u"id"_s].toString());
    QCOMPARE(m_client->get(invitation).status, 200);
    QCOMPARE(m_client
                 ->post(org(u"/invitations"_s),
                        QJsonObject { { u"email"_s, u"new.person@example.com"_s }, { u"role"_s, u"developer"_s } })
                 .status,
             409);
    QCOMPARE(m_client->del(invitation).status, 200);
    QCOMPARE(m_client->get(invitation).status, 404);

    QCOMPARE(m_client->del(org(u"/members/"_s + developer)).status, 200);
    QCOMPARE(m_client->get(org(u"/members/"_s + developer)).status, 404);
}

void TestEmulatorRoutes::activitiesRecordMutations()
{
    const QString since = QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODate);
    const auto [id, auth]
        = createKey(QJsonObject { { u"name"_s, u"audited"_s }, { u"roles"_s, QJsonArray { u"developer"_s } } });
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_client->patch(org(u"/keys/"_s + id), QJsonObject { { u"name"_s, u"audited-2"_s } }).status, 200);
    QCOMPARE(m_client->del(org(u"/keys/"_s + id)).status, 200);
    QCOMPARE(m_client->patch(org(), QJsonObject { { u"name"_s, u"Acme Analytics (renamed)"_s } }).status, 200);

    const HttpResult recent = m_client->get(org(u"/activities?from_date="_s + since));
    QCOMPARE(recent.status, 200);
    QStringList keyEvents;
    bool orgRenamed = false;
    for (const QJsonValue &activity : recent.result().toArray()) {
        QVERIFY(QDateTime::fromString(activity[u"createdAt"_s].toString(), Qt::ISODate)
                >= QDateTime::fromString(since, Qt::ISODate));
        if (activity[u"targetKeyId"_s].toString() == id) {
            keyEvents << activity[u"type"_s].toString() + u"/"_s + activity[u"keyUpdateType"_s].toString();
            QCOMPARE(activity[u"actorType"_s].toString(), u"api"_s);
            QVERIFY(activity[u"actorDetails"_s].toString().contains(m_emulator->keyId().right(4)));
            QCOMPARE(activity[u"actorIpAddress"_s].toString(), u"127.0.0.1"_s);
        }
        orgRenamed |= activity[u"type"_s].toString() == u"organization_update_name"_s;
    }
    QCOMPARE(keyEvents,
             (QStringList { u"key_create/created"_s, u"openapi_key_update/name-changed"_s, u"key_delete/deleted"_s }));
    QVERIFY(orgRenamed);

    const HttpResult old = m_client->get(org(u"/activities?to_date="_s + since));
    for (const QJsonValue &activity : old.result().toArray())
        QVERIFY(activity[u"targetKeyId"_s].toString() != id);
}

void TestEmulatorRoutes::usageCost()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QString path = org(u"/usageCost?from_date="_s + today.addDays(-30).toString(Qt::ISODate) + u"&to_date="_s
                             + today.toString(Qt::ISODate));
    const HttpResult first = m_client->get(path);
    QCOMPARE(first.status, 200);
    const QJsonArray costs = first.result()[u"costs"_s].toArray();
    QVERIFY(costs.size() > 100);
    double sum = 0;
    for (const QJsonValue &record : costs) {
        sum += record[u"totalCHC"_s].toDouble();
        QVERIFY(record[u"entityType"_s].toString() == u"service"_s
                || record[u"entityType"_s].toString() == u"datawarehouse"_s);
    }
    QVERIFY(qAbs(sum - first.result()[u"grandTotalCHC"_s].toDouble()) < 0.01);
    QCOMPARE(m_client->get(path).result()[u"grandTotalCHC"_s].toDouble(),
             first.result()[u"grandTotalCHC"_s].toDouble());

    const HttpResult filtered = m_client->get(path + u"&filter=tag:env=staging"_s);
    QVERIFY(filtered.result()[u"costs"_s].toArray().size() < costs.size());
    // 89 days back is still inside the demo's 90 days of history.
    const HttpResult old = m_client->get(org(u"/usageCost?from_date="_s + today.addDays(-89).toString(Qt::ISODate)
                                             + u"&to_date="_s + today.addDays(-89).toString(Qt::ISODate)));
    QVERIFY(!old.result()[u"costs"_s].toArray().isEmpty());
}

void TestEmulatorRoutes::badInput()
{
    // 413 in the error envelope.
    const HttpResult huge = m_client->raw("PATCH", org(), QByteArray(2 * 1024 * 1024, ' '));
    QCOMPARE(huge.status, 413);
    QVERIFY(huge.error().startsWith(u"PAYLOAD_TOO_LARGE: "_s));
    // Wrong method on a known path: 405 in the envelope.
    const HttpResult wrongMethod = m_client->raw("PUT", org(u"/keys"_s), "{}");
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.json().value(u"status"_s).toInt(), 405);
    // Wrong content type.
    const HttpResult text = m_client->raw("PATCH", org(), R"({"name":"x"})", "text/plain");
    QCOMPARE(text.status, 415);
    // Still alive and consistent afterwards.
    QCOMPARE(m_client->get(org()).status, 200);
}

void TestEmulatorRoutes::garbageNeverCrashes_data()
{
    QTest::addColumn<QByteArray>("payload");
    const QByteArray auth = "Authorization: " + m_emulator->authorization() + "\r\n";
    static const char notHttp[] = "\x00\x01\x02 hello \xff\xfe\r\n\r\n";
    QTest::newRow("not HTTP") << QByteArray(notHttp, sizeof(notHttp) - 1);
    QTest::newRow("unknown method") << QByteArray("BREW /v1/organizations HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n");
    QTest::newRow("binary JSON body") << QByteArray(
        "PATCH " + org().toUtf8() + " HTTP/1.1\r\nHost: x\r\n" + auth
        + "Content-Type: application/json\r\nContent-Length: 6\r\n\r\n\xff\xfe{\x00]]");
    QTest::newRow("deeply nested JSON") << QByteArray("PATCH " + org().toUtf8() + " HTTP/1.1\r\nHost: x\r\n" + auth
                                                      + "Content-Type: application/json\r\nContent-Length: 4000\r\n\r\n"
                                                      + QByteArray(2000, '[') + QByteArray(2000, ']'));
    QTest::newRow("percent-encoded path")
        << QByteArray("GET /v1/organizations/%00%2F..%2F HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n");
    QTest::newRow("huge header") << QByteArray(
        "GET /v1/organizations HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(100000, 'a') + "\r\n\r\n");
    QTest::newRow("truncated request") << QByteArray(
        "POST /v1/organizations HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"a\"");
}

void TestEmulatorRoutes::garbageNeverCrashes()
{
    QFETCH(QByteArray, payload);
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_emulator->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(payload);
        socket.waitForBytesWritten(5000);
        socket.waitForReadyRead(500); // an answer or a close, whichever the server chooses
        socket.abort();
    }
    const HttpResult after = m_client->get(org());
    QCOMPARE(after.status, 200);
}

QTEST_GUILESS_MAIN(TestEmulatorRoutes)
#include "tst_emulator_routes.moc"
