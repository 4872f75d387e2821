#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QPushButton;

namespace chcloud {

/// "From [date] to [date] (UTC)  Last 7 / 30 / 90 days  [Refresh]": the range
/// picker of the Activity and Usage pages. Choosing a preset or pressing Refresh
/// applies the range; editing a date only changes the fields until then.
class DateRangeBar : public QWidget
{
    Q_OBJECT

public:
    /// objectNamePrefix names the children ("activity" → activityFromDate, activityToDate…).
    explicit DateRangeBar(const QString &objectNamePrefix, QWidget *parent = nullptr);

    QDate fromDate() const;
    QDate toDate() const;
    /// Shows the range without applying it.
    void setRange(QDate from, QDate to);

public Q_SLOTS:
    /// Emits rangeApplied() with the fields' range (swapped when reversed).
    void apply();
    /// Sets the last `days` days up to today (UTC) and applies.
    void applyLastDays(int days);

Q_SIGNALS:
    void rangeApplied(QDate from, QDate to);

private:
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_refresh;
};

} // namespace chcloud
