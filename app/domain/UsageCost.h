#pragma once

#include "Expected.h"
#include "JsonFields.h"
#include "ParseError.h"

#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace chcloud {

/// Cost per category in ClickHouse Credits ("UsageCostMetrics"); absent means zero.
struct UsageCostMetrics
{
    double storageCHC = 0;
    double backupCHC = 0;
    double computeCHC = 0;
    double dataTransferCHC = 0;
    double initialLoadCHC = 0;
    double publicDataTransferCHC = 0;
    double interRegionTier1DataTransferCHC = 0;
    double interRegionTier2DataTransferCHC = 0;
    double interRegionTier3DataTransferCHC = 0;
    double interRegionTier4DataTransferCHC = 0;

    static Expected<UsageCostMetrics, ParseError> fromJson(const QJsonValue &json, const QString &path);
    bool operator==(const UsageCostMetrics &) const = default;
};

/// One day of one entity ("UsageCostRecord").
struct UsageCostRecord
{
    QString dataWarehouseId;
    std::optional<QString> serviceId; ///< null for entities outside a service
    QDate date;
    QString entityType; ///< "datawarehouse", "service", "clickpipe" (raw)
    QString entityId;
    QString entityName;
    UsageCostMetrics metrics;
    double totalCHC = 0;
    std::optional<bool> locked;

    static Expected<UsageCostRecord, ParseError> fromJson(const QJsonValue &json, const QString &path);
    bool operator==(const UsageCostRecord &) const = default;
};

/// A usage report over a date range ("UsageCost").
struct UsageCost
{
    double grandTotalCHC = 0;
    QList<UsageCostRecord> costs;
    /// Records that did not decode; the others are in costs (grandTotalCHC is the server's).
    QList<json::UnreadableRow> unreadable;

    static Expected<UsageCost, ParseError> fromJson(const QJsonValue &json, const QString &path);
    /// Joins reports of consecutive windows: totals add up, records are ordered by
    /// date, the unreadable records of every window are kept.
    static UsageCost merge(const QList<UsageCost> &parts);
    bool operator==(const UsageCost &) const = default;
};

} // namespace chcloud
