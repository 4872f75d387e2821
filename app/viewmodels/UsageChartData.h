#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace chcloud {

class UsageLog;
class UsageTableModel;

/// One stacked series of the usage chart: a service's CHC per day.
struct UsageChartSeries
{
    QString key; ///< service ID (or entity ID outside a service); empty for "Other"
    QString name; ///< legend text
    QList<double> values; ///< one per UsageChartData::days entry
    double total = 0;
    bool isOther = false; ///< the services beyond the top N, summed

    bool operator==(const UsageChartSeries &) const = default;
};

/// What the usage chart shows, computed without any widget so tests check it
/// without pixels: one category per day of the range and one series per
/// service (the biggest first), the services beyond the top N summed as "Other".
/// A ClickPipe counts toward its service; a warehouse entity stands alone.
struct UsageChartData
{
    static constexpr int defaultTopN = 8;

    QList<QDate> days; ///< every day of the range, empty days included
    QList<UsageChartSeries> series; ///< biggest total first; "Other" last when present
    double total = 0; ///< sum over every series and day (= sum of the records)

    /// Sum of every series on day index i.
    double dayTotal(qsizetype i) const;
    bool isEmpty() const { return series.isEmpty(); }

    /// Builds the chart over [from, to] from the log's per-series daily sums
    /// (summed while the records were read: no walk over the records).
    static UsageChartData build(const UsageLog &usage, QDate from, QDate to, int topN = defaultTopN);
    static UsageChartData build(const UsageTableModel &usage, QDate from, QDate to, int topN = defaultTopN);
    bool operator==(const UsageChartData &) const = default;
};

} // namespace chcloud
