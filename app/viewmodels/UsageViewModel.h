#pragma once

#include "RemoteViewModel.h"
#include "UsageChartData.h"
#include "UsageFilterModel.h"
#include "UsageTableModel.h"

#include <QDate>

class QIODevice;

namespace chcloud {

/// Usage and cost over a range of days: the records as a table, the chart of
/// daily CHC per service (top N, the rest as "Other") and the grand total.
/// Ranges longer than 31 days are fetched in windows at visible priority and
/// merged. The chart data lives here, not in the widget, so it can be checked
/// without pixels.
class UsageViewModel : public RemoteViewModel
{
    Q_OBJECT

public:
    /// The range shown before the user picks one: the last 30 days.
    static constexpr int defaultRangeDays = 30;

    explicit UsageViewModel(QObject *parent = nullptr);

    UsageTableModel *model() const { return m_model; }
    UsageFilterModel *filterModel() const { return m_filter; }
    const UsageChartData &chartData() const { return m_chart; }
    /// The grand total the API reported (the windows' totals added up).
    double grandTotal() const { return m_grandTotal; }

    QDate fromDate() const { return m_from; }
    QDate toDate() const { return m_to; }
    /// Sets the range (inclusive days, UTC); takes effect on the next refresh().
    void setRange(QDate from, QDate to);
    int topN() const { return m_topN; }
    /// How many services the chart shows before grouping the rest; rebuilds the chart.
    void setTopN(int topN);

    /// Writes the filtered, sorted records as CSV (ISO dates, unrounded CHC).
    bool exportCsv(QIODevice *device) const;

public Q_SLOTS:
    void refresh() override;

Q_SIGNALS:
    void rangeChanged(QDate from, QDate to);
    /// The chart data or the grand total changed.
    void chartChanged();

protected:
    void clearData() override;

private:
    void rebuildChart();

    UsageTableModel *m_model;
    UsageFilterModel *m_filter;
    UsageChartData m_chart;
    double m_grandTotal = 0;
    QDate m_from;
    QDate m_to;
    QDate m_loadedFrom;
    QDate m_loadedTo;
    int m_topN = UsageChartData::defaultTopN;
};

} // namespace chcloud
