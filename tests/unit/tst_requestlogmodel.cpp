#include "api/RequestLog.h"
#include "viewmodels/RequestLogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

RequestLogEntry makeEntry(const QString &path, int status, QByteArray method = "GET")
{
    RequestLogEntry entry;
    entry.startedAt = QDateTime::currentDateTimeUtc();
    entry.method = std::move(method);
    entry.pathAndQuery = path;
    entry.operationId = u"organizationGetList"_s;
    entry.priority = RequestPriority::Interactive;
    entry.httpStatus = status;
    entry.durationMs = 42;
    entry.queueWaitMs = 7;
    entry.attempts = 1;
    entry.requestId = u"3f1c6a3e-0000-4000-8000-000000000001"_s;
    return entry;
}

} // namespace

/// The request log panel's model: rows follow the log's ring buffer, every
/// change is announced with the right signals, and nothing shown holds a secret.
class TestRequestLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithExistingEntries()
    {
        RequestLog log(10);
        log.add(makeEntry(u"/v1/organizations"_s, 200));
        RequestLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLog(&log);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(RequestLogModel::ColumnCount));
        QCOMPARE(model.index(0, RequestLogModel::PathColumn).data().toString(), u"/v1/organizations"_s);
    }

    void appendsAndDropsOldest()
    {
        RequestLog log(3);
        RequestLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLog(&log);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        for (int i = 0; i < 3; ++i)
            log.add(makeEntry(u"/v1/organizations/%1"_s.arg(i), 200));
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(inserted.at(2).at(1).toInt(), 2); // appended at the end

        log.add(makeEntry(u"/v1/organizations/3"_s, 200));
        QCOMPARE(inserted.size(), 4);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.constFirst().at(1).toInt(), 0); // the oldest row went
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, RequestLogModel::PathColumn).data().toString(), u"/v1/organizations/1"_s);
        QCOMPARE(model.index(2, RequestLogModel::PathColumn).data().toString(), u"/v1/organizations/3"_s);
    }

    void columns_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("method") << int(RequestLogModel::MethodColumn) << u"POST"_s;
        QTest::newRow("path") << int(RequestLogModel::PathColumn) << u"/v1/organizations/o/keys"_s;
        QTest::newRow("status") << int(RequestLogModel::StatusColumn) << u"201"_s;
        QTest::newRow("duration") << int(RequestLogModel::DurationColumn) << u"42 ms"_s;
        QTest::newRow("queue wait") << int(RequestLogModel::QueueWaitColumn) << u"7 ms"_s;
        QTest::newRow("priority") << int(RequestLogModel::PriorityColumn) << u"interactive"_s;
        QTest::newRow("request id") << int(RequestLogModel::RequestIdColumn)
                                    << u"3f1c6a3e-0000-4000-8000-000000000001"_s;
    }

    void columns()
    {
        QFETCH(int, column);
        QFETCH(QString, expected);
        RequestLog log;
        RequestLogModel model;
        model.setLog(&log);
        log.add(makeEntry(u"/v1/organizations/o/keys"_s, 201, "POST"));
        QCOMPARE(model.index(0, column).data().toString(), expected);
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    void statusWithoutResponse_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("timeout") << int(ApiErrorKind::Timeout) << u"timeout"_s;
        QTest::newRow("network") << int(ApiErrorKind::Network) << u"network error"_s;
        QTest::newRow("cancelled") << int(ApiErrorKind::Cancelled) << u"cancelled"_s;
    }

    void statusWithoutResponse()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        RequestLogEntry entry = makeEntry(u"/v1/organizations"_s, 0);
        entry.errorKind = ApiErrorKind(kind);
        QCOMPARE(RequestLogModel::statusText(entry), expected);
    }

    void curlKeepsTheSecretOut()
    {
        const QString secret = u"4b1dSuperSecretValueThatMustNotAppear"_s;
        RequestLog log;
        RequestLogModel model;
        model.setLog(&log, QUrl(u"http://127.0.0.1:1234"_s));
        RequestLogEntry entry = makeEntry(u"/v1/organizations/o/keys"_s, 200, "POST");
        entry.requestBody = "{\"name\":\"k\",\"keySecret\":\"" + secret.toUtf8() + "\"}";
        log.add(entry);

        const QString curl = model.curlCommand(0);
        QVERIFY2(!curl.contains(secret), qPrintable(curl));
        QVERIFY(curl.contains(u"$CLICKHOUSE_CLOUD_API_SECRET"_s));
        QVERIFY(curl.contains(u"http://127.0.0.1:1234/v1/organizations/o/keys"_s));
        QVERIFY(model.curlCommand(1).isEmpty());
        QVERIFY(model.curlCommand(-1).isEmpty());
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.index(0, column).data().toString().contains(secret));
    }

    void followsTheLogSwitchAndItsDestruction()
    {
        RequestLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        RequestLog first;
        first.add(makeEntry(u"/a"_s, 200));
        model.setLog(&first);
        {
            RequestLog second;
            second.add(makeEntry(u"/b"_s, 200));
            second.add(makeEntry(u"/c"_s, 200));
            model.setLog(&second);
            QCOMPARE(model.rowCount(), 2);
            first.add(makeEntry(u"/d"_s, 200)); // the old log no longer feeds the model
            QCOMPARE(model.rowCount(), 2);
        }
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestRequestLogModel)
#include "tst_requestlogmodel.moc"
