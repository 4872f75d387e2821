// CloudApi's service configuration operations end to end against the emulator:
// ClickHouse settings (with the warnings the server returns), the scaling
// schedule, the upgrade window, the backup bucket (whose credentials reach
// neither the request log nor the emulator's state file) and the per-service
// private endpoints. Typed results are checked against the raw JSON, every
// mutation against a fresh read and an activity. With CHCLOUD_VIA_PRISM=1 the
// requests go through Prism and every response must carry zero error-level
// contract violations.

#include "ApiCallWaiting.h"
#include "EmulatorProcess.h"
#include "PrismProxy.h"
#include "api/ApiReply.h"
#include "api/ApiSession.h"
#include "api/CloudApi.h"
#include "api/NetworkTransport.h"
#include "api/RequestLog.h"
#include "api/RequestScheduler.h"
#include "api/Transport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace chcloud;
using chcloud::test::await;
using chcloud::test::describe;
using chcloud::test::EmulatorProcess;
using chcloud::test::PrismProxy;
using chcloud::test::PrismViolation;

namespace {

constexpr auto P = RequestPriority::Interactive;
constexpr int kTimeoutMs = 30000;

/// Passes every call to the real transport and keeps the error-level Prism
/// violations each response reported.
class ViolationRecordingTransport final : public Transport
{
public:
    ViolationRecordingTransport(std::unique_ptr<Transport> inner, std::shared_ptr<QStringList> errors)
        : m_inner(std::move(inner))
        , m_errors(std::move(errors))
    {
    }

    TransportCall *send(const ApiRequest &request) override
    {
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
};

const QString kHmacSecret = QStringLiteral("Hmac-Secret-Sentinel-0123456789abcdef");
const QString kConnectionString
    = QStringLiteral("DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=Conn-Secret-Sentinel-42==");

} // namespace

class ServiceConfigApiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void clickhouseSettings();
    void clickhouseSettingsRejectedWhole();
    void scalingSchedule();
    void scalingScheduleRejected_data();
    void scalingScheduleRejected();
    void upgradeWindow();
    void backupBucket();
    void backupBucketRejected_data();
    void backupBucketRejected();
    void privateEndpoints();
    void mutationsRecordActivities();
    void configurationSurvivesRestart();

private:
    QJsonValue rawResult(const QString &path);
    CloudApi *api() const { return m_session->api(); }
    QString svcPath(const QString &serviceId, const QString &rest = {}) const
    {
        return CloudApi::servicePath(m_orgId, serviceId, rest);
    }

    QTemporaryDir m_stateDir;
    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<PrismProxy> m_prism;
    std::shared_ptr<QStringList> m_violations = std::make_shared<QStringList>();
    std::unique_ptr<ApiSession> m_session;
    QString m_orgId;
    QString m_configured; ///< the demo service with settings, a schedule and an upgrade window
    QString m_plain; ///< another service, without any of them
};

void ServiceConfigApiTest::initTestCase()
{
    QVERIFY(m_stateDir.isValid());
    m_emulator = std::make_unique<EmulatorProcess>(QStringList {
        QStringLiteral("--rate-limit"), QStringLiteral("10"), QStringLiteral("--rate-window-ms"),
        QStringLiteral("1000"), QStringLiteral("--state"), m_stateDir.filePath(QStringLiteral("state.json")) });
    QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
    QUrl baseUrl = m_emulator->baseUrl();
    if (qEnvironmentVariableIntValue("CHCLOUD_VIA_PRISM") == 1) {
        QString why;
        if (!PrismProxy::isAvailable(&why))
            QFAIL(qPrintable(QStringLiteral("Prism is needed for the contract run: ") + why));
        m_prism = std::make_unique<PrismProxy>(m_emulator->baseUrl());
        QVERIFY2(m_prism->start(), qPrintable(m_prism->errorString()));
        baseUrl = m_prism->baseUrl();
    }
    auto network = std::make_unique<NetworkTransport>(baseUrl, m_emulator->keyId(), m_emulator->keySecret());
    auto recorder = std::make_unique<ViolationRecordingTransport>(std::move(network), m_violations);
    SchedulerConfig config;
    config.window = std::chrono::milliseconds(1000);
    config.safetyMargin = std::chrono::milliseconds(100);
    m_session = std::make_unique<ApiSession>(std::move(recorder), config, baseUrl, m_emulator->keyId());

    const auto organizations
        = await<QList<Organization>>([&](auto done) { return api()->organizationGetList(P, this, done); });
    VERIFY_OK(organizations);
    m_orgId = organizations->first().id;
    const auto services
        = await<json::RowList<Service>>([&](auto done) { return api()->instanceGetList(m_orgId, {}, P, this, done); });
    VERIFY_OK(services);
    for (const Service &service : services->rows) {
        if (service.name == QLatin1String("production-analytics"))
            m_configured = service.id;
        else if (service.name == QLatin1String("eu-reporting"))
            m_plain = service.id;
    }
    QVERIFY(!m_configured.isEmpty());
    QVERIFY(!m_plain.isEmpty());
}

void ServiceConfigApiTest::cleanup()
{
    const QStringList errors = std::exchange(*m_violations, {});
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
}

QJsonValue ServiceConfigApiTest::rawResult(const QString &path)
{
    ApiReply *reply = m_session->scheduler()->submit(ApiRequest::make("GET", path, P));
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!reply->isFinished() && !finished.wait(kTimeoutMs))
        return {};
    reply->deleteLater();
    return reply->result();
}

void ServiceConfigApiTest::clickhouseSettings()
{
    const auto list = await<ClickhouseSettingsList>(
        [&](auto done) { return api()->serviceClickhouseSettingsListGet(m_orgId, m_configured, P, this, done); });
    VERIFY_OK(list);
    const QJsonArray raw = rawResult(svcPath(m_configured, QStringLiteral("/clickhouseSettings")))
                               .toObject()
                               .value(u"settings")
                               .toArray();
    QCOMPARE(list->settings.size(), raw.size());
    QVERIFY2(list->settings.size() >= 2, "the demo seed changes some settings");
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QCOMPARE(list->settings.at(i).name, raw.at(i)[u"name"].toString());
        QCOMPARE(list->settings.at(i).value, raw.at(i)[u"value"].toString());
    }
    QCOMPARE(list->valueOf(QStringLiteral("compatibility")), std::optional<QString>(QStringLiteral("24.8")));

    const auto schema = await<ClickhouseSettingsSchema>(
        [&](auto done) { return api()->serviceClickhouseSettingsSchemaGet(m_orgId, m_configured, P, this, done); });
    VERIFY_OK(schema);
    QVERIFY(schema->settings.size() >= 10);
    const ClickhouseSettingSchemaEntry *asyncInsert = schema->find(QStringLiteral("async_insert"));
    QVERIFY(asyncInsert);
    QCOMPARE(asyncInsert->allowedValues, (QList<int> { 0, 1 }));
    const ClickhouseSettingSchemaEntry *compatibility = schema->find(QStringLiteral("compatibility"));
    QVERIFY(compatibility);
    QVERIFY(!compatibility->warning.isEmpty());
    for (const ClickhouseSetting &setting : list->settings)
        QVERIFY2(schema->find(setting.name), qPrintable(setting.name));

    // One unchanged setting reads as its default; an unknown one is not found.
    const auto maxThreads = await<ClickhouseSetting>([&](auto done) {
        return api()->serviceClickhouseSettingGet(m_orgId, m_configured, QStringLiteral("max_threads"), P, this, done);
    });
    VERIFY_OK(maxThreads);
    QCOMPARE(maxThreads->name, QStringLiteral("max_threads"));
    QVERIFY(!maxThreads->value.isEmpty());
    const auto unknown = await<ClickhouseSetting>([&](auto done) {
        return api()->serviceClickhouseSettingGet(m_orgId, m_configured, QStringLiteral("no_such_setting"), P, this,
                                                  done);
    });
    VERIFY_FAILS_WITH(unknown, ApiErrorKind::NotFound);

    // Update: the applied values come back, with the server's warning for compatibility.
    ClickhouseSettingsUpdateRequest update;
    update.settings = { { QStringLiteral("compatibility"), QStringLiteral("25.1") },
                        { QStringLiteral("max_threads"), 8 },
                        { QStringLiteral("join_use_nulls"), true } };
    const auto updated = await<ClickhouseSettingsUpdateResult>([&](auto done) {
        return api()->serviceClickhouseSettingsUpdate(m_orgId, m_configured, update, P, this, done);
    });
    VERIFY_OK(updated);
    QCOMPARE(updated->applied.size(), 3);
    QVERIFY(updated->applied.contains(qMakePair(QStringLiteral("compatibility"), QStringLiteral("25.1"))));
    QVERIFY(updated->applied.contains(qMakePair(QStringLiteral("max_threads"), QStringLiteral("8"))));
    QVERIFY(updated->applied.contains(qMakePair(QStringLiteral("join_use_nulls"), QStringLiteral("1"))));
    QCOMPARE(updated->warnings.size(), 1);
    QCOMPARE(updated->warnings.first().name, QStringLiteral("compatibility"));
    QCOMPARE(updated->warnings.first().message, compatibility->warning);

    const auto reread = await<ClickhouseSetting>([&](auto done) {
        return api()->serviceClickhouseSettingGet(m_orgId, m_configured, QStringLiteral("max_threads"), P, this, done);
    });
    VERIFY_OK(reread);
    QCOMPARE(reread->value, QStringLiteral("8"));

    // Reset to default: gone from the list, the default again when read by name.
    VERIFY_OK(await<Nothing>([&](auto done) {
        return api()->serviceClickhouseSettingDelete(m_orgId, m_configured, QStringLiteral("max_threads"), P, this,
                                                     done);
    }));
    const auto afterReset = await<ClickhouseSettingsList>(
        [&](auto done) { return api()->serviceClickhouseSettingsListGet(m_orgId, m_configured, P, this, done); });
    VERIFY_OK(afterReset);
    QVERIFY(!afterReset->valueOf(QStringLiteral("max_threads")));
    QCOMPARE(afterReset->valueOf(QStringLiteral("join_use_nulls")), std::optional<QString>(QStringLiteral("1")));
    const auto defaultAgain = await<ClickhouseSetting>([&](auto done) {
        return api()->serviceClickhouseSettingGet(m_orgId, m_configured, QStringLiteral("max_threads"), P, this, done);
    });
    VERIFY_OK(defaultAgain);
    QCOMPARE(defaultAgain->value, maxThreads->value);
    VERIFY_FAILS_WITH(await<Nothing>([&](auto done) {
                          return api()->serviceClickhouseSettingDelete(
                              m_orgId, m_configured, QStringLiteral("no_such_setting"), P, this, done);
                      }),
                      ApiErrorKind::NotFound);
}

void ServiceConfigApiTest::clickhouseSettingsRejectedWhole()
{
    // A bad value rejects the whole request: the good setting beside it is not applied.
    ClickhouseSettingsUpdateRequest update;
    update.settings = { { QStringLiteral("max_insert_threads"), 6 }, { QStringLiteral("mutations_sync"), 7 } };
    const auto rejected = await<ClickhouseSettingsUpdateResult>(
        [&](auto done) { return api()->serviceClickhouseSettingsUpdate(m_orgId, m_plain, update, P, this, done); });
    VERIFY_FAILS_WITH(rejected, ApiErrorKind::BadRequest);
    QVERIFY2(rejected.error().message.contains(QLatin1String("mutations_sync")), qPrintable(rejected.error().message));

    update.settings = { { QStringLiteral("no_such_setting"), 1 } };
    const auto unknown = await<ClickhouseSettingsUpdateResult>(
        [&](auto done) { return api()->serviceClickhouseSettingsUpdate(m_orgId, m_plain, update, P, this, done); });
    VERIFY_FAILS_WITH(unknown, ApiErrorKind::BadRequest);
    QVERIFY2(unknown.error().message.contains(QLatin1String("no_such_setting")), qPrintable(unknown.error().message));

    const auto list = await<ClickhouseSettingsList>(
        [&](auto done) { return api()->serviceClickhouseSettingsListGet(m_orgId, m_plain, P, this, done); });
    VERIFY_OK(list);
    QVERIFY(list->settings.isEmpty());
}

void ServiceConfigApiTest::scalingSchedule()
{
    const auto seeded = await<ScalingSchedule>(
        [&](auto done) { return api()->scalingScheduleGet(m_orgId, m_configured, P, this, done); });
    VERIFY_OK(seeded);
    const QJsonObject raw = rawResult(svcPath(m_configured, QStringLiteral("/scalingSchedule"))).toObject();
    QCOMPARE(seeded->entries.size(), raw.value(u"entries").toArray().size());
    QCOMPARE(seeded->entries.size(), 3);
    QVERIFY(seeded->baseConfig.has_value());
    QCOMPARE(seeded->baseConfig->autoscalingMode, raw.value(u"baseConfig")[u"autoscalingMode"].toString());
    QCOMPARE(seeded->activeEntryId, raw.value(u"activeEntryId").toString());
    for (qsizetype i = 0; i < seeded->entries.size(); ++i) {
        const QJsonValue entry = raw.value(u"entries").toArray().at(i);
        QCOMPARE(seeded->entries.at(i).id, entry[u"id"].toString());
        QCOMPARE(seeded->entries.at(i).weekdays.size(), entry[u"weekdays"].toArray().size());
        QCOMPARE(seeded->entries.at(i).endHourUtc, std::optional<int>(entry[u"endHourUtc"].toInt()));
    }
    // An entry is active exactly when activeEntryId names it.
    const ScalingScheduleEntry *active = seeded->activeEntry();
    QCOMPARE(active ? active->id : QString(), seeded->activeEntryId);

    ScalingScheduleEntryRequest allDay;
    allDay.name = QStringLiteral("Always");
    allDay.weekdays = { 0, 1, 2, 3, 4, 5, 6 };
    allDay.startHourUtc = 0;
    allDay.endHourUtc = 24;
    allDay.minReplicaMemoryGb = 16;
    allDay.maxReplicaMemoryGb = 32;
    allDay.numReplicas = 2;
    ScalingScheduleEntryRequest burst;
    burst.name = QStringLiteral("Overnight burst");
    burst.weekdays = { 5 };
    burst.startHourUtc = 22;
    burst.endHourUtc = 2;
    burst.autoscalingMode = QStringLiteral("horizontal");
    burst.minReplicaMemoryGb = 24;
    burst.maxReplicaMemoryGb = 24;
    burst.minReplicas = 2;
    burst.maxReplicas = 6;
    burst.idleScaling = false;
    burst.idleTimeoutMinutes = 20;
    const auto upserted = await<ScalingSchedule>([&](auto done) {
        return api()->scalingScheduleUpsert(m_orgId, m_plain, ScalingScheduleRequest { { allDay, burst } }, P, this,
                                            done);
    });
    VERIFY_OK(upserted);
    QCOMPARE(upserted->entries.size(), 2);
    const ScalingScheduleEntry &first = upserted->entries.at(0);
    QVERIFY(!first.id.isEmpty());
    QCOMPARE(first.name, allDay.name);
    QCOMPARE(first.weekdays, allDay.weekdays);
    QCOMPARE(first.autoscalingMode, QStringLiteral("vertical"));
    QCOMPARE(first.minReplicas, std::optional<int>(2));
    QCOMPARE(first.maxReplicas, std::optional<int>(2));
    QVERIFY2(first.isActiveNow, "an all-week entry is always active");
    QCOMPARE(upserted->activeEntryId, first.id);
    const ScalingScheduleEntry &second = upserted->entries.at(1);
    QCOMPARE(second.autoscalingMode, QStringLiteral("horizontal"));
    QCOMPARE(second.startHourUtc, std::optional<int>(22));
    QCOMPARE(second.endHourUtc, std::optional<int>(2));
    QCOMPARE(second.minReplicaMemoryGb, std::optional<double>(24));
    QCOMPARE(second.maxReplicas, std::optional<int>(6));
    QCOMPARE(second.idleScaling, std::optional<bool>(false));
    QCOMPARE(second.idleTimeoutMinutes, std::optional<int>(20));
    QVERIFY(!second.isActiveNow);

    const auto reread
        = await<ScalingSchedule>([&](auto done) { return api()->scalingScheduleGet(m_orgId, m_plain, P, this, done); });
    VERIFY_OK(reread);
    QCOMPARE(reread->entries, upserted->entries);

    VERIFY_OK(await<Nothing>([&](auto done) { return api()->scalingScheduleDelete(m_orgId, m_plain, P, this, done); }));
    const auto cleared
        = await<ScalingSchedule>([&](auto done) { return api()->scalingScheduleGet(m_orgId, m_plain, P, this, done); });
    VERIFY_OK(cleared);
    QVERIFY(cleared->entries.isEmpty());
    QVERIFY(cleared->activeEntryId.isEmpty());
    QVERIFY(cleared->baseConfig.has_value());
}

void ServiceConfigApiTest::scalingScheduleRejected_data()
{
    QTest::addColumn<QJsonObject>("entry");
    QTest::addColumn<QString>("mentions");
    const QJsonObject base { { QStringLiteral("name"), QStringLiteral("x") },
                             { QStringLiteral("weekdays"), QJsonArray { 1 } },
                             { QStringLiteral("startHourUtc"), 9 },
                             { QStringLiteral("endHourUtc"), 17 } };
    auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject entry = base;
        entry.insert(key, value);
        return entry;
    };
    QTest::newRow("end equals start") << with(QStringLiteral("endHourUtc"), 9) << QStringLiteral("endHourUtc");
    QTest::newRow("blank name") << with(QStringLiteral("name"), QStringLiteral("  ")) << QStringLiteral("name");
    QTest::newRow("a weekday twice") << with(QStringLiteral("weekdays"), QJsonArray { 2, 2 })
                                     << QStringLiteral("weekdays");
    QTest::newRow("memory range upside down") << [&] {
        QJsonObject entry = with(QStringLiteral("minReplicaMemoryGb"), 32);
        entry.insert(QStringLiteral("maxReplicaMemoryGb"), 16);
        return entry;
    }() << QStringLiteral("minReplicaMemoryGb");
    QTest::newRow("only one memory bound")
        << with(QStringLiteral("maxReplicaMemoryGb"), 16) << QStringLiteral("minReplicaMemoryGb");
    QTest::newRow("horizontal with unequal memory") << [&] {
        QJsonObject entry = with(QStringLiteral("autoscalingMode"), QStringLiteral("horizontal"));
        entry.insert(QStringLiteral("minReplicaMemoryGb"), 16);
        entry.insert(QStringLiteral("maxReplicaMemoryGb"), 32);
        entry.insert(QStringLiteral("minReplicas"), 1);
        entry.insert(QStringLiteral("maxReplicas"), 3);
        return entry;
    }() << QStringLiteral("horizontal");
    QTest::newRow("numReplicas with a band") << [&] {
        QJsonObject entry = with(QStringLiteral("numReplicas"), 2);
        entry.insert(QStringLiteral("minReplicas"), 1);
        entry.insert(QStringLiteral("maxReplicas"), 1);
        return entry;
    }() << QStringLiteral("mutually exclusive");
    QTest::newRow("idle timeout under 5")
        << with(QStringLiteral("idleTimeoutMinutes"), 2) << QStringLiteral("idleTimeoutMinutes");
}

void ServiceConfigApiTest::scalingScheduleRejected()
{
    QFETCH(QJsonObject, entry);
    QFETCH(QString, mentions);
    // Sent raw: the typed request cannot express every mistake. Each is valid JSON
    // Schema-wise (so Prism lets it through) and refused by the server's own rules.
    const QJsonObject good { { QStringLiteral("name"), QStringLiteral("ok") },
                             { QStringLiteral("weekdays"), QJsonArray { 3 } },
                             { QStringLiteral("startHourUtc"), 1 },
                             { QStringLiteral("endHourUtc"), 2 } };
    ApiRequest request = ApiRequest::make("POST", svcPath(m_plain, QStringLiteral("/scalingSchedule")), P);
    request.body = QJsonDocument(QJsonObject { { QStringLiteral("entries"), QJsonArray { good, entry } } })
                       .toJson(QJsonDocument::Compact);
    ApiReply *reply = m_session->scheduler()->submit(request);
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(kTimeoutMs));
    reply->deleteLater();
    QVERIFY(reply->error().has_value());
    QCOMPARE(reply->error()->httpStatus, 400);
    QVERIFY2(reply->error()->message.contains(QLatin1String("entries[1]")), qPrintable(reply->error()->message));
    QVERIFY2(reply->error()->message.contains(mentions), qPrintable(reply->error()->message));
    // Nothing of the refused schedule was applied, not even its good entry.
    const auto schedule
        = await<ScalingSchedule>([&](auto done) { return api()->scalingScheduleGet(m_orgId, m_plain, P, this, done); });
    VERIFY_OK(schedule);
    QVERIFY(schedule->entries.isEmpty());
}

void ServiceConfigApiTest::upgradeWindow()
{
    const auto seeded = await<UpgradeWindow>(
        [&](auto done) { return api()->upgradeWindowGet(m_orgId, m_configured, P, this, done); });
    VERIFY_OK(seeded);
    const QJsonObject raw = rawResult(svcPath(m_configured, QStringLiteral("/upgradeWindow"))).toObject();
    QCOMPARE(seeded->weekday, raw.value(u"weekday").toInt());
    QCOMPARE(seeded->startHourUtc, raw.value(u"startHourUtc").toInt());
    QCOMPARE(seeded->durationHours, 6);

    VERIFY_FAILS_WITH(
        await<UpgradeWindow>([&](auto done) { return api()->upgradeWindowGet(m_orgId, m_plain, P, this, done); }),
        ApiErrorKind::NotFound);
    const auto set = await<UpgradeWindow>([&](auto done) {
        return api()->upgradeWindowUpdate(m_orgId, m_plain, UpgradeWindowRequest { 3, 18 }, P, this, done);
    });
    VERIFY_OK(set);
    QCOMPARE(*set, (UpgradeWindow { 3, 18, 6 }));
    const auto reread
        = await<UpgradeWindow>([&](auto done) { return api()->upgradeWindowGet(m_orgId, m_plain, P, this, done); });
    VERIFY_OK(reread);
    QCOMPARE(*reread, *set);
    VERIFY_OK(await<Nothing>([&](auto done) { return api()->upgradeWindowDelete(m_orgId, m_plain, P, this, done); }));
    VERIFY_FAILS_WITH(
        await<UpgradeWindow>([&](auto done) { return api()->upgradeWindowGet(m_orgId, m_plain, P, this, done); }),
        ApiErrorKind::NotFound);
    VERIFY_FAILS_WITH(
        await<Nothing>([&](auto done) { return api()->upgradeWindowDelete(m_orgId, m_plain, P, this, done); }),
        ApiErrorKind::NotFound);
}

void ServiceConfigApiTest::backupBucket()
{
    VERIFY_FAILS_WITH(
        await<BackupBucket>([&](auto done) { return api()->backupBucketGet(m_orgId, m_plain, P, this, done); }),
        ApiErrorKind::NotFound);

    BackupBucketRequest gcp;
    gcp.provider = QStringLiteral("GCP");
    gcp.bucketPath = QStringLiteral("gs://acme-backups/eu-reporting");
    gcp.accessKeyId = QStringLiteral("GOOG1EACMEHMACKEYID0001");
    gcp.secretAccessKey = Secret(kHmacSecret);
    const auto created = await<BackupBucket>(
        [&](auto done) { return api()->backupBucketCreate(m_orgId, m_plain, gcp, P, this, done); });
    VERIFY_OK(created);
    QVERIFY(!created->id.isEmpty());
    QCOMPARE(created->provider, QStringLiteral("GCP"));
    QCOMPARE(created->bucketPath, gcp.bucketPath);
    QCOMPARE(created->accessKeyId, gcp.accessKeyId);
    const QJsonObject raw = rawResult(svcPath(m_plain, QStringLiteral("/backupBucket"))).toObject();
    QCOMPARE(raw.value(u"id").toString(), created->id);
    QVERIFY2(!raw.contains(u"secretAccessKey"), "the API never returns the secret");

    VERIFY_FAILS_WITH(
        await<BackupBucket>([&](auto done) { return api()->backupBucketCreate(m_orgId, m_plain, gcp, P, this, done); }),
        ApiErrorKind::Conflict);

    // Only the path changes: the HMAC key stays without being sent again.
    BackupBucketRequest movePath;
    movePath.provider = QStringLiteral("GCP");
    movePath.bucketPath = QStringLiteral("gs://acme-backups/v2");
    const auto moved = await<BackupBucket>(
        [&](auto done) { return api()->backupBucketUpdate(m_orgId, m_plain, movePath, P, this, done); });
    VERIFY_OK(moved);
    QCOMPARE(moved->id, created->id);
    QCOMPARE(moved->bucketPath, movePath.bucketPath);
    QCOMPARE(moved->accessKeyId, gcp.accessKeyId);

    BackupBucketRequest azure;
    azure.provider = QStringLiteral("AZURE");
    azure.containerName = QStringLiteral("acme-backups");
    azure.connectionString = Secret(kConnectionString);
    const auto switched = await<BackupBucket>(
        [&](auto done) { return api()->backupBucketUpdate(m_orgId, m_plain, azure, P, this, done); });
    VERIFY_OK(switched);
    QCOMPARE(switched->provider, QStringLiteral("AZURE"));
    QCOMPARE(switched->containerName, azure.containerName);
    QVERIFY(switched->bucketPath.isEmpty());

    BackupBucketRequest aws;
    aws.provider = QStringLiteral("AWS");
    aws.bucketPath = QStringLiteral("s3://acme-backups/eu");
    aws.iamRoleArn = QStringLiteral("arn:aws:iam::123456789012:role/ClickHouseBackups");
    aws.iamRoleSessionName = QStringLiteral("clickhouse-backup");
    const auto toAws = await<BackupBucket>(
        [&](auto done) { return api()->backupBucketUpdate(m_orgId, m_plain, aws, P, this, done); });
    VERIFY_OK(toAws);
    QCOMPARE(toAws->iamRoleArn, aws.iamRoleArn);
    QCOMPARE(toAws->iamRoleSessionName, QStringLiteral("clickhouse-backup"));
    BackupBucketRequest clearSession;
    clearSession.provider = QStringLiteral("AWS");
    clearSession.iamRoleSessionName = QString(); // sent as null: cleared
    const auto cleared = await<BackupBucket>(
        [&](auto done) { return api()->backupBucketUpdate(m_orgId, m_plain, clearSession, P, this, done); });
    VERIFY_OK(cleared);
    QVERIFY(cleared->iamRoleSessionName.isEmpty());
    QCOMPARE(cleared->iamRoleArn, aws.iamRoleArn);

    // The credentials crossed the network once each, and are nowhere else.
    bool sawCreate = false;
    for (const RequestLogEntry &entry : m_session->requestLog()->entries()) {
        const QByteArray everything = entry.requestBody + entry.responseBody + RequestLog::toJsonLine(entry);
        QVERIFY2(!everything.contains(kHmacSecret.toUtf8()), qPrintable(entry.operationId));
        QVERIFY2(!everything.contains("Conn-Secret-Sentinel"), qPrintable(entry.operationId));
        if (entry.operationId == QLatin1String("backupBucketCreate") && entry.httpStatus == 200) {
            sawCreate = true;
            QVERIFY2(entry.requestBody.contains("GOOG1EACMEHMACKEYID0001") || entry.requestBody.contains("***"),
                     entry.requestBody.constData());
            QVERIFY2(entry.requestBody.contains("gs://acme-backups/eu-reporting"), entry.requestBody.constData());
        }
    }
    QVERIFY2(sawCreate, "the log holds the create request");
    QFile state(m_stateDir.filePath(QStringLiteral("state.json")));
    QVERIFY(state.open(QIODevice::ReadOnly));
    const QByteArray saved = state.readAll();
    QVERIFY2(saved.contains(created->id.toUtf8()), "the bucket is in the state file");
    QVERIFY(!saved.contains(kHmacSecret.toUtf8()));
    QVERIFY(!saved.contains("Conn-Secret-Sentinel"));

    VERIFY_OK(await<Nothing>([&](auto done) { return api()->backupBucketDelete(m_orgId, m_plain, P, this, done); }));
    VERIFY_FAILS_WITH(
        await<BackupBucket>([&](auto done) { return api()->backupBucketGet(m_orgId, m_plain, P, this, done); }),
        ApiErrorKind::NotFound);
    VERIFY_FAILS_WITH(
        await<Nothing>([&](auto done) { return api()->backupBucketDelete(m_orgId, m_plain, P, this, done); }),
        ApiErrorKind::NotFound);
}

void ServiceConfigApiTest::backupBucketRejected_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("bucketPath");
    QTest::addColumn<QString>("roleArnOrKeyId");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("AWS without a role") << QStringLiteral("AWS") << QStringLiteral("s3://b/p") << QString()
                                        << QStringLiteral("iamRoleArn");
    QTest::newRow("AWS role that is not an ARN") << QStringLiteral("AWS") << QStringLiteral("s3://b/p")
                                                 << QStringLiteral("ClickHouseBackups") << QStringLiteral("iamRoleArn");
    QTest::newRow("GCP path that is not gs://") << QStringLiteral("GCP") << QStringLiteral("s3://b/p")
                                                << QStringLiteral("GOOG1KEY") << QStringLiteral("bucketPath");
    QTest::newRow("GCP without its secret") << QStringLiteral("GCP") << QStringLiteral("gs://b/p")
                                            << QStringLiteral("GOOG1KEY") << QStringLiteral("secretAccessKey");
}

void ServiceConfigApiTest::backupBucketRejected()
{
    QFETCH(QString, provider);
    QFETCH(QString, bucketPath);
    QFETCH(QString, roleArnOrKeyId);
    QFETCH(QString, mentions);
    BackupBucketRequest request;
    request.provider = provider;
    request.bucketPath = bucketPath;
    if (provider == QLatin1String("AWS"))
        request.iamRoleArn = roleArnOrKeyId;
    else
        request.accessKeyId = roleArnOrKeyId;
    if (mentions != QLatin1String("secretAccessKey") && provider == QLatin1String("GCP"))
        request.secretAccessKey = Secret(kHmacSecret);
    const auto rejected = await<BackupBucket>(
        [&](auto done) { return api()->backupBucketCreate(m_orgId, m_plain, request, P, this, done); });
    VERIFY_FAILS_WITH(rejected, ApiErrorKind::BadRequest);
    QVERIFY2(rejected.error().message.contains(mentions), qPrintable(rejected.error().message));
    VERIFY_FAILS_WITH(
        await<BackupBucket>([&](auto done) { return api()->backupBucketGet(m_orgId, m_plain, P, this, done); }),
        ApiErrorKind::NotFound);
}

void ServiceConfigApiTest::privateEndpoints()
{
    const auto config = await<PrivateEndpointConfig>(
        [&](auto done) { return api()->instancePrivateEndpointConfigGet(m_orgId, m_plain, P, this, done); });
    VERIFY_OK(config);
    const QJsonObject raw = rawResult(svcPath(m_plain, QStringLiteral("/privateEndpointConfig"))).toObject();
    QCOMPARE(config->endpointServiceId, raw.value(u"endpointServiceId").toString());
    QCOMPARE(config->privateDnsHostname, raw.value(u"privateDnsHostname").toString());
    QVERIFY(!config->privateDnsHostname.isEmpty());

    const auto service = await<Service>([&](auto done) { return api()->instanceGet(m_orgId, m_plain, P, this, done); });
    VERIFY_OK(service);
    ServicePrivateEndpointRequest request { QStringLiteral("psc-eu-reporting-0001"), QStringLiteral("Reporting VPC") };
    const auto created = await<ServicePrivateEndpoint>(
        [&](auto done) { return api()->instancePrivateEndpointCreate(m_orgId, m_plain, request, P, this, done); });
    VERIFY_OK(created);
    QCOMPARE(created->id, request.id);
    QCOMPARE(created->description, request.description);
    QCOMPARE(created->cloudProvider, service->provider);
    QCOMPARE(created->region, service->region);

    const auto after = await<Service>([&](auto done) { return api()->instanceGet(m_orgId, m_plain, P, this, done); });
    VERIFY_OK(after);
    QVERIFY(after->privateEndpointIds.contains(request.id));
    VERIFY_FAILS_WITH(await<ServicePrivateEndpoint>([&](auto done) {
                          return api()->instancePrivateEndpointCreate(m_orgId, m_plain, request, P, this, done);
                      }),
                      ApiErrorKind::Conflict);
}

void ServiceConfigApiTest::mutationsRecordActivities()
{
    const auto before = await<json::RowList<Activity>>(
        [&](auto done) { return api()->activityGetList(m_orgId, {}, {}, P, this, done); });
    VERIFY_OK(before);
    VERIFY_OK(await<UpgradeWindow>([&](auto done) {
        return api()->upgradeWindowUpdate(m_orgId, m_configured, UpgradeWindowRequest { 2, 0 }, P, this, done);
    }));
    ClickhouseSettingsUpdateRequest update;
    update.settings = { { QStringLiteral("async_insert"), 0 } };
    VERIFY_OK(await<ClickhouseSettingsUpdateResult>([&](auto done) {
        return api()->serviceClickhouseSettingsUpdate(m_orgId, m_configured, update, P, this, done);
    }));
    const auto after = await<json::RowList<Activity>>(
        [&](auto done) { return api()->activityGetList(m_orgId, {}, {}, P, this, done); });
    VERIFY_OK(after);
    // Other services may change state meanwhile (the seed's provisioning service): look at this one's.
    QSet<QString> known;
    for (const Activity &activity : before->rows)
        known.insert(activity.id);
    QStringList types;
    for (const Activity &activity : after->rows) {
        if (known.contains(activity.id) || activity.serviceId != m_configured)
            continue;
        QCOMPARE(activity.actorTypeText, QStringLiteral("api"));
        types.append(activity.type);
    }
    types.sort();
    // The spec has no activity types of their own for these changes: the nearest existing ones.
    QCOMPARE(
        types,
        (QStringList { QStringLiteral("service_update_core_dump"), QStringLiteral("service_update_release_channel") }));
}

void ServiceConfigApiTest::configurationSurvivesRestart()
{
    // A second emulator of its own, restarted on the same state file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList arguments { QStringLiteral("--rate-limit"), QStringLiteral("1000"),
                                  QStringLiteral("--state"),      dir.filePath(QStringLiteral("state.json")),
                                  QStringLiteral("--key-id"),     QStringLiteral("RESTARTKEY0123456789"),
                                  QStringLiteral("--key-secret"), QStringLiteral("restart-secret-0123456789abcdef") };
    auto first = std::make_unique<EmulatorProcess>(arguments);
    QVERIFY2(first->start(), qPrintable(first->errorString()));
    const QString org
        = first->raw("GET", QStringLiteral("/v1/organizations")).value(u"result").toArray().first()[u"id"].toString();
    const QString service = first->raw("GET", CloudApi::organizationPath(org, QStringLiteral("/services")))
                                .value(u"result")
                                .toArray()
                                .last()[u"id"]
                                .toString();
    const QString path = CloudApi::servicePath(org, service);
    QCOMPARE(first
                 ->raw("PATCH", path + QStringLiteral("/clickhouseSettings"),
                       QJsonObject { { QStringLiteral("settings"), QStringLiteral("{\"max_threads\":12}") } })
                 .value(u"httpStatus")
                 .toInt(),
             200);
    const QJsonObject entry { { QStringLiteral("name"), QStringLiteral("Evenings") },
                              { QStringLiteral("weekdays"), QJsonArray { 2, 4 } },
                              { QStringLiteral("startHourUtc"), 18 },
                              { QStringLiteral("endHourUtc"), 23 },
                              { QStringLiteral("numReplicas"), 2 },
                              { QStringLiteral("idleScaling"), false } };
    const QJsonObject schedule = first->raw("POST", path + QStringLiteral("/scalingSchedule"),
                                            QJsonObject { { QStringLiteral("entries"), QJsonArray { entry } } });
    QCOMPARE(schedule.value(u"httpStatus").toInt(), 200);
    QCOMPARE(first
                 ->raw("PUT", path + QStringLiteral("/upgradeWindow"),
                       QJsonObject { { QStringLiteral("weekday"), 5 }, { QStringLiteral("startHourUtc"), 18 } })
                 .value(u"httpStatus")
                 .toInt(),
             200);
    const QJsonObject bucket
        = first->raw("POST", path + QStringLiteral("/backupBucket"),
                     QJsonObject { { QStringLiteral("bucketProvider"), QStringLiteral("AZURE") },
                                   { QStringLiteral("containerName"), QStringLiteral("nightly-backups") },
                                   { QStringLiteral("connectionString"), kConnectionString } });
    QCOMPARE(bucket.value(u"httpStatus").toInt(), 200);
    first->stop();
    first.reset();

    EmulatorProcess second(arguments);
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    QCOMPARE(second.raw("GET", path + QStringLiteral("/clickhouseSettings/max_threads"))
                 .value(u"result")[u"value"]
                 .toString(),
             QStringLiteral("12"));
    // isActiveNow follows the clock: compare everything else.
    auto withoutClock = [](QJsonValue entries) {
        QJsonArray array = entries.toArray();
        for (qsizetype k = 0; k < array.size(); ++k) {
            QJsonObject object = array.at(k).toObject();
            object.remove(QStringLiteral("isActiveNow"));
            array[k] = object;
        }
        return array;
    };
    const QJsonArray reread
        = withoutClock(second.raw("GET", path + QStringLiteral("/scalingSchedule")).value(u"result")[u"entries"]);
    QCOMPARE(reread.size(), 1);
    QCOMPARE(reread, withoutClock(schedule.value(u"result")[u"entries"]));
    QCOMPARE(second.raw("GET", path + QStringLiteral("/upgradeWindow")).value(u"result")[u"weekday"].toInt(), 5);
    QCOMPARE(second.raw("GET", path + QStringLiteral("/backupBucket")).value(u"result"), bucket.value(u"result"));
    QFile state(dir.filePath(QStringLiteral("state.json")));
    QVERIFY(state.open(QIODevice::ReadOnly));
    QVERIFY(!state.readAll().contains("Conn-Secret-Sentinel"));
}

QTEST_GUILESS_MAIN(ServiceConfigApiTest)
#include "tst_serviceconfigapi.moc"
