#include "UsageChartView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QColor>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>

namespace chcloud {

namespace {

/// Distinguishable colours; "Other" is always grey.
QColor seriesColor(qsizetype index, bool isOther)
{
    static constexpr std::array<QRgb, 10> palette { 0x3b6fb6, 0xe8a33d, 0x4ca67a, 0xc4524b, 0x8a63b8,
                                                    0x3fa7b5, 0xd4729c, 0x8c7a4f, 0x6b8e23, 0x5a6acf };
    if (isOther)
        return QColor(0xa0a4aa);
    return QColor(palette[std::size_t(index) % palette.size()]);
}

} // namespace

UsageChartView::UsageChartView(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_series(new QStackedBarSeries)
    , m_days(new QBarCategoryAxis)
    , m_values(new QValueAxis)
{
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_days, Qt::AlignBottom);
    m_chart->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_days);
    m_series->attachAxis(m_values);
    m_series->setBarWidth(0.85);
    m_values->setTitleText(tr("CHC per day"));
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    m_days->setLabelsAngle(-90);
    QFont small = m_days->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    m_days->setLabelsFont(small);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->legend()->setShowToolTips(true);
    QFont legendFont = m_chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    m_chart->legend()->setFont(legendFont);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // QChartView starts with a chart of its own and does not delete it when another
    // is set: delete it here, or every usage page leaks a whole chart.
    QChart *initial = chart();
    setChart(m_chart); // takes ownership of m_chart
    delete initial;
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
}

void UsageChartView::setData(const UsageChartData &data)
{
    m_series->clear();
    m_days->clear();

    // Short labels; a long range labels every day still, rotated and small.
    QStringList categories;
    categories.reserve(data.days.size());
    const bool spansYears = !data.days.isEmpty() && data.days.first().year() != data.days.last().year();
    for (const QDate &day : data.days)
        categories.append(day.toString(spansYears ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM-dd")));
    m_days->append(categories);

    double maxDay = 0;
    for (qsizetype d = 0; d < data.days.size(); ++d)
        maxDay = std::max(maxDay, data.dayTotal(d));

    QList<QBarSet *> sets;
    sets.reserve(data.series.size());
    for (qsizetype i = 0; i < data.series.size(); ++i) {
        const UsageChartSeries &source = data.series.at(i);
        auto *set = new QBarSet(source.name);
        set->append(source.values);
        set->setColor(seriesColor(i, source.isOther));
        set->setBorderColor(set->color());
        sets.append(set);
    }
    m_series->append(sets);
    m_values->setRange(0, maxDay > 0 ? maxDay * 1.05 : 1);
    m_values->applyNiceNumbers();
}

} // namespace chcloud
