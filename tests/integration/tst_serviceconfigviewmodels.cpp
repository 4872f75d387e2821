// The view-models of a service's configuration parts against a running emulator:
// the ClickHouse settings (table model, schema-typed validation that sends
// nothing, the server's warnings, reset to default and the default it reveals),
// the query endpoint (keys picked by name, enable, save, disable), the scaling
// schedule (staged entries sent whole) and the upgrade window, the backup
// bucket (credentials sent once, never in the request log), the private
// endpoint configuration and adding an endpoint ID,
// and the cancelling of a part's loads when another service is selected.
#include "EmulatorProcess.h"
#include "api/ApiSession.h"
#include "api/CloudApi.h"
#include "api/RequestLog.h"
#include "api/RequestScheduler.h"
#include "viewmodels/ClickhouseSettingsModel.h"
#include "viewmodels/QueryEndpointKeysModel.h"
#include "viewmodels/ScheduleEntriesModel.h"
#include "viewmodels/ServiceBackupBucketViewModel.h"
#include "viewmodels/ServiceDetailsViewModel.h"
#include "viewmodels/ServicePrivateEndpointViewModel.h"
#include "viewmodels/ServiceQueryEndpointViewModel.h"
#include "viewmodels/ServiceScheduleViewModel.h"
#include "viewmodels/ServiceSettingsViewModel.h"
#include "viewmodels/ServicesViewModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace chcloud;

namespace {

/// How an operation ended, captured inside finished() (the operation deletes itself afterwards).
struct Outcome
{
    bool done = false;
    bool success = false;
    bool cancelled = false;
    QString errorText;
    QString validationError;
};

Outcome waitFor(ServiceOperation *operation, int timeoutMs = 20000)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(operation, &ServiceOperation::finished, operation, [operation, outcome] {
        outcome->done = true;
        outcome->success = operation->isSuccess();
        outcome->cancelled = operation->isCancelled();
        outcome->errorText = operation->errorText();
        outcome->validationError = operation->validationError();
    });
    if (!QTest::qWaitFor([&] { return outcome->done; }, timeoutMs))
        qWarning("the operation did not end in time");
    return *outcome;
}

} // namespace

class TestServiceConfigViewModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorProcess> m_emulator;
    QString m_organizationId;
    std::unique_ptr<ApiSession> m_session;
    std::unique_ptr<ServicesViewModel> m_services;
    std::unique_ptr<ServiceDetailsViewModel> m_details;

    QJsonObject raw(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return m_emulator->raw(method, path, body);
    }

    QString servicePath(const QString &serviceId, const QString &rest) const
    {
        return u"/v1/organizations/"_s + m_organizationId + u"/services/"_s + serviceId + rest;
    }

    QString idOf(const QString &name) const
    {
        for (int row = 0; row < m_services->rowCount(); ++row) {
            if (m_services->serviceAt(row)->name == name)
                return m_services->serviceAt(row)->id;
        }
        return {};
    }

    int requestsSent() const { return int(m_session->requestLog()->size()); }

    /// A session whose budget (one request a minute) is already spent: what it is
    /// asked next stays in its scheduler's queue.
    std::unique_ptr<ApiSession> spentSession()
    {
        SchedulerConfig config;
        config.limit = 1;
        config.window = std::chrono::minutes(1);
        auto opened
            = ApiSession::open(m_emulator->baseUrl(), m_emulator->keyId(), Secret(m_emulator->keySecret()), config);
        if (!opened)
            return nullptr;
        std::unique_ptr<ApiSession> session = std::move(opened).value();
        session->api()->organizationGetList(RequestPriority::Interactive, nullptr, [](auto) {});
        return session;
    }

    /// Selects the named service and waits until part has loaded.
    bool loadPart(ServicePartViewModel *part, const QString &name)
    {
        m_details->setServiceId(idOf(name));
        part->ensureLoaded();
        return QTest::qWaitFor([part] { return part->state() != ServicePartViewModel::State::Loading; }, 15000)
            && part->state() == ServicePartViewModel::State::Loaded;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_emulator = std::make_unique<test::EmulatorProcess>(
            QStringList { u"--rate-limit"_s, u"1000"_s, u"--rate-window-ms"_s, u"1000"_s });
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        m_organizationId = raw("GET", u"/_emulator/health"_s)[u"organizationId"_s].toString();
        SchedulerConfig config;
        config.limit = 1000;
        config.window = std::chrono::milliseconds(1000);
        auto opened
            = ApiSession::open(m_emulator->baseUrl(), m_emulator->keyId(), Secret(m_emulator->keySecret()), config);
        QVERIFY(opened);
        m_session = std::move(opened).value();
        m_services = std::make_unique<ServicesViewModel>();
        m_services->setContext(m_session.get(), m_organizationId);
        QSignalSpy refreshed(m_services.get(), &ServicesViewModel::refreshed);
        m_services->refresh();
        QVERIFY(refreshed.wait(20000));
        m_details = std::make_unique<ServiceDetailsViewModel>(m_services.get());
        m_details->setContext(m_session.get(), m_organizationId);
    }

    void cleanupTestCase()
    {
        m_details.reset();
        m_services.reset();
        m_session.reset();
        m_emulator.reset();
    }

    void settingsLoadWithChangedValues()
    {
        ServiceSettingsViewModel *settings = m_details->settings();
        QAbstractItemModelTester tester(settings->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadPart(settings, u"production-analytics"_s));
        const ClickhouseSettingsModel *model = settings->model();
        const QJsonArray schema
            = raw("GET", servicePath(m_details->serviceId(), u"/clickhouseSettings/schema"_s))[u"result"_s]
                  .toObject()[u"settings"_s]
                  .toArray();
        QCOMPARE(model->rowCount(), schema.size());
        const int compatibility = model->rowOf(u"compatibility"_s);
        QVERIFY(compatibility >= 0);
        QVERIFY(model->isChanged(compatibility));
        QCOMPARE(model->currentValue(compatibility), std::optional<QString>(u"24.8"_s));
        QCOMPARE(model->index(compatibility, ClickhouseSettingsModel::ValueColumn).data().toString(), u"24.8"_s);
        // The schema's warning travels with the row.
        QVERIFY(!model->index(compatibility, 0).data(ClickhouseSettingsModel::WarningRole).toString().isEmpty());

        // A setting never changed has no known value until it is read; the read tells its default.
        const int threads = model->rowOf(u"max_threads"_s);
        QVERIFY(!model->isChanged(threads));
        QVERIFY(!model->defaultValue(threads));
        settings->readSetting(u"max_threads"_s);
        QTRY_VERIFY_WITH_TIMEOUT(model->defaultValue(threads).has_value(), 15000);
        QCOMPARE(*model->defaultValue(threads), u"0"_s);
        QCOMPARE(model->currentValue(threads), std::optional<QString>(u"0"_s));
    }

    void valuesAreCheckedAgainstTheSchema_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("integer") << u"max_threads"_s << u"16"_s << true;
        QTest::newRow("integer, text") << u"max_threads"_s << u"sixteen"_s << false;
        QTest::newRow("integer, fraction") << u"max_threads"_s << u"1.5"_s << false;
        QTest::newRow("boolean, true") << u"async_insert"_s << u"true"_s << true;
        QTest::newRow("boolean, 2") << u"async_insert"_s << u"2"_s << false;
        QTest::newRow("enumeration, listed") << u"mutations_sync"_s << u"2"_s << true;
        QTest::newRow("enumeration, not listed") << u"mutations_sync"_s << u"3"_s << false;
        QTest::newRow("string") << u"date_time_output_format"_s << u"iso"_s << true;
    }

    void valuesAreCheckedAgainstTheSchema()
    {
        QFETCH(QString, setting);
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        ServiceSettingsViewModel *settings = m_details->settings();
        QVERIFY(loadPart(settings, u"production-analytics"_s));
        const int row = settings->model()->rowOf(setting);
        QVERIFY(row >= 0);
        QString problem;
        ServiceSettingsViewModel::valueFor(settings->model()->entryAt(row), text, &problem);
        QCOMPARE(problem.isEmpty(), accepted);
        if (!accepted) {
            // Refused before anything is sent.
            const int before = requestsSent();
            const Outcome outcome = waitFor(settings->updateSetting(setting, text));
            QVERIFY(!outcome.success);
            QCOMPARE(outcome.validationError, problem);
            QCOMPARE(requestsSent(), before);
        }
    }

    void updateShowsTheServersWarningsAndResetRevealsTheDefault()
    {
        ServiceSettingsViewModel *settings = m_details->settings();
        QVERIFY(loadPart(settings, u"production-analytics"_s));
        const ClickhouseSettingsModel *model = settings->model();
        const int row = model->rowOf(u"wait_for_async_insert"_s);
        QSignalSpy warnings(settings, &ServiceSettingsViewModel::warningsChanged);
        const Outcome updated = waitFor(settings->updateSetting(u"wait_for_async_insert"_s, u"0"_s));
        QVERIFY2(updated.success, qPrintable(updated.errorText));
        QCOMPARE(warnings.count(), 1);
        QCOMPARE(settings->lastWarnings().size(), 1);
        QCOMPARE(settings->lastWarnings().first().name, u"wait_for_async_insert"_s);
        QVERIFY(model->isChanged(row));
        QCOMPARE(model->currentValue(row), std::optional<QString>(u"0"_s));
        QCOMPARE(model->index(row, 0).data(ClickhouseSettingsModel::WarningRole).toString(),
                 settings->lastWarnings().first().message);
        // The server has it too.
        const QJsonObject read
            = raw("GET", servicePath(m_details->serviceId(), u"/clickhouseSettings/wait_for_async_insert"_s));
        QCOMPARE(read[u"result"_s].toObject()[u"value"_s].toString(), u"0"_s);

        // Back to the default: no longer changed, and the default is read once.
        const Outcome reset = waitFor(settings->resetToDefault(u"wait_for_async_insert"_s));
        QVERIFY2(reset.success, qPrintable(reset.errorText));
        QVERIFY(!model->isChanged(row));
        QTRY_COMPARE_WITH_TIMEOUT(model->defaultValue(row), std::optional<QString>(u"1"_s), 15000);
    }

    void aValueTheServerRefusesEndsWithItsMessage()
    {
        ServiceSettingsViewModel *settings = m_details->settings();
        QVERIFY(loadPart(settings, u"production-analytics"_s));
        // A string the schema accepts, the server does not (not a major.minor release).
        const Outcome outcome = waitFor(settings->updateSetting(u"compatibility"_s, u"latest"_s));
        QVERIFY(!outcome.success);
        QVERIFY2(outcome.errorText.contains(u"compatibility"_s), qPrintable(outcome.errorText));
        const int row = settings->model()->rowOf(u"compatibility"_s);
        QCOMPARE(settings->model()->currentValue(row), std::optional<QString>(u"24.8"_s)); // unchanged
    }

    void queryEndpointKeysArePickedByName()
    {
        ServiceQueryEndpointViewModel *endpoint = m_details->queryEndpoint();
        QAbstractItemModelTester tester(endpoint->keys(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadPart(endpoint, u"production-analytics"_s));
        QVERIFY(endpoint->isEnabled());
        QueryEndpointKeysModel *keys = endpoint->keys();
        const QJsonArray rawKeys
            = raw("GET", u"/v1/organizations/"_s + m_organizationId + u"/keys"_s)[u"result"_s].toArray();
        QCOMPARE(keys->rowCount(), rawKeys.size());
        // The seeded endpoint's key is checked, and shown by its name.
        const int app = keys->rowOfName(u"Query endpoint app"_s);
        QVERIFY(app >= 0);
        QCOMPARE(keys->index(app).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(keys->checkedIds(), endpoint->endpoint()->openApiKeys);

        // No role: refused before anything is sent.
        const int before = requestsSent();
        const Outcome noRole = waitFor(endpoint->save({}, {}));
        QVERIFY(!noRole.validationError.isEmpty());
        QCOMPARE(requestsSent(), before);

        // Another key by name, both roles, two origins.
        const int grafana = keys->rowOfName(u"Grafana metrics"_s);
        QVERIFY(grafana >= 0);
        const QString grafanaId = keys->index(grafana).data(QueryEndpointKeysModel::KeyIdRole).toString();
        QVERIFY(keys->setData(keys->index(grafana), Qt::Checked, Qt::CheckStateRole));
        const Outcome saved = waitFor(endpoint->save({ u"sql_console_read_only"_s, u"sql_console_admin"_s },
                                                     u" https://a.example ,https://b.example,"_s));
        QVERIFY2(saved.success, qPrintable(saved.errorText));
        const QJsonObject server
            = raw("GET", servicePath(m_details->serviceId(), u"/serviceQueryEndpoint"_s))[u"result"_s].toObject();
        QVERIFY(server[u"openApiKeys"_s].toArray().contains(grafanaId));
        QCOMPARE(server[u"roles"_s].toArray().size(), 2);
        QCOMPARE(server[u"allowedOrigins"_s].toString(), u"https://a.example,https://b.example"_s);
        QCOMPARE(endpoint->endpoint()->allowedOriginList(),
                 (QStringList { u"https://a.example"_s, u"https://b.example"_s }));

        // Disabled: gone on the server, and nothing is checked any more.
        const Outcome disabled = waitFor(endpoint->disable());
        QVERIFY2(disabled.success, qPrintable(disabled.errorText));
        QVERIFY(!endpoint->isEnabled());
        QVERIFY(keys->checkedIds().isEmpty());
        QCOMPARE(raw("GET", servicePath(m_details->serviceId(), u"/serviceQueryEndpoint"_s))[u"status"_s].toInt(), 404);

        // A fresh load of a service without one says so, without an error.
        endpoint->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(endpoint->state(), ServicePartViewModel::State::Loaded, 15000);
        QVERIFY(!endpoint->isEnabled());
        QVERIFY(endpoint->errorText().isEmpty());

        // Enabled again with the key picked by name.
        QVERIFY(keys->setChecked(grafanaId, true));
        const Outcome enabled = waitFor(endpoint->save({ u"sql_console_read_only"_s }, {}));
        QVERIFY2(enabled.success, qPrintable(enabled.errorText));
        QVERIFY(endpoint->isEnabled());
        QCOMPARE(endpoint->endpoint()->openApiKeys, QStringList { grafanaId });
    }

    void scheduleEntriesAreStagedAndSentWhole()
    {
        ServiceScheduleViewModel *schedule = m_details->schedule();
        QAbstractItemModelTester tester(schedule->entries(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadPart(schedule, u"production-analytics"_s));
        ScheduleEntriesModel *entries = schedule->entries();
        const QJsonArray rawEntries
            = raw("GET", servicePath(m_details->serviceId(), u"/scalingSchedule"_s))[u"result"_s]
                  .toObject()[u"entries"_s]
                  .toArray();
        QCOMPARE(entries->rowCount(), rawEntries.size());
        QVERIFY(!entries->isModified());
        QCOMPARE(entries->entries().first().request.name, u"Business hours"_s);
        // The seeded vertical entry with a fixed replica count goes back as numReplicas.
        QCOMPARE(entries->entries().first().request.numReplicas, std::optional<int>(3));

        ScalingScheduleEntryRequest bad;
        bad.name = u"No days"_s;
        QVERIFY(!ScheduleEntriesModel::validate(bad).isEmpty());
        ScalingScheduleEntryRequest lunch;
        lunch.name = u"Lunch peak"_s;
        lunch.weekdays = { 1, 3 };
        lunch.startHourUtc = 11;
        lunch.endHourUtc = 14;
        lunch.minReplicaMemoryGb = lunch.maxReplicaMemoryGb = 24;
        lunch.numReplicas = 4;
        QVERIFY(ScheduleEntriesModel::validate(lunch).isEmpty());
        QSignalSpy inserted(entries, &QAbstractItemModel::rowsInserted);
        entries->addEntry(lunch);
        QCOMPARE(inserted.count(), 1);
        QVERIFY(entries->isModified());
        const Outcome saved = waitFor(schedule->saveSchedule());
        QVERIFY2(saved.success, qPrintable(saved.errorText));
        QVERIFY(!entries->isModified());
        QCOMPARE(entries->rowCount(), rawEntries.size() + 1);
        QCOMPARE(raw("GET", servicePath(m_details->serviceId(), u"/scalingSchedule"_s))[u"result"_s]
                     .toObject()[u"entries"_s]
                     .toArray()
                     .size(),
                 rawEntries.size() + 1);

        // An entry the server refuses (memory not a multiple of 4) fails before sending.
        ScalingScheduleEntryRequest odd = lunch;
        odd.minReplicaMemoryGb = odd.maxReplicaMemoryGb = 10;
        entries->addEntry(odd);
        const int before = requestsSent();
        QVERIFY(!waitFor(schedule->saveSchedule()).validationError.isEmpty());
        QCOMPARE(requestsSent(), before);
        entries->removeEntry(entries->rowCount() - 1);

        // Cleared: no entries, here and on the server.
        const Outcome cleared = waitFor(schedule->clearSchedule());
        QVERIFY2(cleared.success, qPrintable(cleared.errorText));
        QCOMPARE(entries->rowCount(), 0);
        QVERIFY(schedule->schedule().entries.isEmpty());
    }

    void upgradeWindowIsSetAndRemoved()
    {
        ServiceScheduleViewModel *schedule = m_details->schedule();
        QVERIFY(loadPart(schedule, u"production-analytics"_s));
        QVERIFY(schedule->upgradeWindow().has_value());
        QCOMPARE(schedule->upgradeWindow()->weekday, 0);
        QCOMPARE(schedule->upgradeWindow()->startHourUtc, 6);

        const int before = requestsSent();
        QVERIFY(!waitFor(schedule->setUpgradeWindow(2, 7)).validationError.isEmpty());
        QCOMPARE(requestsSent(), before);

        const Outcome set = waitFor(schedule->setUpgradeWindow(2, 12));
        QVERIFY2(set.success, qPrintable(set.errorText));
        QCOMPARE(schedule->upgradeWindow()->weekday, 2);
        const QJsonObject server
            = raw("GET", servicePath(m_details->serviceId(), u"/upgradeWindow"_s))[u"result"_s].toObject();
        QCOMPARE(server[u"weekday"_s].toInt(), 2);
        QCOMPARE(server[u"startHourUtc"_s].toInt(), 12);

        const Outcome removed = waitFor(schedule->removeUpgradeWindow());
        QVERIFY2(removed.success, qPrintable(removed.errorText));
        QVERIFY(!schedule->upgradeWindow());
        // A fresh load of a service without a window: no window, no error.
        schedule->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(schedule->state(), ServicePartViewModel::State::Loaded, 15000);
        QVERIFY(!schedule->upgradeWindow());
    }

    void backupBucketIsCreatedUpdatedAndDeleted()
    {
        ServiceBackupBucketViewModel *bucket = m_details->backupBucket();
        QVERIFY(loadPart(bucket, u"ml-features"_s));
        QVERIFY(!bucket->bucket()); // none: a 404 is not an error
        QVERIFY(bucket->errorText().isEmpty());

        // Creating needs the secret: refused before anything is sent.
        BackupBucketRequest incomplete;
        incomplete.provider = u"GCP"_s;
        incomplete.bucketPath = u"gs://acme-backups/ml"_s;
        incomplete.accessKeyId = u"GOOG1EXAMPLEKEYID"_s;
        const int before = requestsSent();
        QVERIFY(!waitFor(bucket->save(incomplete)).validationError.isEmpty());
        QCOMPARE(requestsSent(), before);

        const QString secret = u"hmac-secret-that-must-not-leak-7f3a"_s;
        BackupBucketRequest create = incomplete;
        create.secretAccessKey = Secret(secret);
        const Outcome created = waitFor(bucket->save(create));
        QVERIFY2(created.success, qPrintable(created.errorText));
        QVERIFY(bucket->bucket());
        QCOMPARE(bucket->bucket()->provider, u"GCP"_s);
        QCOMPARE(bucket->bucket()->accessKeyId, u"GOOG1EXAMPLEKEYID"_s);

        // An update without a secret keeps the stored one.
        BackupBucketRequest update;
        update.provider = u"GCP"_s;
        update.bucketPath = u"gs://acme-backups/ml-2"_s;
        const Outcome updated = waitFor(bucket->save(update));
        QVERIFY2(updated.success, qPrintable(updated.errorText));
        QCOMPARE(bucket->bucket()->bucketPath, u"gs://acme-backups/ml-2"_s);

        // The secret went once and is nowhere in what the app logged.
        const QList<RequestLogEntry> entries = m_session->requestLog()->entries();
        for (const RequestLogEntry &entry : entries) {
            QVERIFY(!entry.requestBody.contains(secret.toUtf8()));
            QVERIFY(!entry.responseBody.contains(secret.toUtf8()));
        }

        const Outcome removed = waitFor(bucket->remove());
        QVERIFY2(removed.success, qPrintable(removed.errorText));
        QVERIFY(!bucket->bucket());
        QCOMPARE(raw("GET", servicePath(m_details->serviceId(), u"/backupBucket"_s))[u"status"_s].toInt(), 404);
    }

    void privateEndpointConfigAndAddingAnId()
    {
        ServicePrivateEndpointViewModel *endpoint = m_details->privateEndpoint();
        QVERIFY(loadPart(endpoint, u"eu-reporting"_s));
        const QJsonObject rawConfig
            = raw("GET", servicePath(m_details->serviceId(), u"/privateEndpointConfig"_s))[u"result"_s].toObject();
        QVERIFY(endpoint->config());
        QCOMPARE(endpoint->config()->endpointServiceId, rawConfig[u"endpointServiceId"_s].toString());
        QCOMPARE(endpoint->config()->privateDnsHostname, rawConfig[u"privateDnsHostname"_s].toString());
        QVERIFY(!endpoint->config()->privateDnsHostname.isEmpty());

        const int before = requestsSent();
        QVERIFY(!waitFor(endpoint->addEndpoint(u"  "_s, {})).validationError.isEmpty());
        QVERIFY(!waitFor(endpoint->addEndpoint(u"has space"_s, {})).validationError.isEmpty());
        QCOMPARE(requestsSent(), before);

        QSignalSpy added(endpoint, &ServicePrivateEndpointViewModel::endpointAdded);
        const Outcome ok = waitFor(endpoint->addEndpoint(u"psc-0123456789abcdef"_s, u"analytics VPC"_s));
        QVERIFY2(ok.success, qPrintable(ok.errorText));
        QCOMPARE(added.count(), 1);
        QCOMPARE(endpoint->added().size(), 1);
        QCOMPARE(endpoint->added().first().description, u"analytics VPC"_s);
        const QJsonObject service = raw("GET", servicePath(m_details->serviceId(), QString()))[u"result"_s].toObject();
        QVERIFY(service[u"privateEndpointIds"_s].toArray().contains(u"psc-0123456789abcdef"_s));

        // The same id again: the server's conflict message, nothing added here.
        const Outcome again = waitFor(endpoint->addEndpoint(u"psc-0123456789abcdef"_s, {}));
        QVERIFY(!again.success);
        QVERIFY2(again.errorText.contains(u"already"_s), qPrintable(again.errorText));
        QCOMPARE(endpoint->added().size(), 1);
    }

    void selectingAnotherServiceCancelsThePartsLoads()
    {
        auto slow = spentSession();
        QVERIFY(slow);
        ServiceDetailsViewModel details(m_services.get());
        details.setContext(slow.get(), m_organizationId);
        details.setServiceId(idOf(u"production-analytics"_s));
        details.settings()->ensureLoaded();
        details.queryEndpoint()->ensureLoaded();
        QCOMPARE(details.settings()->state(), ServicePartViewModel::State::Loading);
        QCOMPARE(details.settings()->runningCallCount(), 2);
        QCOMPARE(details.queryEndpoint()->runningCallCount(), 2);
        QCOMPARE(slow->scheduler()->status().totalQueued(), 4);

        details.setServiceId(idOf(u"ml-features"_s));
        QCOMPARE(slow->scheduler()->status().totalQueued(), 0);
        QCOMPARE(details.settings()->runningCallCount(), 0);
        QCOMPARE(details.queryEndpoint()->runningCallCount(), 0);
        QCOMPARE(details.queryEndpoint()->state(), ServicePartViewModel::State::NotLoaded);
        QCOMPARE(details.settings()->state(), ServicePartViewModel::State::NotLoaded);
        QVERIFY(details.settings()->errorText().isEmpty());
        QCOMPARE(details.settings()->model()->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServiceConfigViewModels)
#include "tst_serviceconfigviewmodels.moc"
