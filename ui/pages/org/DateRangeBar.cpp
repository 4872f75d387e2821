#include "DateRangeBar.h"

#include "widgets/DateFields.h"
#include "widgets/ThemedIcon.h"

#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace chcloud {

DateRangeBar::DateRangeBar(const QString &objectNamePrefix, QWidget *parent)
    : QWidget(parent)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_refresh(new QPushButton(ThemedIcon::icon(u"refresh"_s), tr("Refresh"), this))
{
    setObjectName(objectNamePrefix + u"DateRange"_s);
    m_from->setObjectName(objectNamePrefix + u"FromDate"_s);
    m_to->setObjectName(objectNamePrefix + u"ToDate"_s);
    m_refresh->setObjectName(objectNamePrefix + u"RefreshButton"_s);
    // The user's short date format, with the year in full ("02.12.2026", "2026/12/02").
    QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(u"yyyy"_s))
        dateFormat.replace(u"yy"_s, u"yyyy"_s);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat);
        edit->setMaximumDate(QDateTime::currentDateTimeUtc().date().addDays(1));
        DateFields::showWholeDate(edit);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    layout->addWidget(new QLabel(tr("(UTC)"), this));
    layout->addSpacing(12);
    const struct
    {
        int days;
        QString text;
    } presets[] = { { 7, tr("7 days") }, { 30, tr("30 days") }, { 90, tr("90 days") } };
    for (const auto &preset : presets) {
        auto *button = new QToolButton(this);
        button->setText(preset.text);
        button->setToolTip(tr("Show the last %n days", nullptr, preset.days));
        button->setObjectName(objectNamePrefix + u"Last%1Days"_s.arg(preset.days));
        const int days = preset.days;
        connect(button, &QToolButton::clicked, this, [this, days] { applyLastDays(days); });
        layout->addWidget(button);
    }
    layout->addSpacing(12);
    layout->addWidget(m_refresh);
    layout->addStretch(1);
    connect(m_refresh, &QPushButton::clicked, this, &DateRangeBar::apply);
}

QDate DateRangeBar::fromDate() const
{
    return m_from->date();
}

QDate DateRangeBar::toDate() const
{
    return m_to->date();
}

void DateRangeBar::setRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void DateRangeBar::apply()
{
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (from > to) {
        std::swap(from, to);
        setRange(from, to);
    }
    Q_EMIT rangeApplied(from, to);
}

void DateRangeBar::applyLastDays(int days)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    setRange(today.addDays(-(days - 1)), today);
    apply();
}

} // namespace chcloud
