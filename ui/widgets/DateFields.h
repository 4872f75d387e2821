#pragma once

#include <QString>

class QDateTimeEdit;
class QLocale;

namespace chcloud {

/// Date fields that show their whole date.
class DateFields
{
public:
    /// Qt's size hint for a date field leaves its line edit a pixel or two short
    /// of the text, the margins and the cursor, so in some fonts (DejaVu Sans for
    /// "02.12.2026", Noto Sans CJK for "2026/12/02") the last digit scrolls out of
    /// view. Reserves one more digit's width. Call after setting the display format.
    static void showWholeDate(QDateTimeEdit *edit);
    /// The locale's short date format without the year, for labels where the
    /// year is known ("dd.MM" in German, "MM/dd" in Japanese, "M/d" in US English).
    static QString dayMonthFormat(const QLocale &locale);
};

} // namespace chcloud
