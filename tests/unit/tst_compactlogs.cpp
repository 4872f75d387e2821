// The compact stores behind the activity and usage pages: ActivityLog and
// UsageLog read row by row, intern repeated text, merge windows, and sum the
// usage chart while reading; the table models over them under
// QAbstractItemModelTester.

#include "domain/ActivityLog.h"
#include "domain/UsageLog.h"
#include "viewmodels/ActivityFilterModel.h"
#include "viewmodels/ActivityModel.h"
#include "viewmodels/UsageChartData.h"
#include "viewmodels/UsageFilterModel.h"
#include "viewmodels/UsageTableModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

QJsonValue parse(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QJsonObject activity(const QString &id, const QString &time, const QString &type, const QString &actor,
                     const QString &service = {})
{
    QJsonObject object;
    object.insert(u"id"_s, id);
    object.insert(u"createdAt"_s, time);
    object.insert(u"type"_s, type);
    object.insert(u"actorType"_s, u"user"_s);
    object.insert(u"actorId"_s, QString(actor + u"-id"_s));
    object.insert(u"actorDetails"_s, actor);
    object.insert(u"organizationId"_s, u"org-1"_s);
    if (!service.isEmpty())
        object.insert(u"serviceId"_s, service);
    return object;
}

QJsonObject record(const QString &date, const QString &entityId, const QString &name, const QString &type,
                   const QString &serviceId, double total)
{
    QJsonObject metrics;
    metrics.insert(u"computeCHC"_s, total);
    QJsonObject object;
    object.insert(u"date"_s, date);
    object.insert(u"entityId"_s, entityId);
    object.insert(u"entityName"_s, name);
    object.insert(u"entityType"_s, type);
    object.insert(u"totalCHC"_s, total);
    object.insert(u"dataWarehouseId"_s, u"dw-1"_s);
    object.insert(u"metrics"_s, metrics);
    object.insert(u"serviceId"_s, serviceId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(serviceId));
    return object;
}

QJsonObject usage(double grandTotal, const QJsonArray &costs)
{
    QJsonObject object;
    object.insert(u"grandTotalCHC"_s, grandTotal);
    object.insert(u"costs"_s, costs);
    return object;
}

} // namespace

class TestCompactLogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void activityLog_readsRowByRowAndInterns();
    void activityLog_notAnArray();
    void activityLog_roundTripsAnActivity();
    void activityLog_mergeOrdersAndDropsEdgeDuplicates();
    void activityModel_overLog();
    void usageLog_readsAndSumsSeries();
    void usageLog_oddRecordSetAside();
    void usageLog_mergeAddsUp();
    void usageChart_fromLogMatchesRows();
    void usageTableModel_overLog();
    void usageTableModel_sortsItselfAndKeepsPersistentIndices();
};

void TestCompactLogs::activityLog_readsRowByRowAndInterns()
{
    QJsonArray array;
    for (int i = 0; i < 10; ++i)
        array.append(activity(u"a%1"_s.arg(i), u"2026-01-0%1T10:00:00Z"_s.arg(i % 9 + 1), u"service_start"_s,
                              u"alice@example.com"_s, u"svc-1"_s));
    array.append(parse(R"({"id":"odd","createdAt":42})"));
    const auto log = ActivityLog::fromJson(array, u"result"_s);
    QVERIFY(log);
    QCOMPARE(log->size(), 10);
    QCOMPARE(log->total(), 11);
    QCOMPARE(log->unreadable.size(), 1);
    QCOMPARE(log->unreadable.first().id, u"odd"_s);
    QCOMPARE(log->unreadable.first().error.path, u"result[10].createdAt"_s);
    // Ten ids, one type, one actor type, actor id and details, organization and service, and the empty string.
    QCOMPARE(log->strings().size(), 1 + 10 + 6);
    QCOMPARE(log->row(0).type, log->row(9).type);
    QCOMPARE(log->text(log->row(3).serviceId), u"svc-1"_s);
    QCOMPARE(log->find(u"service_start"_s), log->row(0).type);
    QCOMPARE(log->find(u"nothing like it"_s), ActivityLog::Text(0));
}

void TestCompactLogs::activityLog_notAnArray()
{
    const auto log = ActivityLog::fromJson(QJsonObject {}, u"result"_s);
    QVERIFY(!log);
    QCOMPARE(log.error().path, u"result"_s);
}

void TestCompactLogs::activityLog_roundTripsAnActivity()
{
    const QJsonObject json = parse(R"({"id":"k1","createdAt":"2026-02-03T04:05:06.789Z","type":"key_create",
        "actorType":"api","actorId":"key-9","actorDetails":"","actorIpAddress":"10.0.0.1","organizationId":"org",
        "userAgent":"curl/8","targetKeyId":"key-2","keyUpdateType":"created"})")
                                 .toObject();
    const auto expected = Activity::fromJson(json, u"result"_s);
    QVERIFY(expected);
    const auto log = ActivityLog::fromJson(QJsonArray { json }, u"result"_s);
    QVERIFY(log);
    QCOMPARE(log->activity(0), *expected);
    QCOMPARE(log->row(0).actorType, ActorType::Api);
}

void TestCompactLogs::activityLog_mergeOrdersAndDropsEdgeDuplicates()
{
    const auto first = ActivityLog::fromJson(
        QJsonArray { activity(u"a"_s, u"2026-01-01T00:00:00Z"_s, u"service_start"_s, u"alice"_s),
                     activity(u"edge"_s, u"2026-01-31T00:00:00Z"_s, u"service_stop"_s, u"bob"_s) },
        u"result"_s);
    const auto second = ActivityLog::fromJson(
        QJsonArray { activity(u"edge"_s, u"2026-01-31T00:00:00Z"_s, u"service_stop"_s, u"bob"_s),
                     activity(u"b"_s, u"2026-01-15T00:00:00Z"_s, u"key_create"_s, u"carol"_s), parse(R"({"id":7})") },
        u"result"_s);
    QVERIFY(first && second);
    const ActivityLog merged = ActivityLog::merge({ *first, *second });
    QCOMPARE(merged.size(), 3);
    QCOMPARE(merged.activity(0).id, u"a"_s);
    QCOMPARE(merged.activity(1).id, u"b"_s);
    QCOMPARE(merged.activity(2).id, u"edge"_s);
    QCOMPARE(merged.activity(1).actorDetails, u"carol"_s);
    QCOMPARE(merged.unreadable.size(), 1);
    QCOMPARE(ActivityLog::merge({}).size(), 0);
}

void TestCompactLogs::activityModel_overLog()
{
    ActivityModel model;
    ActivityFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QJsonArray array;
    for (int i = 0; i < 30; ++i) {
        array.append(activity(u"a%1"_s.arg(i), u"2026-03-%1T12:00:00Z"_s.arg(i + 1, 2, 10, QLatin1Char('0')),
                              i % 3 == 0 ? u"service_start"_s : u"service_stop"_s,
                              i % 2 == 0 ? u"alice@example.com"_s : u"bob@example.com"_s, u"svc-%1"_s.arg(i % 4)));
    }
    auto log = ActivityLog::fromJson(array, u"result"_s);
    QVERIFY(log);
    log->reverse();
    model.setLog(std::move(*log));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 30);
    QCOMPARE(model.types().size(), 2);
    QCOMPARE(model.actors().size(), 2);
    QCOMPARE(model.actors().first().count + model.actors().last().count, 30);
    // Newest first after reverse().
    QCOMPARE(model.data(model.index(0, ActivityModel::TimeColumn), ActivityModel::ActivityIdRole).toString(), u"a29"_s);
    QCOMPARE(model.index(0, ActivityModel::TypeColumn).data().toString(), u"Service stopped"_s);
    QCOMPARE(model.index(0, ActivityModel::ActorColumn).data().toString(), u"bob@example.com"_s);

    filter.setTypeFilter(u"service_start"_s);
    QCOMPARE(filter.rowCount(), 10);
    filter.setTypeFilter({});
    filter.setSearchText(u"svc-3"_s);
    for (int row = 0; row < filter.rowCount(); ++row)
        QCOMPARE(filter.index(row, ActivityModel::ServiceColumn).data().toString(), u"svc-3"_s);
    QVERIFY(filter.rowCount() > 0);
    filter.setSearchText({});
    filter.sort(ActivityModel::ServiceColumn, Qt::AscendingOrder);
    for (int row = 1; row < filter.rowCount(); ++row)
        QVERIFY(filter.index(row - 1, ActivityModel::ServiceColumn).data().toString()
                <= filter.index(row, ActivityModel::ServiceColumn).data().toString());
    // The proxy passes the sort on: the model's own rows move, and a persistent
    // index stays with its activity.
    const QPersistentModelIndex kept = model.index(model.rowCount() - 1, ActivityModel::TimeColumn);
    const QString keptId = model.activityAt(kept.row()).id;
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    filter.sort(ActivityModel::TimeColumn, Qt::AscendingOrder);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(model.sortColumn(), int(ActivityModel::TimeColumn));
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.createdAtOf(row - 1) <= model.createdAtOf(row));
    for (int row = 1; row < filter.rowCount(); ++row)
        QVERIFY(model.createdAtOf(filter.mapToSource(filter.index(row - 1, 0)).row())
                <= model.createdAtOf(filter.mapToSource(filter.index(row, 0)).row()));
    QVERIFY(kept.isValid());
    QCOMPARE(model.activityAt(kept.row()).id, keptId);
    // A search keeps the order.
    filter.setSearchText(u"svc-3"_s);
    for (int row = 1; row < filter.rowCount(); ++row)
        QVERIFY(model.createdAtOf(filter.mapToSource(filter.index(row - 1, 0)).row())
                <= model.createdAtOf(filter.mapToSource(filter.index(row, 0)).row()));
    filter.setSearchText({});

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCompactLogs::usageLog_readsAndSumsSeries()
{
    const QJsonObject json
        = usage(99.0,
                QJsonArray { record(u"2026-01-01"_s, u"pipe-1"_s, u"ingest"_s, u"clickpipe"_s, u"svc-1"_s, 1),
                             record(u"2026-01-01"_s, u"svc-1"_s, u"prod"_s, u"service"_s, u"svc-1"_s, 10),
                             record(u"2026-01-02"_s, u"svc-1"_s, u"prod"_s, u"service"_s, u"svc-1"_s, 20),
                             record(u"2026-01-02"_s, u"svc-2"_s, u"staging"_s, u"service"_s, u"svc-2"_s, 5),
                             record(u"2026-01-02"_s, u"dw-1"_s, u"warehouse"_s, u"datawarehouse"_s, {}, 2) });
    const auto log = UsageLog::fromJson(json, u"result"_s);
    QVERIFY(log);
    QCOMPARE(log->size(), 5);
    QCOMPARE(log->grandTotalCHC, 99.0);
    QCOMPARE(log->sum(), 38.0);
    // Four entities, three series: the ClickPipe counts toward its service.
    QCOMPARE(log->entities().size(), 4);
    QCOMPARE(log->series().size(), 3);
    const UsageLog::Series &prod = log->series().at(log->entities().first().series);
    QCOMPARE(prod.key, u"svc-1"_s);
    QCOMPARE(prod.name, u"prod"_s); // the service's own record names it, though the ClickPipe came first
    QCOMPARE(prod.total, 31.0);
    QCOMPARE(prod.daily.value(QDate(2026, 1, 1).toJulianDay()), 11.0);
    QCOMPARE(prod.daily.value(QDate(2026, 1, 2).toJulianDay()), 20.0);
    QCOMPARE(log->rows().at(0).entity, 0);
    QCOMPARE(log->rows().at(1).entity, log->rows().at(2).entity);
}

void TestCompactLogs::usageLog_oddRecordSetAside()
{
    const auto log = UsageLog::fromJson(parse(R"({"grandTotalCHC":3,"costs":[
        {"date":"2026-01-01","entityId":"s","entityType":"service","totalCHC":1},
        {"date":"yesterday","entityId":"t","totalCHC":1},
        {"date":"2026-01-02","entityId":"s","entityType":"service","totalCHC":2}]})"),
                                        u"result"_s);
    QVERIFY(log);
    QCOMPARE(log->size(), 2);
    QCOMPARE(log->unreadable.size(), 1);
    QCOMPARE(log->unreadable.first().error.path, u"result.costs[1].date"_s);
    QCOMPARE(log->sum(), 3.0);

    const auto notAList = UsageLog::fromJson(parse(R"({"costs":{"date":"2024-01-01"}})"), u"result"_s);
    QVERIFY(!notAList);
    QCOMPARE(notAList.error().path, u"result.costs"_s);
    const auto notANumber = UsageLog::fromJson(parse(R"({"grandTotalCHC":"3"})"), u"result"_s);
    QVERIFY(!notANumber);
    QCOMPARE(notANumber.error().path, u"result.grandTotalCHC"_s);
}

void TestCompactLogs::usageLog_mergeAddsUp()
{
    const auto late = UsageLog::fromJson(
        usage(4.0, QJsonArray { record(u"2026-02-01"_s, u"svc-1"_s, u"prod"_s, u"service"_s, u"svc-1"_s, 4) }),
        u"result"_s);
    const auto early = UsageLog::fromJson(
        usage(3.0,
              QJsonArray { record(u"2026-01-01"_s, u"svc-2"_s, u"dev"_s, u"service"_s, u"svc-2"_s, 1),
                           record(u"2026-01-02"_s, u"svc-1"_s, u"prod"_s, u"service"_s, u"svc-1"_s, 2) }),
        u"result"_s);
    QVERIFY(late && early);
    const UsageLog merged = UsageLog::merge({ *late, *early });
    QCOMPARE(merged.grandTotalCHC, 7.0);
    QCOMPARE(merged.size(), 3);
    QCOMPARE(merged.rows().first().date, QDate(2026, 1, 1));
    QCOMPARE(merged.rows().last().date, QDate(2026, 2, 1));
    QCOMPARE(merged.entities().size(), 2);
    QCOMPARE(merged.series().size(), 2);
    const UsageLog::Series &prod = merged.series().at(merged.entities().at(merged.rows().last().entity).series);
    QCOMPARE(prod.total, 6.0);
    QCOMPARE(merged.sum(), 7.0);
}

void TestCompactLogs::usageChart_fromLogMatchesRows()
{
    QJsonArray costs;
    for (int day = 1; day <= 10; ++day) {
        for (int service = 0; service < 12; ++service) {
            costs.append(record(u"2026-04-%1"_s.arg(day, 2, 10, QLatin1Char('0')), u"svc-%1"_s.arg(service),
                                u"service %1"_s.arg(service), u"service"_s, u"svc-%1"_s.arg(service),
                                service + day / 10.0));
        }
    }
    const auto log = UsageLog::fromJson(usage(0, costs), u"result"_s);
    QVERIFY(log);
    const QDate from(2026, 4, 3);
    const QDate to(2026, 4, 12);
    const UsageChartData chart = UsageChartData::build(*log, from, to, 4);
    QCOMPARE(chart.days.size(), 10);
    QCOMPARE(chart.series.size(), 5); // four biggest and "Other (8 services)"
    QVERIFY(chart.series.last().isOther);
    QCOMPARE(chart.series.first().key, u"svc-11"_s);
    // The sums read while decoding agree with the rows in the range.
    double expected = 0;
    for (const UsageLog::Row &row : log->rows()) {
        if (row.date >= from && row.date <= to)
            expected += row.total;
    }
    QVERIFY(qAbs(chart.total - expected) < 1e-9);
    double shown = 0;
    for (qsizetype day = 0; day < chart.days.size(); ++day)
        shown += chart.dayTotal(day);
    QVERIFY(qAbs(shown - expected) < 1e-9);
    QCOMPARE(chart.series.first().values.at(0), 11 + 0.3);
    QCOMPARE(chart.series.first().values.at(9), 0.0); // past the data
}

void TestCompactLogs::usageTableModel_overLog()
{
    UsageTableModel model;
    UsageFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QJsonArray costs;
    for (int day = 1; day <= 5; ++day) {
        costs.append(record(u"2026-05-0%1"_s.arg(day), u"svc-a"_s, u"alpha"_s, u"service"_s, u"svc-a"_s, day));
        costs.append(record(u"2026-05-0%1"_s.arg(day), u"svc-b"_s, u"beta"_s, u"service"_s, u"svc-b"_s, 10 - day));
        costs.append(record(u"2026-05-0%1"_s.arg(day), u"pipe"_s, u"gamma"_s, u"clickpipe"_s, u"svc-a"_s, 0.5));
    }
    auto log = UsageLog::fromJson(usage(0, costs), u"result"_s);
    QVERIFY(log);
    model.setLog(std::move(*log));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 15);
    QCOMPARE(model.entities().size(), 3);
    QCOMPARE(model.total(), 15 + 35 + 2.5);
    QCOMPARE(model.index(0, UsageTableModel::EntityColumn).data().toString(), u"alpha"_s);
    QCOMPARE(model.index(2, UsageTableModel::EntityTypeColumn).data().toString(), u"ClickPipe"_s);
    QCOMPARE(model.index(1, UsageTableModel::TotalColumn).data(UsageTableModel::ValueRole).toDouble(), 9.0);

    filter.setSearchText(u"bet"_s);
    QCOMPARE(filter.rowCount(), 5);
    filter.setSearchText(u"clickpipe"_s);
    QCOMPARE(filter.rowCount(), 5);
    filter.setSearchText({});
    filter.sort(UsageTableModel::TotalColumn, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, UsageTableModel::TotalColumn).data(UsageTableModel::ValueRole).toDouble(), 9.0);
    filter.sort(UsageTableModel::EntityColumn, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, UsageTableModel::EntityColumn).data().toString(), u"alpha"_s);
    QCOMPARE(filter.index(14, UsageTableModel::EntityColumn).data().toString(), u"gamma"_s);
    // By type: equal types tie, and ties keep the order they had (newest first here).
    filter.sort(UsageTableModel::DateColumn, Qt::DescendingOrder);
    filter.sort(UsageTableModel::EntityTypeColumn, Qt::AscendingOrder);
    QStringList typesAndDates;
    for (int row = 0; row < filter.rowCount(); ++row) {
        typesAndDates << filter.index(row, UsageTableModel::EntityTypeColumn).data().toString() + u' '
                + filter.index(row, UsageTableModel::DateColumn)
                      .data(UsageTableModel::ValueRole)
                      .toDate()
                      .toString(Qt::ISODate);
    }
    QCOMPARE(typesAndDates.mid(0, 6),
             (QStringList { u"ClickPipe 2026-05-05"_s, u"ClickPipe 2026-05-04"_s, u"ClickPipe 2026-05-03"_s,
                            u"ClickPipe 2026-05-02"_s, u"ClickPipe 2026-05-01"_s, u"Service 2026-05-05"_s }));
    QCOMPARE(typesAndDates.mid(5, 2), (QStringList { u"Service 2026-05-05"_s, u"Service 2026-05-05"_s }));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.total(), 0.0);
}

void TestCompactLogs::usageTableModel_sortsItselfAndKeepsPersistentIndices()
{
    UsageTableModel model;
    UsageFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QJsonArray costs;
    costs.append(record(u"2026-05-01"_s, u"svc-a"_s, u"alpha"_s, u"service"_s, u"svc-a"_s, 3));
    costs.append(record(u"2026-05-02"_s, u"svc-b"_s, u"beta"_s, u"service"_s, u"svc-b"_s, 1));
    costs.append(record(u"2026-05-03"_s, u"svc-c"_s, u"gamma"_s, u"service"_s, u"svc-c"_s, 3));
    costs.append(record(u"2026-05-04"_s, u"svc-d"_s, u"delta"_s, u"service"_s, u"svc-d"_s, 2));
    auto log = UsageLog::fromJson(usage(0, costs), u"result"_s);
    QVERIFY(log);
    model.setLog(*log);

    const auto totals = [&filter] {
        QList<double> list;
        for (int row = 0; row < filter.rowCount(); ++row)
            list << filter.index(row, UsageTableModel::TotalColumn).data(UsageTableModel::ValueRole).toDouble();
        return list;
    };
    const auto names = [&filter] {
        QStringList list;
        for (int row = 0; row < filter.rowCount(); ++row)
            list << filter.index(row, UsageTableModel::EntityColumn).data().toString();
        return list;
    };
    // The proxy passes the sort on: the source's own rows are reordered.
    const QPersistentModelIndex beta = model.index(1, UsageTableModel::EntityColumn);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    filter.sort(UsageTableModel::TotalColumn, Qt::DescendingOrder);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(totals(), (QList<double> { 3, 3, 2, 1 }));
    QCOMPARE(names(), (QStringList { u"alpha"_s, u"gamma"_s, u"delta"_s, u"beta"_s })); // ties keep their order
    QCOMPARE(model.sortColumn(), int(UsageTableModel::TotalColumn));
    QVERIFY(beta.isValid());
    QCOMPARE(beta.row(), 3);
    QCOMPARE(beta.data().toString(), u"beta"_s);

    // Filtering keeps the sorted order; a new log is sorted the same way.
    filter.setSearchText(u"a"_s); // alpha, gamma, delta, beta: all contain "a"
    QCOMPARE(names(), (QStringList { u"alpha"_s, u"gamma"_s, u"delta"_s, u"beta"_s }));
    filter.setSearchText(u"mm"_s);
    QCOMPARE(names(), QStringList { u"gamma"_s });
    // Sorting under a search: the search follows the rows to their new places.
    filter.setSearchText(u"ta"_s); // beta, delta
    filter.sort(UsageTableModel::TotalColumn, Qt::AscendingOrder);
    QCOMPARE(names(), (QStringList { u"beta"_s, u"delta"_s }));
    filter.sort(UsageTableModel::EntityColumn, Qt::DescendingOrder);
    QCOMPARE(names(), (QStringList { u"delta"_s, u"beta"_s }));
    filter.sort(UsageTableModel::TotalColumn, Qt::DescendingOrder);
    filter.setSearchText({});
    costs.append(record(u"2026-05-05"_s, u"svc-e"_s, u"epsilon"_s, u"service"_s, u"svc-e"_s, 5));
    auto longer = UsageLog::fromJson(usage(0, costs), u"result"_s);
    QVERIFY(longer);
    model.setLog(*longer);
    QCOMPARE(totals(), (QList<double> { 5, 3, 3, 2, 1 }));
    filter.sort(UsageTableModel::EntityColumn, Qt::AscendingOrder);
    QCOMPARE(names(), (QStringList { u"alpha"_s, u"beta"_s, u"delta"_s, u"epsilon"_s, u"gamma"_s }));
}

QTEST_GUILESS_MAIN(TestCompactLogs)
#include "tst_compactlogs.moc"
