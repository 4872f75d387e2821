#include "DateFields.h"

#include <QDateTimeEdit>

namespace chcloud {

void DateFields::showWholeDate(QDateTimeEdit *edit)
{
    edit->setMinimumWidth(edit->sizeHint().width() + edit->fontMetrics().horizontalAdvance(QLatin1Char('0')));
}

} // namespace chcloud
