#include "UsageCost.h"

#include "JsonFields.h"

#include <algorithm>

namespace chcloud {

using json::ObjectReader;

Expected<UsageCostMetrics, ParseError> UsageCostMetrics::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    UsageCostMetrics metrics;
    reader.optional(QStringLiteral("storageCHC"), metrics.storageCHC);
    reader.optional(QStringLiteral("backupCHC"), metrics.backupCHC);
    reader.optional(QStringLiteral("computeCHC"), metrics.computeCHC);
    reader.optional(QStringLiteral("dataTransferCHC"), metrics.dataTransferCHC);
    reader.optional(QStringLiteral("initialLoadCHC"), metrics.initialLoadCHC);
    reader.optional(QStringLiteral("publicDataTransferCHC"), metrics.publicDataTransferCHC);
    reader.optional(QStringLiteral("interRegionTier1DataTransferCHC"), metrics.interRegionTier1DataTransferCHC);
    reader.optional(QStringLiteral("interRegionTier2DataTransferCHC"), metrics.interRegionTier2DataTransferCHC);
    reader.optional(QStringLiteral("interRegionTier3DataTransferCHC"), metrics.interRegionTier3DataTransferCHC);
    reader.optional(QStringLiteral("interRegionTier4DataTransferCHC"), metrics.interRegionTier4DataTransferCHC);
    if (!reader.ok())
        return unexpected(reader.error());
    return metrics;
}

Expected<UsageCostRecord, ParseError> UsageCostRecord::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    UsageCostRecord record;
    reader.optional(QStringLiteral("dataWarehouseId"), record.dataWarehouseId);
    reader.optional(QStringLiteral("serviceId"), record.serviceId);
    reader.optional(QStringLiteral("date"), record.date);
    reader.optional(QStringLiteral("entityType"), record.entityType);
    reader.optional(QStringLiteral("entityId"), record.entityId);
    reader.optional(QStringLiteral("entityName"), record.entityName);
    std::optional<UsageCostMetrics> metrics;
    reader.optionalObject(QStringLiteral("metrics"), metrics);
    reader.optional(QStringLiteral("totalCHC"), record.totalCHC);
    reader.optional(QStringLiteral("locked"), record.locked);
    if (!reader.ok())
        return unexpected(reader.error());
    if (metrics)
        record.metrics = *metrics;
    return record;
}

Expected<UsageCost, ParseError> UsageCost::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    UsageCost cost;
    reader.optional(QStringLiteral("grandTotalCHC"), cost.grandTotalCHC);
    reader.optionalRows(QStringLiteral("costs"), cost.costs, cost.unreadable);
    if (!reader.ok())
        return unexpected(reader.error());
    return cost;
}

UsageCost UsageCost::merge(const QList<UsageCost> &parts)
{
    UsageCost merged;
    for (const UsageCost &part : parts) {
        merged.grandTotalCHC += part.grandTotalCHC;
        merged.costs.append(part.costs);
        merged.unreadable.append(part.unreadable);
    }
    std::stable_sort(merged.costs.begin(), merged.costs.end(),
                     [](const UsageCostRecord &a, const UsageCostRecord &b) { return a.date < b.date; });
    return merged;
}

} // namespace chcloud
