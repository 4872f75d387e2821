#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

namespace chcloud {

/// A week at a glance: seven rows (Sunday first, as the API counts) of 24 UTC
/// hours, the schedule's entries as filled blocks, the active one marked, and
/// the upgrade window hatched. Palette colours only, so it follows the light
/// and the dark appearance. Entries that run past midnight wrap to the next day.
class ScheduleWeekView : public QWidget
{
    Q_OBJECT

public:
    struct Block
    {
        QList<int> weekdays; ///< 0 = Sunday
        int startHourUtc = 0;
        int endHourUtc = 24; ///< exclusive; below start the block wraps past midnight
        bool active = false;
    };

    explicit ScheduleWeekView(QWidget *parent = nullptr);

    void setBlocks(const QList<Block> &blocks);
    /// The six-hour window in which upgrades may happen, or none.
    void setUpgradeWindow(std::optional<int> weekday, int startHourUtc = 0, int durationHours = 6);
    /// How many hour cells are covered by an entry (for tests and the accessible text).
    int coveredHours() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /// For each day and hour: 0 free, 1 scheduled, 2 active entry.
    int cell(int day, int hour) const;
    void updateAccessibleText();

    QList<Block> m_blocks;
    std::optional<int> m_windowDay;
    int m_windowStart = 0;
    int m_windowHours = 6;
};

} // namespace chcloud
