#include "DateFields.h"

#include <QDateTimeEdit>
#include <QLocale>
#include <QRegularExpression>

namespace chcloud {

void DateFields::showWholeDate(QDateTimeEdit *edit)
{
    edit->setMinimumWidth(edit->sizeHint().width() + edit->fontMetrics().horizontalAdvance(QLatin1Char('0')));
}

QString DateFields::dayMonthFormat(const QLocale &locale)
{
    // Short formats put the year first or last, with a separator next to it.
    static const QRegularExpression leadingYear(QStringLiteral("^y+[^dM]*"));
    static const QRegularExpression trailingYear(QStringLiteral("[^dM]*y+$"));
    QString format = locale.dateFormat(QLocale::ShortFormat);
    format.remove(leadingYear).remove(trailingYear);
    if (format.isEmpty() || format.contains(QLatin1Char('y')) || !format.contains(QLatin1Char('d')))
        return QStringLiteral("MM-dd");
    return format;
}

} // namespace chcloud
