#pragma once

#include "viewmodels/UsageChartData.h"

#include <QChartView>

class QBarCategoryAxis;
class QChart;
class QStackedBarSeries;
class QValueAxis;

namespace chcloud {

/// The usage chart: one stacked bar per day, a segment per service (the biggest
/// first, the rest as "Other"), CHC on the vertical axis. It draws a
/// UsageChartData and holds no numbers of its own.
class UsageChartView : public QChartView
{
    Q_OBJECT

public:
    explicit UsageChartView(QWidget *parent = nullptr);

    /// Replaces what the chart shows.
    void setData(const UsageChartData &data);
    /// The series drawn (one per UsageChartData series).
    QStackedBarSeries *series() const { return m_series; }
    QBarCategoryAxis *dayAxis() const { return m_days; }

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The chart's background, text and grid in the palette's colours.
    void applyPalette();

    QChart *m_chart;
    QStackedBarSeries *m_series;
    QBarCategoryAxis *m_days;
    QValueAxis *m_values;
};

} // namespace chcloud
