// ServicesViewModel against a running emulator (--transition-ms 200): loading,
// filters on the proxy, state changes followed by polling, client-side
// validation that sends nothing, create with its one-time password, rename, IP
// access list, scaling, tags, and delete with the 409-after-stop retry.

#include "EmulatorProcess.h"
#include "api/ApiSession.h"
#include "api/CloudApi.h"
#include "api/RequestLog.h"
#include "api/RequestScheduler.h"
#include "domain/ServiceState.h"
#include "viewmodels/BackupListModel.h"
#include "viewmodels/ServiceDetailsViewModel.h"
#include "viewmodels/ServicePoller.h"
#include "viewmodels/ServicesFilterModel.h"
#include "viewmodels/ServicesViewModel.h"

#include <QAbstractItemModelTester>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace chcloud;

Q_DECLARE_METATYPE(ServiceStateKind)

namespace {

/// How an operation ended, captured inside finished() (the operation deletes itself afterwards).
struct Outcome
{
    bool done = false;
    bool success = false;
    QString errorText;
    QString validationError;
    std::optional<ApiError> error;
    QString serviceId;
    int attempts = 0;
    QString password; ///< first takePassword()
    bool passwordGoneAfterTake = false; ///< a second takePassword() was empty
};

Outcome waitFor(ServiceOperation *operation, int timeoutMs = 20000)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(operation, &ServiceOperation::finished, operation, [operation, outcome] {
        outcome->done = true;
        outcome->success = operation->isSuccess();
        outcome->errorText = operation->errorText();
        outcome->validationError = operation->validationError();
        outcome->error = operation->error();
        outcome->serviceId = operation->serviceId();
        outcome->attempts = operation->attempts();
        outcome->password = operation->takePassword().reveal();
        outcome->passwordGoneAfterTake = operation->takePassword().isEmpty();
    });
    if (!QTest::qWaitFor([&] { return outcome->done; }, timeoutMs))
        qWarning("the operation did not end in time");
    return *outcome;
}

} // namespace

class TestServicesViewModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorProcess> m_emulator;
    QString m_organizationId;
    std::unique_ptr<ApiSession> m_session;
    std::unique_ptr<ServicesViewModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    /// A raw call to the emulator, bypassing the app.
    QJsonObject raw(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return m_emulator->raw(method, path, body);
    }

    QJsonArray rawServices()
    {
        return raw("GET", u"/v1/organizations/"_s + m_organizationId + u"/services"_s)[u"result"_s].toArray();
    }

    QString idOf(const QString &name) const
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->serviceAt(row)->name == name)
                return m_model->serviceAt(row)->id;
        }
        return {};
    }

    ServiceStateKind stateOf(const QString &serviceId) const
    {
        const auto service = m_model->service(serviceId);
        return service ? service->state.kind() : ServiceStateKind::Unknown;
    }

    int requestsSent() const { return int(m_session->requestLog()->size()); }

    /// A second session to the same emulator whose budget is one request per
    /// minute, already spent when it is returned: whatever it is asked next waits
    /// in its scheduler's queue, where a test can see it stay or go.
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

    /// Paths of what the session sent (cancelled in-flight requests included).
    static QStringList sentPaths(const ApiSession &session)
    {
        QStringList paths;
        const QList<RequestLogEntry> entries = session.requestLog()->entries();
        for (const RequestLogEntry &entry : entries)
            paths.append(QString::fromLatin1(entry.method) + u' ' + entry.pathAndQuery);
        return paths;
    }

    /// Stops serviceId and waits until the list says stopped.
    bool stopAndWait(const QString &serviceId)
    {
        const Outcome outcome = waitFor(m_model->changeState(serviceId, ServiceCommand::Stop));
        if (!outcome.success)
            return false;
        return QTest::qWaitFor([&] { return stateOf(serviceId) == ServiceStateKind::Stopped; }, 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_emulator = std::make_unique<test::EmulatorProcess>(
            QStringList { u"--transition-ms"_s, u"200"_s, u"--rate-limit"_s, u"1000"_s, u"--rate-window-ms"_s,
                          u"1000"_s, u"--delete-conflict-ms"_s, u"3000"_s });
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        m_organizationId = raw("GET", u"/_emulator/health"_s)[u"organizationId"_s].toString();
        QVERIFY(!m_organizationId.isEmpty());

        SchedulerConfig config;
        config.limit = 1000;
        config.window = std::chrono::milliseconds(1000);
        auto opened
            = ApiSession::open(m_emulator->baseUrl(), m_emulator->keyId(), Secret(m_emulator->keySecret()), config);
        QVERIFY(opened);
        m_session = std::move(opened).value();
        m_model = std::make_unique<ServicesViewModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setContext(m_session.get(), m_organizationId);
        m_model->setDeleteRetry(5, 300);
        QSignalSpy refreshed(m_model.get(), &ServicesViewModel::refreshed);
        m_model->refresh();
        QVERIFY(refreshed.wait(20000));
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_model.reset();
        m_session.reset();
        m_emulator.reset();
    }

    void loadsEveryService()
    {
        QVERIFY(m_model->isLoaded());
        QVERIFY(m_model->errorText().isEmpty());
        QCOMPARE(m_model->rowCount(), int(rawServices().size()));
        QVERIFY(m_model->rowCount() >= 6);
        const QString id = idOf(u"production-analytics"_s);
        QVERIFY(!id.isEmpty());
        const int row = m_model->rowOfService(id);
        const auto cell = [&](int column) {
            return m_model->index(row, column).data().toString();
        };
        QCOMPARE(cell(ServicesViewModel::NameColumn), u"production-analytics"_s);
        QVERIFY(cell(ServicesViewModel::LocationColumn).contains(u"us-east-1"_s));
        QCOMPARE(cell(ServicesViewModel::MemoryColumn), u"16–64 GiB"_s);
        QVERIFY(cell(ServicesViewModel::TagsColumn).contains(u"env=production"_s));
        QCOMPARE(m_model->index(row, 0).data(ServicesViewModel::StateKindRole).toInt(), int(ServiceStateKind::Running));
        // The list load went out at visible priority.
        const auto entries = m_session->requestLog()->entries();
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const RequestLogEntry &entry) {
            return entry.operationId == u"instanceGetList"_s && entry.priority == RequestPriority::Visible;
        }));
    }

    void refreshUpdatesInPlace()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        const QString id = idOf(u"dev-sandbox"_s);
        raw("PATCH", u"/v1/organizations/"_s + m_organizationId + u"/services/"_s + id,
            QJsonObject { { u"name"_s, u"dev-sandbox-2"_s } });
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy refreshed(m_model.get(), &ServicesViewModel::refreshed);
        m_model->refresh();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(m_model->service(id)->name, u"dev-sandbox-2"_s);
        raw("PATCH", u"/v1/organizations/"_s + m_organizationId + u"/services/"_s + id,
            QJsonObject { { u"name"_s, u"dev-sandbox"_s } });
        m_model->refresh();
        QVERIFY(refreshed.wait(20000));
    }

    void stateTexts_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("text");
        QTest::newRow("running") << u"running"_s << u"Running"_s;
        QTest::newRow("stopping shows progress") << u"stopping"_s << u"Stopping…"_s;
        QTest::newRow("provisioning shows progress") << u"provisioning"_s << u"Provisioning…"_s;
        QTest::newRow("partially running") << u"partially_running"_s << u"Partially running"_s;
        QTest::newRow("unknown keeps the raw text") << u"hibernating"_s << u"unknown (hibernating)"_s;
    }

    void stateTexts()
    {
        QFETCH(QString, raw);
        QFETCH(QString, text);
        QCOMPARE(ServicesViewModel::stateText(ServiceState::fromString(raw)), text);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("state"); // -1: any
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("text matches names") << u"analytics"_s << -1 << QString() << QString()
                                            << QStringList { u"production-analytics"_s, u"staging-analytics"_s };
        QTest::newRow("text matches regions")
            << u"germanywestcentral"_s << -1 << QString() << QString() << QStringList { u"archive-cold"_s };
        QTest::newRow("state stopped") << QString() << int(ServiceStateKind::Stopped) << QString() << QString()
                                       << QStringList { u"archive-cold"_s, u"staging-analytics"_s };
        QTest::newRow("state degraded") << QString() << int(ServiceStateKind::Degraded) << QString() << QString()
                                        << QStringList { u"legacy-etl"_s };
        QTest::newRow("provider gcp") << QString() << -1 << u"gcp"_s << QString()
                                      << QStringList { u"dev-sandbox"_s, u"eu-reporting"_s };
        QTest::newRow("tag with value") << QString() << -1 << QString() << u"team=ml"_s
                                        << QStringList { u"ml-features"_s };
        QTest::newRow("tag key only") << QString() << -1 << QString() << u"ephemeral"_s
                                      << QStringList { u"dev-sandbox"_s };
        QTest::newRow("filters combine") << QString() << -1 << u"aws"_s << u"env=production"_s
                                         << QStringList { u"production-analytics"_s };
        QTest::newRow("nothing matches") << u"no-such-service"_s << -1 << QString() << QString() << QStringList();
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(int, state);
        QFETCH(QString, provider);
        QFETCH(QString, tag);
        QFETCH(QStringList, expected);
        ServicesFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_model.get());
        const int sentBefore = requestsSent();
        proxy.setTextFilter(text);
        proxy.setStateFilter(state < 0 ? std::nullopt : std::optional(ServiceStateKind(state)));
        proxy.setProviderFilter(provider);
        proxy.setTagFilter(tag);
        proxy.sort(ServicesViewModel::NameColumn);
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names.append(proxy.index(row, ServicesViewModel::NameColumn).data().toString());
        QCOMPARE(names, expected);
        QCOMPARE(requestsSent(), sentBefore); // filtering is local: no request
    }

    void tagListOffersEveryTag()
    {
        const QStringList tags = m_model->allTags();
        QVERIFY(tags.contains(u"env=production"_s));
        QVERIFY(tags.contains(u"env"_s));
        QVERIFY(tags.contains(u"ephemeral"_s));
        QCOMPARE(m_model->providers(), (QStringList { u"aws"_s, u"azure"_s, u"gcp"_s }));
    }

    void stopThenStartFollowedByPolling()
    {
        const QString id = idOf(u"production-analytics"_s);
        QCOMPARE(stateOf(id), ServiceStateKind::Running);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

        const Outcome stopped = waitFor(m_model->changeState(id, ServiceCommand::Stop));
        QVERIFY2(stopped.success, qPrintable(stopped.errorText));
        QCOMPARE(stateOf(id), ServiceStateKind::Stopping);
        QVERIFY(m_model->poller()->isWatching(id));
        QCOMPARE(m_model->index(m_model->rowOfService(id), ServicesViewModel::StateColumn).data().toString(),
                 u"Stopping…"_s);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), ServiceStateKind::Stopped, 15000);
        QVERIFY(!m_model->poller()->isWatching(id));

        const Outcome started = waitFor(m_model->changeState(id, ServiceCommand::Start));
        QVERIFY2(started.success, qPrintable(started.errorText));
        QCOMPARE(stateOf(id), ServiceStateKind::Starting);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), ServiceStateKind::Running, 15000);
        QTRY_VERIFY(!m_model->poller()->isWatching(id));
        QCOMPARE(m_model->poller()->watchCount(), 0);
        QCOMPARE(reset.count(), 0);

        // Commands went out at interactive priority, polls at background priority.
        const auto entries = m_session->requestLog()->entries();
        int polls = 0;
        for (const RequestLogEntry &entry : entries) {
            if (entry.operationId == u"instanceStateUpdate"_s)
                QCOMPARE(entry.priority, RequestPriority::Interactive);
            if (entry.operationId == u"instanceGet"_s) {
                QCOMPARE(entry.priority, RequestPriority::Background);
                ++polls;
            }
        }
        QVERIFY(polls >= 2);
    }

    void pollingBacksOffAndStopsWithTheContext()
    {
        ServicePoller poller;
        poller.setContext(m_session.get(), m_organizationId);
        poller.setIntervals(std::chrono::milliseconds(50), std::chrono::milliseconds(400));
        poller.watch(idOf(u"production-analytics"_s)); // running: one fetch, then it settles
        QSignalSpy fetched(&poller, &ServicePoller::serviceFetched);
        QVERIFY(fetched.wait(5000));
        QTRY_COMPARE(poller.watchCount(), 0);

        poller.watch(idOf(u"staging-analytics"_s));
        poller.watch(idOf(u"archive-cold"_s));
        QCOMPARE(poller.watchCount(), 2);
        poller.setContext(nullptr, {});
        QCOMPARE(poller.watchCount(), 0);
        const int fetches = poller.fetchCount();
        fetched.clear();
        // Longer than the longest poll interval: a poll still scheduled would have fetched by then.
        QVERIFY(!fetched.wait(600));
        QCOMPARE(poller.fetchCount(), fetches);
    }

    void createRejectedBeforeSending_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("minMemory");
        QTest::addColumn<int>("maxMemory");
        QTest::addColumn<int>("replicas");
        QTest::addColumn<int>("idleTimeout");
        QTest::addColumn<QString>("source");
        QTest::newRow("empty name") << u"  "_s << 8 << 16 << 2 << 15 << u"10.0.0.0/8"_s;
        QTest::newRow("name of 51 characters") << QString(51, u'a') << 8 << 16 << 2 << 15 << u"10.0.0.0/8"_s;
        QTest::newRow("memory not a multiple of 4") << u"svc"_s << 10 << 16 << 2 << 15 << u"10.0.0.0/8"_s;
        QTest::newRow("memory below 8") << u"svc"_s << 4 << 16 << 2 << 15 << u"10.0.0.0/8"_s;
        QTest::newRow("memory above 356") << u"svc"_s << 8 << 360 << 2 << 15 << u"10.0.0.0/8"_s;
        QTest::newRow("min above max") << u"svc"_s << 32 << 16 << 2 << 15 << u"10.0.0.0/8"_s;
        QTest::newRow("zero replicas") << u"svc"_s << 8 << 16 << 0 << 15 << u"10.0.0.0/8"_s;
        QTest::newRow("21 replicas") << u"svc"_s << 8 << 16 << 21 << 15 << u"10.0.0.0/8"_s;
        QTest::newRow("idle timeout 4 minutes") << u"svc"_s << 8 << 16 << 2 << 4 << u"10.0.0.0/8"_s;
        QTest::newRow("CIDR prefix too long") << u"svc"_s << 8 << 16 << 2 << 15 << u"10.0.0.0/33"_s;
        QTest::newRow("not an address") << u"svc"_s << 8 << 16 << 2 << 15 << u"10.0.0.300"_s;
    }

    void createRejectedBeforeSending()
    {
        QFETCH(QString, name);
        QFETCH(int, minMemory);
        QFETCH(int, maxMemory);
        QFETCH(int, replicas);
        QFETCH(int, idleTimeout);
        QFETCH(QString, source);
        ServiceCreateRequest request;
        request.name = name;
        request.provider = u"aws"_s;
        request.region = u"us-east-1"_s;
        request.minReplicaMemoryGb = minMemory;
        request.maxReplicaMemoryGb = maxMemory;
        request.numReplicas = replicas;
        request.idleScaling = true;
        request.idleTimeoutMinutes = idleTimeout;
        request.ipAccessList = { { source, u"office"_s } };
        const int rows = m_model->rowCount();
        const int sent = requestsSent();
        const Outcome outcome = waitFor(m_model->createService(request));
        QVERIFY(outcome.done);
        QVERIFY(!outcome.success);
        QVERIFY(!outcome.validationError.isEmpty());
        QVERIFY(!outcome.error.has_value());
        QCOMPARE(requestsSent(), sent);
        QCOMPARE(m_model->rowCount(), rows);
    }

    void createDeliversPasswordOnce()
    {
        ServiceCreateRequest request;
        request.name = u"created-by-test"_s;
        request.provider = u"gcp"_s;
        request.region = u"europe-west4"_s;
        request.minReplicaMemoryGb = 8;
        request.maxReplicaMemoryGb = 16;
        request.numReplicas = 2;
        request.idleScaling = true;
        request.idleTimeoutMinutes = 10;
        request.ipAccessList = { { u"203.0.113.0/24"_s, u"office"_s } };
        request.tags = { { u"env"_s, u"test"_s } };
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        const Outcome outcome = waitFor(m_model->createService(request));
        QVERIFY2(outcome.success, qPrintable(outcome.errorText));
        QVERIFY(!outcome.serviceId.isEmpty());
        QVERIFY(!outcome.password.isEmpty());
        QVERIFY(outcome.passwordGoneAfterTake);
        QCOMPARE(inserted.count(), 1);
        const auto created = m_model->service(outcome.serviceId);
        QVERIFY(created);
        QCOMPARE(created->name, u"created-by-test"_s);
        QCOMPARE(created->ipAccessList.size(), 1);
        // provisioning → running, followed by the poller.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(outcome.serviceId), ServiceStateKind::Running, 15000);
        const auto entries = m_session->requestLog()->entries();
        const auto creates = std::count_if(entries.cbegin(), entries.cend(), [](const RequestLogEntry &entry) {
            return entry.operationId == u"instanceCreate"_s;
        });
        QCOMPARE(creates, 1);
    }

    void serverRejectionSurfaced()
    {
        // The emulator refuses a region that does not belong to the provider; the server's text comes through.
        ServiceCreateRequest request;
        request.name = u"wrong-region"_s;
        request.provider = u"aws"_s;
        request.region = u"europe-west4"_s;
        request.ipAccessList = { { u"203.0.113.0/24"_s, QString() } };
        raw("POST", u"/_emulator/faults"_s,
            QJsonObject {
                { u"failNext"_s, 1 }, { u"failNextStatus"_s, 400 }, { u"methods"_s, QJsonArray { u"POST"_s } } });
        const Outcome outcome = waitFor(m_model->createService(request));
        raw("POST", u"/_emulator/faults/reset"_s);
        QVERIFY(!outcome.success);
        QVERIFY(outcome.error.has_value());
        QCOMPARE(outcome.error->httpStatus, 400);
        QVERIFY(!outcome.errorText.isEmpty());
        QVERIFY(idOf(u"wrong-region"_s).isEmpty());
    }

    void rename()
    {
        const QString id = idOf(u"eu-reporting"_s);
        const Outcome refused = waitFor(m_model->renameService(id, QString()));
        QVERIFY(!refused.success);
        QVERIFY(!refused.validationError.isEmpty());

        const Outcome renamed = waitFor(m_model->renameService(id, u"eu-reporting-renamed"_s));
        QVERIFY2(renamed.success, qPrintable(renamed.errorText));
        QCOMPARE(m_model->service(id)->name, u"eu-reporting-renamed"_s);
        QCOMPARE(m_model->index(m_model->rowOfService(id), ServicesViewModel::NameColumn).data().toString(),
                 u"eu-reporting-renamed"_s);
    }

    void ipAccessListAddAndRemove()
    {
        const QString id = idOf(u"ml-features"_s);
        const QList<IpAccessListEntry> before = m_model->service(id)->ipAccessList;
        QVERIFY(!before.isEmpty());
        ListPatch<IpAccessListEntry> patch;
        patch.add = { { u"192.0.2.55"_s, u"vpn"_s } };
        patch.remove = { before.first() };
        const Outcome outcome = waitFor(m_model->updateIpAccessList(id, patch));
        QVERIFY2(outcome.success, qPrintable(outcome.errorText));
        const QList<IpAccessListEntry> after = m_model->service(id)->ipAccessList;
        QVERIFY(after.contains(IpAccessListEntry { u"192.0.2.55"_s, u"vpn"_s }));
        QVERIFY(!after.contains(before.first()));
        QCOMPARE(after.size(), before.size());

        ListPatch<IpAccessListEntry> invalid;
        invalid.add = { { u"300.1.1.1/8"_s, QString() } };
        const int sent = requestsSent();
        const Outcome refused = waitFor(m_model->updateIpAccessList(id, invalid));
        QVERIFY(!refused.success);
        QVERIFY(!refused.validationError.isEmpty());
        QCOMPARE(requestsSent(), sent);
    }

    void scalingUpdate()
    {
        const QString id = idOf(u"production-analytics"_s);
        ReplicaScalingRequest request;
        request.minReplicaMemoryGb = 24;
        request.maxReplicaMemoryGb = 48;
        request.numReplicas = 2;
        request.idleScaling = true;
        request.idleTimeoutMinutes = 30;
        const Outcome outcome = waitFor(m_model->updateScaling(id, request));
        QVERIFY2(outcome.success, qPrintable(outcome.errorText));
        const Service service = *m_model->service(id);
        QCOMPARE(service.minReplicaMemoryGb, 24);
        QCOMPARE(service.maxReplicaMemoryGb, 48);
        QCOMPARE(service.numReplicas, 2);
        QCOMPARE(service.idleTimeoutMinutes, 30);
        QCOMPARE(m_model->index(m_model->rowOfService(id), ServicesViewModel::MemoryColumn).data().toString(),
                 u"24–48 GiB"_s);

        request.idleTimeoutMinutes = 3;
        const int sent = requestsSent();
        const Outcome refused = waitFor(m_model->updateScaling(id, request));
        QVERIFY(!refused.validationError.isEmpty());
        QCOMPARE(requestsSent(), sent);
    }

    void autoscalingModeShowsAndSwitches()
    {
        const QString id = idOf(u"archive-cold"_s);
        const auto modeCell = [&] {
            return m_model->index(m_model->rowOfService(id), ServicesViewModel::AutoscalingColumn).data().toString();
        };
        QCOMPARE(m_model->headerData(ServicesViewModel::AutoscalingColumn, Qt::Horizontal).toString(),
                 u"Autoscaling"_s);
        QCOMPARE(modeCell(), u"Vertical"_s);
        QCOMPARE(m_model->index(m_model->rowOfService(idOf(u"ml-features"_s)), ServicesViewModel::AutoscalingColumn)
                     .data()
                     .toString(),
                 u"Horizontal"_s);

        // To horizontal: one memory size and a replica band, with the mode in the request body.
        ReplicaScalingRequest horizontal;
        horizontal.autoscalingMode = u"horizontal"_s;
        horizontal.minReplicaMemoryGb = 32;
        horizontal.maxReplicaMemoryGb = 32;
        horizontal.minReplicas = 2;
        horizontal.maxReplicas = 4;
        const Outcome switched = waitFor(m_model->updateScaling(id, horizontal));
        QVERIFY2(switched.success, qPrintable(switched.errorText));
        QCOMPARE(m_model->service(id)->autoscalingMode, u"horizontal"_s);
        QCOMPARE(m_model->service(id)->minReplicas, 2);
        QCOMPARE(m_model->service(id)->maxReplicas, 4);
        QCOMPARE(modeCell(), u"Horizontal"_s);
        QCOMPARE(m_model->index(m_model->rowOfService(id), ServicesViewModel::ReplicasColumn).data().toString(),
                 u"2–4"_s);

        // Back to vertical with a fixed count.
        ReplicaScalingRequest vertical;
        vertical.autoscalingMode = u"vertical"_s;
        vertical.minReplicaMemoryGb = 24;
        vertical.maxReplicaMemoryGb = 120;
        vertical.numReplicas = 3;
        const Outcome back = waitFor(m_model->updateScaling(id, vertical));
        QVERIFY2(back.success, qPrintable(back.errorText));
        QCOMPARE(m_model->service(id)->autoscalingMode, u"vertical"_s);
        QCOMPARE(modeCell(), u"Vertical"_s);
    }

    void scalingShapeIsCheckedBeforeSending_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("minMemory");
        QTest::addColumn<int>("maxMemory");
        QTest::addColumn<int>("numReplicas"); // 0: not sent
        QTest::addColumn<int>("minReplicas"); // 0: not sent
        QTest::addColumn<int>("maxReplicas"); // 0: not sent
        QTest::addColumn<QString>("expected");
        QTest::newRow("horizontal without a band")
            << u"horizontal"_s << 16 << 16 << 3 << 0 << 0 << u"minimum and a maximum"_s;
        QTest::newRow("horizontal with a memory range")
            << u"horizontal"_s << 16 << 32 << 0 << 1 << 3 << u"one memory size"_s;
        QTest::newRow("vertical with an unequal band") << u"vertical"_s << 16 << 32 << 0 << 1 << 3 << u"fixed number"_s;
        QTest::newRow("band minimum above maximum")
            << u"horizontal"_s << 16 << 16 << 0 << 5 << 2 << u"must not exceed"_s;
        QTest::newRow("band and fixed count together") << QString() << 16 << 16 << 2 << 2 << 2 << u"not both"_s;
        QTest::newRow("band above 20") << u"horizontal"_s << 16 << 16 << 0 << 2 << 21 << u"between 1 and 20"_s;
    }

    void scalingShapeIsCheckedBeforeSending()
    {
        QFETCH(QString, mode);
        QFETCH(int, minMemory);
        QFETCH(int, maxMemory);
        QFETCH(int, numReplicas);
        QFETCH(int, minReplicas);
        QFETCH(int, maxReplicas);
        QFETCH(QString, expected);
        ReplicaScalingRequest request;
        request.autoscalingMode = mode;
        request.minReplicaMemoryGb = minMemory;
        request.maxReplicaMemoryGb = maxMemory;
        if (numReplicas > 0)
            request.numReplicas = numReplicas;
        if (minReplicas > 0)
            request.minReplicas = minReplicas;
        if (maxReplicas > 0)
            request.maxReplicas = maxReplicas;
        const int sent = requestsSent();
        const Outcome refused = waitFor(m_model->updateScaling(idOf(u"archive-cold"_s), request));
        QVERIFY(!refused.success);
        QVERIFY2(refused.validationError.contains(expected), qPrintable(refused.validationError));
        QCOMPARE(requestsSent(), sent);
    }

    void tagsUpdate()
    {
        const QString id = idOf(u"legacy-etl"_s);
        ListPatch<ResourceTag> patch;
        patch.add = { { u"owner"_s, u"platform"_s } };
        patch.remove = { { u"team"_s, u"data"_s } };
        const Outcome outcome = waitFor(m_model->updateTags(id, patch));
        QVERIFY2(outcome.success, qPrintable(outcome.errorText));
        const QList<ResourceTag> tags = m_model->service(id)->tags;
        QVERIFY(tags.contains(ResourceTag { u"owner"_s, u"platform"_s }));
        QVERIFY(!tags.contains(ResourceTag { u"team"_s, u"data"_s }));
        QVERIFY(m_model->allTags().contains(u"owner=platform"_s));
    }

    void resetPasswordDeliversOnce()
    {
        const Outcome outcome = waitFor(m_model->resetPassword(idOf(u"archive-cold"_s)));
        QVERIFY2(outcome.success, qPrintable(outcome.errorText));
        QVERIFY(!outcome.password.isEmpty());
        QVERIFY(outcome.passwordGoneAfterTake);
    }

    void deleteRefusedWhileRunning()
    {
        const QString id = idOf(u"ml-features"_s);
        QCOMPARE(stateOf(id), ServiceStateKind::Running);
        const Outcome outcome = waitFor(m_model->deleteService(id));
        QVERIFY(!outcome.success);
        QVERIFY(outcome.error.has_value());
        QCOMPARE(outcome.error->kind, ApiErrorKind::Conflict);
        QCOMPARE(outcome.attempts, 1); // not retried: the service is not stopped
        QVERIFY(!outcome.errorText.isEmpty());
        QVERIFY(m_model->service(id).has_value());
    }

    void deleteRightAfterStoppingRetries()
    {
        // The emulator answers 409 within 3 s of the stop (--delete-conflict-ms).
        const QString id = idOf(u"eu-reporting-renamed"_s);
        QVERIFY(stopAndWait(id));
        QSignalSpy removed(m_model.get(), &ServicesViewModel::serviceRemoved);
        const Outcome outcome = waitFor(m_model->deleteService(id));
        QVERIFY2(outcome.success, qPrintable(outcome.errorText));
        QVERIFY(outcome.attempts > 1);
        QCOMPARE(removed.count(), 1);
        QVERIFY(!m_model->service(id).has_value());
    }

    void deleteGivesUpWithServerMessage()
    {
        const QString id = idOf(u"staging-analytics"_s);
        QCOMPARE(stateOf(id), ServiceStateKind::Stopped);
        raw("POST", u"/_emulator/faults"_s,
            QJsonObject {
                { u"failNext"_s, 50 }, { u"failNextStatus"_s, 409 }, { u"methods"_s, QJsonArray { u"DELETE"_s } } });
        const Outcome outcome = waitFor(m_model->deleteService(id));
        raw("POST", u"/_emulator/faults/reset"_s);
        QVERIFY(!outcome.success);
        QCOMPARE(outcome.error->kind, ApiErrorKind::Conflict);
        QCOMPARE(outcome.attempts, 5);
        QVERIFY(!outcome.errorText.isEmpty());
        QVERIFY(m_model->service(id).has_value());

        const Outcome again = waitFor(m_model->deleteService(id));
        QVERIFY2(again.success, qPrintable(again.errorText));
        QCOMPARE(again.attempts, 1);
        QVERIFY(!m_model->service(id).has_value());
    }

    void detailsLoadBackupsOnDemand()
    {
        ServiceDetailsViewModel details(m_model.get());
        details.setContext(m_session.get(), m_organizationId);
        details.setServiceId(idOf(u"production-analytics"_s));
        QCOMPARE(details.backupsState(), ServiceDetailsViewModel::PartState::NotLoaded);
        QSignalSpy backups(&details, &ServiceDetailsViewModel::backupsChanged);
        QSignalSpy config(&details, &ServiceDetailsViewModel::backupConfigurationChanged);
        details.ensureBackups();
        QTRY_COMPARE_WITH_TIMEOUT(details.backupsState(), ServiceDetailsViewModel::PartState::Loaded, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(details.backupConfigurationState(), ServiceDetailsViewModel::PartState::Loaded,
                                  15000);
        QVERIFY(details.backups()->rowCount() > 0);
        QVERIFY(details.backupConfiguration().has_value());

        BackupConfigurationUpdateRequest bad;
        bad.backupRetentionPeriodInHours = 30;
        QVERIFY(!waitFor(details.updateBackupConfiguration(bad)).validationError.isEmpty());
        BackupConfigurationUpdateRequest good;
        good.backupRetentionPeriodInHours = 48;
        good.backupPeriodInHours = 12;
        const Outcome updated = waitFor(details.updateBackupConfiguration(good));
        QVERIFY2(updated.success, qPrintable(updated.errorText));
        QCOMPARE(details.backupConfiguration()->backupRetentionPeriodInHours, 48.0);

        QSignalSpy privateEndpoint(&details, &ServiceDetailsViewModel::privateEndpointConfigChanged);
        details.ensurePrivateEndpointConfig();
        QTRY_VERIFY_WITH_TIMEOUT(details.privateEndpointState() != ServiceDetailsViewModel::PartState::Loading, 15000);
        QCOMPARE(details.privateEndpointState(), ServiceDetailsViewModel::PartState::Loaded);
    }

    void selectingAnotherServiceCancelsTheFirstOnesLoads()
    {
        auto slow = spentSession();
        QVERIFY(slow);
        ServiceDetailsViewModel details(m_model.get());
        details.setContext(slow.get(), m_organizationId);
        const QString first = idOf(u"production-analytics"_s);
        const QString second = idOf(u"ml-features"_s);
        QVERIFY(!first.isEmpty() && !second.isEmpty());

        details.setServiceId(first);
        details.ensureBackups();
        details.ensurePrivateEndpointConfig();
        QCOMPARE(slow->scheduler()->status().totalQueued(), 3);
        QCOMPARE(details.runningCallCount(), 3);

        QSignalSpy backups(&details, &ServiceDetailsViewModel::backupsChanged);
        details.setServiceId(second);
        // Nothing for the first service is left waiting for the budget.
        QCOMPARE(slow->scheduler()->status().totalQueued(), 0);
        QCOMPARE(details.runningCallCount(), 0);
        QCOMPARE(details.backupsState(), ServiceDetailsViewModel::PartState::NotLoaded);
        QVERIFY(details.backupsError().isEmpty());
        QCOMPARE(backups.count(), 0); // the Cancelled answers are not shown
        for (const QString &path : sentPaths(*slow))
            QVERIFY2(!path.contains(first), qPrintable(path));
        details.setContext(nullptr, {});
    }

    void refreshingSupersedesTheDetailsLoad()
    {
        auto slow = spentSession();
        QVERIFY(slow);
        ServiceDetailsViewModel details(m_model.get());
        details.setContext(slow.get(), m_organizationId);
        details.setServiceId(idOf(u"production-analytics"_s));
        details.refreshBackups();
        details.refreshBackups();
        details.refreshPrivateEndpointConfig();
        details.refreshPrivateEndpointConfig();
        // One of each, not two.
        QCOMPARE(slow->scheduler()->status().totalQueued(), 3);
        QCOMPARE(details.backupsState(), ServiceDetailsViewModel::PartState::Loading);
        QCOMPARE(details.privateEndpointState(), ServiceDetailsViewModel::PartState::Loading);
        details.setContext(nullptr, {});
        QCOMPARE(slow->scheduler()->status().totalQueued(), 0);
    }

    void refreshSupersedesTheRunningLoad()
    {
        auto slow = spentSession();
        QVERIFY(slow);
        ServicesViewModel model;
        model.setContext(slow.get(), m_organizationId);
        QSignalSpy busy(&model, &ServicesViewModel::busyChanged);
        QSignalSpy refreshed(&model, &ServicesViewModel::refreshed);
        model.refresh();
        model.refresh();
        model.refresh();
        QCOMPARE(slow->scheduler()->status().totalQueued(), 1);
        QCOMPARE(model.runningCallCount(), 1);
        QVERIFY(model.isBusy());
        QCOMPARE(busy.count(), 1);
        QCOMPARE(refreshed.count(), 0); // the superseded loads end silently
        QVERIFY(model.errorText().isEmpty());

        model.setContext(nullptr, {});
        QCOMPARE(slow->scheduler()->status().totalQueued(), 0);
        QVERIFY(!model.isBusy());
        QCOMPARE(refreshed.count(), 0);
        QVERIFY(model.errorText().isEmpty()); // Cancelled is no error to show
    }

    void newContextCancelsQueuedCommands()
    {
        auto slow = spentSession();
        QVERIFY(slow);
        ServicesViewModel model;
        model.setContext(slow.get(), m_organizationId);
        const QString id = idOf(u"production-analytics"_s);
        ServiceOperation *rename = model.renameService(id, u"never-sent"_s);
        QCOMPARE(slow->scheduler()->status().totalQueued(), 1);

        auto outcome = std::make_shared<Outcome>();
        connect(rename, &ServiceOperation::finished, rename, [rename, outcome] {
            outcome->done = true;
            outcome->error = rename->error();
            outcome->errorText = rename->errorText();
        });
        // The new context has a load waiting, so it is busy until that ends.
        auto other = spentSession();
        QVERIFY(other);
        model.setContext(other.get(), m_organizationId);
        QCOMPARE(slow->scheduler()->status().totalQueued(), 0);
        QSignalSpy busy(&model, &ServicesViewModel::busyChanged);
        model.refresh();
        QVERIFY(model.isBusy());
        QCOMPARE(busy.count(), 1);

        // The old context's command ends Cancelled, shown as nothing, and does
        // not end the new context's busy state.
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 15000);
        QVERIFY(outcome->error.has_value());
        QCOMPARE(outcome->error->kind, ApiErrorKind::Cancelled);
        QVERIFY(outcome->errorText.isEmpty());
        QVERIFY(model.isBusy());
        QCOMPARE(busy.count(), 1);
        for (const QString &path : sentPaths(*slow))
            QVERIFY2(!path.startsWith(u"PATCH"_s), qPrintable(path));
        model.setContext(nullptr, {});
    }

    void deleteRetryArmedBeforeContextChangeSendsNothing()
    {
        const QString id = idOf(u"ml-features"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(stopAndWait(id));

        auto first = ApiSession::open(m_emulator->baseUrl(), m_emulator->keyId(), Secret(m_emulator->keySecret()));
        auto second = ApiSession::open(m_emulator->baseUrl(), m_emulator->keyId(), Secret(m_emulator->keySecret()));
        QVERIFY(first && second);
        ServicesViewModel model;
        // Long enough that the test sees the 409 well before the retry is due.
        model.setDeleteRetry(5, 2000);
        model.setContext(first->get(), m_organizationId);
        QSignalSpy refreshed(&model, &ServicesViewModel::refreshed);
        model.refresh();
        QVERIFY(refreshed.wait(15000));
        QCOMPARE(model.service(id)->state.kind(), ServiceStateKind::Stopped);

        raw("POST", u"/_emulator/faults"_s,
            QJsonObject {
                { u"failNext"_s, 1 }, { u"failNextStatus"_s, 409 }, { u"methods"_s, QJsonArray { u"DELETE"_s } } });
        ServiceOperation *operation = model.deleteService(id);
        auto outcome = std::make_shared<Outcome>();
        connect(operation, &ServiceOperation::finished, operation, [operation, outcome] {
            outcome->done = true;
            outcome->error = operation->error();
            outcome->errorText = operation->errorText();
        });
        // The 409 has come back: the retry timer is armed now.
        const auto deletesSent = [](const ApiSession &session) {
            return int(sentPaths(session).filter(QRegularExpression(u"^DELETE "_s)).size());
        };
        QTRY_COMPARE_WITH_TIMEOUT(deletesSent(**first), 1, 15000);
        raw("POST", u"/_emulator/faults/reset"_s);
        QVERIFY(!outcome->done);

        model.setContext(second->get(), m_organizationId);
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 15000);
        QCOMPARE(outcome->error->kind, ApiErrorKind::Cancelled);
        QVERIFY(outcome->errorText.isEmpty());
        QCOMPARE(deletesSent(**first), 1);
        QCOMPARE(deletesSent(**second), 0);
        QVERIFY(!rawServices().isEmpty());
        bool stillThere = false;
        for (const QJsonValue &service : rawServices())
            stillThere = stillThere || service[u"id"_s].toString() == id;
        QVERIFY(stillThere);
        model.setContext(nullptr, {});
    }

    void pollerCancelsTheFetchOfAnUnwatchedService()
    {
        auto slow = spentSession();
        QVERIFY(slow);
        ServicePoller poller;
        poller.setContext(slow.get(), m_organizationId);
        poller.setIntervals(std::chrono::milliseconds(1), std::chrono::milliseconds(1));
        const QString id = idOf(u"production-analytics"_s);
        poller.watch(id);
        QTRY_COMPARE_WITH_TIMEOUT(poller.fetchCount(), 1, 15000);
        QCOMPARE(slow->scheduler()->status().totalQueued(), 1);
        QCOMPARE(poller.runningFetchCount(), 1);

        poller.unwatch(id);
        QCOMPARE(slow->scheduler()->status().totalQueued(), 0);
        QCOMPARE(poller.runningFetchCount(), 0);

        // The same for a new context.
        poller.watch(id);
        QTRY_COMPARE_WITH_TIMEOUT(poller.fetchCount(), 2, 15000);
        QCOMPARE(slow->scheduler()->status().totalQueued(), 1);
        poller.setContext(nullptr, {});
        QCOMPARE(slow->scheduler()->status().totalQueued(), 0);
        QCOMPARE(poller.watchCount(), 0);
    }

    void newContextStopsPolling()
    {
        const QString id = idOf(u"production-analytics"_s);
        const Outcome stopped = waitFor(m_model->changeState(id, ServiceCommand::Stop));
        QVERIFY(stopped.success);
        QVERIFY(m_model->poller()->watchCount() > 0);
        m_model->setContext(nullptr, {});
        QCOMPARE(m_model->poller()->watchCount(), 0);
        QCOMPARE(m_model->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServicesViewModel)
#include "tst_servicesviewmodel.moc"
