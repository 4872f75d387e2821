#pragma once

#include "ApiError.h"

#include <QLoggingCategory>
#include <QPointer>

#include <optional>

namespace chcloud {

class RequestLog;
struct RequestJob;
struct SchedulerStatus;
struct TransportResult;

Q_DECLARE_LOGGING_CATEGORY(lcScheduler)

/// What the scheduler writes down: one RequestLog entry per request that went
/// out (however many attempts it took), and every change of its published status
/// as a JSON line on the logging category "chcloud.scheduler" (debug level, off by
/// default: QT_LOGGING_RULES="chcloud.scheduler.debug=true"), so a run of the
/// executable can be checked for how deep its queue grew.
class SchedulerLog
{
public:
    /// log may be null: then only the status lines are written.
    explicit SchedulerLog(RequestLog *log);

    /// Records a finished job; a job that never went out leaves no entry.
    void logJob(const RequestJob &job, const TransportResult &result, const std::optional<ApiError> &error,
                qint64 nowMs) const;
    /// Writes the status as a JSON line when the category is enabled.
    static void logStatus(const SchedulerStatus &status);

private:
    QPointer<RequestLog> m_log;
};

} // namespace chcloud
