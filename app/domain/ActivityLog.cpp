#include "ActivityLog.h"

#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <numeric>

namespace chcloud {

ActivityLog::ActivityLog()
    : m_strings { QString() }
{
    m_index.insert(QString(), 0);
}

ActivityLog::Text ActivityLog::intern(const QString &value)
{
    if (value.isEmpty())
        return 0;
    const auto found = m_index.constFind(value);
    if (found != m_index.cend())
        return *found;
    const auto index = Text(m_strings.size());
    m_strings.append(value);
    m_index.insert(value, index);
    return index;
}

ActivityLog::Text ActivityLog::find(const QString &value) const
{
    return m_index.value(value, 0);
}

void ActivityLog::append(const Activity &activity)
{
    Row row;
    row.createdAtMs = activity.createdAt.isValid() ? activity.createdAt.toMSecsSinceEpoch() : invalidTime;
    row.id = intern(activity.id);
    row.type = intern(activity.type);
    row.actorTypeText = intern(activity.actorTypeText);
    row.actorType = activity.actorType;
    row.actorId = intern(activity.actorId);
    row.actorDetails = intern(activity.actorDetails);
    row.actorIpAddress = intern(activity.actorIpAddress);
    row.organizationId = intern(activity.organizationId);
    row.serviceId = intern(activity.serviceId);
    row.userAgent = intern(activity.userAgent);
    row.targetKeyId = intern(activity.targetKeyId);
    row.keyUpdateType = intern(activity.keyUpdateType);
    m_rows.append(row);
}

void ActivityLog::appendRow(const ActivityLog &from, const Row &source)
{
    Row row = source;
    for (Text ActivityLog::Row::*member :
         { &Row::id, &Row::type, &Row::actorTypeText, &Row::actorId, &Row::actorDetails, &Row::actorIpAddress,
           &Row::organizationId, &Row::serviceId, &Row::userAgent, &Row::targetKeyId, &Row::keyUpdateType })
        row.*member = intern(from.text(source.*member));
    m_rows.append(row);
}

QDateTime ActivityLog::createdAt(qsizetype i) const
{
    const qint64 ms = m_rows.at(i).createdAtMs;
    return ms == invalidTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

Activity ActivityLog::activity(qsizetype i) const
{
    const Row &row = m_rows.at(i);
    Activity activity;
    activity.id = text(row.id);
    activity.createdAt = createdAt(i);
    activity.type = text(row.type);
    activity.actorTypeText = text(row.actorTypeText);
    activity.actorType = row.actorType;
    activity.actorId = text(row.actorId);
    activity.actorDetails = text(row.actorDetails);
    activity.actorIpAddress = text(row.actorIpAddress);
    activity.organizationId = text(row.organizationId);
    activity.serviceId = text(row.serviceId);
    activity.userAgent = text(row.userAgent);
    activity.targetKeyId = text(row.targetKeyId);
    activity.keyUpdateType = text(row.keyUpdateType);
    return activity;
}

void ActivityLog::reverse()
{
    std::reverse(m_rows.begin(), m_rows.end());
}

Expected<ActivityLog, ParseError> ActivityLog::fromJson(const QJsonValue &json, const QString &path)
{
    if (!json.isArray())
        return unexpected(ParseError { path, QStringLiteral("expected an array, got %1").arg(json::typeName(json)) });
    const QJsonArray array = json.toArray();
    ActivityLog log;
    log.m_rows.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        auto activity = Activity::fromJson(element, json::indexPath(path, i));
        if (activity)
            log.append(*activity);
        else
            log.unreadable.append(json::UnreadableRow { i, json::rowId(element), std::move(activity).error() });
    }
    return log;
}

ActivityLog ActivityLog::fromActivities(const QList<Activity> &activities)
{
    ActivityLog log;
    log.m_rows.reserve(activities.size());
    for (const Activity &activity : activities)
        log.append(activity);
    return log;
}

ActivityLog ActivityLog::merge(const QList<ActivityLog> &parts)
{
    if (parts.size() == 1)
        return parts.first();
    // Every row of every part, ordered by time (stable: a part's own order holds for equal times).
    struct Ref
    {
        qint64 ms;
        qsizetype part;
        qsizetype row;
    };
    QList<Ref> refs;
    qsizetype count = 0;
    for (const ActivityLog &part : parts)
        count += part.size();
    refs.reserve(count);
    for (qsizetype p = 0; p < parts.size(); ++p) {
        for (qsizetype r = 0; r < parts.at(p).size(); ++r)
            refs.append({ parts.at(p).row(r).createdAtMs, p, r });
    }
    std::stable_sort(refs.begin(), refs.end(), [](const Ref &a, const Ref &b) { return a.ms < b.ms; });

    ActivityLog merged;
    merged.m_rows.reserve(count);
    QSet<QString> seen;
    seen.reserve(count);
    QSet<QString> seenUnreadable;
    for (const Ref &ref : std::as_const(refs)) {
        const ActivityLog &part = parts.at(ref.part);
        const Row &row = part.row(ref.row);
        // Windows share their edges: an activity exactly there comes twice.
        const QString &id = part.text(row.id);
        if (seen.contains(id))
            continue;
        seen.insert(id);
        merged.appendRow(part, row);
    }
    for (const ActivityLog &part : parts) {
        for (const json::UnreadableRow &row : part.unreadable) {
            if (row.id.isEmpty() || !seenUnreadable.contains(row.id)) {
                seenUnreadable.insert(row.id);
                merged.unreadable.append(row);
            }
        }
    }
    return merged;
}

} // namespace chcloud
