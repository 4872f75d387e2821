#include "viewmodels/SchedulerStatusFormatter.h"

#include <QTest>

using namespace chcloud;
using namespace Qt::StringLiterals;

/// The status bar line for the request scheduler.
class TestShellStatusFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<SchedulerStatus>("status");
        QTest::addColumn<QString>("expected");

        SchedulerStatus idle;
        idle.limit = 10;
        QTest::newRow("idle shows only the window") << idle << u"0/10 requests in window"_s;

        SchedulerStatus busy;
        busy.usedInWindow = 7;
        busy.limit = 10;
        busy.queued = { 1, 2, 0 };
        busy.pausedForMs = 3400;
        QTest::newRow("queued and paused, seconds rounded up")
            << busy << u"7/10 requests in window \u00b7 3 queued \u00b7 paused 4 s"_s;

        SchedulerStatus inFlight;
        inFlight.usedInWindow = 2;
        inFlight.limit = 10;
        inFlight.inFlight = 1;
        inFlight.queued = { 0, 0, 1 };
        QTest::newRow("in flight and one background queued")
            << inFlight << u"2/10 requests in window \u00b7 1 in flight \u00b7 1 queued"_s;

        SchedulerStatus shortPause;
        shortPause.usedInWindow = 10;
        shortPause.limit = 10;
        shortPause.pausedForMs = 1;
        QTest::newRow("a pause under a second still shows 1 s")
            << shortPause << u"10/10 requests in window \u00b7 paused 1 s"_s;
    }

    void format()
    {
        QFETCH(SchedulerStatus, status);
        QFETCH(QString, expected);
        QCOMPARE(SchedulerStatusFormatter::format(status), expected);
    }

    void lastRefresh()
    {
        QCOMPARE(SchedulerStatusFormatter::formatLastRefresh(QTime(10, 42, 3)), u"Last refresh: 10:42:03"_s);
        QCOMPARE(SchedulerStatusFormatter::formatLastRefresh(QTime()), u"Not refreshed yet"_s);
    }
};

QTEST_GUILESS_MAIN(TestShellStatusFormatter)
#include "tst_shellstatusformatter.moc"
