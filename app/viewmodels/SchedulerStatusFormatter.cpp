#include "SchedulerStatusFormatter.h"

#include <QLocale>
#include <QStringList>

namespace chcloud {

QString SchedulerStatusFormatter::format(const SchedulerStatus &status)
{
    QStringList parts;
    parts << tr("%1/%2 requests in window").arg(status.usedInWindow).arg(status.limit);
    if (status.inFlight > 0)
        parts << tr("%n in flight", nullptr, status.inFlight);
    if (status.totalQueued() > 0)
        parts << tr("%n queued", nullptr, status.totalQueued());
    if (status.pausedForMs > 0) {
        const qint64 seconds = (status.pausedForMs + 999) / 1000; // never show "paused 0 s"
        parts << tr("paused %1 s").arg(seconds);
    }
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString SchedulerStatusFormatter::formatLastRefresh(const QTime &time)
{
    if (!time.isValid())
        return tr("Not refreshed yet");
    return tr("Last refresh: %1").arg(time.toString(QStringLiteral("HH:mm:ss")));
}

} // namespace chcloud
