#pragma once

#include "Activity.h"
#include "Expected.h"
#include "JsonFields.h"
#include "ParseError.h"

#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

namespace chcloud {

/// The audit log held compactly: a year of a large organization is tens of
/// thousands of activities, and most of their text repeats (types, actors,
/// services, user agents). Each row is a time and indices into one table of
/// distinct strings, so a repeated value is stored once and compared as an
/// integer. Built off the GUI thread (fromJson, merge) and then read-only.
class ActivityLog
{
public:
    /// An index into strings(); 0 is the empty string.
    using Text = quint32;

    struct Row
    {
        qint64 createdAtMs = invalidTime;
        Text id = 0;
        Text type = 0;
        Text actorTypeText = 0;
        Text actorId = 0;
        Text actorDetails = 0;
        Text actorIpAddress = 0;
        Text organizationId = 0;
        Text serviceId = 0;
        Text userAgent = 0;
        Text targetKeyId = 0;
        Text keyUpdateType = 0;
        ActorType actorType = ActorType::Unknown;

        bool operator==(const Row &) const = default;
    };

    /// createdAtMs of an activity without a readable time.
    static constexpr qint64 invalidTime = std::numeric_limits<qint64>::min();

    ActivityLog();

    /// Appends one activity, interning its strings.
    void append(const Activity &activity);
    qsizetype size() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    const Row &row(qsizetype i) const { return m_rows.at(i); }
    const QList<Row> &rows() const { return m_rows; }
    const QString &text(Text index) const { return m_strings.at(index); }
    /// The distinct strings; index 0 is the empty string.
    const QStringList &strings() const { return m_strings; }
    /// The index of an interned string, or 0 when it does not occur (or is empty).
    Text find(const QString &value) const;
    /// The row as a full Activity (for an export or a detail view).
    Activity activity(qsizetype i) const;
    QDateTime createdAt(qsizetype i) const;

    /// Rows that did not decode (every window's).
    QList<json::UnreadableRow> unreadable;
    /// How many rows the server sent.
    qsizetype total() const { return size() + unreadable.size(); }

    /// Newest first (the natural order of a log): reverses the rows.
    void reverse();

    /// Reads a JSON array of activities row by row (see json::parseRows): an
    /// element that does not decode goes to unreadable. Thread-safe.
    static Expected<ActivityLog, ParseError> fromJson(const QJsonValue &json, const QString &path);
    static ActivityLog fromActivities(const QList<Activity> &activities);
    /// Joins the logs of consecutive windows: ordered by createdAt (oldest first),
    /// an activity on a shared window edge kept once, every unreadable row kept.
    static ActivityLog merge(const QList<ActivityLog> &parts);

private:
    Text intern(const QString &value);
    void appendRow(const ActivityLog &from, const Row &row);

    QList<Row> m_rows;
    QStringList m_strings;
    QHash<QString, Text> m_index;
};

} // namespace chcloud
