#pragma once

#include "SortedTableModel.h"
#include "domain/Activity.h"
#include "domain/ActivityLog.h"

#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

namespace chcloud {

/// The organization's audit log as a table: time, activity, actor type, actor,
/// IP address, service and API key. The service and key columns show names
/// where the names are known (setServiceNames(), setKeyNames()) and the ID
/// otherwise (a deleted service keeps only its ID); the tooltip has the ID.
///
/// Built for tens of thousands of rows: the rows are an ActivityLog (times and
/// indices into one table of distinct strings); a load is one model reset; the
/// activity types and actors are ranked once per load, so filtering compares
/// integers and sorting compares precomputed keys (milliseconds, label ranks)
/// without building a string per comparison. The model sorts itself
/// (SortedTableModel); ActivityFilterModel passes sort() on and uses matches().
class ActivityModel : public SortedTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        TypeColumn,
        ActorTypeColumn,
        ActorColumn,
        IpAddressColumn,
        ServiceColumn,
        KeyColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum ItemRole {
        ActivityIdRole = Qt::UserRole + 1, ///< Activity.id
        RawTypeRole, ///< Activity.type as the server sent it
        TypeIndexRole, ///< int, index into types()
        ActorIndexRole, ///< int, index into actors()
    };

    /// One distinct activity type of the loaded rows.
    struct TypeChoice
    {
        QString type; ///< raw, e.g. "service_start"
        QString label; ///< readable, e.g. "Service started"
        int count = 0; ///< rows of this type
    };

    /// One distinct actor of the loaded rows (same actor type, ID and details).
    struct ActorChoice
    {
        QString label; ///< "alice@example.com (User)"
        int count = 0;
    };

    explicit ActivityModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces the rows (newest first is the natural order of a log).
    void setLog(ActivityLog log);
    void setActivities(const QList<Activity> &activities);
    void clear();

    /// Service names by service ID; the service column shows them (dataChanged, no reset).
    void setServiceNames(const QHash<QString, QString> &namesById);
    /// API key names by ApiKey.id; the key column shows them.
    void setKeyNames(const QHash<QString, QString> &namesById);

    const ActivityLog &log() const { return m_log; }
    /// The row as a full Activity.
    Activity activityAt(int row) const { return m_log.activity(recordAt(row)); }
    QDateTime createdAtOf(int row) const { return m_log.createdAt(recordAt(row)); }
    /// Distinct types, ordered by label.
    const QList<TypeChoice> &types() const { return m_types; }
    /// Distinct actors, ordered by label.
    const QList<ActorChoice> &actors() const { return m_actors; }
    /// Index into types() of the raw type, or -1.
    int typeIndexOf(const QString &rawType) const;

    /// Does the row's visible text contain needle (case-insensitive)?
    bool matches(int row, const QString &needle) const;
    int typeIndexAt(int row) const { return m_rowKeys.at(recordAt(row)).typeIndex; }
    int actorIndexAt(int row) const { return m_rowKeys.at(recordAt(row)).actorIndex; }

    /// "User", "API key", "System", "Support"; the raw text for a newer type.
    static QString actorTypeLabel(ActorType type, const QString &raw);

protected:
    /// Compares two records (indices into the log, not model rows) by column.
    bool recordLess(int left, int right, int column) const override;

private:
    struct RowKeys
    {
        qint64 timeMs = 0;
        int typeIndex = -1;
        int actorIndex = -1;
    };

    QString actorText(const ActivityLog::Row &row) const;
    QString serviceText(const ActivityLog::Row &row) const;
    QString keyText(const ActivityLog::Row &row) const;
    /// The name for an interned ID, else the ID itself.
    static QString nameOr(const QHash<ActivityLog::Text, QString> &names, const ActivityLog &log, ActivityLog::Text id);
    void buildKeys();
    /// Maps the loaded log's service and key IDs to the known names.
    void resolveNames();
    void emitColumnChanged(Column column);

    ActivityLog m_log;
    QHash<QString, QString> m_serviceNamesById;
    QHash<QString, QString> m_keyNamesById;
    QHash<ActivityLog::Text, QString> m_serviceNames; ///< by the log's string index of the ID
    QHash<ActivityLog::Text, QString> m_keyNames;
    QList<RowKeys> m_rowKeys;
    QList<TypeChoice> m_types;
    QList<ActorChoice> m_actors;
    QLocale m_locale;
};

} // namespace chcloud
