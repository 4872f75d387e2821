#include "UsageChartData.h"

#include "UsageTableModel.h"

#include <QCoreApplication>
#include <QHash>

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
    UsageChartData chart;
    if (!from.isValid() || !to.isValid() || to < from)
        return chart;
    const qsizetype dayCount = from.daysTo(to) + 1;
    chart.days.reserve(dayCount);
    for (QDate day = from; day <= to; day = day.addDays(1))
        chart.days.append(day);

    // Entities grouped into services: ClickPipes join the service they belong to.
    const auto &entities = usage.entities();
    QList<int> seriesOfEntity(entities.size(), -1);
    QHash<QString, int> seriesOfKey;
    QList<UsageChartSeries> all;
    for (qsizetype e = 0; e < entities.size(); ++e) {
        const UsageTableModel::Entity &entity = entities.at(e);
        const QString key = entity.serviceId.isEmpty() ? entity.id : entity.serviceId;
        auto found = seriesOfKey.constFind(key);
        if (found == seriesOfKey.cend()) {
            found = seriesOfKey.insert(key, int(all.size()));
            UsageChartSeries series;
            series.key = key;
            series.values.resize(dayCount);
            all.append(std::move(series));
        }
        UsageChartSeries &series = all[*found];
        // The service's own record names the series; anything else only until one comes.
        if (series.name.isEmpty() || entity.type == QLatin1String("service"))
            series.name = entity.name.isEmpty() ? entity.id : entity.name;
        seriesOfEntity[e] = *found;
    }

    for (const UsageTableModel::Row &row : usage.rows()) {
        const qint64 day = from.daysTo(row.date);
        if (day < 0 || day >= dayCount)
            continue;
        UsageChartSeries &series = all[seriesOfEntity.at(row.entity)];
        series.values[day] += row.total;
        series.total += row.total;
        chart.total += row.total;
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
