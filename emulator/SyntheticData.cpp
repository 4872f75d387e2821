#include "SyntheticData.h"

#include "DeterministicRandom.h"
#include "Validation.h"

#include <QTimeZone>
#include <QtMath>

namespace chcloud::emulator::synthetic {

using namespace Qt::StringLiterals;

namespace {
double rounded(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

bool isRunningLike(const QString &state)
{
    return state == u"running"_s || state == u"degraded"_s || state == u"partially_running"_s || state == u"awaking"_s
        || state == u"starting"_s || state == u"stopping"_s;
}
} // namespace

void appendUsage(QJsonArray &records, double &total, const Service &service, const QDate &from, const QDate &to,
                 const QDate &today)
{
    QDate first = service.createdAt.date();
    if (service.usageHistoryDays > 0)
        first = std::max(first, today.addDays(-service.usageHistoryDays + 1));
    const QDate start = std::max(first, from);
    const QDate end = std::min(to, today);
    const double memoryScale = double(service.maxReplicaMemoryGb) / 16.0 * double(std::max(1, service.numReplicas));
    for (QDate day = start; day <= end; day = day.addDays(1)) {
        DeterministicRandom random(DeterministicRandom::stableHash((service.id + day.toString(Qt::ISODate)).toUtf8()));
        const bool active = isRunningLike(service.state) || random.chance(0.3);
        const double weekday = day.dayOfWeek() >= 6 ? 0.6 : 1.0;
        const double compute = active ? rounded(random.uniform(4.0, 18.0) * memoryScale * weekday) : 0.0;
        const double transfer = rounded(random.uniform(0.0, 1.5) * (active ? 1.0 : 0.1));
        const double storage = rounded(random.uniform(1.0, 6.0));
        const double backup = rounded(random.uniform(0.1, 0.8));
        const bool locked = day < today.addDays(-2);
        const QString date = day.toString(Qt::ISODate);
        const double serviceTotal = rounded(compute + transfer);
        records.append(QJsonObject { { u"dataWarehouseId"_s, service.dataWarehouseId },
                                     { u"serviceId"_s, service.id },
                                     { u"date"_s, date },
                                     { u"entityType"_s, u"service"_s },
                                     { u"entityId"_s, service.id },
                                     { u"entityName"_s, service.name },
                                     { u"metrics"_s,
                                       QJsonObject { { u"computeCHC"_s, compute },
                                                     { u"publicDataTransferCHC"_s, transfer },
                                                     { u"interRegionTier1DataTransferCHC"_s, 0.0 },
                                                     { u"interRegionTier2DataTransferCHC"_s, 0.0 },
                                                     { u"interRegionTier3DataTransferCHC"_s, 0.0 },
                                                     { u"interRegionTier4DataTransferCHC"_s, 0.0 } } },
                                     { u"totalCHC"_s, serviceTotal },
                                     { u"locked"_s, locked } });
        const double warehouseTotal = rounded(storage + backup);
        records.append(
            QJsonObject { { u"dataWarehouseId"_s, service.dataWarehouseId },
                          { u"serviceId"_s, QJsonValue() },
                          { u"date"_s, date },
                          { u"entityType"_s, u"datawarehouse"_s },
                          { u"entityId"_s, service.dataWarehouseId },
                          { u"entityName"_s, QString(service.name + u" warehouse"_s) },
                          { u"metrics"_s, QJsonObject { { u"storageCHC"_s, storage }, { u"backupCHC"_s, backup } } },
                          { u"totalCHC"_s, warehouseTotal },
                          { u"locked"_s, locked } });
        total += serviceTotal + warehouseTotal;
    }
}

QList<QJsonObject> backups(const Service &service)
{
    QList<QJsonObject> result;
    DeterministicRandom random(DeterministicRandom::stableHash((u"backups:"_s + service.id).toUtf8()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime today(now.date(), QTime(2, 0), QTimeZone::utc());
    const int count = service.state == u"provisioning"_s ? 0 : 5;
    for (int i = count - 1; i >= 0; --i) {
        const QDateTime started = today.addDays(-i).addSecs(random.bounded(0, 1800));
        const bool inProgress = i == 0 && started > now.addSecs(-3600) && started <= now;
        const bool future = started > now;
        const int duration = random.bounded(120, 2400);
        QJsonObject backup { { u"id"_s, random.uuid() },
                             { u"status"_s,
                               inProgress ? u"in_progress"_s : (random.chance(0.05) ? u"error"_s : u"done"_s) },
                             { u"serviceId"_s, service.id },
                             { u"startedAt"_s, validation::formatDateTime(future ? started.addDays(-5) : started) },
                             { u"sizeInBytes"_s, double(random.bounded(50, 4000)) * 1024.0 * 1024.0 * 16.0 },
                             { u"durationInSeconds"_s, inProgress ? qint64(started.secsTo(now)) : duration },
                             { u"type"_s, i == count - 1 ? u"full"_s : u"incremental"_s },
                             { u"backupName"_s, QString(u"backup-"_s + started.toString(u"yyyyMMdd"_s)) } };
        if (!inProgress)
            backup.insert(u"finishedAt"_s,
                          validation::formatDateTime((future ? started.addDays(-5) : started).addSecs(duration)));
        if (service.provider == u"aws"_s) {
            backup.insert(u"bucket"_s,
                          QJsonObject { { u"bucketProvider"_s, u"AWS"_s },
                                        { u"bucketPath"_s,
                                          QString(u"s3://ch-backups-"_s + service.region + u"/"_s + service.id) },
                                        { u"iamRoleArn"_s, u"arn:aws:iam::123456789012:role/ch-backup"_s },
                                        { u"iamRoleSessionName"_s, u"clickhouse-backup"_s } });
        }
        result.append(backup);
    }
    return result;
}

QByteArray prometheus(const QString &organizationId, const QList<const Service *> &services, bool filtered)
{
    struct Metric
    {
        const char *name;
        const char *type;
        const char *help;
        bool inFilteredSet;
        double scale;
    };
    static const Metric metrics[] = {
        { "ClickHouseProfileEvents_Query", "counter", "Number of queries to be interpreted and potentially executed.",
          true, 1e5 },
        { "ClickHouseProfileEvents_SelectedRows", "counter", "Number of rows SELECTed from all tables.", true, 1e9 },
        { "ClickHouseProfileEvents_InsertedRows", "counter", "Number of rows INSERTed to all tables.", false, 1e8 },
        { "ClickHouseMetrics_Query", "gauge", "Number of executing queries.", true, 20 },
        { "ClickHouseMetrics_MemoryTracking", "gauge", "Total amount of memory (bytes) allocated by the server.", true,
          8e9 },
        { "ClickHouseAsyncMetrics_TotalBytesOfMergeTreeTables", "gauge",
          "Total amount of bytes stored in all tables of MergeTree family.", true, 5e11 },
        { "ClickHouseAsyncMetrics_LoadAverage1", "gauge", "The whole system load, averaged over 1 minute.", false, 4 },
    };
    QByteArray text;
    for (const Metric &metric : metrics) {
        if (filtered && !metric.inFilteredSet)
            continue;
        text += "# HELP " + QByteArray(metric.name) + ' ' + metric.help + '\n';
        text += "# TYPE " + QByteArray(metric.name) + ' ' + metric.type + '\n';
        for (const Service *service : services) {
            if (!isRunningLike(service->state) && service->state != u"idle"_s)
                continue;
            DeterministicRandom random(
                DeterministicRandom::stableHash((service->id + QString::fromLatin1(metric.name)).toUtf8()));
            const double value = std::floor(random.uniform(0.05, 1.0) * metric.scale);
            text += QByteArray(metric.name) + "{clickhouse_org=\"" + organizationId.toUtf8()
                + "\",clickhouse_service=\"" + service->id.toUtf8() + "\",clickhouse_service_name=\""
                + service->name.toUtf8() + "\",hostname=\"c-" + service->host.left(10).toUtf8()
                + "-server-0\",instance=\"c-" + service->host.left(10).toUtf8() + "-server-0\"} "
                + QByteArray::number(value, 'f', 0) + '\n';
        }
    }
    text
        += "# HELP ClickHouse_ServiceInfo Information about service, including cluster status and ClickHouse version\n";
    text += "# TYPE ClickHouse_ServiceInfo untyped\n";
    for (const Service *service : services) {
        text += "ClickHouse_ServiceInfo{clickhouse_org=\"" + organizationId.toUtf8() + "\",clickhouse_service=\""
            + service->id.toUtf8() + "\",clickhouse_service_name=\"" + service->name.toUtf8()
            + "\",clickhouse_cluster_status=\"" + service->state.toUtf8() + "\",clickhouse_version=\""
            + service->clickhouseVersion.toUtf8() + "\",scrape=\"full\"} 1\n";
    }
    return text;
}

} // namespace chcloud::emulator::synthetic
