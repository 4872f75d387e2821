#include "UsageChartData.h"

#include "UsageTableModel.h"
#include "domain/UsageLog.h"

#include <QCoreApplication>

#include <algorithm>

namespace chcloud {

double UsageChartData::dayTotal(qsizetype i) const
{
    double sum = 0;
    for (const UsageChartSeries &s : series)
        sum += s.values.value(i);
    return sum;
}

UsageChartData UsageChartData::build(const UsageTableModel &usage, QDate from, QDate to, int topN)
{
    return build(usage.log(), from, to, topN);
}

UsageChartData UsageChartData::build(const UsageLog &usage, QDate from, QDate to, int topN)
{
    UsageChartData chart;
    if (!from.isValid() || !to.isValid() || to < from)
        return chart;
    const qsizetype dayCount = from.daysTo(to) + 1;
    chart.days.reserve(dayCount);
    for (QDate day = from; day <= to; day = day.addDays(1))
        chart.days.append(day);

    const qint64 firstDay = from.toJulianDay();
    QList<UsageChartSeries> all;
    all.reserve(usage.series().size());
    for (const UsageLog::Series &source : usage.series()) {
        UsageChartSeries series;
        series.key = source.key;
        series.name = source.name;
        series.values.resize(dayCount);
        for (auto it = source.daily.cbegin(); it != source.daily.cend(); ++it) {
            const qint64 day = it.key() - firstDay;
            if (day < 0 || day >= dayCount)
                continue;
            series.values[day] += it.value();
            series.total += it.value();
        }
        chart.total += series.total;
        all.append(std::move(series));
    }

    std::stable_sort(all.begin(), all.end(),
                     [](const UsageChartSeries &a, const UsageChartSeries &b) { return a.total > b.total; });
    const qsizetype shown = std::min<qsizetype>(all.size(), std::max(topN, 1));
    if (all.size() > shown + 1) {
        UsageChartSeries other;
        other.name = QCoreApplication::translate("chcloud::UsageChartData", "Other (%n services)", nullptr,
                                                 int(all.size() - shown));
        other.isOther = true;
        other.values.resize(dayCount);
        for (qsizetype i = shown; i < all.size(); ++i) {
            const UsageChartSeries &small = all.at(i);
            for (qsizetype d = 0; d < dayCount; ++d)
                other.values[d] += small.values.at(d);
            other.total += small.total;
        }
        all.resize(shown);
        all.append(std::move(other));
    }
    chart.series = std::move(all);
    return chart;
}

} // namespace chcloud
