#include "SchedulerLog.h"

#include "RequestLog.h"
#include "RequestQueue.h"
#include "RequestScheduler.h"
#include "Transport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace chcloud {

Q_LOGGING_CATEGORY(lcScheduler, "chcloud.scheduler", QtWarningMsg)

SchedulerLog::SchedulerLog(RequestLog *log)
    : m_log(log)
{
}

void SchedulerLog::logJob(const RequestJob &job, const TransportResult &result, const std::optional<ApiError> &error,
                          qint64 nowMs) const
{
    if (!m_log || job.firstSentAtMs < 0)
        return;
    RequestLogEntry entry;
    entry.startedAt = job.firstSentAtUtc;
    entry.method = job.request.method;
    entry.pathAndQuery = job.request.path;
    if (!job.request.query.isEmpty())
        entry.pathAndQuery += u'?' + job.request.query.toString(QUrl::FullyEncoded);
    entry.operationId = job.request.operationId;
    entry.priority = job.request.priority;
    entry.httpStatus = result.httpStatus;
    entry.durationMs = nowMs - job.firstSentAtMs;
    entry.queueWaitMs = job.firstSentAtMs - job.submittedAtMs;
    entry.attempts = job.attempts;
    if (error) {
        entry.errorKind = error->kind;
        entry.requestId = error->requestId;
    }
    entry.requestBody = job.request.body; // the log redacts
    entry.responseBody = result.body;
    m_log->add(std::move(entry));
}

void SchedulerLog::logStatus(const SchedulerStatus &status)
{
    if (!lcScheduler().isDebugEnabled())
        return;
    const QJsonObject line {
        { QStringLiteral("queued"), QJsonArray { status.queued[0], status.queued[1], status.queued[2] } },
        { QStringLiteral("inFlight"), status.inFlight },
        { QStringLiteral("usedInWindow"), status.usedInWindow },
        { QStringLiteral("limit"), status.limit },
        { QStringLiteral("pausedForMs"), status.pausedForMs },
    };
    qCDebug(lcScheduler).noquote() << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact));
}

} // namespace chcloud
