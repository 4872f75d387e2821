// Every emulator route driven through Stoplight Prism (proxy mode, --errors): the
// emulator's requests and answers must match the OpenAPI document with zero
// error-level violations. Undeclared statuses (401/404/409/429) are warnings only.

#include "../integration/tst_emulator_support.h"
#include "EmulatorProcess.h"
#include "PrismProxy.h"

#include <QDateTime>
#include <QTest>

using namespace chcloud::test;
using namespace Qt::StringLiterals;

class TestContractEmulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void organizations();
    void services();
    void serviceLifecycle();
    void backups();
    void keys();
    void membersAndInvitations();
    void activitiesAndUsage();
    void serviceConfiguration();
    void serviceConfigurationErrors();
    void rolesQuotasAndQueryEndpoints();
    void errorPaths();
    void zeroViolations();

private:
    /// Checks one exchange: the expected status and no error-level violation.
    void expect(const HttpResult &result, int status, const char *what);
    QString org(const QString &suffix = {}) const { return u"/v1/organizations/"_s + m_org + suffix; }
    QString firstId(const QString &path, const QString &field = u"id"_s);

    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<PrismProxy> m_prism;
    std::unique_ptr<EmulatorClient> m_client;
    QString m_org;
    int m_exchanges = 0;
    QStringList m_violations;
};

void TestContractEmulator::initTestCase()
{
    QString why;
    if (!PrismProxy::isAvailable(&why))
        QFAIL(qPrintable(u"contract checks need Prism and the spec: "_s + why));
    m_emulator = std::make_unique<EmulatorProcess>(
        QStringList { u"--rate-limit"_s, u"10000"_s, u"--transition-ms"_s, u"200"_s });
    QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
    m_prism = std::make_unique<PrismProxy>(m_emulator->baseUrl());
    QVERIFY2(m_prism->start(), qPrintable(m_prism->errorString() + QString::fromUtf8(m_prism->output())));
    m_client = std::make_unique<EmulatorClient>(m_prism->baseUrl(), m_emulator->authorization());
    const HttpResult organizations = m_client->get(u"/v1/organizations"_s);
    expect(organizations, 200, "organizationGetList");
    m_org = organizations.result().toArray().first()[u"id"_s].toString();
    QVERIFY(!m_org.isEmpty());
}

void TestContractEmulator::cleanupTestCase()
{
    qInfo("%d exchanges through Prism, %d error-level violations", m_exchanges, int(m_violations.size()));
    m_client.reset();
    m_prism.reset();
    m_emulator.reset();
}

void TestContractEmulator::expect(const HttpResult &result, int status, const char *what)
{
    ++m_exchanges;
    const QList<PrismViolation> errors = PrismProxy::errorViolations(result.header("sl-violations"));
    for (const PrismViolation &violation : errors) {
        m_violations << QString::fromLatin1(what) + u": "_s + violation.location + u" "_s + violation.message;
        qWarning("%s: %s %s", what, qPrintable(violation.location), qPrintable(violation.message));
    }
    QVERIFY2(result.status != 422,
             qPrintable(QString::fromLatin1(what) + u": Prism rejected the request: "_s
                        + QString::fromUtf8(result.body.left(600))));
    QVERIFY2(errors.isEmpty(), what);
    QVERIFY2(result.status == status,
             qPrintable(QString::fromLatin1(what) + u": status "_s + QString::number(result.status) + u" "_s
                        + QString::fromUtf8(result.body.left(400))));
}

QString TestContractEmulator::firstId(const QString &path, const QString &field)
{
    const HttpResult result = m_client->get(path);
    expect(result, 200, qPrintable(path));
    return result.result().toArray().first()[field].toString();
}

void TestContractEmulator::organizations()
{
    expect(m_client->get(org()), 200, "organizationGet");
    expect(m_client->patch(org(), QJsonObject { { u"name"_s, u"Acme Analytics"_s }, { u"enableCoreDumps"_s, true } }),
           200, "organizationUpdate");
    expect(m_client->get(org(u"/prometheus"_s)), 200, "organizationPrometheusGet");
    expect(m_client->get(org(u"/prometheus?filtered_metrics=true"_s)), 200, "organizationPrometheusGet filtered");
    const QString role = firstId(org(u"/roles"_s));
    expect(m_client->get(org(u"/roles/"_s + role)), 200, "organizationRoleGet");
    for (const auto &[provider, region] : { qMakePair(u"aws"_s, u"eu-west-1"_s), qMakePair(u"gcp"_s, u"us-east1"_s),
                                            qMakePair(u"azure"_s, u"eastus2"_s) }) {
        expect(m_client->get(org(u"/privateEndpointConfig?cloud_provider="_s + provider + u"&region_id="_s + region)),
               200, "organizationPrivateEndpointConfigGetList");
    }
}

void TestContractEmulator::services()
{
    const QString service = firstId(org(u"/services"_s));
    expect(m_client->get(org(u"/services?filter=tag:env=production"_s)), 200, "instanceGetList filter");
    expect(m_client->get(org(u"/services?filter=tag:env=production&filter=tag:team"_s)), 200,
           "instanceGetList filters");
    const QString path = org(u"/services/"_s + service);
    expect(m_client->get(path), 200, "instanceGet");
    expect(
        m_client->patch(
            path,
            QJsonObject {
                { u"name"_s, u"production-analytics"_s },
                { u"ipAccessList"_s,
                  QJsonObject { { u"add"_s,
                                  QJsonArray { QJsonObject { { u"source"_s, u"10.0.0.0/8"_s },
                                                             { u"description"_s, u"vpc"_s } } } },
                                { u"remove"_s, QJsonArray { QJsonObject { { u"source"_s, u"198.51.100.7"_s } } } } } },
                { u"tags"_s,
                  QJsonObject {
                      { u"add"_s,
                        QJsonArray { QJsonObject { { u"key"_s, u"owner"_s }, { u"value"_s, u"data"_s } } } } } },
                { u"releaseChannel"_s, u"fast"_s } }),
        200, "instanceUpdate");
    expect(
        m_client->patch(path + u"/scaling"_s, QJsonObject { { u"numReplicas"_s, 3 }, { u"idleTimeoutMinutes"_s, 10 } }),
        200, "instanceScalingUpdate");
    expect(
        m_client->patch(
            path + u"/replicaScaling"_s,
            QJsonObject { { u"minReplicaMemoryGb"_s, 16 }, { u"maxReplicaMemoryGb"_s, 64 }, { u"numReplicas"_s, 2 } }),
        200, "instanceReplicaScalingUpdate vertical");
    expect(m_client->patch(path + u"/replicaScaling"_s,
                           QJsonObject { { u"autoscalingMode"_s, u"horizontal"_s },
                                         { u"minReplicas"_s, 2 },
                                         { u"maxReplicas"_s, 5 },
                                         { u"minReplicaMemoryGb"_s, 32 },
                                         { u"maxReplicaMemoryGb"_s, 32 } }),
           200, "instanceReplicaScalingUpdate horizontal");
    expect(m_client->patch(path + u"/replicaScaling"_s,
                           QJsonObject { { u"autoscalingMode"_s, u"vertical"_s }, { u"numReplicas"_s, 3 } }),
           200, "instanceReplicaScalingUpdate back to vertical");
    expect(m_client->patch(path + u"/password"_s, QJsonObject {}), 200, "instancePasswordUpdate generated");
    expect(m_client->patch(path + u"/password"_s,
                           QJsonObject { { u"newPasswordHash"_s, EmulatorClient::sha256Base64(u"pw"_s) },
                                         { u"newDoubleSha1Hash"_s, u"7a1f0b2c3d4e5f60718293a4b5c6d7e8f9012345"_s } }),
           200, "instancePasswordUpdate hashed");
    expect(m_client->get(path + u"/prometheus"_s), 200, "instancePrometheusGet");
    expect(m_client->get(path + u"/prometheus?filtered_metrics=true"_s), 200, "instancePrometheusGet filtered");
}

void TestContractEmulator::serviceLifecycle()
{
    const HttpResult created = m_client->post(
        org(u"/services"_s),
        QJsonObject {
            { u"name"_s, u"contract service"_s },
            { u"provider"_s, u"azure"_s },
            { u"region"_s, u"westus3"_s },
            { u"autoscalingMode"_s, u"vertical"_s },
            { u"minReplicaMemoryGb"_s, 8 },
            { u"maxReplicaMemoryGb"_s, 24 },
            { u"numReplicas"_s, 1 },
            { u"idleScaling"_s, true },
            { u"idleTimeoutMinutes"_s, 15 },
            { u"ipAccessList"_s,
              QJsonArray { QJsonObject { { u"source"_s, u"0.0.0.0/0"_s }, { u"description"_s, u"all"_s } } } },
            { u"endpoints"_s, QJsonArray { QJsonObject { { u"protocol"_s, u"mysql"_s }, { u"enabled"_s, true } } } },
            { u"tags"_s, QJsonArray { QJsonObject { { u"key"_s, u"env"_s }, { u"value"_s, u"contract"_s } } } } });
    expect(created, 200, "instanceCreate");
    const HttpResult horizontal = m_client->post(org(u"/services"_s),
                                                 QJsonObject { { u"name"_s, u"contract horizontal"_s },
                                                               { u"provider"_s, u"aws"_s },
                                                               { u"region"_s, u"ca-central-1"_s },
                                                               { u"autoscalingMode"_s, u"horizontal"_s },
                                                               { u"minReplicas"_s, 1 },
                                                               { u"maxReplicas"_s, 4 },
                                                               { u"minReplicaMemoryGb"_s, 16 },
                                                               { u"maxReplicaMemoryGb"_s, 16 } });
    expect(horizontal, 200, "instanceCreate horizontal");
    QCOMPARE(horizontal.result()[u"service"_s][u"autoscalingMode"_s].toString(), u"horizontal"_s);
    const QString path = org(u"/services/"_s + created.result()[u"service"_s][u"id"_s].toString());
    auto state = [&] {
        return m_client->get(path).result()[u"state"_s].toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(state(), u"running"_s, 10000);
    expect(m_client->del(path), 409, "instanceDelete while running");
    expect(m_client->patch(path + u"/state"_s, QJsonObject { { u"command"_s, u"stop"_s } }), 200,
           "instanceStateUpdate stop");
    QTRY_COMPARE_WITH_TIMEOUT(state(), u"stopped"_s, 10000);
    expect(m_client->patch(path + u"/state"_s, QJsonObject { { u"command"_s, u"start"_s } }), 200,
           "instanceStateUpdate start");
    QTRY_COMPARE_WITH_TIMEOUT(state(), u"running"_s, 10000);
    expect(m_client->patch(path + u"/state"_s, QJsonObject { { u"command"_s, u"stop"_s } }), 200,
           "instanceStateUpdate stop");
    QTRY_COMPARE_WITH_TIMEOUT(state(), u"stopped"_s, 10000);
    expect(m_client->del(path), 200, "instanceDelete");
    QTRY_COMPARE_WITH_TIMEOUT(m_client->get(path).status, 404, 10000);

    // Awake an idle service.
    for (const QJsonValue &service : m_client->get(org(u"/services"_s)).result().toArray()) {
        if (service[u"state"_s].toString() == u"idle"_s) {
            expect(m_client->patch(org(u"/services/"_s + service[u"id"_s].toString() + u"/state"_s),
                                   QJsonObject { { u"command"_s, u"awake"_s } }),
                   200, "instanceStateUpdate awake");
            break;
        }
    }
}

void TestContractEmulator::backups()
{
    // Every seeded service's backups, across providers (bucket oneOf).
    for (const QJsonValue &service : m_client->get(org(u"/services"_s)).result().toArray()) {
        const QString path = org(u"/services/"_s + service[u"id"_s].toString());
        const HttpResult list = m_client->get(path + u"/backups"_s);
        expect(list, 200, "backupGetList");
        if (!list.result().toArray().isEmpty())
            expect(m_client->get(path + u"/backups/"_s + list.result().toArray().first()[u"id"_s].toString()), 200,
                   "backupGet");
        expect(m_client->get(path + u"/backupConfiguration"_s), 200, "backupConfigurationGet");
    }
    const QString path = org(u"/services/"_s + firstId(org(u"/services"_s)) + u"/backupConfiguration"_s);
    expect(m_client->patch(path,
                           QJsonObject { { u"backupPeriodInHours"_s, 12 }, { u"backupRetentionPeriodInHours"_s, 48 } }),
           200, "backupConfigurationUpdate");
    expect(m_client->patch(path, QJsonObject { { u"backupStartTime"_s, u"02:00"_s } }), 200,
           "backupConfigurationUpdate time");
}

void TestContractEmulator::keys()
{
    const QJsonArray keys = m_client->get(org(u"/keys"_s)).result().toArray();
    for (const QJsonValue &key : keys)
        expect(m_client->get(org(u"/keys/"_s + key[u"id"_s].toString())), 200, "openapiKeyGet");
    const HttpResult created = m_client->post(
        org(u"/keys"_s),
        QJsonObject { { u"name"_s, u"contract key"_s },
                      { u"roles"_s, QJsonArray { u"developer"_s } },
                      { u"expireAt"_s, QDateTime::currentDateTimeUtc().addDays(10).toString(Qt::ISODate) },
                      { u"ipAccessList"_s, QJsonArray { QJsonObject { { u"source"_s, u"127.0.0.1"_s } } } } });
    expect(created, 200, "openapiKeyCreate");
    const QString path = org(u"/keys/"_s + created.result()[u"key"_s][u"id"_s].toString());
    expect(m_client->patch(path,
                           QJsonObject { { u"name"_s, u"contract key 2"_s },
                                         { u"state"_s, u"disabled"_s },
                                         { u"expireAt"_s, QJsonValue() },
                                         { u"ipAccessList"_s,
                                           QJsonArray { QJsonObject { { u"source"_s, u"10.0.0.0/8"_s },
                                                                      { u"description"_s, u"vpc"_s } } } } }),
           200, "openapiKeyUpdate");
    QString adminRole;
    for (const QJsonValue &role : m_client->get(org(u"/roles"_s)).result().toArray()) {
        if (role[u"name"_s].toString() == u"Admin"_s)
            adminRole = role[u"id"_s].toString();
    }
    expect(m_client->patch(path, QJsonObject { { u"assignedRoleIds"_s, QJsonArray { adminRole } } }), 200,
           "openapiKeyUpdate roles");
    expect(m_client->del(path), 200, "openapiKeyDelete");

    const QString keyId = EmulatorProcess::randomToken(20);
    const HttpResult hashed = m_client->post(
        org(u"/keys"_s),
        QJsonObject { { u"name"_s, u"hashed"_s },
                      { u"assignedRoleIds"_s, QJsonArray { adminRole } },
                      { u"state"_s, u"enabled"_s },
                      { u"hashData"_s,
                        QJsonObject { { u"keyIdHash"_s, EmulatorClient::sha256Base64(keyId) },
                                      { u"keyIdSuffix"_s, keyId.right(4) },
                                      { u"keySecretHash"_s, EmulatorClient::sha256Base64(u"s"_s) } } } });
    expect(hashed, 200, "openapiKeyCreate hashData");
    expect(m_client->get(org(u"/keys"_s)), 200, "openapiKeyGetList");
}

void TestContractEmulator::membersAndInvitations()
{
    const QJsonArray members = m_client->get(org(u"/members"_s)).result().toArray();
    QVERIFY(members.size() >= 3);
    for (const QJsonValue &member : members)
        expect(m_client->get(org(u"/members/"_s + member[u"userId"_s].toString())), 200, "memberGet");
    const QString last = org(u"/members/"_s + members.last()[u"userId"_s].toString());
    expect(m_client->patch(last, QJsonObject { { u"role"_s, u"admin"_s } }), 200, "memberUpdate");
    expect(m_client->del(last), 200, "memberDelete");
    const QString invitation = firstId(org(u"/invitations"_s));
    expect(m_client->get(org(u"/invitations/"_s + invitation)), 200, "invitationGet");
    const HttpResult created
        = m_client->post(org(u"/invitations"_s),
                         QJsonObject { { u"email"_s, u"contract@example.com"_s }, { u"role"_s, u"developer"_s } });
    expect(created, 200, "invitationCreate");
    expect(m_client->del(org(u"/invitations/"_s + created.result()[u"id"_s].toString())), 200, "invitationDelete");
}

void TestContractEmulator::activitiesAndUsage()
{
    const HttpResult all = m_client->get(org(u"/activities"_s));
    expect(all, 200, "activityGetList");
    QVERIFY(all.result().toArray().size() > 20);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString monthAgo = QDateTime::currentDateTimeUtc().addDays(-30).toString(Qt::ISODate);
    expect(m_client->get(org(u"/activities?from_date="_s + monthAgo + u"&to_date="_s + now)), 200,
           "activityGetList dates");
    const QJsonArray activities = all.result().toArray();
    for (qsizetype i = 0; i < activities.size(); i += activities.size() / 5)
        expect(m_client->get(org(u"/activities/"_s + activities.at(i)[u"id"_s].toString())), 200, "activityGet");
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (int start : { 30, 60, 89 }) {
        expect(m_client->get(org(u"/usageCost?from_date="_s + today.addDays(-start).toString(Qt::ISODate)
                                 + u"&to_date="_s + today.addDays(-start + 30).toString(Qt::ISODate))),
               200, "usageCostGet");
    }
    expect(m_client->get(org(u"/usageCost?from_date="_s + today.addDays(-5).toString(Qt::ISODate) + u"&to_date="_s
                             + today.toString(Qt::ISODate) + u"&filter=tag:env=production"_s)),
           200, "usageCostGet filter");
}

void TestContractEmulator::serviceConfiguration()
{
    // Across providers: every seeded service's settings, schedule and private endpoint config.
    QString configured;
    QString plain;
    for (const QJsonValue &service : m_client->get(org(u"/services"_s)).result().toArray()) {
        const QString path = org(u"/services/"_s + service[u"id"_s].toString());
        expect(m_client->get(path + u"/clickhouseSettings"_s), 200, "serviceClickhouseSettingsListGet");
        expect(m_client->get(path + u"/scalingSchedule"_s), 200, "scalingScheduleGet");
        expect(m_client->get(path + u"/privateEndpointConfig"_s), 200, "instancePrivateEndpointConfigGet");
        if (service[u"name"_s].toString() == u"production-analytics"_s)
            configured = path;
        else if (plain.isEmpty() && service[u"state"_s].toString() == u"running"_s)
            plain = path;
    }
    QVERIFY(!configured.isEmpty() && !plain.isEmpty());

    expect(m_client->get(configured + u"/clickhouseSettings/schema"_s), 200, "serviceClickhouseSettingsSchemaGet");
    expect(m_client->get(configured + u"/clickhouseSettings/compatibility"_s), 200, "serviceClickhouseSettingGet");
    expect(m_client->get(configured + u"/clickhouseSettings/max_threads"_s), 200,
           "serviceClickhouseSettingGet default");
    const HttpResult updated = m_client->patch(
        configured + u"/clickhouseSettings"_s,
        QJsonObject { { u"settings"_s, u"{\"compatibility\":\"25.1\",\"max_threads\":8,\"log_queries\":false}"_s } });
    expect(updated, 200, "serviceClickhouseSettingsUpdate");
    QCOMPARE(updated.result()[u"warnings"_s].toArray().size(), 2);
    expect(m_client->del(configured + u"/clickhouseSettings/max_threads"_s), 200, "serviceClickhouseSettingDelete");

    expect(
        m_client->post(plain + u"/scalingSchedule"_s,
                       QJsonObject { { u"entries"_s,
                                       QJsonArray { QJsonObject { { u"name"_s, u"Business hours"_s },
                                                                  { u"weekdays"_s, QJsonArray { 1, 2, 3, 4, 5 } },
                                                                  { u"startHourUtc"_s, 9 },
                                                                  { u"endHourUtc"_s, 17 },
                                                                  { u"autoscalingMode"_s, u"vertical"_s },
                                                                  { u"minReplicaMemoryGb"_s, 16 },
                                                                  { u"maxReplicaMemoryGb"_s, 32 },
                                                                  { u"numReplicas"_s, 3 } },
                                                    QJsonObject { { u"name"_s, u"All week"_s },
                                                                  { u"weekdays"_s, QJsonArray { 0, 1, 2, 3, 4, 5, 6 } },
                                                                  { u"startHourUtc"_s, 0 },
                                                                  { u"endHourUtc"_s, 24 },
                                                                  { u"autoscalingMode"_s, u"horizontal"_s },
                                                                  { u"minReplicaMemoryGb"_s, 24 },
                                                                  { u"maxReplicaMemoryGb"_s, 24 },
                                                                  { u"minReplicas"_s, 2 },
                                                                  { u"maxReplicas"_s, 4 },
                                                                  { u"idleScaling"_s, true },
                                                                  { u"idleTimeoutMinutes"_s, 15 } } } } }),
        200, "scalingScheduleUpsert");
    expect(m_client->get(plain + u"/scalingSchedule"_s), 200, "scalingScheduleGet with an active entry");
    expect(m_client->post(plain + u"/scalingSchedule"_s, QJsonObject { { u"entries"_s, QJsonArray {} } }), 200,
           "scalingScheduleUpsert empty");
    expect(m_client->del(configured + u"/scalingSchedule"_s), 200, "scalingScheduleDelete");

    expect(m_client->get(configured + u"/upgradeWindow"_s), 200, "upgradeWindowGet");
    expect(m_client->raw("PUT", plain + u"/upgradeWindow"_s,
                         QJsonDocument(QJsonObject { { u"weekday"_s, 3 }, { u"startHourUtc"_s, 12 } })
                             .toJson(QJsonDocument::Compact)),
           200, "upgradeWindowUpdate");
    expect(m_client->get(plain + u"/upgradeWindow"_s), 200, "upgradeWindowGet after update");
    expect(m_client->del(plain + u"/upgradeWindow"_s), 200, "upgradeWindowDelete");

    // Each provider's bucket shape, in and out.
    expect(m_client->post(plain + u"/backupBucket"_s,
                          QJsonObject { { u"bucketProvider"_s, u"AWS"_s },
                                        { u"bucketPath"_s, u"s3://acme-backups/contract"_s },
                                        { u"iamRoleArn"_s, u"arn:aws:iam::123456789012:role/Backups"_s },
                                        { u"iamRoleSessionName"_s, u"contract"_s } }),
           200, "backupBucketCreate AWS");
    expect(m_client->get(plain + u"/backupBucket"_s), 200, "backupBucketGet AWS");
    expect(
        m_client->patch(plain + u"/backupBucket"_s,
                        QJsonObject { { u"bucketProvider"_s, u"AWS"_s }, { u"iamRoleSessionName"_s, QJsonValue() } }),
        200, "backupBucketUpdate AWS clear session name");
    expect(m_client->patch(plain + u"/backupBucket"_s,
                           QJsonObject { { u"bucketProvider"_s, u"GCP"_s },
                                         { u"bucketPath"_s, u"gs://acme-backups/contract"_s },
                                         { u"accessKeyId"_s, u"GOOG1ECONTRACT"_s },
                                         { u"secretAccessKey"_s, u"contract-hmac-secret-0123456789"_s } }),
           200, "backupBucketUpdate to GCP");
    expect(m_client->get(plain + u"/backupBucket"_s), 200, "backupBucketGet GCP");
    expect(m_client->patch(plain + u"/backupBucket"_s,
                           QJsonObject { { u"bucketProvider"_s, u"AZURE"_s },
                                         { u"containerName"_s, u"acme-backups"_s },
                                         { u"connectionString"_s,
                                           u"DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=eA=="_s } }),
           200, "backupBucketUpdate to AZURE");
    expect(m_client->get(plain + u"/backupBucket"_s), 200, "backupBucketGet AZURE");
    expect(m_client->del(plain + u"/backupBucket"_s), 200, "backupBucketDelete");

    expect(
        m_client->post(plain + u"/privateEndpoint"_s,
                       QJsonObject { { u"id"_s, u"vpce-0c0ffee0c0ffee001"_s }, { u"description"_s, u"contract"_s } }),
        200, "instancePrivateEndpointCreate");
}

void TestContractEmulator::serviceConfigurationErrors()
{
    // Requests the spec's schemas accept but the server's own rules refuse: 400, in the envelope.
    const QString path = org(u"/services/"_s + firstId(org(u"/services"_s)));
    expect(m_client->patch(path + u"/clickhouseSettings"_s,
                           QJsonObject { { u"settings"_s, u"{\"no_such_setting\":1}"_s } }),
           400, "serviceClickhouseSettingsUpdate unknown setting");
    expect(m_client->patch(path + u"/clickhouseSettings"_s, QJsonObject { { u"settings"_s, u"not json"_s } }), 400,
           "serviceClickhouseSettingsUpdate not an object");
    expect(m_client->get(path + u"/clickhouseSettings/no_such_setting"_s), 404, "serviceClickhouseSettingGet unknown");
    expect(m_client->post(path + u"/scalingSchedule"_s,
                          QJsonObject { { u"entries"_s,
                                          QJsonArray { QJsonObject { { u"name"_s, u"x"_s },
                                                                     { u"weekdays"_s, QJsonArray { 1 } },
                                                                     { u"startHourUtc"_s, 9 },
                                                                     { u"endHourUtc"_s, 9 } } } } }),
           400, "scalingScheduleUpsert empty window");
    expect(m_client->post(path + u"/backupBucket"_s,
                          QJsonObject { { u"bucketProvider"_s, u"GCP"_s }, { u"bucketPath"_s, u"gs://b/p"_s } }),
           400, "backupBucketCreate without credentials");
    expect(m_client->post(path + u"/privateEndpoint"_s, QJsonObject { { u"description"_s, u"no id"_s } }), 400,
           "instancePrivateEndpointCreate without an id");
}

void TestContractEmulator::rolesQuotasAndQueryEndpoints()
{
    // Roles: create, read, update, delete, and the refusals with a reason.
    const QString key = firstId(org(u"/keys"_s));
    const QString service = firstId(org(u"/services"_s));
    const QJsonObject allow { { u"allowDeny"_s, u"ALLOW"_s },
                              { u"permissions"_s, QJsonArray { u"control-plane:service:view"_s } },
                              { u"resources"_s, QJsonArray { QString(u"instance/"_s + service) } },
                              { u"tags"_s,
                                QJsonObject { { u"grants"_s, QJsonArray { u"default"_s } },
                                              { u"roleV2"_s, u"sql-console-readonly"_s } } } };
    const QJsonObject deny { { u"allowDeny"_s, u"DENY"_s },
                             { u"permissions"_s, QJsonArray { u"control-plane:service:manage"_s } },
                             { u"resources"_s, QJsonArray { u"instance/*"_s } } };
    const HttpResult created = m_client->post(org(u"/roles"_s),
                                              QJsonObject { { u"name"_s, u"Contract readers"_s },
                                                            { u"actors"_s, QJsonArray { QString(u"apiKey/"_s + key) } },
                                                            { u"policies"_s, QJsonArray { allow, deny } } });
    expect(created, 200, "organizationRolePost");
    const QString role = org(u"/roles/"_s + created.result()[u"id"_s].toString());
    expect(m_client->get(role), 200, "organizationRoleGet custom");
    expect(m_client->get(org(u"/roles"_s)), 200, "organizationRolesGetList with custom");
    expect(
        m_client->patch(role, QJsonObject { { u"name"_s, u"Contract readers 2"_s }, { u"actors"_s, QJsonArray {} } }),
        200, "organizationRolePatch name and actors");
    expect(m_client->patch(role, QJsonObject { { u"policies"_s, QJsonArray { deny } } }), 200,
           "organizationRolePatch policies");
    expect(m_client->post(org(u"/roles"_s),
                          QJsonObject { { u"name"_s, u"Contract readers 2"_s },
                                        { u"actors"_s, QJsonArray {} },
                                        { u"policies"_s, QJsonArray { deny } } }),
           400, "organizationRolePost duplicate name");
    expect(m_client->patch(role, QJsonObject { { u"actors"_s, QJsonArray { u"apiKey/none"_s } } }), 400,
           "organizationRolePatch unknown actor");
    expect(m_client->del(org(u"/roles/"_s + firstId(org(u"/roles"_s)))), 400, "organizationRoleDelete system role");
    expect(m_client->del(role), 200, "organizationRoleDelete");

    // Quotas.
    expect(m_client->get(org(u"/quotas"_s)), 200, "organizationQuotasGetList");
    for (const QString &code :
         { u"services-per-organization"_s, u"postgres-services-per-organization"_s, u"replicas-per-warehouse"_s })
        expect(m_client->get(org(u"/quotas/"_s + code)), 200, "organizationQuotaGet");

    // The query endpoint of a service: the seeded one, then create, replace and delete on another.
    QString seeded;
    QString other;
    for (const QJsonValue &s : m_client->get(org(u"/services"_s)).result().toArray()) {
        if (s[u"name"_s].toString() == u"production-analytics"_s)
            seeded = s[u"id"_s].toString();
        else if (s[u"name"_s].toString() == u"dev-sandbox"_s)
            other = s[u"id"_s].toString();
    }
    QVERIFY(!seeded.isEmpty() && !other.isEmpty());
    expect(m_client->get(org(u"/services/"_s + seeded + u"/serviceQueryEndpoint"_s)), 200,
           "instanceQueryEndpointGet seeded");
    const QString endpoint = org(u"/services/"_s + other + u"/serviceQueryEndpoint"_s);
    expect(m_client->post(endpoint,
                          QJsonObject { { u"roles"_s, QJsonArray { u"sql_console_read_only"_s } },
                                        { u"openApiKeys"_s, QJsonArray { key } },
                                        { u"allowedOrigins"_s, u"https://app.example.com"_s } }),
           200, "instanceQueryEndpointUpsert create");
    expect(m_client->get(endpoint), 200, "instanceQueryEndpointGet");
    expect(m_client->post(endpoint,
                          QJsonObject { { u"roles"_s, QJsonArray { u"sql_console_admin"_s } },
                                        { u"openApiKeys"_s, QJsonArray {} },
                                        { u"allowedOrigins"_s, u""_s } }),
           200, "instanceQueryEndpointUpsert replace");
    expect(m_client->post(endpoint,
                          QJsonObject { { u"roles"_s, QJsonArray { u"sql_console_admin"_s } },
                                        { u"allowedOrigins"_s, u"not a domain"_s } }),
           400, "instanceQueryEndpointUpsert bad origin");
    expect(m_client->del(endpoint), 200, "instanceQueryEndpointDelete");
}

void TestContractEmulator::errorPaths()
{
    const QString unknown = u"00000000-0000-4000-8000-000000000000"_s;
    expect(m_client->get(org(u"/services/"_s + unknown)), 404, "instanceGet unknown");
    expect(m_client->get(org(u"/keys/"_s + unknown)), 404, "openapiKeyGet unknown");
    expect(m_client->get(org(u"/invitations/"_s + unknown)), 404, "invitationGet unknown");
    expect(m_client->post(
               org(u"/services"_s),
               QJsonObject { { u"name"_s, u"x"_s }, { u"provider"_s, u"gcp"_s }, { u"region"_s, u"us-east-1"_s } }),
           400, "instanceCreate region of another provider");
    const QDate today = QDateTime::currentDateTimeUtc().date();
    expect(m_client->get(org(u"/usageCost?from_date="_s + today.addDays(-40).toString(Qt::ISODate) + u"&to_date="_s
                             + today.toString(Qt::ISODate))),
           400, "usageCostGet over 31 days");
    expect(m_client->patch(org(u"/services/"_s + firstId(org(u"/services"_s)) + u"/replicaScaling"_s),
                           QJsonObject { { u"minReplicaMemoryGb"_s, 64 }, { u"maxReplicaMemoryGb"_s, 32 } }),
           400, "instanceReplicaScalingUpdate min above max");
    expect(m_client->post(org(u"/services"_s),
                          QJsonObject { { u"name"_s, u"x"_s },
                                        { u"provider"_s, u"aws"_s },
                                        { u"region"_s, u"us-east-1"_s },
                                        { u"autoscalingMode"_s, u"horizontal"_s } }),
           400, "instanceCreate horizontal without a replica band");
    expect(m_client->get(org(), EmulatorClient::basic(m_emulator->keyId(), u"wrong"_s)), 401, "wrong secret");
}

void TestContractEmulator::zeroViolations()
{
    QVERIFY(m_exchanges > 60);
    QVERIFY2(m_violations.isEmpty(), qPrintable(m_violations.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestContractEmulator)
#include "tst_contract_emulator.moc"
