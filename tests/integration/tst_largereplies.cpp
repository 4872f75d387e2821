// Large replies against the emulator's "large" seed (2,000 services, 50,000
// activities, a year of usage): they are decoded off the GUI thread, so the
// event loop keeps turning while a view-model's load is being read, and a call
// cancelled during its decoding ends once, with Cancelled, its value dropped.

#include "EmulatorProcess.h"
#include "api/ApiSession.h"
#include "api/CloudApi.h"
#include "api/RequestLog.h"
#include "viewmodels/ActivityViewModel.h"
#include "viewmodels/UsageViewModel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTimeZone>
#include <QTimer>

#include <memory>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

constexpr int kLoadTimeoutMs = 300000; // under ASan, beside other suites, a load took over 120 s

/// Counts the event-loop turns (a 0 ms timer's ticks) between the arrival of a
/// reply of operationId and the end of the view-model's load: with the reply
/// read on the GUI thread there are none.
class TickCounter : public QObject
{
public:
    TickCounter(RequestLog *log, const QString &operationId)
    {
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_replyArrived && !m_loadEnded)
                ++m_ticks;
        });
        connect(log, &RequestLog::entryAdded, this, [this, operationId](const RequestLogEntry &entry) {
            if (entry.operationId == operationId && entry.httpStatus == 200)
                m_replyArrived = true;
        });
        m_timer.start();
    }
    void loadEnded() { m_loadEnded = true; }
    bool replyArrived() const { return m_replyArrived; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    bool m_replyArrived = false;
    bool m_loadEnded = false;
    int m_ticks = 0;
};

} // namespace

class TestLargeReplies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void activity_loadKeepsEventLoopTurning();
    void usage_loadKeepsEventLoopTurning();
    void cancelDuringDecode_endsOnceWithCancelled();
    void supersededLoad_resultDropped();

private:
    template<typename ViewModel>
    std::unique_ptr<ViewModel> make()
    {
        auto viewModel = std::make_unique<ViewModel>();
        viewModel->setContext(m_session.get(), m_organizationId);
        return viewModel;
    }

    std::unique_ptr<test::EmulatorProcess> m_emulator;
    std::unique_ptr<ApiSession> m_session;
    QString m_organizationId;
};

void TestLargeReplies::initTestCase()
{
    m_emulator = std::make_unique<test::EmulatorProcess>(
        QStringList { u"--seed"_s, u"large"_s, u"--rate-limit"_s, u"1000"_s, u"--rate-window-ms"_s, u"1000"_s });
    QVERIFY2(m_emulator->start(kLoadTimeoutMs), qPrintable(m_emulator->errorString()));

    SchedulerConfig config;
    config.limit = 1000;
    config.window = std::chrono::milliseconds(1000);
    auto session
        = ApiSession::open(m_emulator->baseUrl(), m_emulator->keyId(), Secret(m_emulator->keySecret()), config);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().displayText()));
    m_session = std::move(session).value();

    std::optional<ApiResult<QList<Organization>>> organizations;
    m_session->api()->organizationGetList(
        RequestPriority::Interactive, this,
        [&organizations](ApiResult<QList<Organization>> result) { organizations = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(organizations.has_value(), kLoadTimeoutMs);
    QVERIFY(organizations->hasValue());
    QVERIFY(!organizations->value().isEmpty());
    m_organizationId = organizations->value().first().id;
}

void TestLargeReplies::cleanupTestCase()
{
    m_session.reset();
    m_emulator.reset();
}

void TestLargeReplies::activity_loadKeepsEventLoopTurning()
{
    auto viewModel = make<ActivityViewModel>();
    QAbstractItemModelTester tester(viewModel->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The default 30 days: one request, so no turn of the loop comes from waiting for another window.
    TickCounter counter(m_session->requestLog(), u"activityGetList"_s);
    QSignalSpy finished(viewModel.get(), &RemoteViewModel::loadFinished);
    connect(viewModel.get(), &RemoteViewModel::loadFinished, &counter, [&counter] { counter.loadEnded(); });
    viewModel->refresh();
    QVERIFY(finished.wait(kLoadTimeoutMs) || !finished.isEmpty());
    QVERIFY2(viewModel->errorText().isEmpty(), qPrintable(viewModel->errorText()));
    QVERIFY(counter.replyArrived());
    QVERIFY2(viewModel->model()->rowCount() > 1000, "the large seed has thousands of activities a month");
    QVERIFY2(counter.ticks() > 0, "the event loop stood still while the activities were read");
}

void TestLargeReplies::usage_loadKeepsEventLoopTurning()
{
    auto viewModel = make<UsageViewModel>();
    QAbstractItemModelTester tester(viewModel->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    TickCounter counter(m_session->requestLog(), u"usageCostGet"_s);
    QSignalSpy finished(viewModel.get(), &RemoteViewModel::loadFinished);
    connect(viewModel.get(), &RemoteViewModel::loadFinished, &counter, [&counter] { counter.loadEnded(); });
    viewModel->refresh();
    QVERIFY(finished.wait(kLoadTimeoutMs) || !finished.isEmpty());
    QVERIFY2(viewModel->errorText().isEmpty(), qPrintable(viewModel->errorText()));
    QVERIFY(counter.replyArrived());
    QVERIFY2(viewModel->model()->rowCount() > 10000, "30 days of 2,000 services");
    QVERIFY(!viewModel->chartData().isEmpty());
    QVERIFY2(counter.ticks() > 0, "the event loop stood still while the usage was read");
}

void TestLargeReplies::cancelDuringDecode_endsOnceWithCancelled()
{
    CloudApi *api = m_session->api();
    int calls = 0;
    std::optional<ApiErrorKind> kind;
    ApiCall call;
    bool cancelled = false;
    // The log records the reply just before it is handed over: one event-loop turn
    // later the body is being read on a worker thread. Cancel then.
    QMetaObject::Connection onEntry
        = connect(m_session->requestLog(), &RequestLog::entryAdded, this, [&](const RequestLogEntry &entry) {
              if (entry.operationId != u"usageCostGet"_s || cancelled)
                  return;
              cancelled = true;
              QTimer::singleShot(0, this, [&call] { call.cancel(); });
          });
    const QDate today = QDateTime::currentDateTimeUtc().date();
    call = api->usageCostGet(m_organizationId, today.addDays(-30), today, RequestPriority::Visible, this,
                             [&](ApiResult<UsageCost> result) {
                                 ++calls;
                                 kind = result ? std::nullopt : std::optional(result.error().kind);
                             });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, kLoadTimeoutMs);
    disconnect(onEntry);
    QVERIFY(cancelled);
    QCOMPARE(kind, std::optional(ApiErrorKind::Cancelled));
    // The decoding went on to its end; what it made is dropped, not delivered a second time.
    CloudApi::decodePool()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(calls, 1);
    QVERIFY(!call.isRunning());
}

void TestLargeReplies::supersededLoad_resultDropped()
{
    auto viewModel = make<ActivityViewModel>();
    QAbstractItemModelTester tester(viewModel->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    viewModel->setRange(today.addDays(-365), today);
    QSignalSpy reset(viewModel->model(), &QAbstractItemModel::modelReset);
    QSignalSpy finished(viewModel.get(), &RemoteViewModel::loadFinished);
    bool superseded = false;
    // While the first load's replies are being read, the user narrows the range.
    QMetaObject::Connection onEntry
        = connect(m_session->requestLog(), &RequestLog::entryAdded, this, [&](const RequestLogEntry &entry) {
              if (entry.operationId != u"activityGetList"_s || superseded)
                  return;
              superseded = true;
              QTimer::singleShot(0, viewModel.get(), [&viewModel, today] {
                  viewModel->setRange(today.addDays(-6), today);
                  viewModel->refresh();
              });
          });
    viewModel->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(superseded && !viewModel->isBusy() && !finished.isEmpty(), kLoadTimeoutMs);
    disconnect(onEntry);
    CloudApi::decodePool()->waitForDone();
    QCoreApplication::processEvents();
    QVERIFY2(viewModel->errorText().isEmpty(), qPrintable(viewModel->errorText()));
    // Only the week shows: nothing of the superseded year arrived late.
    const QDateTime weekStart(today.addDays(-6), QTime(0, 0), QTimeZone::utc());
    for (int row = 0; row < viewModel->model()->rowCount(); ++row)
        QVERIFY2(viewModel->model()->createdAtOf(row) >= weekStart,
                 qPrintable(viewModel->model()->createdAtOf(row).toString(Qt::ISODate) + u" rows "_s
                            + QString::number(viewModel->model()->rowCount()) + u" resets "_s
                            + QString::number(reset.size())));
    QVERIFY(viewModel->model()->rowCount() > 0);
}

QTEST_GUILESS_MAIN(TestLargeReplies)
#include "tst_largereplies.moc"
