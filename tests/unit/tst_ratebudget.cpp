// The rate budget alone: when one more request may go out, against the fake
// clock, without a scheduler, a queue or a transport.

#include "api/RateBudget.h"
#include "api/Transport.h"
#include "fakes/FakeClock.h"

#include <QTest>

using namespace chcloud;
using namespace chcloud::test;
using namespace std::chrono_literals;

namespace {

/// 10 per 1 s with a flat 50 ms margin: an effective window of 1050 ms.
RateBudget testBudget()
{
    return RateBudget(10, 1000ms, 50ms, 0.0);
}

/// Spends n sends at the clock's current time.
void spend(RateBudget &budget, const FakeClock &clock, int n)
{
    for (int i = 0; i < n; ++i)
        budget.recordSend(clock.nowMs());
}

} // namespace

class TestRateBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyWindowAllowsASendNow();
    void fullWindowWaitsForTheOldestSendPlusMargin();
    void windowSlidesOneSendAtATime();
    void marginGrowsWithTheWindow_data();
    void marginGrowsWithTheWindow();
    void pausesOn429UntilTheResetPlusMargin_data();
    void pausesOn429UntilTheResetPlusMargin();
    void pauseNeverShortens();
    void smallerServerLimitIsAdopted();
    void serverSayingLessRemainsHoldsUntilItsReset();
    void olderAnswerDoesNotOverrideANewerOne();
    void pacingKeepsWindowOverLimitFromTheLastSend();
    void readsRateLimitHeaders_data();
    void readsRateLimitHeaders();
};

void TestRateBudget::emptyWindowAllowsASendNow()
{
    FakeClock clock;
    clock.advance(500);
    RateBudget budget = testBudget();
    QCOMPARE(budget.usedInWindow(clock.nowMs()), 0);
    QCOMPARE(budget.nextSendAllowedAt(clock.nowMs()), clock.nowMs());
    QCOMPARE(budget.nextSlotFreesAt(), RateBudget::noTime);
    QCOMPARE(budget.lastSendMs(), qint64(-1));
    QCOMPARE(budget.pacedUntil(), qint64(0));
}

void TestRateBudget::fullWindowWaitsForTheOldestSendPlusMargin()
{
    FakeClock clock;
    RateBudget budget = testBudget();
    spend(budget, clock, 9);
    QCOMPARE(budget.nextSendAllowedAt(clock.nowMs()), qint64(0)); // one slot left
    spend(budget, clock, 1);
    QCOMPARE(budget.usedInWindow(clock.nowMs()), 10);
    QCOMPARE(budget.lastSendSerial(), quint64(10));
    QCOMPARE(budget.nextSendAllowedAt(clock.nowMs()), qint64(1050));
    QCOMPARE(budget.nextSlotFreesAt(), qint64(1050));

    clock.advance(1049);
    QCOMPARE(budget.usedInWindow(clock.nowMs()), 10);
    QCOMPARE(budget.nextSendAllowedAt(clock.nowMs()), qint64(1050));
    clock.advance(1);
    QCOMPARE(budget.usedInWindow(clock.nowMs()), 0);
    QCOMPARE(budget.nextSendAllowedAt(clock.nowMs()), clock.nowMs());
}

void TestRateBudget::windowSlidesOneSendAtATime()
{
    FakeClock clock;
    RateBudget budget = testBudget();
    for (int i = 0; i < 10; ++i) {
        budget.recordSend(clock.nowMs());
        clock.advance(100); // sends at 0, 100, …, 900
    }
    QCOMPARE(clock.nowMs(), qint64(1000));
    QCOMPARE(budget.nextSendAllowedAt(clock.nowMs()), qint64(1050)); // the send at 0 leaves at 1050
    clock.advanceTo(1050);
    QCOMPARE(budget.usedInWindow(clock.nowMs()), 9);
    budget.recordSend(clock.nowMs());
    QCOMPARE(budget.nextSendAllowedAt(clock.nowMs()), qint64(1150)); // then the one at 100
}

void TestRateBudget::marginGrowsWithTheWindow_data()
{
    QTest::addColumn<qint64>("windowMs");
    QTest::addColumn<qint64>("marginMs");
    QTest::addColumn<double>("ratio");
    QTest::addColumn<qint64>("effectiveMs");
    QTest::newRow("real API: 10 s, 50 ms + 2 %") << qint64(10000) << qint64(50) << 0.02 << qint64(10250);
    QTest::newRow("test window: 1 s, 50 ms + 2 %") << qint64(1000) << qint64(50) << 0.02 << qint64(1070);
    QTest::newRow("flat margin only") << qint64(1000) << qint64(50) << 0.0 << qint64(1050);
    QTest::newRow("no margin") << qint64(1000) << qint64(0) << 0.0 << qint64(1000);
}

void TestRateBudget::marginGrowsWithTheWindow()
{
    QFETCH(qint64, windowMs);
    QFETCH(qint64, marginMs);
    QFETCH(double, ratio);
    QFETCH(qint64, effectiveMs);
    FakeClock clock;
    RateBudget budget(1, std::chrono::milliseconds(windowMs), std::chrono::milliseconds(marginMs), ratio);
    QCOMPARE(budget.effectiveWindowMs(), effectiveMs);
    spend(budget, clock, 1);
    QCOMPARE(budget.nextSendAllowedAt(clock.nowMs()), effectiveMs);
}

void TestRateBudget::pausesOn429UntilTheResetPlusMargin_data()
{
    QTest::addColumn<qint64>("waitMs");
    QTest::addColumn<qint64>("resumeAtMs");
    QTest::newRow("reset in 2 s: 2 s + 50 ms margin") << qint64(2000) << qint64(2100);
    QTest::newRow("reset now: the margin") << qint64(0) << qint64(100);
    QTest::newRow("no time named: one effective window") << qint64(-1) << qint64(1100);
}

void TestRateBudget::pausesOn429UntilTheResetPlusMargin()
{
    QFETCH(qint64, waitMs);
    QFETCH(qint64, resumeAtMs);
    FakeClock clock;
    RateBudget budget = testBudget();
    spend(budget, clock, 1); // one send: the window alone would allow nine more
    clock.advance(50);
    budget.pauseAfter429(waitMs, clock.nowMs());
    QCOMPARE(budget.pausedUntilMs(), resumeAtMs);
    QCOMPARE(budget.nextSendAllowedAt(clock.nowMs()), resumeAtMs);

    clock.advanceTo(resumeAtMs - 1);
    QCOMPARE(budget.nextSendAllowedAt(clock.nowMs()), resumeAtMs);
    clock.advanceTo(resumeAtMs);
    QCOMPARE(budget.nextSendAllowedAt(clock.nowMs()), resumeAtMs);
    budget.recordSend(clock.nowMs());
    QCOMPARE(budget.nextSendAllowedAt(clock.nowMs()), clock.nowMs()); // the pause is over
}

void TestRateBudget::pauseNeverShortens()
{
    FakeClock clock;
    RateBudget budget = testBudget();
    budget.pauseAfter429(3000, clock.nowMs());
    budget.pauseAfter429(1000, clock.nowMs());
    QCOMPARE(budget.pausedUntilMs(), qint64(3050));
}

void TestRateBudget::smallerServerLimitIsAdopted()
{
    FakeClock clock;
    RateBudget budget = testBudget();
    budget.adoptServerLimit(20); // larger: our own limit stays
    QCOMPARE(budget.effectiveLimit(), 10);
    budget.adoptServerLimit(0); // nonsense is ignored
    QCOMPARE(budget.effectiveLimit(), 10);
    budget.adoptServerLimit(5);
    QCOMPARE(budget.effectiveLimit(), 5);
    spend(budget, clock, 5);
    QCOMPARE(budget.nextSendAllowedAt(clock.nowMs()), qint64(1050));
}

void TestRateBudget::serverSayingLessRemainsHoldsUntilItsReset()
{
    FakeClock clock;
    RateBudget budget = testBudget();
    const quint64 serial = budget.recordSend(clock.nowMs());
    clock.advance(10);
    // We sent one, so we expect nine remaining; the server says two: someone else spends the key.
    QVERIFY(budget.adoptServerRemaining(serial, 0, 2, 800, 0, clock.nowMs()));
    QCOMPARE(budget.nextSendAllowedAt(clock.nowMs()), clock.nowMs());
    spend(budget, clock, 2);
    QCOMPARE(budget.nextSendAllowedAt(clock.nowMs()), qint64(10 + 800 + 50)); // the reset plus the margin
    clock.advanceTo(860);
    QCOMPARE(budget.nextSendAllowedAt(clock.nowMs()), qint64(860));
}

void TestRateBudget::olderAnswerDoesNotOverrideANewerOne()
{
    FakeClock clock;
    RateBudget budget = testBudget();
    const quint64 first = budget.recordSend(clock.nowMs());
    const quint64 second = budget.recordSend(clock.nowMs());
    // The newer answer agrees with our count; the older one, arriving late, would say none remain.
    QVERIFY(budget.adoptServerRemaining(second, 0, 8, 1000, 0, clock.nowMs()));
    QVERIFY(!budget.adoptServerRemaining(first, 0, 0, 1000, 0, clock.nowMs()));
    QCOMPARE(budget.nextSendAllowedAt(clock.nowMs()), clock.nowMs());
}

void TestRateBudget::pacingKeepsWindowOverLimitFromTheLastSend()
{
    FakeClock clock;
    RateBudget budget = testBudget();
    clock.advance(200);
    spend(budget, clock, 1);
    QCOMPARE(budget.lastSendMs(), qint64(200));
    QCOMPARE(budget.pacedUntil(), qint64(200 + 1050 / 10));
}

void TestRateBudget::readsRateLimitHeaders_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("delayMs");
    QTest::newRow("whole seconds") << QByteArray("2") << qint64(2000);
    QTest::newRow("fractional seconds round up") << QByteArray("0.0011") << qint64(2);
    QTest::newRow("padded") << QByteArray(" 3 ") << qint64(3000);
    QTest::newRow("absent") << QByteArray() << qint64(-1);
    QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("a Unix time in the past") << QByteArray("1000000001") << qint64(0);
}

void TestRateBudget::readsRateLimitHeaders()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, delayMs);
    TransportResult result;
    result.httpStatus = 429;
    if (!value.isNull())
        result.headers.append({ QByteArray("Retry-After"), value });
    QCOMPARE(rateLimitHeaderDelayMs(result, "retry-after"), delayMs);
}

QTEST_GUILESS_MAIN(TestRateBudget)
#include "tst_ratebudget.moc"
