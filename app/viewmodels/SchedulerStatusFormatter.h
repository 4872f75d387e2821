#pragma once

#include "api/RequestScheduler.h"

#include <QCoreApplication>
#include <QString>
#include <QTime>

namespace chcloud {

/// Turns the request scheduler's state into the one line the status bar shows,
/// e.g. "7/10 requests in window · 3 queued · paused 4 s". Parts that are zero
/// (nothing queued, no pause, nothing in flight) are left out.
class SchedulerStatusFormatter
{
    Q_DECLARE_TR_FUNCTIONS(SchedulerStatusFormatter)

public:
    static QString format(const SchedulerStatus &status);
    /// "Last refresh: 10:42:03" (the time in the locale's long form without a date).
    static QString formatLastRefresh(const QTime &time);
};

} // namespace chcloud
