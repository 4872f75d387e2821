// Strict JSON parsing of every domain type: valid samples shaped like the spec's
// schemas and examples, each wrong type, missing required fields, unknown enum
// values, null versus absent, dates.

#include "domain/Activity.h"
#include "domain/ApiKey.h"
#include "domain/Backup.h"
#include "domain/JsonFields.h"
#include "domain/Member.h"
#include "domain/Organization.h"
#include "domain/Role.h"
#include "domain/Service.h"
#include "domain/ServiceRequests.h"
#include "domain/UsageCost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>
#include <map>

using namespace chcloud;

namespace {

QJsonValue jsonOf(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text.constData());
    return document.array().at(0);
}

template<typename T>
std::optional<ParseError> parseErrorOf(const QJsonValue &value)
{
    const auto parsed = T::fromJson(value, QStringLiteral("result"));
    if (parsed)
        return std::nullopt;
    return parsed.error();
}

using Parser = std::function<std::optional<ParseError>(const QJsonValue &)>;

const std::map<QString, Parser> &parsers()
{
    static const std::map<QString, Parser> table {
        { QStringLiteral("Organization"), parseErrorOf<Organization> },
        { QStringLiteral("Service"), parseErrorOf<Service> },
        { QStringLiteral("ServiceCreateResult"), parseErrorOf<ServiceCreateResult> },
        { QStringLiteral("ApiKey"), parseErrorOf<ApiKey> },
        { QStringLiteral("ApiKeyCreateResult"), parseErrorOf<ApiKeyCreateResult> },
        { QStringLiteral("Member"), parseErrorOf<Member> },
        { QStringLiteral("Invitation"), parseErrorOf<Invitation> },
        { QStringLiteral("Role"), parseErrorOf<Role> },
        { QStringLiteral("Activity"), parseErrorOf<Activity> },
        { QStringLiteral("UsageCost"), parseErrorOf<UsageCost> },
        { QStringLiteral("Backup"), parseErrorOf<Backup> },
        { QStringLiteral("BackupConfiguration"), parseErrorOf<BackupConfiguration> },
        { QStringLiteral("PrivateEndpointConfig"), parseErrorOf<PrivateEndpointConfig> },
    };
    return table;
}

const QByteArray kService = R"({
  "id": "2d2a7a1a-5a7c-4c2e-9d1f-7b7f3b0d1c11", "name": "analytics-prod", "provider": "aws",
  "region": "us-east-1", "state": "running", "clickhouseVersion": "24.8",
  "endpoints": [{"protocol": "https", "host": "abc.us-east-1.aws.clickhouse.cloud", "port": 8443, "username": "default"},
                {"protocol": "nativesecure", "host": "abc.us-east-1.aws.clickhouse.cloud", "port": 9440, "username": null}],
  "autoscalingMode": "vertical",
  "minReplicaMemoryGb": 16, "maxReplicaMemoryGb": 120, "numReplicas": 3, "idleScaling": true,
  "idleTimeoutMinutes": 15, "ipAccessList": [{"source": "10.0.0.0/8", "description": "office"}],
  "createdAt": "2024-03-01T10:00:00Z", "isReadonly": false, "releaseChannel": "default",
  "tags": [{"key": "Environment", "value": "staging"}],
  "currentScaling": {"effectiveAutoscalingMode": "vertical", "effectiveMinReplicas": 1}
})";

const QByteArray kApiKey = R"({
  "id": "6f0e2b55-3f1a-4a0f-8a59-d1c1c1b1a111", "name": "ci", "state": "enabled",
  "roles": ["developer"], "assignedRoles": [{"roleId": "9b2e...", "roleName": "Developer", "roleType": "system"}],
  "keySuffix": "Ab12", "createdAt": "2024-01-01T00:00:00.123Z", "expireAt": null,
  "usedAt": "2024-02-01T08:30:00Z", "ipAccessList": [{"source": "0.0.0.0/0", "description": "anywhere"}]
})";

} // namespace

class DomainJsonTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void serviceFields();
    void serviceAutoscalingMode_data();
    void serviceAutoscalingMode();
    void serviceStateOpenEnum_data();
    void serviceStateOpenEnum();
    void apiKeyFields();
    void apiKeyNullVersusAbsent();
    void createResultsHoldSecrets();
    void activityLabels();
    void usageCostMerge();
    void dates_data();
    void dates();
    void requestBodies();
    void keyUpdateExpireAtTriState();
    void rowsToleratesOneOddRow();
    void rowsStrictAtTheEdge();
    void rowsNameMembersByUserId();
    void usageCostToleratesOneOddRecord();
};

void DomainJsonTest::parse_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPath"); // empty: must parse

    // Valid samples
    QTest::newRow("organization") << "Organization"
                                  << QByteArray(R"({"id":"org-1","name":"Acme","createdAt":"2023-05-01T00:00:00Z",
        "privateEndpoints":[{"id":"vpce-1","description":"x","cloudProvider":"aws","region":"us-east-1"}],
        "byocConfig":[],"enableCoreDumps":true})")
                                  << QString();
    QTest::newRow("organization unknown region kept")
        << "Organization" << QByteArray(R"({"id":"o","name":"n","privateEndpoints":[
        {"id":"e","cloudProvider":"oracle","region":"mars-north-1"}]})")
        << QString();
    QTest::newRow("service") << "Service" << kService << QString();
    QTest::newRow("service minimal") << "Service" << QByteArray(R"({"id":"s","name":"n"})") << QString();
    QTest::newRow("service unknown state kept")
        << "Service" << QByteArray(R"({"id":"s","name":"n","state":"hibernating"})") << QString();
    QTest::newRow("service create result")
        << "ServiceCreateResult" << QByteArray(R"({"service":)" + kService + R"(,"password":"p@ss"})") << QString();
    QTest::newRow("api key") << "ApiKey" << kApiKey << QString();
    QTest::newRow("api key unknown state kept")
        << "ApiKey" << QByteArray(R"({"id":"k","name":"n","state":"paused"})") << QString();
    QTest::newRow("api key create result")
        << "ApiKeyCreateResult"
        << QByteArray(R"({"key":)" + kApiKey + R"(,"keyId":"abcdAb12","keySecret":"4b1dsecret"})") << QString();
    QTest::newRow("member") << "Member"
                            << QByteArray(R"({"userId":"u1","name":"Ada","email":"ada@example.com","role":"admin",
        "joinedAt":"2023-01-01T00:00:00Z","assignedRoles":[{"roleId":"r1","roleName":"Admin","roleType":"system"}]})")
                            << QString();
    QTest::newRow("invitation") << "Invitation"
                                << QByteArray(R"({"id":"i1","email":"bob@example.com","role":"developer",
        "createdAt":"2024-01-01T00:00:00Z","expireAt":"2024-01-08T00:00:00Z"})")
                                << QString();
    QTest::newRow("role") << "Role"
                          << QByteArray(R"({"id":"r1","tenantId":"t","ownerId":"o","name":"Admin","type":"system",
        "actors":["u1"],"policies":[{"id":"p","roleId":"r1","allowDeny":"ALLOW","permissions":["control-plane:*"],
        "resources":["*"],"tags":{"grants":["g"],"roleV2":"sql-console-admin"}}],
        "createdAt":"2024-01-01T00:00:00Z","updatedAt":"2024-01-02T00:00:00Z"})")
                          << QString();
    QTest::newRow("activity") << "Activity"
                              << QByteArray(R"({"id":"a1","createdAt":"2024-05-05T05:05:05Z","type":"key_create",
        "actorType":"api","actorId":"k1","actorDetails":"key ci","actorIpAddress":"127.0.0.1",
        "organizationId":"o","targetKeyId":"k2","keyUpdateType":"created"})")
                              << QString();
    QTest::newRow("activity unknown type kept") << "Activity" << QByteArray(R"({"id":"a","type":"service_teleport",
        "actorType":"robot","keyUpdateType":"colour-changed"})")
                                                << QString();
    QTest::newRow("usage cost") << "UsageCost" << QByteArray(R"({"grandTotalCHC":12.5,"costs":[{"dataWarehouseId":"d",
        "serviceId":null,"date":"2024-12-19","entityType":"datawarehouse","entityId":"d","entityName":"dw",
        "metrics":{"storageCHC":1.5,"computeCHC":2},"totalCHC":3.5,"locked":true}]})")
                                << QString();
    QTest::newRow("backup") << "Backup" << QByteArray(R"({"id":"b1","status":"done","serviceId":"s","startedAt":
        "2024-01-01T00:00:00Z","finishedAt":"2024-01-01T00:10:00Z","sizeInBytes":1048576,"durationInSeconds":600,
        "type":"full","backupName":"b","bucket":{"bucketProvider":"AWS","bucketPath":"s3://x"}})")
                            << QString();
    QTest::newRow("backup configuration") << "BackupConfiguration" << QByteArray(R"({"backupPeriodInHours":24,
        "backupRetentionPeriodInHours":48,"backupStartTime":"10:00"})")
                                          << QString();
    QTest::newRow("private endpoint config")
        << "PrivateEndpointConfig" << QByteArray(R"({"endpointServiceId":"com.amazonaws.vpce.x"})") << QString();

    // Not an object at all
    QTest::newRow("service is an array") << "Service" << QByteArray("[]") << "result";
    QTest::newRow("usage cost is a string") << "UsageCost" << QByteArray(R"("x")") << "result";
    // Missing or empty required fields
    QTest::newRow("organization without id") << "Organization" << QByteArray(R"({"name":"n"})") << "result.id";
    QTest::newRow("organization without name") << "Organization" << QByteArray(R"({"id":"o"})") << "result.name";
    QTest::newRow("service with null id") << "Service" << QByteArray(R"({"id":null,"name":"n"})") << "result.id";
    QTest::newRow("service with empty name") << "Service" << QByteArray(R"({"id":"s","name":""})") << "result.name";
    QTest::newRow("api key without id") << "ApiKey" << QByteArray(R"({"name":"n"})") << "result.id";
    QTest::newRow("member without userId") << "Member" << QByteArray(R"({"name":"n"})") << "result.userId";
    QTest::newRow("invitation without id") << "Invitation" << QByteArray(R"({"email":"e"})") << "result.id";
    QTest::newRow("role without name") << "Role" << QByteArray(R"({"id":"r"})") << "result.name";
    QTest::newRow("activity without id") << "Activity" << QByteArray(R"({"type":"x"})") << "result.id";
    QTest::newRow("backup without id") << "Backup" << QByteArray(R"({"status":"done"})") << "result.id";
    QTest::newRow("key create result without key")
        << "ApiKeyCreateResult" << QByteArray(R"({"keyId":"x"})") << "result.key";
    QTest::newRow("service create result without service")
        << "ServiceCreateResult" << QByteArray(R"({"password":"x"})") << "result.service";
    // Wrong types, each named by its path
    QTest::newRow("service id number") << "Service" << QByteArray(R"({"id":5,"name":"n"})") << "result.id";
    QTest::newRow("service state number")
        << "Service" << QByteArray(R"({"id":"s","name":"n","state":3})") << "result.state";
    QTest::newRow("service numReplicas string")
        << "Service" << QByteArray(R"({"id":"s","name":"n","numReplicas":"3"})") << "result.numReplicas";
    QTest::newRow("service numReplicas fractional")
        << "Service" << QByteArray(R"({"id":"s","name":"n","numReplicas":2.5})") << "result.numReplicas";
    QTest::newRow("service idleScaling string")
        << "Service" << QByteArray(R"({"id":"s","name":"n","idleScaling":"yes"})") << "result.idleScaling";
    QTest::newRow("service endpoints object")
        << "Service" << QByteArray(R"({"id":"s","name":"n","endpoints":{}})") << "result.endpoints";
    QTest::newRow("service endpoint port string") << "Service" << QByteArray(R"({"id":"s","name":"n","endpoints":[
        {"protocol":"https","port":8443},{"protocol":"mysql","port":"3306"}]})")
                                                  << "result.endpoints[1].port";
    QTest::newRow("service ip entry without source") << "Service" << QByteArray(R"({"id":"s","name":"n","ipAccessList":[
        {"description":"x"}]})") << "result.ipAccessList[0].source";
    QTest::newRow("service tag key number")
        << "Service" << QByteArray(R"({"id":"s","name":"n","tags":[{"key":1}]})") << "result.tags[0].key";
    QTest::newRow("service privateEndpointIds element number")
        << "Service" << QByteArray(R"({"id":"s","name":"n","privateEndpointIds":["a",2]})")
        << "result.privateEndpointIds[1]";
    QTest::newRow("service currentScaling array")
        << "Service" << QByteArray(R"({"id":"s","name":"n","currentScaling":[]})") << "result.currentScaling";
    QTest::newRow("service createdAt garbage")
        << "Service" << QByteArray(R"({"id":"s","name":"n","createdAt":"yesterday"})") << "result.createdAt";
    QTest::newRow("api key roles string")
        << "ApiKey" << QByteArray(R"({"id":"k","name":"n","roles":"admin"})") << "result.roles";
    QTest::newRow("api key expireAt number")
        << "ApiKey" << QByteArray(R"({"id":"k","name":"n","expireAt":0})") << "result.expireAt";
    QTest::newRow("api key assigned role id missing") << "ApiKey"
                                                      << QByteArray(R"({"id":"k","name":"n","assignedRoles":[
        {"roleName":"x"}]})") << "result.assignedRoles[0].roleId";
    QTest::newRow("key create result secret number")
        << "ApiKeyCreateResult" << QByteArray(R"({"key":{"id":"k","name":"n"},"keySecret":7})") << "result.keySecret";
    QTest::newRow("key create result nested key error")
        << "ApiKeyCreateResult" << QByteArray(R"({"key":{"id":"k","name":"n","state":1}})") << "result.key.state";
    QTest::newRow("member joinedAt bool")
        << "Member" << QByteArray(R"({"userId":"u","joinedAt":true})") << "result.joinedAt";
    QTest::newRow("invitation email number") << "Invitation" << QByteArray(R"({"id":"i","email":1})") << "result.email";
    QTest::newRow("role policy tags grants string") << "Role" << QByteArray(R"({"id":"r","name":"n","policies":[
        {"tags":{"grants":"g"}}]})") << "result.policies[0].tags.grants";
    QTest::newRow("activity createdAt number")
        << "Activity" << QByteArray(R"({"id":"a","createdAt":1})") << "result.createdAt";
    QTest::newRow("usage cost total string")
        << "UsageCost" << QByteArray(R"({"grandTotalCHC":"1"})") << "result.grandTotalCHC";
    // An odd record is set aside (see usageCostToleratesOneOddRecord); costs that are no list is an error.
    QTest::newRow("usage cost costs not a list")
        << "UsageCost" << QByteArray(R"({"costs":{"date":"2024-01-01"}})") << "result.costs";
    QTest::newRow("backup size string") << "Backup" << QByteArray(R"({"id":"b","sizeInBytes":"big"})")
                                        << "result.sizeInBytes";
    QTest::newRow("backup bucket string") << "Backup" << QByteArray(R"({"id":"b","bucket":"s3"})") << "result.bucket";
    QTest::newRow("backup configuration period string")
        << "BackupConfiguration" << QByteArray(R"({"backupPeriodInHours":"24"})") << "result.backupPeriodInHours";
    // The 2026-07 document: fields typed number take any number, integer stays strict,
    // null is accepted where the document allows it, unknown enum values are kept raw.
    QTest::newRow("key expireAt null, state and role the app does not know")
        << "ApiKey" << QByteArray(R"({"id":"k","name":"n","expireAt":null,"state":"suspended","roles":["auditor"],
        "assignedRoles":[{"roleId":"r","roleType":"delegated"}]})")
        << QString();
    QTest::newRow("member role the app does not know")
        << "Member" << QByteArray(R"({"userId":"u","role":"owner","assignedRoles":[]})") << QString();
    QTest::newRow("invitation role the app does not know")
        << "Invitation" << QByteArray(R"({"id":"i","role":"billing","expireAt":"2026-12-01T00:00:00Z"})") << QString();
    QTest::newRow("activity type, actor type and key update the app does not know")
        << "Activity" << QByteArray(R"({"id":"a","type":"service_teleported","actorType":"robot",
        "keyUpdateType":"colour-changed"})")
        << QString();
    QTest::newRow("backup fractional size and duration, unknown status and type")
        << "Backup" << QByteArray(R"({"id":"b","sizeInBytes":1536.5,"durationInSeconds":0.25,"status":"frozen",
        "type":"differential"})")
        << QString();
    QTest::newRow("backup configuration fractional hours")
        << "BackupConfiguration" << QByteArray(R"({"backupPeriodInHours":24.5,"backupRetentionPeriodInHours":0.5})")
        << QString();
    QTest::newRow("usage record serviceId null, fractional numbers, unknown entity type")
        << "UsageCost" << QByteArray(R"({"grandTotalCHC":0.125,"costs":[{"serviceId":null,"entityType":"lakehouse",
        "totalCHC":0.125,"metrics":{"computeCHC":0.0625,"storageCHC":1e-9}}]})")
        << QString();
    QTest::newRow("service fractional memory and idle timeout, endpoint username null")
        << "Service" << QByteArray(R"({"id":"s","name":"n","minTotalMemoryGb":7.5,"maxReplicaMemoryGb":120.25,
        "idleTimeoutMinutes":5.5,"endpoints":[{"port":9440.5,"username":null}],"tier":"quantum","region":"mars-1"})")
        << QString();
    QTest::newRow("service integer numReplicas stays strict")
        << "Service" << QByteArray(R"({"id":"s","name":"n","numReplicas":2.5})") << "result.numReplicas";
    QTest::newRow("current scaling integer replicas stay strict")
        << "Service" << QByteArray(R"({"id":"s","name":"n","currentScaling":{"effectiveMinReplicas":1.5}})")
        << "result.currentScaling.effectiveMinReplicas";
    QTest::newRow("role type the app does not know")
        << "Role" << QByteArray(R"({"id":"r","name":"n","type":"inherited","policies":[{"allowDeny":"MAYBE"}]})")
        << QString();
    // Null for optional fields is the same as absent
    QTest::newRow("service optional nulls")
        << "Service" << QByteArray(R"({"id":"s","name":"n","state":null,"numReplicas":null,
        "endpoints":null,"createdAt":null,"tags":null})")
        << QString();
}

void DomainJsonTest::parse()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPath);

    const auto parser = parsers().find(type);
    QVERIFY2(parser != parsers().end(), qPrintable(type));
    const auto error = parser->second(jsonOf(json));
    if (errorPath.isEmpty()) {
        QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
    } else {
        QVERIFY2(error, "parsed although it should not");
        QCOMPARE(error->path, errorPath);
        QVERIFY(!error->message.isEmpty());
    }
}

void DomainJsonTest::serviceFields()
{
    const auto service = Service::fromJson(jsonOf(kService), QStringLiteral("result"));
    QVERIFY(service);
    QCOMPARE(service->id, QStringLiteral("2d2a7a1a-5a7c-4c2e-9d1f-7b7f3b0d1c11"));
    QCOMPARE(service->state.kind(), ServiceStateKind::Running);
    QCOMPARE(service->endpoints.size(), 2);
    QCOMPARE(service->endpoints[0].port, 8443);
    QCOMPARE(service->endpoints[0].username, QStringLiteral("default"));
    QVERIFY(!service->endpoints[1].username.has_value()); // null
    QCOMPARE(service->endpoint(QStringLiteral("nativesecure"))->port, 9440);
    QCOMPARE(service->minReplicaMemoryGb, 16);
    QCOMPARE(service->maxReplicaMemoryGb, 120);

    // Fields the spec types "number" take any JSON number; "integer" stays strict (see parse_data).
    const auto odd = Service::fromJson(QJsonDocument::fromJson(R"({"id":"s","name":"n","idleTimeoutMinutes":7.5,
        "replicaMemoryGb":12.25,"endpoints":[{"protocol":"https","host":"h","port":8443.5}]})")
                                           .object(),
                                       QStringLiteral("result"));
    QVERIFY2(odd, odd ? "" : qPrintable(odd.error().toString()));
    QCOMPARE(odd->endpoints[0].port, 8443.5);
    QCOMPARE(odd->idleTimeoutMinutes, 7.5);
    QCOMPARE(odd->replicaMemoryGb, 12.25);
    QCOMPARE(service->numReplicas, 3);
    QCOMPARE(service->idleScaling, true);
    QCOMPARE(service->ipAccessList,
             (QList<IpAccessListEntry> { { QStringLiteral("10.0.0.0/8"), QStringLiteral("office") } }));
    QCOMPARE(service->tags, (QList<ResourceTag> { { QStringLiteral("Environment"), QStringLiteral("staging") } }));
    QCOMPARE(service->createdAt, QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(service->isReadonly, false);
    QVERIFY(!service->isPrimary.has_value());
    QVERIFY(service->currentScaling);
    QCOMPARE(service->currentScaling->effectiveMinReplicas, 1);
    QVERIFY(!service->deniesAllTraffic());
    QCOMPARE(service->autoscalingMode, QStringLiteral("vertical"));
}

void DomainJsonTest::serviceAutoscalingMode_data()
{
    QTest::addColumn<QJsonValue>("mode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("vertical") << QJsonValue(QStringLiteral("vertical")) << QStringLiteral("vertical");
    QTest::newRow("horizontal") << QJsonValue(QStringLiteral("horizontal")) << QStringLiteral("horizontal");
    QTest::newRow("a mode the API adds later is kept raw")
        << QJsonValue(QStringLiteral("diagonal")) << QStringLiteral("diagonal");
    QTest::newRow("absent is unknown, not an error") << QJsonValue(QJsonValue::Undefined) << QString();
}

void DomainJsonTest::serviceAutoscalingMode()
{
    QFETCH(QJsonValue, mode);
    QFETCH(QString, expected);
    QJsonObject object = jsonOf(kService).toObject();
    object.remove(QStringLiteral("autoscalingMode"));
    if (!mode.isUndefined())
        object.insert(QStringLiteral("autoscalingMode"), mode);
    const auto service = Service::fromJson(object, QStringLiteral("result"));
    QVERIFY(service);
    QCOMPARE(service->autoscalingMode, expected);
}

void DomainJsonTest::serviceStateOpenEnum_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("transitional");

    const QList<std::tuple<const char *, ServiceStateKind, bool>> rows {
        { "starting", ServiceStateKind::Starting, true },
        { "stopping", ServiceStateKind::Stopping, true },
        { "terminating", ServiceStateKind::Terminating, true },
        { "softdeleting", ServiceStateKind::Softdeleting, true },
        { "awaking", ServiceStateKind::Awaking, true },
        { "partially_running", ServiceStateKind::PartiallyRunning, false },
        { "provisioning", ServiceStateKind::Provisioning, true },
        { "running", ServiceStateKind::Running, false },
        { "stopped", ServiceStateKind::Stopped, false },
        { "terminated", ServiceStateKind::Terminated, false },
        { "softdeleted", ServiceStateKind::Softdeleted, false },
        { "degraded", ServiceStateKind::Degraded, false },
        { "failed", ServiceStateKind::Failed, false },
        { "idle", ServiceStateKind::Idle, false },
        { "hibernating", ServiceStateKind::Unknown, false },
        { "Running", ServiceStateKind::Unknown, false },
    };
    for (const auto &[text, kind, transitional] : rows)
        QTest::newRow(text) << QString::fromLatin1(text) << int(kind) << transitional;
}

void DomainJsonTest::serviceStateOpenEnum()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(bool, transitional);

    const ServiceState state = ServiceState::fromString(text);
    QCOMPARE(int(state.kind()), kind);
    QCOMPARE(state.raw(), text);
    QCOMPARE(state.isTransitional(), transitional);
    QVERIFY(!state.label().isEmpty());
    if (state.isUnknown())
        QVERIFY(state.label().contains(text));
    else
        QCOMPARE(ServiceState::textFor(state.kind()), text);
}

void DomainJsonTest::apiKeyFields()
{
    const auto key = ApiKey::fromJson(jsonOf(kApiKey), QStringLiteral("result"));
    QVERIFY(key);
    QCOMPARE(key->state, ApiKeyState::Enabled);
    QCOMPARE(key->roles, QStringList { QStringLiteral("developer") });
    QCOMPARE(key->assignedRoles.size(), 1);
    QCOMPARE(key->assignedRoles[0].roleName, QStringLiteral("Developer"));
    QCOMPARE(key->createdAt, QDateTime(QDate(2024, 1, 1), QTime(0, 0, 0, 123), Qt::UTC));
    QVERIFY(!key->expireAt);
    QCOMPARE(key->usedAt, QDateTime(QDate(2024, 2, 1), QTime(8, 30), Qt::UTC));
    QVERIFY(key->matchesKeyId(QStringLiteral("xxxxxxxxAb12")));
    QVERIFY(!key->matchesKeyId(QStringLiteral("xxxxxxxxAb13")));
}

void DomainJsonTest::apiKeyNullVersusAbsent()
{
    const auto withNull = ApiKey::fromJson(jsonOf(R"({"id":"k","name":"n","expireAt":null})"), {});
    const auto absent = ApiKey::fromJson(jsonOf(R"({"id":"k","name":"n"})"), {});
    const auto set = ApiKey::fromJson(jsonOf(R"({"id":"k","name":"n","expireAt":"2030-01-01T00:00:00Z"})"), {});
    QVERIFY(withNull && absent && set);
    QVERIFY(!withNull->expireAt);
    QVERIFY(!absent->expireAt);
    QVERIFY(!absent->usedAt);
    QCOMPARE(set->expireAt, QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(set->isExpiredAt(QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC)));
    QVERIFY(!set->isExpiredAt(QDateTime(QDate(2029, 1, 1), QTime(0, 0), Qt::UTC)));
}

void DomainJsonTest::createResultsHoldSecrets()
{
    const auto key = ApiKeyCreateResult::fromJson(
        jsonOf(R"({"key":{"id":"k","name":"n"},"keyId":"KEYID1234","keySecret":"4b1dS3cr3t"})"), {});
    QVERIFY(key);
    QCOMPARE(key->keyId, QStringLiteral("KEYID1234"));
    QCOMPARE(key->keySecret.reveal(), QStringLiteral("4b1dS3cr3t"));
    Secret copy = key->keySecret;
    copy.wipe();
    QVERIFY(copy.isEmpty());
    QCOMPARE(key->keySecret.reveal(), QStringLiteral("4b1dS3cr3t")); // a copy wipes only itself

    const auto service
        = ServiceCreateResult::fromJson(jsonOf(R"({"service":{"id":"s","name":"n"},"password":"pw"})"), {});
    QVERIFY(service);
    QCOMPARE(service->password.reveal(), QStringLiteral("pw"));
}

void DomainJsonTest::activityLabels()
{
    const auto activity = Activity::fromJson(
        jsonOf(R"({"id":"a","type":"key_create","actorType":"api","targetKeyId":"k","keyUpdateType":"created"})"), {});
    QVERIFY(activity);
    QCOMPARE(activity->actorType, ActorType::Api);
    QCOMPARE(activity->typeLabel(), QStringLiteral("API key created"));
    QVERIFY(activity->isKeyActivity());
    QCOMPARE(Activity::keyUpdateTypeLabel(QStringLiteral("state-changed")), QStringLiteral("State changed"));
    // Unknown values stay readable
    QCOMPARE(Activity::activityTypeLabel(QStringLiteral("service_teleport")), QStringLiteral("Service teleport"));
    QCOMPARE(Activity::keyUpdateTypeLabel(QStringLiteral("colour-changed")), QStringLiteral("Colour changed"));
    QCOMPARE(Activity::actorTypeFromText(QStringLiteral("robot")), ActorType::Unknown);
}

void DomainJsonTest::usageCostMerge()
{
    UsageCost first;
    first.grandTotalCHC = 1.5;
    UsageCostRecord late;
    late.date = QDate(2024, 2, 1);
    UsageCostRecord early;
    early.date = QDate(2024, 1, 1);
    first.costs = { late };
    UsageCost second;
    second.grandTotalCHC = 2.25;
    second.costs = { early };
    const UsageCost merged = UsageCost::merge({ first, second });
    QCOMPARE(merged.grandTotalCHC, 3.75);
    QCOMPARE(merged.costs.size(), 2);
    QCOMPARE(merged.costs[0].date, QDate(2024, 1, 1));
}

void DomainJsonTest::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: must not parse

    const QDateTime noon(QDate(2024, 12, 19), QTime(12, 0), Qt::UTC);
    QTest::newRow("Z without ms") << "2024-12-19T12:00:00Z" << noon;
    QTest::newRow("Z with ms") << "2024-12-19T12:00:00.250Z" << noon.addMSecs(250);
    QTest::newRow("offset converted to UTC") << "2024-12-19T14:00:00+02:00" << noon;
    QTest::newRow("no offset read as UTC") << "2024-12-19T12:00:00" << noon;
    QTest::newRow("garbage") << "not a date" << QDateTime();
    QTest::newRow("empty") << "" << QDateTime();
    QTest::newRow("month 13") << "2024-13-01T00:00:00Z" << QDateTime();
}

void DomainJsonTest::dates()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const auto parsed = json::parseDateTime(text);
    if (!expected.isValid()) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(*parsed, expected);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
    QCOMPARE(json::parseDateTime(json::formatDateTime(*parsed)), parsed); // round trip
}

void DomainJsonTest::requestBodies()
{
    ServiceCreateRequest create;
    create.name = QStringLiteral("svc");
    create.provider = QStringLiteral("aws");
    create.region = QStringLiteral("us-east-1");
    create.ipAccessList = { { QStringLiteral("1.2.3.4"), {} } };
    create.minReplicaMemoryGb = 16;
    create.tags = { { QStringLiteral("env"), QStringLiteral("dev") } };
    const QJsonObject createJson = create.toJson();
    QCOMPARE(createJson.value(QLatin1String("name")).toString(), QStringLiteral("svc"));
    QCOMPARE(createJson.value(QLatin1String("minReplicaMemoryGb")).toInt(), 16);
    QVERIFY(!createJson.contains(QLatin1String("maxReplicaMemoryGb")));
    QVERIFY(!createJson.contains(QLatin1String("autoscalingMode")));
    QVERIFY(!createJson.contains(QLatin1String("minReplicas")));

    ServiceCreateRequest horizontal = create;
    horizontal.autoscalingMode = QStringLiteral("horizontal");
    horizontal.minReplicas = 2;
    horizontal.maxReplicas = 6;
    const QJsonObject horizontalJson = horizontal.toJson();
    QCOMPARE(horizontalJson.value(QLatin1String("autoscalingMode")).toString(), QStringLiteral("horizontal"));
    QCOMPARE(horizontalJson.value(QLatin1String("minReplicas")).toInt(), 2);
    QCOMPARE(horizontalJson.value(QLatin1String("maxReplicas")).toInt(), 6);
    QVERIFY(!horizontalJson.contains(QLatin1String("numReplicas")));
    QCOMPARE(createJson.value(QLatin1String("ipAccessList")).toArray().at(0).toObject().value(QLatin1String("source")),
             QJsonValue(QStringLiteral("1.2.3.4")));

    ServicePatchRequest patch;
    patch.name = QStringLiteral("renamed");
    patch.ipAccessList.remove = { { QStringLiteral("1.2.3.4"), {} } };
    const QJsonObject patchJson = patch.toJson();
    QCOMPARE(patchJson.keys(), (QStringList { QStringLiteral("ipAccessList"), QStringLiteral("name") }));
    QVERIFY(!patchJson.value(QLatin1String("ipAccessList")).toObject().contains(QLatin1String("add")));

    QCOMPARE(serviceStateRequestJson(ServiceCommand::Awake).value(QLatin1String("command")).toString(),
             QStringLiteral("awake"));

    ApiKeyCreateRequest key;
    key.name = QStringLiteral("k");
    key.roles = { QStringLiteral("developer") };
    key.hashData = ApiKeyHashData::compute(QStringLiteral("ABCDEFGH"), Secret(QStringLiteral("s")));
    const QJsonObject keyJson = key.toJson();
    QVERIFY(keyJson.value(QLatin1String("expireAt")).isNull());
    QCOMPARE(keyJson.value(QLatin1String("state")).toString(), QStringLiteral("enabled"));
    QCOMPARE(keyJson.value(QLatin1String("hashData")).toObject().value(QLatin1String("keyIdSuffix")).toString(),
             QStringLiteral("EFGH"));

    InvitationCreateRequest invitation { QStringLiteral("a@b.c"), QStringLiteral("developer"), {} };
    QCOMPARE(invitation.toJson().value(QLatin1String("role")).toString(), QStringLiteral("developer"));

    BackupConfigurationUpdateRequest backup;
    backup.backupPeriodInHours = 12;
    QCOMPARE(backup.toJson().keys(), QStringList { QStringLiteral("backupPeriodInHours") });

    ReplicaScalingRequest scaling;
    scaling.minReplicaMemoryGb = 8;
    scaling.maxReplicaMemoryGb = 32;
    QCOMPARE(scaling.toJson().size(), 2);
    scaling.autoscalingMode = QStringLiteral("horizontal");
    scaling.minReplicas = 2;
    scaling.maxReplicas = 4;
    const QJsonObject scalingJson = scaling.toJson();
    QCOMPARE(scalingJson.value(QLatin1String("autoscalingMode")).toString(), QStringLiteral("horizontal"));
    QVERIFY(!scalingJson.contains(QLatin1String("replicaMemoryGb")));
    QCOMPARE(scalingJson.size(), 5);

    OrganizationUpdateRequest organization;
    organization.name = QStringLiteral("Acme");
    QCOMPARE(organization.toJson(), (QJsonObject { { QStringLiteral("name"), QStringLiteral("Acme") } }));
}

void DomainJsonTest::keyUpdateExpireAtTriState()
{
    ApiKeyUpdateRequest unchanged;
    unchanged.name = QStringLiteral("n");
    QVERIFY(!unchanged.toJson().contains(QLatin1String("expireAt")));

    ApiKeyUpdateRequest cleared;
    cleared.expireAt = std::optional<QDateTime>();
    QVERIFY(cleared.toJson().contains(QLatin1String("expireAt")));
    QVERIFY(cleared.toJson().value(QLatin1String("expireAt")).isNull());

    ApiKeyUpdateRequest set;
    set.expireAt = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QCOMPARE(set.toJson().value(QLatin1String("expireAt")).toString(), QStringLiteral("2030-01-02T03:04:05Z"));

    ApiKeyUpdateRequest ipList;
    ipList.ipAccessList = QList<IpAccessListEntry> {};
    QVERIFY(ipList.toJson().value(QLatin1String("ipAccessList")).isArray()); // empty list: deny all, still sent
}

void DomainJsonTest::rowsToleratesOneOddRow()
{
    const QJsonArray array = QJsonDocument::fromJson(R"([
        {"id": "a", "email": "first@example.com"},
        {"id": "b", "email": 42},
        "not an object",
        {"id": "c", "email": "third@example.com", "someFieldFromTheFuture": true}
    ])")
                                 .array();
    const auto parsed = json::parseRows<Invitation>(array, QStringLiteral("result"));
    QVERIFY(parsed);
    const auto &list = parsed.value();
    QCOMPARE(list.total(), 4);
    QCOMPARE(list.rows.size(), 2);
    QCOMPARE(list.rows.at(0).id, QStringLiteral("a"));
    QCOMPARE(list.rows.at(1).id, QStringLiteral("c"));
    QCOMPARE(list.unreadable.size(), 2);
    QCOMPARE(list.unreadable.at(0).index, 1);
    QCOMPARE(list.unreadable.at(0).id, QStringLiteral("b"));
    QVERIFY2(list.unreadable.at(0).error.path.startsWith(QStringLiteral("result[1]")),
             qPrintable(list.unreadable.at(0).error.toString()));
    QCOMPARE(list.unreadable.at(1).index, 2);
    QVERIFY(list.unreadable.at(1).id.isEmpty());
}

void DomainJsonTest::rowsStrictAtTheEdge()
{
    const auto parsed = json::parseRows<Invitation>(QJsonValue(QStringLiteral("nope")), QStringLiteral("result"));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().path, QStringLiteral("result"));
}

void DomainJsonTest::rowsNameMembersByUserId()
{
    const QJsonArray array = QJsonDocument::fromJson(R"([{"userId":"u1","joinedAt":7},{"userId":"u2"}])").array();
    const auto parsed = json::parseRows<Member>(array, QStringLiteral("result"));
    QVERIFY(parsed);
    QCOMPARE(parsed->rows.size(), 1);
    QCOMPARE(parsed->unreadable.size(), 1);
    QCOMPARE(parsed->unreadable.first().id, QStringLiteral("u1"));
    QCOMPARE(parsed->unreadable.first().error.path, QStringLiteral("result[0].joinedAt"));
}

void DomainJsonTest::usageCostToleratesOneOddRecord()
{
    const auto parsed = UsageCost::fromJson(QJsonDocument::fromJson(R"({"grandTotalCHC":3,"costs":[
        {"date":"2024-01-02","totalCHC":1},
        {"date":"2024-13-45","totalCHC":1},
        {"date":"2024-01-01","metrics":{"computeCHC":"x"}},
        {"date":"2024-01-03","totalCHC":1.5}]})")
                                                .object(),
                                            QStringLiteral("result"));
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().toString()));
    QCOMPARE(parsed->costs.size(), 2);
    QCOMPARE(parsed->unreadable.size(), 2);
    QCOMPARE(parsed->unreadable.at(0).error.path, QStringLiteral("result.costs[1].date"));
    QCOMPARE(parsed->unreadable.at(1).error.path, QStringLiteral("result.costs[2].metrics.computeCHC"));

    // Windows merged: the unreadable records of each are kept.
    UsageCost other;
    other.unreadable = { json::UnreadableRow { 0, {}, ParseError { QStringLiteral("result.costs[0]"), {} } } };
    const UsageCost merged = UsageCost::merge({ parsed.value(), other });
    QCOMPARE(merged.costs.size(), 2);
    QCOMPARE(merged.unreadable.size(), 3);
}

QTEST_GUILESS_MAIN(DomainJsonTest)
#include "tst_domainjson.moc"
