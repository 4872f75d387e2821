// CloudApi end to end against the emulator: every operation with its typed
// result checked against the raw JSON the emulator sent, the error mapping,
// the URL check, windowed fetches and cancellation. With CHCLOUD_VIA_PRISM=1
// the requests go through Prism, and every response must carry zero
// error-level contract violations.

#include "ApiCallWaiting.h"
#include "EmulatorProcess.h"
#include "PrismProxy.h"
#include "api/ApiReply.h"
#include "api/ApiSession.h"
#include "api/CloudApi.h"
#include "api/NetworkTransport.h"
#include "api/RequestScheduler.h"
#include "api/Transport.h"
#include "domain/JsonFields.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace chcloud;
using chcloud::test::await;
using chcloud::test::awaitRows;
using chcloud::test::describe;
using chcloud::test::EmulatorProcess;
using chcloud::test::PrismProxy;
using chcloud::test::PrismViolation;

namespace {

constexpr auto P = RequestPriority::Interactive;
constexpr int kTimeoutMs = 30000;

/// What the transport was asked to send.
struct SentRequest
{
    QString operationId;
    QByteArray method;
    QString path;
    QString query;
    bool idempotent = false;
    RequestPriority priority = RequestPriority::Visible;
};

/// Passes every call to the real transport, records what was sent, and keeps
/// the error-level Prism violations each response reported.
class ViolationRecordingTransport final : public Transport
{
public:
    ViolationRecordingTransport(std::unique_ptr<Transport> inner, std::shared_ptr<QStringList> errors,
                                std::shared_ptr<QList<SentRequest>> sent)
        : m_inner(std::move(inner))
        , m_errors(std::move(errors))
        , m_sent(std::move(sent))
    {
    }

    TransportCall *send(const ApiRequest &request) override
    {
        m_sent->append({ request.operationId, request.method, request.path, request.query.toString(QUrl::FullyEncoded),
                         request.idempotent, request.priority });
        TransportCall *call = m_inner->send(request);
        const QString what = request.operationId + QLatin1Char(' ') + QString::fromLatin1(request.method)
            + QLatin1Char(' ') + request.path;
        QObject::connect(call, &TransportCall::finished, call, [errors = m_errors, call, what] {
            const auto violations = PrismProxy::errorViolations(call->result().header("sl-violations"));
            for (const PrismViolation &violation : violations)
                errors->append(what + QLatin1String(": ") + violation.location + QLatin1Char(' ') + violation.message);
        });
        return call;
    }

private:
    std::unique_ptr<Transport> m_inner;
    std::shared_ptr<QStringList> m_errors;
    std::shared_ptr<QList<SentRequest>> m_sent;
};

QStringList idsOf(const QJsonValue &array, const QString &idField = QStringLiteral("id"))
{
    QStringList ids;
    for (const QJsonValue &value : array.toArray())
        ids.append(value.toObject().value(idField).toString());
    return ids;
}

} // namespace

class CloudApiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void organizations();
    void roles();
    void services();
    void serviceLifecycle();
    void backups();
    void keys();
    void keyCreatedFromHashData();
    void membersAndInvitations();
    void activities();
    void errors_data();
    void errors();
    void insecureUrl_data();
    void insecureUrl();
    void windowedUsageOver90Days();
    void windowedActivitiesOver90Days();
    void requestShapes_data();
    void requestShapes();
    void cancelEndsWithCancelled();
    void windowedCallWithoutWindowsEndsOnce_data();
    void windowedCallWithoutWindowsEndsOnce();
    void destroyedReceiverGetsNoCallback();

    // Roles, quotas and query endpoints (2026-07 document)
    void customRoleLifecycle();
    void quotas();
    void queryEndpointLifecycle();

private:
    std::unique_ptr<ApiSession> makeSession(const QString &keyId, const QString &keySecret);
    /// The raw "result" of a GET through the same scheduler (rate limit respected).
    QJsonValue rawResult(const QString &path, const QUrlQuery &query = {});
    QUrl apiBaseUrl() const { return m_prism ? m_prism->baseUrl() : m_emulator.baseUrl(); }
    CloudApi *api() const { return m_session->api(); }
    ApiResult<Service> waitForState(const QString &serviceId, ServiceStateKind state);

    EmulatorProcess m_emulator { { QStringLiteral("--rate-limit"), QStringLiteral("10"),
                                   QStringLiteral("--rate-window-ms"), QStringLiteral("1000"),
                                   QStringLiteral("--transition-ms"), QStringLiteral("200") } };
    std::unique_ptr<PrismProxy> m_prism;
    /// Error-level Prism violations of every session's responses since the last check.
    std::shared_ptr<QStringList> m_violations = std::make_shared<QStringList>();
    /// Every request any session sent, in order.
    std::shared_ptr<QList<SentRequest>> m_sent = std::make_shared<QList<SentRequest>>();
    std::unique_ptr<ApiSession> m_session;
    QString m_orgId;
};

std::unique_ptr<ApiSession> CloudApiTest::makeSession(const QString &keyId, const QString &keySecret)
{
    auto network = std::make_unique<NetworkTransport>(apiBaseUrl(), keyId, keySecret);
    auto recorder = std::make_unique<ViolationRecordingTransport>(std::move(network), m_violations, m_sent);
    SchedulerConfig config;
    config.window = std::chrono::milliseconds(1000);
    config.safetyMargin = std::chrono::milliseconds(100);
    return std::make_unique<ApiSession>(std::move(recorder), config, apiBaseUrl(), keyId);
}

void CloudApiTest::initTestCase()
{
    QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
    if (qEnvironmentVariableIntValue("CHCLOUD_VIA_PRISM") == 1) {
        QString why;
        // A contract run without Prism proves nothing: fail, so a missing install is seen.
        if (!PrismProxy::isAvailable(&why))
            QFAIL(qPrintable(QStringLiteral("Prism is needed for the contract run: ") + why));
        m_prism = std::make_unique<PrismProxy>(m_emulator.baseUrl());
        QVERIFY2(m_prism->start(), qPrintable(m_prism->errorString()));
    }
    m_session = makeSession(m_emulator.keyId(), m_emulator.keySecret());
    const auto organizations
        = await<QList<Organization>>([&](auto done) { return api()->organizationGetList(P, this, done); });
    VERIFY_OK(organizations);
    QCOMPARE(organizations->size(), 1);
    m_orgId = organizations->first().id;
}

void CloudApiTest::cleanup()
{
    const QStringList errors = std::exchange(*m_violations, {});
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
}

QJsonValue CloudApiTest::rawResult(const QString &path, const QUrlQuery &query)
{
    ApiRequest request = ApiRequest::make("GET", path, P);
    request.query = query;
    ApiReply *reply = m_session->scheduler()->submit(request);
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!reply->isFinished() && !finished.wait(kTimeoutMs))
        return {};
    reply->deleteLater();
    return reply->result();
}

ApiResult<Service> CloudApiTest::waitForState(const QString &serviceId, ServiceStateKind state)
{
    QDeadlineTimer deadline(kTimeoutMs);
    while (true) {
        auto service = await<Service>([&](auto done) { return api()->instanceGet(m_orgId, serviceId, P, this, done); });
        if (!service || service->state.kind() == state || deadline.hasExpired())
            return service;
    }
}

void CloudApiTest::organizations()
{
    const auto list = await<QList<Organization>>([&](auto done) { return api()->organizationGetList(P, this, done); });
    VERIFY_OK(list);
    QCOMPARE(list->first().id, idsOf(rawResult(QStringLiteral("/v1/organizations"))).value(0));

    const auto organization
        = await<Organization>([&](auto done) { return api()->organizationGet(m_orgId, P, this, done); });
    VERIFY_OK(organization);
    const QJsonObject raw = rawResult(CloudApi::organizationPath(m_orgId)).toObject();
    QCOMPARE(organization->name, raw.value(QLatin1String("name")).toString());
    QCOMPARE(organization->createdAt.isValid(), raw.contains(QLatin1String("createdAt")));

    OrganizationUpdateRequest rename;
    rename.name = organization->name + QStringLiteral(" (renamed)");
    const auto renamed
        = await<Organization>([&](auto done) { return api()->organizationUpdate(m_orgId, rename, P, this, done); });
    VERIFY_OK(renamed);
    QCOMPARE(renamed->name, *rename.name);
    rename.name = organization->name;
    VERIFY_OK(
        await<Organization>([&](auto done) { return api()->organizationUpdate(m_orgId, rename, P, this, done); }));

    const auto metrics
        = await<QString>([&](auto done) { return api()->organizationPrometheusGet(m_orgId, false, P, this, done); });
    VERIFY_OK(metrics);
    QVERIFY(metrics->contains(QLatin1String("ClickHouse")) || metrics->contains(QLatin1String("# ")));

    const auto endpointConfig = await<PrivateEndpointConfig>([&](auto done) {
        return api()->organizationPrivateEndpointConfigGetList(m_orgId, QStringLiteral("aws"),
                                                               QStringLiteral("us-east-1"), P, this, done);
    });
    VERIFY_OK(endpointConfig);
    QCOMPARE(endpointConfig->endpointServiceId,
             rawResult(CloudApi::organizationPath(m_orgId, QStringLiteral("/privateEndpointConfig")),
                       QUrlQuery(QStringLiteral("cloud_provider=aws&region_id=us-east-1")))
                 .toObject()
                 .value(QLatin1String("endpointServiceId"))
                 .toString());
}

void CloudApiTest::roles()
{
    const auto roles
        = awaitRows<Role>([&](auto done) { return api()->organizationRolesGetList(m_orgId, P, this, done); });
    VERIFY_OK(roles);
    QVERIFY(!roles->isEmpty());
    QStringList typedIds;
    for (const Role &role : *roles)
        typedIds.append(role.id);
    QCOMPARE(typedIds, idsOf(rawResult(CloudApi::organizationPath(m_orgId, QStringLiteral("/roles")))));

    const auto role
        = await<Role>([&](auto done) { return api()->organizationRoleGet(m_orgId, roles->first().id, P, this, done); });
    VERIFY_OK(role);
    QCOMPARE(*role, roles->first());
}

void CloudApiTest::services()
{
    const auto services
        = awaitRows<Service>([&](auto done) { return api()->instanceGetList(m_orgId, {}, P, this, done); });
    VERIFY_OK(services);
    QVERIFY(services->size() >= 2);
    const QJsonArray raw = rawResult(CloudApi::organizationPath(m_orgId, QStringLiteral("/services"))).toArray();
    QCOMPARE(services->size(), raw.size());
    QSet<ServiceStateKind> states;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QJsonObject object = raw.at(i).toObject();
        const Service &service = services->at(i);
        QCOMPARE(service.id, object.value(QLatin1String("id")).toString());
        QCOMPARE(service.state.raw(), object.value(QLatin1String("state")).toString());
        QVERIFY2(!service.state.isUnknown(), qPrintable(service.state.raw()));
        QCOMPARE(service.endpoints.size(), object.value(QLatin1String("endpoints")).toArray().size());
        QCOMPARE(service.ipAccessList.size(), object.value(QLatin1String("ipAccessList")).toArray().size());
        QCOMPARE(service.tags.size(), object.value(QLatin1String("tags")).toArray().size());
        states.insert(service.state.kind());
    }
    QVERIFY2(states.size() >= 2, "the demo seed has services in several states");

    const auto one
        = await<Service>([&](auto done) { return api()->instanceGet(m_orgId, services->first().id, P, this, done); });
    VERIFY_OK(one);
    QCOMPARE(one->name, services->first().name);

    // Tag filter: every returned service carries the tag.
    const Service *tagged = nullptr;
    for (const Service &service : *services) {
        if (!service.tags.isEmpty()) {
            tagged = &service;
            break;
        }
    }
    if (tagged) {
        const ResourceTag tag = tagged->tags.first();
        const QString filter = tag.value.isEmpty() ? QStringLiteral("tag:") + tag.key
                                                   : QStringLiteral("tag:%1=%2").arg(tag.key, tag.value);
        const auto filtered
            = awaitRows<Service>([&](auto done) { return api()->instanceGetList(m_orgId, { filter }, P, this, done); });
        VERIFY_OK(filtered);
        QVERIFY(!filtered->isEmpty());
        QVERIFY(filtered->size() <= services->size());
        for (const Service &service : *filtered)
            QVERIFY2(service.tags.contains(tag), qPrintable(service.name));
    }
}

void CloudApiTest::serviceLifecycle()
{
    ServiceCreateRequest create;
    create.name = QStringLiteral("cloudapi-test");
    create.provider = QStringLiteral("aws");
    create.region = QStringLiteral("eu-central-1");
    create.ipAccessList = { { QStringLiteral("10.0.0.0/8"), QStringLiteral("office") } };
    create.minReplicaMemoryGb = 8;
    create.maxReplicaMemoryGb = 16;
    create.tags = { { QStringLiteral("Environment"), QStringLiteral("test") } };
    const auto created
        = await<ServiceCreateResult>([&](auto done) { return api()->instanceCreate(m_orgId, create, P, this, done); });
    VERIFY_OK(created);
    QVERIFY(!created->password.isEmpty());
    const QString id = created->service.id;
    QCOMPARE(created->service.name, create.name);
    QCOMPARE(created->service.region, create.region);
    QCOMPARE(created->service.tags, create.tags);
    QCOMPARE(created->service.autoscalingMode, QStringLiteral("vertical"));

    auto running = waitForState(id, ServiceStateKind::Running);
    VERIFY_OK(running);
    QCOMPARE(running->state.kind(), ServiceStateKind::Running);

    ServicePatchRequest patch;
    patch.name = QStringLiteral("cloudapi-test-renamed");
    patch.ipAccessList.add = { { QStringLiteral("192.168.0.0/16"), {} } };
    patch.ipAccessList.remove = { { QStringLiteral("10.0.0.0/8"), {} } };
    patch.tags.add = { { QStringLiteral("Team"), QStringLiteral("data") } };
    const auto patched
        = await<Service>([&](auto done) { return api()->instanceUpdate(m_orgId, id, patch, P, this, done); });
    VERIFY_OK(patched);
    QCOMPARE(patched->name, *patch.name);
    QCOMPARE(patched->ipAccessList.size(), 1);
    QCOMPARE(patched->ipAccessList.first().source, QStringLiteral("192.168.0.0/16"));
    QVERIFY(patched->tags.contains(ResourceTag { QStringLiteral("Team"), QStringLiteral("data") }));

    ScalingRequest scaling;
    scaling.idleScaling = true;
    scaling.idleTimeoutMinutes = 10;
    const auto scaled
        = await<Service>([&](auto done) { return api()->instanceScalingUpdate(m_orgId, id, scaling, P, this, done); });
    VERIFY_OK(scaled);
    QCOMPARE(scaled->idleTimeoutMinutes, 10);

    ReplicaScalingRequest replicas;
    replicas.minReplicaMemoryGb = 16;
    replicas.maxReplicaMemoryGb = 32;
    const auto replicaScaled = await<Service>(
        [&](auto done) { return api()->instanceReplicaScalingUpdate(m_orgId, id, replicas, P, this, done); });
    VERIFY_OK(replicaScaled);
    QCOMPARE(replicaScaled->minReplicaMemoryGb, 16);
    QCOMPARE(replicaScaled->maxReplicaMemoryGb, 32);

    ReplicaScalingRequest horizontal;
    horizontal.autoscalingMode = QStringLiteral("horizontal");
    horizontal.minReplicas = 1;
    horizontal.maxReplicas = 3;
    const auto band = await<Service>(
        [&](auto done) { return api()->instanceReplicaScalingUpdate(m_orgId, id, horizontal, P, this, done); });
    VERIFY_OK(band);
    QCOMPARE(band->autoscalingMode, QStringLiteral("horizontal"));
    QCOMPARE(band->minReplicas, 1);
    QCOMPARE(band->maxReplicas, 3);

    const auto password = await<ServicePasswordResult>(
        [&](auto done) { return api()->instancePasswordUpdate(m_orgId, id, {}, P, this, done); });
    VERIFY_OK(password);
    QVERIFY(!password->password.isEmpty());
    QVERIFY(!(password->password == created->password));

    const auto metrics
        = await<QString>([&](auto done) { return api()->instancePrometheusGet(m_orgId, id, true, P, this, done); });
    VERIFY_OK(metrics);
    QVERIFY(!metrics->isEmpty());

    const auto stopping = await<Service>(
        [&](auto done) { return api()->instanceStateUpdate(m_orgId, id, ServiceCommand::Stop, P, this, done); });
    VERIFY_OK(stopping);
    QVERIFY(stopping->state.kind() == ServiceStateKind::Stopping
            || stopping->state.kind() == ServiceStateKind::Stopped);
    VERIFY_OK(waitForState(id, ServiceStateKind::Stopped));

    // The delete may meet 409 just after the state reads stopped: retry, as the UI does.
    ApiResult<Nothing> deleted = unexpected(ApiError {});
    QDeadlineTimer deadline(kTimeoutMs);
    do {
        deleted = await<Nothing>([&](auto done) { return api()->instanceDelete(m_orgId, id, P, this, done); });
    } while (!deleted && deleted.error().kind == ApiErrorKind::Conflict && !deadline.hasExpired());
    VERIFY_OK(deleted);

    // It terminates first, then disappears.
    QDeadlineTimer goneDeadline(kTimeoutMs);
    ApiResult<Service> gone = unexpected(ApiError {});
    do {
        gone = await<Service>([&](auto done) { return api()->instanceGet(m_orgId, id, P, this, done); });
        if (gone)
            QVERIFY2(gone->state.kind() == ServiceStateKind::Terminating
                         || gone->state.kind() == ServiceStateKind::Terminated,
                     qPrintable(gone->state.raw()));
    } while (gone && !goneDeadline.hasExpired());
    QVERIFY(!gone);
    QCOMPARE(gone.error().kind, ApiErrorKind::NotFound);
}

void CloudApiTest::backups()
{
    const auto services
        = awaitRows<Service>([&](auto done) { return api()->instanceGetList(m_orgId, {}, P, this, done); });
    VERIFY_OK(services);
    bool sawBackup = false;
    for (const Service &service : *services) {
        const auto backups
            = awaitRows<Backup>([&](auto done) { return api()->backupGetList(m_orgId, service.id, P, this, done); });
        VERIFY_OK(backups);
        if (backups->isEmpty())
            continue;
        QCOMPARE(QStringList { backups->first().id },
                 idsOf(rawResult(CloudApi::servicePath(m_orgId, service.id, QStringLiteral("/backups")))).mid(0, 1));
        const auto backup = await<Backup>(
            [&](auto done) { return api()->backupGet(m_orgId, service.id, backups->first().id, P, this, done); });
        VERIFY_OK(backup);
        QCOMPARE(*backup, backups->first());
        sawBackup = true;

        const auto configuration = await<BackupConfiguration>(
            [&](auto done) { return api()->backupConfigurationGet(m_orgId, service.id, P, this, done); });
        VERIFY_OK(configuration);
        BackupConfigurationUpdateRequest update;
        update.backupRetentionPeriodInHours = 48;
        const auto updated = await<BackupConfiguration>(
            [&](auto done) { return api()->backupConfigurationUpdate(m_orgId, service.id, update, P, this, done); });
        VERIFY_OK(updated);
        QCOMPARE(updated->backupRetentionPeriodInHours, 48.0);
        break;
    }
    QVERIFY2(sawBackup, "the demo seed has services with backups");
}

void CloudApiTest::keys()
{
    const auto keys = awaitRows<ApiKey>([&](auto done) { return api()->openapiKeyGetList(m_orgId, P, this, done); });
    VERIFY_OK(keys);
    QStringList typedIds;
    int matchingOwnKey = 0;
    for (const ApiKey &key : *keys) {
        typedIds.append(key.id);
        matchingOwnKey += key.matchesKeyId(m_emulator.keyId()) ? 1 : 0;
    }
    QCOMPARE(typedIds, idsOf(rawResult(CloudApi::organizationPath(m_orgId, QStringLiteral("/keys")))));
    QVERIFY(matchingOwnKey >= 1);

    ApiKeyCreateRequest create;
    create.name = QStringLiteral("cloudapi developer");
    create.roles = { QStringLiteral("developer") };
    create.expireAt = QDateTime::currentDateTimeUtc().addDays(30);
    create.ipAccessList = { { QStringLiteral("127.0.0.1"), QStringLiteral("tests") } };
    const auto created
        = await<ApiKeyCreateResult>([&](auto done) { return api()->openapiKeyCreate(m_orgId, create, P, this, done); });
    VERIFY_OK(created);
    QVERIFY(!created->keySecret.isEmpty());
    QVERIFY(created->key.matchesKeyId(created->keyId));
    QCOMPARE(created->key.state, ApiKeyState::Enabled);
    QVERIFY(created->key.expireAt);

    const auto fetched
        = await<ApiKey>([&](auto done) { return api()->openapiKeyGet(m_orgId, created->key.id, P, this, done); });
    VERIFY_OK(fetched);
    QCOMPARE(fetched->name, create.name);

    ApiKeyUpdateRequest update;
    update.name = QStringLiteral("cloudapi developer (renamed)");
    update.expireAt = std::optional<QDateTime>(); // never expires
    update.state = ApiKeyState::Disabled;
    const auto updated = await<ApiKey>(
        [&](auto done) { return api()->openapiKeyUpdate(m_orgId, created->key.id, update, P, this, done); });
    VERIFY_OK(updated);
    QCOMPARE(updated->name, *update.name);
    QVERIFY(!updated->expireAt);
    QCOMPARE(updated->state, ApiKeyState::Disabled);

    // "Created by" comes from the key_create activity.
    const auto activities = awaitRows<Activity>([&](auto done) {
        return api()->activityGetList(m_orgId, QDateTime::currentDateTimeUtc().addSecs(-3600), {}, P, this, done);
    });
    VERIFY_OK(activities);
    bool sawCreate = false;
    for (const Activity &activity : *activities)
        sawCreate |= activity.type == QLatin1String("key_create") && activity.targetKeyId == created->key.id;
    QVERIFY(sawCreate);

    VERIFY_OK(
        await<Nothing>([&](auto done) { return api()->openapiKeyDelete(m_orgId, created->key.id, P, this, done); }));
    const auto gone
        = await<ApiKey>([&](auto done) { return api()->openapiKeyGet(m_orgId, created->key.id, P, this, done); });
    QVERIFY(!gone);
    QCOMPARE(gone.error().kind, ApiErrorKind::NotFound);
}

void CloudApiTest::keyCreatedFromHashData()
{
    const GeneratedKeyMaterial material = GeneratedKeyMaterial::generate();
    ApiKeyCreateRequest create;
    create.name = QStringLiteral("cloudapi hashed");
    create.roles = { QStringLiteral("admin") };
    create.hashData = ApiKeyHashData::compute(material.keyId, material.keySecret);
    const auto created
        = await<ApiKeyCreateResult>([&](auto done) { return api()->openapiKeyCreate(m_orgId, create, P, this, done); });
    VERIFY_OK(created);
    QVERIFY(created->keySecret.isEmpty()); // the secret never crossed the network
    QCOMPARE(created->key.keySuffix, material.keyId.right(4));

    const auto other = makeSession(material.keyId, material.keySecret.reveal());
    const auto organizations
        = await<QList<Organization>>([&](auto done) { return other->api()->organizationGetList(P, this, done); });
    VERIFY_OK(organizations);

    VERIFY_OK(
        await<Nothing>([&](auto done) { return api()->openapiKeyDelete(m_orgId, created->key.id, P, this, done); }));
}

void CloudApiTest::membersAndInvitations()
{
    const auto members = awaitRows<Member>([&](auto done) { return api()->memberGetList(m_orgId, P, this, done); });
    VERIFY_OK(members);
    QStringList typedIds;
    for (const Member &member : *members)
        typedIds.append(member.userId);
    QCOMPARE(
        typedIds,
        idsOf(rawResult(CloudApi::organizationPath(m_orgId, QStringLiteral("/members"))), QStringLiteral("userId")));

    const Member *developer = nullptr;
    for (const Member &member : *members) {
        if (member.role == QLatin1String("developer")) {
            developer = &member;
            break;
        }
    }
    QVERIFY(developer);
    const auto member
        = await<Member>([&](auto done) { return api()->memberGet(m_orgId, developer->userId, P, this, done); });
    VERIFY_OK(member);
    QCOMPARE(member->email, developer->email);

    MemberUpdateRequest promote;
    promote.role = QStringLiteral("admin");
    const auto promoted = await<Member>(
        [&](auto done) { return api()->memberUpdate(m_orgId, developer->userId, promote, P, this, done); });
    VERIFY_OK(promoted);
    QCOMPARE(promoted->role, QStringLiteral("admin"));

    VERIFY_OK(
        await<Nothing>([&](auto done) { return api()->memberDelete(m_orgId, developer->userId, P, this, done); }));

    InvitationCreateRequest invite { QStringLiteral("new.person@example.com"), QStringLiteral("developer"), {} };
    const auto invitation
        = await<Invitation>([&](auto done) { return api()->invitationCreate(m_orgId, invite, P, this, done); });
    VERIFY_OK(invitation);
    QCOMPARE(invitation->email, invite.email);
    QVERIFY(invitation->expireAt > invitation->createdAt);

    const auto invitations
        = awaitRows<Invitation>([&](auto done) { return api()->invitationGetList(m_orgId, P, this, done); });
    VERIFY_OK(invitations);
    QVERIFY(invitations->contains(*invitation));
    const auto fetched
        = await<Invitation>([&](auto done) { return api()->invitationGet(m_orgId, invitation->id, P, this, done); });
    VERIFY_OK(fetched);
    QCOMPARE(*fetched, *invitation);
    VERIFY_OK(
        await<Nothing>([&](auto done) { return api()->invitationDelete(m_orgId, invitation->id, P, this, done); }));
}

void CloudApiTest::activities()
{
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QDateTime from = to.addDays(-30);
    const auto activities
        = awaitRows<Activity>([&](auto done) { return api()->activityGetList(m_orgId, from, to, P, this, done); });
    VERIFY_OK(activities);
    QVERIFY(!activities->isEmpty());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from_date"), json::formatDateTime(from));
    query.addQueryItem(QStringLiteral("to_date"), json::formatDateTime(to));
    QStringList typedIds;
    for (const Activity &activity : *activities) {
        typedIds.append(activity.id);
        QVERIFY(activity.createdAt >= from && activity.createdAt <= to);
        QVERIFY(!activity.typeLabel().isEmpty());
    }
    QCOMPARE(typedIds, idsOf(rawResult(CloudApi::organizationPath(m_orgId, QStringLiteral("/activities")), query)));

    const auto one = await<Activity>(
        [&](auto done) { return api()->activityGet(m_orgId, activities->first().id, P, this, done); });
    VERIFY_OK(one);
    QCOMPARE(*one, activities->first());
}

void CloudApiTest::errors_data()
{
    QTest::addColumn<int>("expectedKind");
    QTest::addColumn<int>("expectedStatus");
    QTest::newRow("401 wrong secret") << int(ApiErrorKind::Unauthorized) << 401;
    QTest::newRow("403 developer key mutation") << int(ApiErrorKind::Forbidden) << 403;
    QTest::newRow("404 unknown service") << int(ApiErrorKind::NotFound) << 404;
    QTest::newRow("400 service name too long") << int(ApiErrorKind::BadRequest) << 400;
    QTest::newRow("409 delete running service") << int(ApiErrorKind::Conflict) << 409;
}

void CloudApiTest::errors()
{
    QFETCH(int, expectedKind);
    QFETCH(int, expectedStatus);
    const QString row = QString::fromLatin1(QTest::currentDataTag());

    std::optional<ApiError> error;
    if (row.startsWith(QLatin1String("401"))) {
        const auto wrong = makeSession(m_emulator.keyId(), m_emulator.keySecret() + QStringLiteral("x"));
        const auto result
            = await<QList<Organization>>([&](auto done) { return wrong->api()->organizationGetList(P, this, done); });
        QVERIFY(!result);
        error = result.error();
    } else if (row.startsWith(QLatin1String("403"))) {
        ApiKeyCreateRequest create;
        create.name = QStringLiteral("cloudapi read only");
        create.roles = { QStringLiteral("developer") };
        const auto created = await<ApiKeyCreateResult>(
            [&](auto done) { return api()->openapiKeyCreate(m_orgId, create, P, this, done); });
        VERIFY_OK(created);
        const auto developer = makeSession(created->keyId, created->keySecret.reveal());
        VERIFY_OK(
            await<Organization>([&](auto done) { return developer->api()->organizationGet(m_orgId, P, this, done); }));
        OrganizationUpdateRequest rename;
        rename.name = QStringLiteral("not allowed");
        const auto result = await<Organization>(
            [&](auto done) { return developer->api()->organizationUpdate(m_orgId, rename, P, this, done); });
        QVERIFY(!result);
        error = result.error();
        VERIFY_OK(await<Nothing>(
            [&](auto done) { return api()->openapiKeyDelete(m_orgId, created->key.id, P, this, done); }));
    } else if (row.startsWith(QLatin1String("404"))) {
        const auto result = await<Service>([&](auto done) {
            return api()->instanceGet(m_orgId, QStringLiteral("00000000-0000-4000-8000-000000000000"), P, this, done);
        });
        QVERIFY(!result);
        error = result.error();
    } else if (row.startsWith(QLatin1String("400"))) {
        ServiceCreateRequest create;
        create.name = QString(51, QLatin1Char('n'));
        create.provider = QStringLiteral("aws");
        create.region = QStringLiteral("us-east-1");
        const auto result = await<ServiceCreateResult>(
            [&](auto done) { return api()->instanceCreate(m_orgId, create, P, this, done); });
        QVERIFY(!result);
        error = result.error();
        // Prism answers a request that breaks the spec itself (422, mapped to BadRequest): expected here.
        m_violations->clear();
        if (m_prism)
            expectedStatus = error->httpStatus;
    } else if (row.startsWith(QLatin1String("409"))) {
        const auto services
            = awaitRows<Service>([&](auto done) { return api()->instanceGetList(m_orgId, {}, P, this, done); });
        VERIFY_OK(services);
        const auto running = std::find_if(services->cbegin(), services->cend(), [](const Service &service) {
            return service.state.kind() == ServiceStateKind::Running;
        });
        QVERIFY(running != services->cend());
        const auto result
            = await<Nothing>([&](auto done) { return api()->instanceDelete(m_orgId, running->id, P, this, done); });
        QVERIFY(!result);
        error = result.error();
    }
    QVERIFY(error);
    QCOMPARE(int(error->kind), expectedKind);
    QCOMPARE(error->httpStatus, expectedStatus);
    QVERIFY2(!error->displayText().isEmpty(), "an error the UI can show");
}

void CloudApiTest::insecureUrl_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("http to a remote host") << QUrl(QStringLiteral("http://api.clickhouse.cloud")) << false;
    QTest::newRow("http to a private address") << QUrl(QStringLiteral("http://10.1.2.3:8080")) << false;
    QTest::newRow("not a URL") << QUrl(QStringLiteral("api.clickhouse.cloud")) << false;
    QTest::newRow("https") << QUrl(QStringLiteral("https://api.clickhouse.cloud")) << true;
    QTest::newRow("http to loopback") << QUrl(QStringLiteral("http://127.0.0.1:1")) << true;
    QTest::newRow("http to IPv6 loopback") << QUrl(QStringLiteral("http://[::1]:1")) << true;
    QTest::newRow("http to the name localhost (resolver-dependent)")
        << QUrl(QStringLiteral("http://localhost:1")) << false;
}

void CloudApiTest::insecureUrl()
{
    QFETCH(QUrl, url);
    QFETCH(bool, allowed);
    auto session = ApiSession::open(url, QStringLiteral("key"), Secret(QStringLiteral("secret")));
    QCOMPARE(bool(session), allowed);
    if (!allowed) {
        QCOMPARE(session.error().kind, ApiErrorKind::InsecureUrl);
        QVERIFY(!session.error().message.isEmpty());
    }
}

void CloudApiTest::windowedUsageOver90Days()
{
    const QDate to = QDateTime::currentDateTimeUtc().date();
    const QDate from = to.addDays(-89);

    // One request for the whole range is refused: that is why windows exist.
    const auto direct
        = await<UsageCost>([&](auto done) { return api()->usageCostGet(m_orgId, from, to, P, this, done); });
    QVERIFY(!direct);
    QVERIFY(direct.error().kind == ApiErrorKind::BadRequest);
    m_violations->clear(); // Prism, too, may reject the over-long range

    const auto usage
        = await<UsageCost>([&](auto done) { return api()->usageCostGetRange(m_orgId, from, to, P, this, done); });
    VERIFY_OK(usage);
    QVERIFY(!usage->costs.isEmpty());
    QCOMPARE(usage->costs.first().date, from);
    QCOMPARE(usage->costs.last().date, to);
    double sum = 0;
    QSet<QDate> days;
    for (const UsageCostRecord &record : usage->costs) {
        sum += record.totalCHC;
        days.insert(record.date);
    }
    QCOMPARE(days.size(), 90);
    QVERIFY2(qAbs(sum - usage->grandTotalCHC) < 0.01 * qMax(1.0, sum),
             qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(usage->grandTotalCHC)));

    // The same totals as the three windows fetched one by one.
    double windowTotal = 0;
    for (const auto &[first, last] : CloudApi::dateWindows(from, to)) {
        const auto part
            = await<UsageCost>([&](auto done) { return api()->usageCostGet(m_orgId, first, last, P, this, done); });
        VERIFY_OK(part);
        windowTotal += part->grandTotalCHC;
    }
    QVERIFY(qAbs(windowTotal - usage->grandTotalCHC) < 1e-6 * qMax(1.0, windowTotal));
}

void CloudApiTest::windowedActivitiesOver90Days()
{
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QDateTime from = to.addDays(-90);
    const auto windowed
        = awaitRows<Activity>([&](auto done) { return api()->activityGetRange(m_orgId, from, to, P, this, done); });
    VERIFY_OK(windowed);
    const auto all
        = awaitRows<Activity>([&](auto done) { return api()->activityGetList(m_orgId, {}, {}, P, this, done); });
    VERIFY_OK(all);

    QSet<QString> expected;
    for (const Activity &activity : *all) {
        if (activity.createdAt >= from && activity.createdAt <= to)
            expected.insert(activity.id);
    }
    QSet<QString> got;
    for (qsizetype i = 0; i < windowed->size(); ++i) {
        got.insert(windowed->at(i).id);
        if (i > 0)
            QVERIFY(windowed->at(i - 1).createdAt <= windowed->at(i).createdAt);
    }
    QCOMPARE(got.size(), windowed->size()); // no duplicates at window edges
    QCOMPARE(got, expected);
    QVERIFY(!got.isEmpty());
}

void CloudApiTest::requestShapes_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("pathSuffix");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("idempotent");
    QTest::newRow("GET is idempotent, ids percent-encoded")
        << "instanceGet" << QByteArray("GET") << "/services/a%20b%2Fc%3F"
        << "" << true;
    QTest::newRow("state PATCH is idempotent")
        << "instanceStateUpdate" << QByteArray("PATCH") << "/services/a%20b%2Fc%3F/state"
        << "" << true;
    QTest::newRow("other PATCH is not") << "instanceScalingUpdate" << QByteArray("PATCH")
                                        << "/services/a%20b%2Fc%3F/scaling"
                                        << "" << false;
    QTest::newRow("POST is never re-sent") << "invitationCreate" << QByteArray("POST") << "/invitations"
                                           << "" << false;
    QTest::newRow("DELETE is idempotent") << "openapiKeyDelete" << QByteArray("DELETE") << "/keys/a%20b%2Fc%3F"
                                          << "" << true;
    QTest::newRow("usage dates") << "usageCostGet" << QByteArray("GET") << "/usageCost"
                                 << "from_date=2024-01-01&to_date=2024-01-31" << true;
    QTest::newRow("tag filters repeated") << "instanceGetList" << QByteArray("GET") << "/services"
                                          << "filter=tag:Environment%3Dtest&filter=tag:isActive" << true;
}

void CloudApiTest::requestShapes()
{
    QFETCH(QString, operation);
    QFETCH(QByteArray, method);
    QFETCH(QString, pathSuffix);
    QFETCH(QString, query);
    QFETCH(bool, idempotent);

    const QString odd = QStringLiteral("a b/c?"); // must stay one path segment
    m_sent->clear();
    bool answered = false;
    const auto record = [&answered](auto) {
        answered = true;
    };
    const auto priority = RequestPriority::Background;
    if (operation == QLatin1String("instanceGet"))
        api()->instanceGet(m_orgId, odd, priority, this, record);
    else if (operation == QLatin1String("instanceStateUpdate"))
        api()->instanceStateUpdate(m_orgId, odd, ServiceCommand::Start, priority, this, record);
    else if (operation == QLatin1String("instanceScalingUpdate"))
        api()->instanceScalingUpdate(m_orgId, odd, ScalingRequest { 2, {}, {} }, priority, this, record);
    else if (operation == QLatin1String("invitationCreate"))
        api()->invitationCreate(m_orgId, { QStringLiteral("shape@example.com"), QStringLiteral("developer"), {} },
                                priority, this, record);
    else if (operation == QLatin1String("openapiKeyDelete"))
        api()->openapiKeyDelete(m_orgId, odd, priority, this, record);
    else if (operation == QLatin1String("usageCostGet"))
        api()->usageCostGet(m_orgId, QDate(2024, 1, 1), QDate(2024, 1, 31), priority, this, record);
    else if (operation == QLatin1String("instanceGetList"))
        api()->instanceGetList(m_orgId, { QStringLiteral("tag:Environment=test"), QStringLiteral("tag:isActive") },
                               priority, this, record);
    QTRY_VERIFY_WITH_TIMEOUT(!m_sent->isEmpty(), kTimeoutMs);
    const SentRequest sent = m_sent->first();
    QCOMPARE(sent.operationId, operation);
    QCOMPARE(sent.method, method);
    QCOMPARE(sent.path, CloudApi::organizationPath(m_orgId, pathSuffix));
    QCOMPARE(sent.query, query);
    QCOMPARE(sent.idempotent, idempotent);
    QCOMPARE(sent.priority, priority);
    // Wait for the answer so it does not leak into the next row.
    QTRY_VERIFY_WITH_TIMEOUT(answered, kTimeoutMs);
    m_violations->clear(); // unknown ids are not in the spec's examples; the shapes are what this row checks
}

void CloudApiTest::cancelEndsWithCancelled()
{
    int calls = 0;
    std::optional<ApiResult<json::RowList<Service>>> result;
    ApiCall call = api()->instanceGetList(m_orgId, {}, RequestPriority::Background, this,
                                          [&](ApiResult<json::RowList<Service>> r) {
                                              ++calls;
                                              result = std::move(r);
                                          });
    QVERIFY(call.isRunning());
    call.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, kTimeoutMs);
    QVERIFY(!*result);
    QCOMPARE(result->error().kind, ApiErrorKind::Cancelled);
    QVERIFY(!call.isRunning());
    call.cancel(); // harmless after the end

    // A windowed call cancels as one.
    int windowedCalls = 0;
    std::optional<ApiErrorKind> windowedError;
    ApiCall windowed = api()->usageCostGetRange(m_orgId, QDate::currentDate().addDays(-89), QDate::currentDate(),
                                                RequestPriority::Background, this, [&](ApiResult<UsageCost> r) {
                                                    ++windowedCalls;
                                                    if (!r)
                                                        windowedError = r.error().kind;
                                                });
    windowed.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(windowedCalls, 1, kTimeoutMs);
    QCOMPARE(windowedError, ApiErrorKind::Cancelled);
    // Later answers of the windows change nothing.
    const auto after = await<QList<Organization>>([&](auto done) { return api()->organizationGetList(P, this, done); });
    VERIFY_OK(after);
    QCOMPARE(windowedCalls, 1);
}

void CloudApiTest::windowedCallWithoutWindowsEndsOnce_data()
{
    QTest::addColumn<bool>("activities");
    QTest::addColumn<bool>("invalidDate");
    QTest::addColumn<bool>("cancel");
    QTest::newRow("usage, from after to, cancelled") << false << false << true;
    QTest::newRow("usage, invalid date, cancelled") << false << true << true;
    QTest::newRow("activities, from after to, cancelled") << true << false << true;
    QTest::newRow("activities, invalid date, cancelled") << true << true << true;
    QTest::newRow("usage, from after to, not cancelled") << false << false << false;
    QTest::newRow("activities, invalid date, not cancelled") << true << true << false;
}

void CloudApiTest::windowedCallWithoutWindowsEndsOnce()
{
    // No window to fetch: the call ends on its own, queued. A cancel() before
    // that ends it too, and then only that end may reach the callback.
    QFETCH(bool, activities);
    QFETCH(bool, invalidDate);
    QFETCH(bool, cancel);
    const QDate today = QDate::currentDate();
    const QDate from = invalidDate ? QDate() : today;
    const QDate to = invalidDate ? today : today.addDays(-3);
    const qsizetype sentBefore = m_sent->size();

    QList<std::optional<ApiErrorKind>> outcomes; // nullopt: success
    ApiCall call;
    if (activities) {
        call = api()->activityGetRange(m_orgId, from.startOfDay(Qt::UTC), to.startOfDay(Qt::UTC),
                                       RequestPriority::Background, this, [&](ApiResult<json::RowList<Activity>> r) {
                                           outcomes.append(r ? std::nullopt : std::optional(r.error().kind));
                                       });
    } else {
        call = api()->usageCostGetRange(
            m_orgId, from, to, RequestPriority::Background, this,
            [&](ApiResult<UsageCost> r) { outcomes.append(r ? std::nullopt : std::optional(r.error().kind)); });
    }
    QVERIFY(call.isRunning());
    if (cancel)
        call.cancel();
    // Deliver the queued end, whatever else is waiting.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();

    QCOMPARE(outcomes.size(), 1);
    if (cancel)
        QCOMPARE(outcomes.first(), std::optional(ApiErrorKind::Cancelled));
    else
        QCOMPARE(outcomes.first(), std::optional<ApiErrorKind>());
    QVERIFY(!call.isRunning());
    QCOMPARE(m_sent->size(), sentBefore); // nothing to ask the server
}

void CloudApiTest::destroyedReceiverGetsNoCallback()
{
    int calls = 0;
    auto receiver = std::make_unique<QObject>();
    ApiCall call = api()->organizationGetList(P, receiver.get(), [&](ApiResult<QList<Organization>>) { ++calls; });
    receiver.reset();
    QTRY_VERIFY_WITH_TIMEOUT(!call.isRunning(), kTimeoutMs);
    // A later call on the same scheduler has come back, so the first had every chance to.
    const auto later = await<QList<Organization>>([&](auto done) { return api()->organizationGetList(P, this, done); });
    VERIFY_OK(later);
    QCOMPARE(calls, 0);
}

// --- Roles, quotas and query endpoints (2026-07 document) -----------------------------

void CloudApiTest::customRoleLifecycle()
{
    const auto services
        = awaitRows<Service>([&](auto done) { return api()->instanceGetList(m_orgId, {}, P, this, done); });
    VERIFY_OK(services);
    const auto keys = awaitRows<ApiKey>([&](auto done) { return api()->openapiKeyGetList(m_orgId, P, this, done); });
    VERIFY_OK(keys);
    const QString serviceId = services->first().id;
    const QString keyId = keys->last().id;

    RoleCreateRequest create;
    create.name = QStringLiteral("cloudapi readers");
    create.actors = { QStringLiteral("apiKey/") + keyId };
    RolePolicyRequest allow;
    allow.permissions = { QStringLiteral("control-plane:service:view") };
    allow.resources = { QStringLiteral("instance/") + serviceId };
    allow.grants = { QStringLiteral("default") };
    allow.roleV2 = QStringLiteral("sql-console-readonly");
    RolePolicyRequest deny;
    deny.allowDeny = QStringLiteral("DENY");
    deny.permissions = { QStringLiteral("control-plane:service:manage") };
    deny.resources = { QStringLiteral("instance/*") };
    create.policies = { allow, deny };
    const auto created
        = await<Role>([&](auto done) { return api()->organizationRolePost(m_orgId, create, P, this, done); });
    VERIFY_OK(created);
    QCOMPARE(created->name, create.name);
    QCOMPARE(created->type, QStringLiteral("custom"));
    QCOMPARE(created->actors, create.actors);
    QCOMPARE(created->policies.size(), 2);
    QCOMPARE(created->policies.at(0).allowDeny, QStringLiteral("ALLOW"));
    QCOMPARE(created->policies.at(0).resources, allow.resources);
    QCOMPARE(created->policies.at(0).grants, allow.grants);
    QCOMPARE(created->policies.at(0).roleV2, allow.roleV2);
    QCOMPARE(created->policies.at(1).allowDeny, QStringLiteral("DENY"));
    QVERIFY(!created->isSystem());

    // The key now holds the role.
    const auto key = await<ApiKey>([&](auto done) { return api()->openapiKeyGet(m_orgId, keyId, P, this, done); });
    VERIFY_OK(key);
    QVERIFY(std::any_of(key->assignedRoles.cbegin(), key->assignedRoles.cend(),
                        [&](const AssignedRole &role) { return role.roleId == created->id; }));

    RoleUpdateRequest update;
    update.name = QStringLiteral("cloudapi readers (renamed)");
    update.actors = QStringList {};
    const auto updated = await<Role>(
        [&](auto done) { return api()->organizationRolePatch(m_orgId, created->id, update, P, this, done); });
    VERIFY_OK(updated);
    QCOMPARE(updated->name, *update.name);
    QVERIFY(updated->actors.isEmpty());
    QCOMPARE(updated->policies.size(), 2); // not in the body: kept
    const auto fetched
        = await<Role>([&](auto done) { return api()->organizationRoleGet(m_orgId, created->id, P, this, done); });
    VERIFY_OK(fetched);
    QCOMPARE(fetched->name, *update.name);

    // Bad input is refused with the server's reason; system roles stay as they are.
    RoleCreateRequest invalid = create;
    invalid.name = QStringLiteral("cloudapi invalid");
    invalid.policies.first().resources = { QStringLiteral("not a resource") };
    const auto refused
        = await<Role>([&](auto done) { return api()->organizationRolePost(m_orgId, invalid, P, this, done); });
    QVERIFY(!refused);
    QCOMPARE(refused.error().httpStatus, 400);
    QVERIFY2(refused.error().message.contains(QLatin1String("policies[0].resources")),
             qPrintable(refused.error().message));
    const auto roles
        = awaitRows<Role>([&](auto done) { return api()->organizationRolesGetList(m_orgId, P, this, done); });
    VERIFY_OK(roles);
    const auto system = std::find_if(roles->cbegin(), roles->cend(), [](const Role &role) { return role.isSystem(); });
    QVERIFY(system != roles->cend());
    const auto systemRefused
        = await<Nothing>([&](auto done) { return api()->organizationRoleDelete(m_orgId, system->id, P, this, done); });
    QVERIFY(!systemRefused);
    QCOMPARE(systemRefused.error().httpStatus, 400);

    const auto deleted
        = await<Nothing>([&](auto done) { return api()->organizationRoleDelete(m_orgId, created->id, P, this, done); });
    VERIFY_OK(deleted);
    const auto gone
        = await<Role>([&](auto done) { return api()->organizationRoleGet(m_orgId, created->id, P, this, done); });
    QVERIFY(!gone);
    QCOMPARE(gone.error().kind, ApiErrorKind::NotFound);
    m_violations->clear(); // the spec declares no 404
}

void CloudApiTest::quotas()
{
    const auto list = await<QList<OrganizationQuota>>(
        [&](auto done) { return api()->organizationQuotasGetList(m_orgId, P, this, done); });
    VERIFY_OK(list);
    const QJsonArray raw = rawResult(CloudApi::organizationPath(m_orgId, QStringLiteral("/quotas"))).toArray();
    QCOMPARE(list->size(), raw.size());
    QVERIFY(!list->isEmpty());
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QJsonObject rawQuota = raw.at(i).toObject();
        QCOMPARE(list->at(i).quotaCode, rawQuota.value(QLatin1String("quotaCode")).toString());
        QCOMPARE(list->at(i).value, rawQuota.value(QLatin1String("value")).toInteger());
        QCOMPARE(list->at(i).usage.has_value(), rawQuota.contains(QLatin1String("usage")));
    }
    const auto services
        = awaitRows<Service>([&](auto done) { return api()->instanceGetList(m_orgId, {}, P, this, done); });
    VERIFY_OK(services);
    const auto quota = await<OrganizationQuota>([&](auto done) {
        return api()->organizationQuotaGet(m_orgId, QStringLiteral("services-per-organization"), P, this, done);
    });
    VERIFY_OK(quota);
    QCOMPARE(quota->scope, QStringLiteral("organization"));
    QCOMPARE(quota->usage, std::optional<qint64>(services->size()));
    QCOMPARE(quota->isReached(), services->size() >= quota->value);

    const auto unknown = await<OrganizationQuota>([&](auto done) {
        return api()->organizationQuotaGet(m_orgId, QStringLiteral("no-such-quota"), P, this, done);
    });
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, ApiErrorKind::NotFound);
    m_violations->clear(); // the spec declares no 404
}

void CloudApiTest::queryEndpointLifecycle()
{
    const auto services
        = awaitRows<Service>([&](auto done) { return api()->instanceGetList(m_orgId, {}, P, this, done); });
    VERIFY_OK(services);
    const auto keys = awaitRows<ApiKey>([&](auto done) { return api()->openapiKeyGetList(m_orgId, P, this, done); });
    VERIFY_OK(keys);
    // A service of its own, so the demo's seeded endpoint is not disturbed.
    const QString serviceId = services->last().id;
    const auto absent = await<ServiceQueryEndpoint>(
        [&](auto done) { return api()->instanceQueryEndpointGet(m_orgId, serviceId, P, this, done); });
    QVERIFY(!absent);
    QCOMPARE(absent.error().kind, ApiErrorKind::NotFound);
    m_violations->clear(); // the spec declares no 404

    QueryEndpointRequest request;
    request.roles = { QStringLiteral("sql_console_read_only") };
    request.openApiKeys = { keys->first().id };
    request.allowedOrigins = QStringLiteral("https://app.example.com, dashboards.example.com");
    const int sentBefore = int(m_sent->size());
    const auto created = await<ServiceQueryEndpoint>(
        [&](auto done) { return api()->instanceQueryEndpointUpsert(m_orgId, serviceId, request, P, this, done); });
    VERIFY_OK(created);
    QVERIFY(!created->id.isEmpty());
    QCOMPARE(created->roles, request.roles);
    QCOMPARE(created->openApiKeys, request.openApiKeys);
    QCOMPARE(created->allowedOriginList(),
             (QStringList { QStringLiteral("https://app.example.com"), QStringLiteral("dashboards.example.com") }));
    QVERIFY(m_sent->at(sentBefore).idempotent);

    request.roles = { QStringLiteral("sql_console_admin") };
    request.openApiKeys = {};
    request.allowedOrigins.clear();
    const auto replaced = await<ServiceQueryEndpoint>(
        [&](auto done) { return api()->instanceQueryEndpointUpsert(m_orgId, serviceId, request, P, this, done); });
    VERIFY_OK(replaced);
    QCOMPARE(replaced->id, created->id);
    QCOMPARE(replaced->roles, request.roles);
    QVERIFY(replaced->openApiKeys.isEmpty());
    QVERIFY(replaced->allowedOriginList().isEmpty());
    const auto fetched = await<ServiceQueryEndpoint>(
        [&](auto done) { return api()->instanceQueryEndpointGet(m_orgId, serviceId, P, this, done); });
    VERIFY_OK(fetched);
    QCOMPARE(*fetched, *replaced);

    QueryEndpointRequest invalid;
    invalid.roles = { QStringLiteral("sql_console_read_only") };
    invalid.openApiKeys = { QStringLiteral("00000000-0000-4000-8000-000000000000") };
    const auto refused = await<ServiceQueryEndpoint>(
        [&](auto done) { return api()->instanceQueryEndpointUpsert(m_orgId, serviceId, invalid, P, this, done); });
    QVERIFY(!refused);
    QCOMPARE(refused.error().httpStatus, 400);
    QVERIFY2(refused.error().message.contains(QLatin1String("openApiKeys")), qPrintable(refused.error().message));

    const auto deleted = await<Nothing>(
        [&](auto done) { return api()->instanceQueryEndpointDelete(m_orgId, serviceId, P, this, done); });
    VERIFY_OK(deleted);
    const auto gone = await<ServiceQueryEndpoint>(
        [&](auto done) { return api()->instanceQueryEndpointGet(m_orgId, serviceId, P, this, done); });
    QVERIFY(!gone);
    QCOMPARE(gone.error().kind, ApiErrorKind::NotFound);
    m_violations->clear(); // the spec declares no 404
}

QTEST_GUILESS_MAIN(CloudApiTest)
#include "tst_cloudapi.moc"
