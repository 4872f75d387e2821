#include "UsageChartView.h"

#include "widgets/DateFields.h"
#include "widgets/StatusColors.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QColor>
#include <QEvent>
#include <QLegend>
#include <QLocale>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>

namespace chcloud {

namespace {

/// Marks the bar set of the "Other" series.
constexpr const char *OtherProperty = "chcloudOther";

/// Distinguishable colours that read on the palette's base; "Other" is always grey.
QColor seriesColor(qsizetype index, bool isOther)
{
    const QPalette palette = QApplication::palette();
    return isOther ? StatusColors::seriesRest(palette) : StatusColors::series(int(index % 10), palette);
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
    applyPalette();
}

void UsageChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void UsageChartView::applyPalette()
{
    const QPalette colors = palette();
    m_chart->setBackgroundBrush(colors.brush(QPalette::Base));
    m_chart->setBackgroundPen(QPen(colors.color(QPalette::Mid)));
    m_chart->legend()->setLabelColor(colors.color(QPalette::Text));
    for (QAbstractAxis *axis : { static_cast<QAbstractAxis *>(m_days), static_cast<QAbstractAxis *>(m_values) }) {
        axis->setLabelsColor(colors.color(QPalette::Text));
        axis->setTitleBrush(colors.brush(QPalette::Text));
        axis->setLinePenColor(colors.color(QPalette::Mid));
        axis->setGridLineColor(colors.color(StatusColors::isDark(colors) ? QPalette::Light : QPalette::Midlight));
    }
    // The series' colours follow the palette too; drawn again with the next data.
    const QList<QBarSet *> sets = m_series->barSets();
    for (qsizetype i = 0; i < sets.size(); ++i) {
        sets.at(i)->setColor(seriesColor(i, sets.at(i)->property(OtherProperty).toBool()));
        sets.at(i)->setBorderColor(sets.at(i)->color());
    }
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
        categories.append(spansYears ? QLocale().toString(day, QLocale::ShortFormat)
                                     : QLocale().toString(day, DateFields::dayMonthFormat(QLocale())));
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
        set->setProperty(OtherProperty, source.isOther);
        set->setColor(seriesColor(i, source.isOther));
        set->setBorderColor(set->color());
        sets.append(set);
    }
    m_series->append(sets);
    m_values->setRange(0, maxDay > 0 ? maxDay * 1.05 : 1);
    m_values->applyNiceNumbers();
}

} // namespace chcloud
