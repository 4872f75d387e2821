#include "ScheduleWeekView.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace chcloud {

namespace {

constexpr int kDays = 7;
constexpr int kHours = 24;

/// Whether block covers hour on day, counting the part of a block that spills
/// past midnight into the next day.
bool covers(const ScheduleWeekView::Block &block, int day, int hour)
{
    const int start = block.startHourUtc;
    const int end = block.endHourUtc;
    if (start < end)
        return block.weekdays.contains(day) && hour >= start && hour < end;
    // Wraps: from start to midnight on the day, from midnight to end on the next.
    if (block.weekdays.contains(day) && hour >= start)
        return true;
    const int previous = (day + kDays - 1) % kDays;
    return block.weekdays.contains(previous) && hour < end;
}

QString dayName(int apiDay)
{
    return QLocale().dayName(apiDay == 0 ? 7 : apiDay, QLocale::ShortFormat);
}

} // namespace

ScheduleWeekView::ScheduleWeekView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scheduleWeekView"));
    setAccessibleName(tr("Week view of the scaling schedule"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateAccessibleText();
}

void ScheduleWeekView::setBlocks(const QList<Block> &blocks)
{
    m_blocks = blocks;
    updateAccessibleText();
    update();
}

void ScheduleWeekView::setUpgradeWindow(std::optional<int> weekday, int startHourUtc, int durationHours)
{
    m_windowDay = weekday;
    m_windowStart = startHourUtc;
    m_windowHours = durationHours;
    updateAccessibleText();
    update();
}

int ScheduleWeekView::cell(int day, int hour) const
{
    int state = 0;
    for (const Block &block : m_blocks) {
        if (covers(block, day, hour))
            state = std::max(state, block.active ? 2 : 1);
    }
    return state;
}

int ScheduleWeekView::coveredHours() const
{
    int covered = 0;
    for (int day = 0; day < kDays; ++day) {
        for (int hour = 0; hour < kHours; ++hour)
            covered += cell(day, hour) > 0 ? 1 : 0;
    }
    return covered;
}

void ScheduleWeekView::updateAccessibleText()
{
    setAccessibleDescription(tr("%n hours of the week have a schedule entry.", nullptr, coveredHours()));
}

QSize ScheduleWeekView::sizeHint() const
{
    const QFontMetrics metrics(font());
    return { 400, (kDays + 1) * (metrics.height() + 4) + 4 };
}

QSize ScheduleWeekView::minimumSizeHint() const
{
    return sizeHint() - QSize(200, 0);
}

void ScheduleWeekView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    const QPalette &pal = palette();
    const QFontMetrics metrics(font());
    int labelWidth = 0;
    for (int day = 0; day < kDays; ++day)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(dayName(day)));
    labelWidth += 8;
    const int rowHeight = metrics.height() + 4;
    const double hourWidth = double(width() - labelWidth - 2) / kHours;
    const int gridTop = rowHeight;

    painter.fillRect(rect(), pal.color(QPalette::Window));
    painter.setPen(pal.color(QPalette::WindowText));
    // Hour labels every six hours, UTC.
    for (int hour = 0; hour <= kHours; hour += 6) {
        const int x = labelWidth + int(hour * hourWidth);
        const QString text = QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0'));
        const int textX = std::min(x, width() - metrics.horizontalAdvance(text) - 1);
        painter.drawText(QPoint(textX, metrics.ascent() + 1), text);
    }
    QColor scheduled = pal.color(QPalette::Highlight);
    scheduled.setAlpha(110);
    for (int day = 0; day < kDays; ++day) {
        const int y = gridTop + day * rowHeight;
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRect(0, y, labelWidth - 4, rowHeight), Qt::AlignVCenter | Qt::AlignRight, dayName(day));
        const QRectF row(labelWidth, y + 1, hourWidth * kHours, rowHeight - 2);
        painter.fillRect(row, pal.color(QPalette::Base));
        for (int hour = 0; hour < kHours; ++hour) {
            const int state = cell(day, hour);
            if (state == 0)
                continue;
            const QRectF box(labelWidth + hour * hourWidth, y + 1, hourWidth + 0.5, rowHeight - 2);
            painter.fillRect(box, state == 2 ? pal.color(QPalette::Highlight) : scheduled);
        }
        // The upgrade window, hatched over whatever runs then.
        if (m_windowDay && *m_windowDay == day) {
            const QRectF window(labelWidth + m_windowStart * hourWidth, y + 1, m_windowHours * hourWidth,
                                rowHeight - 2);
            painter.fillRect(window, QBrush(pal.color(QPalette::Text), Qt::BDiagPattern));
            painter.setPen(pal.color(QPalette::Text));
            painter.drawRect(window.adjusted(0, 0, -1, -1));
        }
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawRect(row.adjusted(0, 0, -1, -1));
    }
    // Six-hour grid lines.
    painter.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DotLine));
    for (int hour = 6; hour < kHours; hour += 6) {
        const int x = labelWidth + int(hour * hourWidth);
        painter.drawLine(x, gridTop, x, gridTop + kDays * rowHeight);
    }
}

} // namespace chcloud
