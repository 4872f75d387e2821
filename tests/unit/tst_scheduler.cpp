// The request scheduler against a fake clock and a fake transport: every
// decision about *when* a request goes out is checked to the millisecond,
// without sleeping.

#include "api/RequestLog.h"
#include "api/RequestScheduler.h"
#include "fakes/FakeClock.h"
#include "fakes/FakeTransport.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(chcloud::ApiErrorKind)

using namespace chcloud;
using namespace chcloud::test;
using namespace std::chrono_literals;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

/// 10 per 1 s with a flat 50 ms margin: an effective window of 1050 ms.
SchedulerConfig testConfig()
{
    SchedulerConfig config;
    config.limit = 10;
    config.window = 1000ms;
    config.safetyMargin = 50ms;
    config.safetyMarginRatio = 0.0;
    config.maxRetries = 3;
    config.backoffBase = 100ms;
    config.backoffMax = 1000ms;
    config.max429Resends = 3;
    config.starvationLimit = 5000ms;
    return config;
}

ApiRequest request(const QByteArray &method, const QString &path, RequestPriority priority = RequestPriority::Visible)
{
    return ApiRequest::make(method, path, priority);
}

ApiRequest get(const QString &path, RequestPriority priority = RequestPriority::Visible)
{
    return request("GET", path, priority);
}

QString pathNumber(int i)
{
    return QStringLiteral("/v1/r/%1").arg(i);
}

/// A scheduler wired to a fake clock, a fake transport and a log.
struct Rig
{
    explicit Rig(SchedulerConfig config = testConfig())
        : scheduler(std::make_unique<RequestScheduler>(&transport, &clock, config, &log))
    {
    }
    ~Rig() { scheduler.reset(); }

    ApiReply *submit(ApiRequest r) { return scheduler->submit(std::move(r)); }
    /// Answers every pending call with an empty success.
    void answerAll()
    {
        const QList<FakeCall *> calls = transport.pending();
        for (FakeCall *call : calls)
            call->respondResult();
    }

    FakeClock clock;
    FakeTransport transport;
    RequestLog log;
    std::unique_ptr<RequestScheduler> scheduler;
};

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsByPriorityThenFifo();
    void eleventhRequestWaitsForWindowPlusMargin();
    void effectiveWindowIncludesMargin_data();
    void effectiveWindowIncludesMargin();
    void adoptsServerRemainingAndReset_data();
    void adoptsServerRemainingAndReset();
    void ignoresServerWordThatAgreesWithOurs();
    void adoptsSmallerServerLimit();
    void pacesBackgroundWork();
    void pausesOn429AndResendsThrottledFirst_data();
    void pausesOn429AndResendsThrottledFirst();
    void gives429UpAfterMaxResends();
    void retryPolicy_data();
    void retryPolicy();
    void backoffGrowsAndGivesUp();
    void coalescesIdenticalGets();
    void doesNotCoalescePostsOrDifferentQueries();
    void coalescedReplyCancelledAloneKeepsTheOther();
    void coalescingRaisesPriority();
    void cancelsQueuedRequest();
    void cancelsInFlightRequest();
    void cancelAllEndsEverything();
    void deletedReplyLeavesTheQueue();
    void starvationGuardSendsOldBackgroundWork();
    void finishesExactlyOnce_data();
    void finishesExactlyOnce();
    void requestTimeoutAbortsTheCall();
    void timeoutCallbackCancelsAnotherExpiredRequest();
    void statusReportsWindowQueueFlightAndPause();
    void submitFromFinishedSlotWorks();
    void logsEachRequestOnce();
    void wakesOnlyOnceAtATime();
};

void TestScheduler::sendsByPriorityThenFifo()
{
    SchedulerConfig config = testConfig();
    config.limit = 1;
    Rig rig(config);
    rig.submit(get(QStringLiteral("/blocker")));
    rig.submit(get(QStringLiteral("/b1"), RequestPriority::Background));
    rig.submit(get(QStringLiteral("/v1"), RequestPriority::Visible));
    rig.submit(get(QStringLiteral("/i1"), RequestPriority::Interactive));
    rig.submit(get(QStringLiteral("/v2"), RequestPriority::Visible));
    rig.submit(get(QStringLiteral("/i2"), RequestPriority::Interactive));
    rig.submit(get(QStringLiteral("/b2"), RequestPriority::Background));
    QCOMPARE(rig.transport.sendCount(), 1);
    for (int i = 0; i < 6; ++i) {
        rig.answerAll();
        rig.clock.advance(1050);
    }
    const QStringList expected { QStringLiteral("/blocker"), QStringLiteral("/i1"), QStringLiteral("/i2"),
                                 QStringLiteral("/v1"),      QStringLiteral("/v2"), QStringLiteral("/b1"),
                                 QStringLiteral("/b2") };
    QCOMPARE(rig.transport.sentPaths(), expected);
}

void TestScheduler::eleventhRequestWaitsForWindowPlusMargin()
{
    Rig rig;
    for (int i = 0; i < 11; ++i)
        rig.submit(get(pathNumber(i)));
    QCOMPARE(rig.transport.sendCount(), 10);
    rig.answerAll();
    rig.clock.advance(1049);
    QCOMPARE(rig.transport.sendCount(), 10);
    rig.clock.advance(1);
    QCOMPARE(rig.transport.sendCount(), 11);
    QCOMPARE(rig.transport.sent().last().path, pathNumber(10));

    // The first ten have left the window by now: the 12th goes at once.
    rig.submit(get(pathNumber(11)));
    QCOMPARE(rig.transport.sendCount(), 12);
}

void TestScheduler::effectiveWindowIncludesMargin_data()
{
    QTest::addColumn<int>("windowMs");
    QTest::addColumn<int>("marginMs");
    QTest::addColumn<double>("ratio");
    QTest::addColumn<int>("expectedMs");
    QTest::newRow("flat margin only") << 1000 << 200 << 0.0 << 1200;
    QTest::newRow("proportional margin only") << 1000 << 0 << 0.1 << 1100;
    const SchedulerConfig defaults;
    QTest::newRow("defaults on the real 10 s window")
        << 10000 << int(defaults.safetyMargin.count()) << defaults.safetyMarginRatio << 10220;
    QTest::newRow("defaults on a 1 s test window")
        << 1000 << int(defaults.safetyMargin.count()) << defaults.safetyMarginRatio << 1040;
    QTest::newRow("no margin") << 1000 << 0 << 0.0 << 1000;
}

void TestScheduler::effectiveWindowIncludesMargin()
{
    QFETCH(int, windowMs);
    QFETCH(int, marginMs);
    QFETCH(double, ratio);
    QFETCH(int, expectedMs);
    SchedulerConfig config = testConfig();
    config.limit = 2;
    config.window = std::chrono::milliseconds(windowMs);
    config.safetyMargin = std::chrono::milliseconds(marginMs);
    config.safetyMarginRatio = ratio;
    Rig rig(config);
    QCOMPARE(rig.scheduler->effectiveWindow().count(), expectedMs);

    for (int i = 0; i < 3; ++i)
        rig.submit(get(pathNumber(i)));
    rig.answerAll();
    rig.clock.advance(expectedMs - 1);
    QCOMPARE(rig.transport.sendCount(), 2);
    rig.clock.advance(1);
    QCOMPARE(rig.transport.sendCount(), 3);
}

void TestScheduler::adoptsServerRemainingAndReset_data()
{
    QTest::addColumn<QByteArray>("remaining");
    QTest::addColumn<QByteArray>("reset");
    QTest::addColumn<int>("sendsBeforeReset");
    QTest::addColumn<int>("resetAtMs");
    // The server's word is stricter than our fresh window: another client shares the key.
    QTest::newRow("nothing left, reset in 2 s") << QByteArray("0") << QByteArray("2") << 0 << 2050;
    QTest::newRow("three left, reset in 5 s") << QByteArray("3") << QByteArray("5") << 3 << 5050;
    QTest::newRow("fractional reset") << QByteArray("0") << QByteArray("0.5") << 0 << 550;
}

void TestScheduler::adoptsServerRemainingAndReset()
{
    QFETCH(QByteArray, remaining);
    QFETCH(QByteArray, reset);
    QFETCH(int, sendsBeforeReset);
    QFETCH(int, resetAtMs);
    SchedulerConfig config = testConfig();
    config.window = 10000ms; // our own window never binds here
    Rig rig(config);
    rig.submit(get(QStringLiteral("/first")));
    rig.transport.pending().first()->respondResult(
        "{}",
        { { "X-RateLimit-Limit", "10" }, { "X-RateLimit-Remaining", remaining }, { "X-RateLimit-Reset", reset } });
    for (int i = 0; i < 5; ++i)
        rig.submit(get(pathNumber(i)));
    QCOMPARE(rig.transport.sendCount(), 1 + sendsBeforeReset);
    rig.clock.advanceTo(resetAtMs - 1);
    QCOMPARE(rig.transport.sendCount(), 1 + sendsBeforeReset);
    rig.clock.advanceTo(resetAtMs);
    QVERIFY(rig.transport.sendCount() > 1 + sendsBeforeReset);
}

void TestScheduler::ignoresServerWordThatAgreesWithOurs()
{
    Rig rig;
    rig.submit(get(QStringLiteral("/first")));
    // Whole-second resets are too coarse to pace by: nothing waits for this one.
    rig.transport.pending().first()->respondResult("{}",
                                                   { { "X-RateLimit-Remaining", "9" }, { "X-RateLimit-Reset", "1" } });
    for (int i = 0; i < 9; ++i)
        rig.submit(get(pathNumber(i)));
    QCOMPARE(rig.transport.sendCount(), 10);
}

void TestScheduler::pacesBackgroundWork()
{
    Rig rig; // 10 per 1050 ms: background keeps 105 ms away from any other send
    for (int i = 0; i < 3; ++i)
        rig.submit(get(pathNumber(i), RequestPriority::Background));
    QCOMPARE(rig.transport.sendCount(), 1);
    rig.clock.advance(104);
    QCOMPARE(rig.transport.sendCount(), 1);
    rig.clock.advance(1);
    QCOMPARE(rig.transport.sendCount(), 2);
    // A click is not paced, and the next background send keeps its distance from it.
    rig.clock.advance(50);
    rig.submit(get(QStringLiteral("/click"), RequestPriority::Interactive));
    QCOMPARE(rig.transport.sendCount(), 3);
    rig.clock.advance(104);
    QCOMPARE(rig.transport.sendCount(), 3);
    rig.clock.advance(1);
    QCOMPARE(rig.transport.sendCount(), 4);
    QCOMPARE(rig.clock.nowMs(), qint64(260));
}

void TestScheduler::adoptsSmallerServerLimit()
{
    Rig rig;
    rig.submit(get(QStringLiteral("/first")));
    rig.transport.pending().first()->respondResult("{}", { { "X-RateLimit-Limit", "5" } });
    QCOMPARE(rig.scheduler->status().limit, 5);
    for (int i = 0; i < 6; ++i)
        rig.submit(get(pathNumber(i)));
    QCOMPARE(rig.transport.sendCount(), 5);
}

void TestScheduler::pausesOn429AndResendsThrottledFirst_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("resumeAtMs");
    const QByteArray tooMany = "X-RateLimit-Reset";
    QTest::newRow("GET, reset only") << QByteArray("GET") << Headers { { tooMany, "2" } } << 2050;
    QTest::newRow("GET, retry-after later than reset")
        << QByteArray("GET") << Headers { { tooMany, "2" }, { "Retry-After", "3" } } << 3050;
    QTest::newRow("GET, reset later than retry-after")
        << QByteArray("GET") << Headers { { tooMany, "4" }, { "Retry-After", "1" } } << 4050;
    QTest::newRow("GET, no headers: one window") << QByteArray("GET") << Headers {} << 1050;
    QTest::newRow("POST is re-sent too: it was not processed")
        << QByteArray("POST") << Headers { { tooMany, "2" } } << 2050;
}

void TestScheduler::pausesOn429AndResendsThrottledFirst()
{
    QFETCH(QByteArray, method);
    QFETCH(Headers, headers);
    QFETCH(int, resumeAtMs);
    Rig rig;
    ApiReply *throttled = rig.submit(request(method, QStringLiteral("/throttled")));
    rig.submit(get(QStringLiteral("/b")));
    QCOMPARE(rig.transport.sendCount(), 2);
    QSignalSpy finished(throttled, &ApiReply::finished);

    rig.transport.pendingFor(QStringLiteral("/throttled"))->respond(429, R"({"error":"TOO_MANY_REQUESTS"})", headers);
    QVERIFY(rig.scheduler->status().pausedForMs > 0);
    rig.transport.pendingFor(QStringLiteral("/b"))->respondResult();
    rig.submit(get(QStringLiteral("/interactive"), RequestPriority::Interactive));
    QCOMPARE(rig.transport.sendCount(), 2); // paused: nothing goes out

    rig.clock.advanceTo(resumeAtMs - 1);
    QCOMPARE(rig.transport.sendCount(), 2);
    rig.clock.advanceTo(resumeAtMs);
    const QStringList expected { QStringLiteral("/throttled"), QStringLiteral("/b"), QStringLiteral("/throttled"),
                                 QStringLiteral("/interactive") };
    QCOMPARE(rig.transport.sentPaths(), expected);
    QCOMPARE(rig.scheduler->status().pausedForMs, qint64(0));

    rig.transport.pendingFor(QStringLiteral("/throttled"))->respondResult();
    QCOMPARE(finished.count(), 1);
    QVERIFY(throttled->isSuccess());
    QCOMPARE(throttled->attempts(), 2);
}

void TestScheduler::gives429UpAfterMaxResends()
{
    Rig rig; // max429Resends = 3
    ApiReply *reply = rig.submit(request("POST", QStringLiteral("/p")));
    QSignalSpy finished(reply, &ApiReply::finished);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(rig.transport.sendCount(), i + 1);
        rig.transport.pending().first()->respond(429, R"({"error":"TOO_MANY_REQUESTS"})", { { "Retry-After", "1" } });
        rig.clock.advance(1050);
    }
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error()->kind, ApiErrorKind::RateLimited);
    QCOMPARE(reply->attempts(), 4);
    QCOMPARE(rig.transport.sendCount(), 4);
}

enum class Failure { Status500, Status502, Status503, Timeout, ConnectionDropped, ConnectionRefused };

void TestScheduler::retryPolicy_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("markIdempotent");
    QTest::addColumn<int>("failure");
    QTest::addColumn<bool>("retried");
    QTest::addColumn<ApiErrorKind>("errorKind");

    const QString plain = QStringLiteral("/v1/organizations/o/services/s");
    const QString state = QStringLiteral("/v1/organizations/o/services/s/state");
    const struct
    {
        Failure failure;
        const char *name;
        ApiErrorKind kind;
    } failures[] = {
        { Failure::Status500, "500", ApiErrorKind::Server },
        { Failure::Status502, "502", ApiErrorKind::Server },
        { Failure::Status503, "503", ApiErrorKind::Server },
        { Failure::Timeout, "timeout", ApiErrorKind::Timeout },
        { Failure::ConnectionDropped, "connection dropped", ApiErrorKind::Network },
        { Failure::ConnectionRefused, "connection refused", ApiErrorKind::Network },
    };
    for (const auto &f : failures) {
        const int failure = int(f.failure);
        QTest::addRow("GET retried on %s", f.name) << QByteArray("GET") << plain << false << failure << true << f.kind;
        QTest::addRow("PUT retried on %s", f.name) << QByteArray("PUT") << plain << false << failure << true << f.kind;
        QTest::addRow("DELETE retried on %s", f.name)
            << QByteArray("DELETE") << plain << false << failure << true << f.kind;
        QTest::addRow("state PATCH retried on %s", f.name)
            << QByteArray("PATCH") << state << true << failure << true << f.kind;
        QTest::addRow("POST reported once on %s", f.name)
            << QByteArray("POST") << plain << false << failure << false << f.kind;
        QTest::addRow("PATCH reported once on %s", f.name)
            << QByteArray("PATCH") << plain << false << failure << false << f.kind;
    }
}

static void failCall(FakeCall *call, Failure failure)
{
    switch (failure) {
    case Failure::Status500:
        call->respond(500, R"({"status":500,"error":"INTERNAL_ERROR: boom"})");
        break;
    case Failure::Status502:
        call->respond(502, "<html>Bad Gateway</html>");
        break;
    case Failure::Status503:
        call->respond(503, R"({"status":503,"error":"SERVICE_UNAVAILABLE: later"})");
        break;
    case Failure::Timeout:
        call->fail(TransportErrorKind::Timeout);
        break;
    case Failure::ConnectionDropped:
        call->fail(TransportErrorKind::ConnectionDropped);
        break;
    case Failure::ConnectionRefused:
        call->fail(TransportErrorKind::ConnectionRefused);
        break;
    }
}

void TestScheduler::retryPolicy()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, markIdempotent);
    QFETCH(int, failure);
    QFETCH(bool, retried);
    QFETCH(ApiErrorKind, errorKind);

    Rig rig;
    ApiRequest r = request(method, path);
    if (markIdempotent)
        r.idempotent = true;
    if (method != "GET" && method != "DELETE")
        r.body = R"({"command":"stop"})";
    ApiReply *reply = rig.submit(r);
    QSignalSpy finished(reply, &ApiReply::finished);
    failCall(rig.transport.pending().first(), Failure(failure));
    rig.clock.advance(5000);

    if (retried) {
        QCOMPARE(finished.count(), 0);
        QCOMPARE(rig.transport.sendCount(), 2);
        rig.transport.pending().first()->respondResult();
        QCOMPARE(finished.count(), 1);
        QVERIFY(reply->isSuccess());
        QCOMPARE(reply->attempts(), 2);
    } else {
        QCOMPARE(finished.count(), 1);
        QCOMPARE(rig.transport.sendCount(), 1);
        QVERIFY(reply->error());
        QCOMPARE(reply->error()->kind, errorKind);
        QCOMPARE(reply->attempts(), 1);
        rig.clock.advance(60000);
        QCOMPARE(rig.transport.sendCount(), 1);
        QCOMPARE(finished.count(), 1);
    }
}

void TestScheduler::backoffGrowsAndGivesUp()
{
    SchedulerConfig config = testConfig();
    config.maxRetries = 4;
    config.backoffBase = 100ms;
    config.backoffMax = 10000ms;
    Rig rig(config);
    ApiReply *reply = rig.submit(get(QStringLiteral("/flaky")));
    QSignalSpy finished(reply, &ApiReply::finished);

    QList<qint64> delays;
    for (int attempt = 1; attempt <= 5; ++attempt) {
        rig.transport.pending().first()->respond(503, R"({"error":"SERVICE_UNAVAILABLE"})");
        if (attempt == 5)
            break;
        // Follow the wake-ups (some only refresh the status) until the retry goes out.
        const qint64 failedAt = rig.clock.nowMs();
        while (rig.transport.sendCount() == attempt && rig.clock.pendingWake() >= 0)
            rig.clock.advanceTo(rig.clock.pendingWake());
        QCOMPARE(rig.transport.sendCount(), attempt + 1);
        const qint64 delay = rig.clock.nowMs() - failedAt;
        const double nominal = 100.0 * (1 << (attempt - 1));
        QVERIFY2(delay >= qint64(nominal * 0.8) && delay <= qint64(nominal * 1.2 + 1),
                 qPrintable(QStringLiteral("retry %1 after %2 ms").arg(attempt).arg(delay)));
        delays << delay;
    }
    for (qsizetype i = 1; i < delays.size(); ++i)
        QVERIFY2(delays[i] > delays[i - 1], "each backoff is longer than the last");
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error()->kind, ApiErrorKind::Server);
    QCOMPARE(reply->attempts(), 5);
}

void TestScheduler::coalescesIdenticalGets()
{
    Rig rig;
    ApiReply *first = rig.submit(get(QStringLiteral("/same")));
    ApiReply *second = rig.submit(get(QStringLiteral("/same"), RequestPriority::Background));
    QVERIFY(first != second);
    QSignalSpy firstFinished(first, &ApiReply::finished);
    QSignalSpy secondFinished(second, &ApiReply::finished);
    QCOMPARE(rig.transport.sendCount(), 1);
    rig.transport.pending().first()->respondResult(R"({"n":1})");
    QCOMPARE(firstFinished.count(), 1);
    QCOMPARE(secondFinished.count(), 1);
    QVERIFY(first->isSuccess());
    QVERIFY(second->isSuccess());
    QCOMPARE(second->result().toObject().value(u"n").toInt(), 1);

    // Once finished, the same GET goes out again.
    rig.submit(get(QStringLiteral("/same")));
    QCOMPARE(rig.transport.sendCount(), 2);
}

void TestScheduler::doesNotCoalescePostsOrDifferentQueries()
{
    Rig rig;
    rig.submit(request("POST", QStringLiteral("/p")));
    rig.submit(request("POST", QStringLiteral("/p")));
    ApiRequest a = get(QStringLiteral("/q"));
    a.query.addQueryItem(QStringLiteral("from_date"), QStringLiteral("2026-01-01"));
    ApiRequest b = get(QStringLiteral("/q"));
    b.query.addQueryItem(QStringLiteral("from_date"), QStringLiteral("2026-02-01"));
    rig.submit(a);
    rig.submit(b);
    QCOMPARE(rig.transport.sendCount(), 4);
}

void TestScheduler::coalescedReplyCancelledAloneKeepsTheOther()
{
    Rig rig;
    ApiReply *first = rig.submit(get(QStringLiteral("/same")));
    ApiReply *second = rig.submit(get(QStringLiteral("/same")));
    QSignalSpy secondFinished(second, &ApiReply::finished);
    first->cancel();
    QCOMPARE(rig.transport.abortCount(), 0);
    rig.transport.pending().first()->respondResult();
    QCOMPARE(secondFinished.count(), 1);
    QVERIFY(second->isSuccess());
    QCOMPARE(first->error()->kind, ApiErrorKind::Cancelled);
}

void TestScheduler::coalescingRaisesPriority()
{
    SchedulerConfig config = testConfig();
    config.limit = 1;
    Rig rig(config);
    rig.submit(get(QStringLiteral("/blocker")));
    rig.submit(get(QStringLiteral("/visible")));
    rig.submit(get(QStringLiteral("/shared"), RequestPriority::Background));
    rig.submit(get(QStringLiteral("/shared"), RequestPriority::Interactive));
    QCOMPARE(rig.scheduler->status().queued[0], 1);
    rig.answerAll();
    rig.clock.advance(1050);
    QCOMPARE(rig.transport.sent().last().path, QStringLiteral("/shared"));
}

void TestScheduler::cancelsQueuedRequest()
{
    SchedulerConfig config = testConfig();
    config.limit = 1;
    Rig rig(config);
    rig.submit(get(QStringLiteral("/blocker")));
    ApiReply *queued = rig.submit(get(QStringLiteral("/queued")));
    QSignalSpy finished(queued, &ApiReply::finished);
    QCOMPARE(rig.scheduler->status().totalQueued(), 1);
    queued->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(queued->error()->kind, ApiErrorKind::Cancelled);
    QCOMPARE(rig.scheduler->status().totalQueued(), 0);
    queued->cancel(); // a second cancel changes nothing
    rig.answerAll();
    rig.clock.advance(5000);
    QCOMPARE(rig.transport.sentPaths(), QStringList { QStringLiteral("/blocker") });
    QCOMPARE(finished.count(), 1);
}

void TestScheduler::cancelsInFlightRequest()
{
    Rig rig;
    ApiReply *reply = rig.submit(get(QStringLiteral("/slow")));
    QSignalSpy finished(reply, &ApiReply::finished);
    QPointer<FakeCall> call = rig.transport.pending().first();
    reply->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error()->kind, ApiErrorKind::Cancelled);
    QCOMPARE(rig.transport.abortCount(), 1);
    QCOMPARE(rig.scheduler->status().inFlight, 0);
    if (call)
        call->respondResult(); // a late answer is ignored
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error()->kind, ApiErrorKind::Cancelled);
}

void TestScheduler::cancelAllEndsEverything()
{
    SchedulerConfig config = testConfig();
    config.limit = 2;
    Rig rig(config);
    QList<ApiReply *> replies;
    for (int i = 0; i < 5; ++i)
        replies << rig.submit(get(pathNumber(i)));
    QList<std::shared_ptr<QSignalSpy>> spies;
    for (ApiReply *reply : replies)
        spies << std::make_shared<QSignalSpy>(reply, &ApiReply::finished);
    rig.scheduler->cancelAll();
    for (qsizetype i = 0; i < replies.size(); ++i) {
        QCOMPARE(spies[i]->count(), 1);
        QCOMPARE(replies[i]->error()->kind, ApiErrorKind::Cancelled);
    }
    QCOMPARE(rig.transport.sendCount(), 2); // nothing new went out while cancelling
    QCOMPARE(rig.transport.abortCount(), 2);
    QCOMPARE(rig.scheduler->status().totalQueued(), 0);
    rig.clock.advance(10000);
    QCOMPARE(rig.transport.sendCount(), 2);
}

void TestScheduler::deletedReplyLeavesTheQueue()
{
    SchedulerConfig config = testConfig();
    config.limit = 1;
    Rig rig(config);
    ApiReply *inFlight = rig.submit(get(QStringLiteral("/in-flight")));
    ApiReply *queued = rig.submit(get(QStringLiteral("/queued")));
    delete queued;
    delete inFlight;
    QCOMPARE(rig.transport.abortCount(), 1);
    QCOMPARE(rig.scheduler->status().totalQueued(), 0);
    rig.clock.advance(5000);
    QCOMPARE(rig.transport.sendCount(), 1);
}

void TestScheduler::starvationGuardSendsOldBackgroundWork()
{
    SchedulerConfig config = testConfig();
    config.limit = 1;
    config.starvationLimit = 5000ms;
    Rig rig(config);
    rig.submit(get(QStringLiteral("/blocker"), RequestPriority::Interactive));
    rig.submit(get(QStringLiteral("/old-background"), RequestPriority::Background));
    qint64 sentAt = -1;
    connect(&rig.transport, &FakeTransport::callSent, &rig.transport, [&](FakeCall *call) {
        if (call->request().path == QStringLiteral("/old-background"))
            sentAt = rig.clock.nowMs();
    });
    // A user clicking once per slot would otherwise keep it waiting forever.
    for (int i = 0; i < 8 && sentAt < 0; ++i) {
        rig.submit(get(pathNumber(i), RequestPriority::Interactive));
        rig.answerAll();
        rig.clock.advance(1050);
    }
    // Slots open every 1050 ms; the first at or after 5000 ms is 5250.
    QCOMPARE(sentAt, qint64(5250));
}

void TestScheduler::finishesExactlyOnce_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("status"); // > 0: answer with it; < 0: a TransportErrorKind
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("success");
    QTest::addColumn<ApiErrorKind>("errorKind");

    const int json = int(ResponseFormat::JsonEnvelope);
    const QByteArray ok = R"({"status":200,"requestId":"abc","result":{"id":"x"}})";
    QTest::newRow("success") << QByteArray("GET") << json << 200 << ok << true << ApiErrorKind::Network;
    QTest::newRow("400 bad request") << QByteArray("POST") << json << 400
                                     << QByteArray(R"({"status":400,"error":"BAD_REQUEST: name"})") << false
                                     << ApiErrorKind::BadRequest;
    QTest::newRow("401 unauthorized") << QByteArray("GET") << json << 401
                                      << QByteArray(R"({"status":401,"error":"UNAUTHORIZED: no"})") << false
                                      << ApiErrorKind::Unauthorized;
    QTest::newRow("403 forbidden") << QByteArray("DELETE") << json << 403 << QByteArray(R"({"error":"FORBIDDEN"})")
                                   << false << ApiErrorKind::Forbidden;
    QTest::newRow("404 not found") << QByteArray("GET") << json << 404 << QByteArray() << false
                                   << ApiErrorKind::NotFound;
    QTest::newRow("409 conflict") << QByteArray("DELETE") << json << 409 << QByteArray(R"({"error":"CONFLICT: x"})")
                                  << false << ApiErrorKind::Conflict;
    QTest::newRow("424 failed dependency")
        << QByteArray("POST") << json << 424 << QByteArray("not json") << false << ApiErrorKind::FailedDependency;
    QTest::newRow("500 on POST") << QByteArray("POST") << json << 500 << QByteArray(R"({"error":"INTERNAL"})") << false
                                 << ApiErrorKind::Server;
    QTest::newRow("timeout on POST") << QByteArray("POST") << json << -int(TransportErrorKind::Timeout) << QByteArray()
                                     << false << ApiErrorKind::Timeout;
    QTest::newRow("TLS error on GET, not retried")
        << QByteArray("GET") << json << -int(TransportErrorKind::Tls) << QByteArray() << false << ApiErrorKind::Network;
    QTest::newRow("insecure URL refused") << QByteArray("GET") << json << -int(TransportErrorKind::InsecureUrl)
                                          << QByteArray() << false << ApiErrorKind::InsecureUrl;
    QTest::newRow("truncated JSON") << QByteArray("GET") << json << 200
                                    << QByteArray(R"({"status":200,"requestId":"abc","result":{"id":)") << false
                                    << ApiErrorKind::Parse;
    QTest::newRow("non-JSON 200") << QByteArray("GET") << json << 200 << QByteArray("<html>hello</html>") << false
                                  << ApiErrorKind::Parse;
    QTest::newRow("JSON array 200") << QByteArray("GET") << json << 200 << QByteArray("[1,2]") << false
                                    << ApiErrorKind::Parse;
    QTest::newRow("200 without result") << QByteArray("GET") << json << 200
                                        << QByteArray(R"({"status":200,"requestId":"abc"})") << false
                                        << ApiErrorKind::Parse;
    QTest::newRow("DELETE 200 without result is success")
        << QByteArray("DELETE") << json << 200 << QByteArray(R"({"status":200,"requestId":"abc"})") << true
        << ApiErrorKind::Network;
    QTest::newRow("text format") << QByteArray("GET") << int(ResponseFormat::Text) << 200 << QByteArray("metric 1\n")
                                 << true << ApiErrorKind::Network;
    QTest::newRow("empty 200 body") << QByteArray("GET") << json << 200 << QByteArray() << false << ApiErrorKind::Parse;
}

void TestScheduler::finishesExactlyOnce()
{
    QFETCH(QByteArray, method);
    QFETCH(int, format);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, success);
    QFETCH(ApiErrorKind, errorKind);

    Rig rig;
    ApiRequest r = request(method, QStringLiteral("/v1/x"));
    r.format = ResponseFormat(format);
    ApiReply *reply = rig.submit(r);
    QSignalSpy finished(reply, &ApiReply::finished);
    FakeCall *call = rig.transport.pending().first();
    if (status > 0)
        call->respond(status, body);
    else
        call->fail(TransportErrorKind(-status));
    rig.clock.advance(60000);
    QCOMPARE(finished.count(), 1);
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->isSuccess(), success);
    QCOMPARE(rig.transport.sendCount(), 1);
    if (success) {
        QCOMPARE(reply->httpStatus(), 200);
        QCOMPARE(reply->rawBody(), body);
        if (r.format == ResponseFormat::JsonEnvelope && method == "GET") {
            QCOMPARE(reply->result().toObject().value(u"id").toString(), QStringLiteral("x"));
            QCOMPARE(reply->requestId(), QStringLiteral("abc"));
        }
    } else {
        QCOMPARE(reply->error()->kind, errorKind);
        if (status > 0)
            QCOMPARE(reply->error()->httpStatus, status);
    }
    reply->cancel();
    QCOMPARE(finished.count(), 1);
}

void TestScheduler::requestTimeoutAbortsTheCall()
{
    Rig rig;
    ApiRequest post = request("POST", QStringLiteral("/hangs"));
    post.timeout = 2000ms;
    ApiReply *reply = rig.submit(post);
    QSignalSpy finished(reply, &ApiReply::finished);
    rig.clock.advance(1999);
    QCOMPARE(finished.count(), 0);
    rig.clock.advance(1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error()->kind, ApiErrorKind::Timeout);
    QCOMPARE(rig.transport.abortCount(), 1);

    // An idempotent request is retried after its timeout.
    ApiRequest getRequest = get(QStringLiteral("/hangs-once"));
    getRequest.timeout = 1000ms;
    ApiReply *retried = rig.submit(getRequest);
    rig.clock.advance(1000);
    QCOMPARE(rig.transport.abortCount(), 2);
    rig.clock.advance(200); // backoff of 100 ms ± 20 %
    QCOMPARE(rig.transport.sendCount(), 3);
    rig.transport.pending().first()->respondResult();
    QVERIFY(retried->isSuccess());
}

void TestScheduler::timeoutCallbackCancelsAnotherExpiredRequest()
{
    // Two requests time out at the same moment; the first one's receiver cancels
    // the second, which frees it while the scheduler is still going through the
    // expired ones (a use-after-free that ASan reports when the scheduler keeps
    // pointers to them instead of looking each one up).
    Rig rig;
    ApiRequest first = request("POST", QStringLiteral("/hangs/1"));
    first.timeout = 1000ms;
    ApiRequest second = request("POST", QStringLiteral("/hangs/2"));
    second.timeout = 1000ms;
    ApiReply *a = rig.submit(first);
    ApiReply *b = rig.submit(second);
    QCOMPARE(rig.transport.sendCount(), 2);
    QSignalSpy aFinished(a, &ApiReply::finished);
    QSignalSpy bFinished(b, &ApiReply::finished);
    connect(a, &ApiReply::finished, b, [b] { b->cancel(); });

    rig.clock.advance(1000);

    QCOMPARE(aFinished.count(), 1);
    QCOMPARE(a->error()->kind, ApiErrorKind::Timeout);
    QCOMPARE(bFinished.count(), 1);
    QCOMPARE(b->error()->kind, ApiErrorKind::Cancelled);
    QCOMPARE(rig.scheduler->status().inFlight, 0);
    QCOMPARE(rig.scheduler->status().totalQueued(), 0);
    QCOMPARE(rig.transport.abortCount(), 2);
}

void TestScheduler::statusReportsWindowQueueFlightAndPause()
{
    SchedulerConfig config = testConfig();
    config.limit = 3;
    Rig rig(config);
    QSignalSpy changed(rig.scheduler.get(), &RequestScheduler::statusChanged);
    QCOMPARE(rig.scheduler->status(), (SchedulerStatus { 0, 3, { 0, 0, 0 }, 0, 0 }));

    rig.submit(get(pathNumber(0)));
    rig.submit(get(pathNumber(1)));
    rig.submit(get(pathNumber(2)));
    rig.submit(get(pathNumber(3), RequestPriority::Interactive));
    rig.submit(get(pathNumber(4), RequestPriority::Background));
    rig.submit(get(pathNumber(5), RequestPriority::Background));
    const SchedulerStatus busy { 3, 3, { 1, 0, 2 }, 3, 0 };
    QCOMPARE(rig.scheduler->status(), busy);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().first().value<SchedulerStatus>(), busy);

    rig.transport.pending().first()->respond(429, R"({"error":"TOO_MANY_REQUESTS"})", { { "Retry-After", "2" } });
    const SchedulerStatus paused = rig.scheduler->status();
    QCOMPARE(paused.pausedForMs, qint64(2050));
    QCOMPARE(paused.inFlight, 2);
    QCOMPARE(paused.queued[1], 1); // the throttled visible request waits again
    QCOMPARE(changed.last().first().value<SchedulerStatus>(), paused);

    rig.answerAll();
    rig.clock.advance(2050);
    QCOMPARE(rig.scheduler->status().pausedForMs, qint64(0));
    QCOMPARE(changed.last().first().value<SchedulerStatus>(), rig.scheduler->status());

    rig.answerAll();
    rig.clock.advance(10000);
    rig.answerAll();
    rig.clock.advance(10000);
    QCOMPARE(rig.scheduler->status(), (SchedulerStatus { 0, 3, { 0, 0, 0 }, 0, 0 }));
    QCOMPARE(changed.last().first().value<SchedulerStatus>(), rig.scheduler->status());
}

void TestScheduler::submitFromFinishedSlotWorks()
{
    Rig rig;
    ApiReply *first = rig.submit(get(QStringLiteral("/first")));
    ApiReply *second = nullptr;
    connect(first, &ApiReply::finished, this, [&] { second = rig.submit(get(QStringLiteral("/second"))); });
    rig.transport.pending().first()->respondResult();
    QVERIFY(second);
    QCOMPARE(rig.transport.sendCount(), 2);
    QSignalSpy finished(second, &ApiReply::finished);
    rig.transport.pending().first()->respondResult();
    QCOMPARE(finished.count(), 1);
}

void TestScheduler::logsEachRequestOnce()
{
    Rig rig;
    QSignalSpy added(&rig.log, &RequestLog::entryAdded);
    ApiRequest create = request("POST", QStringLiteral("/v1/organizations/o/keys"), RequestPriority::Interactive);
    create.body = R"({"name":"k","hashData":{"keyIdHash":"aaa","keySecretHash":"bbb"}})";
    create.operationId = QStringLiteral("openapiKeyCreate");
    rig.clock.advance(10);
    rig.submit(create);
    rig.clock.advance(25);
    rig.transport.pending().first()->respondResult(R"({"key":{"id":"k1"},"keySecret":"s3cr3t"})");
    QCOMPARE(added.count(), 1);
    const RequestLogEntry entry = rig.log.entries().first();
    QCOMPARE(entry.method, QByteArray("POST"));
    QCOMPARE(entry.httpStatus, 200);
    QCOMPARE(entry.durationMs, qint64(25));
    QCOMPARE(entry.attempts, 1);
    QCOMPARE(entry.operationId, QStringLiteral("openapiKeyCreate"));
    QCOMPARE(entry.priority, RequestPriority::Interactive);
    QVERIFY(!entry.errorKind);
    QVERIFY(!entry.requestBody.contains("aaa"));
    QVERIFY(!entry.responseBody.contains("s3cr3t"));
}

void TestScheduler::wakesOnlyOnceAtATime()
{
    Rig rig;
    for (int i = 0; i < 25; ++i)
        rig.submit(get(pathNumber(i)));
    rig.answerAll();
    // One pending wake-up, at the next free slot.
    QCOMPARE(rig.clock.pendingWake(), qint64(1050));
    rig.clock.advance(1050);
    QCOMPARE(rig.transport.sendCount(), 20);
    QCOMPARE(rig.clock.pendingWake(), qint64(2100));
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
