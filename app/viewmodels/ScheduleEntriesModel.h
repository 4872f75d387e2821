#pragma once

#include "domain/ScalingSchedule.h"

#include <QAbstractTableModel>
#include <QList>

namespace chcloud {

/// A scaling schedule being edited: the entries as they will be sent, staged
/// until the schedule is saved (the API replaces the whole schedule at once).
/// Rows keep the server's entry id so the active entry can be told apart.
class ScheduleEntriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DaysColumn, HoursColumn, SizeColumn, ColumnCount };
    enum Role { ActiveRole = Qt::UserRole + 1 };

    struct Entry
    {
        QString id; ///< empty for an entry added here
        ScalingScheduleEntryRequest request;
    };

    explicit ScheduleEntriesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Starts again from the server's schedule: nothing staged.
    void reset(const ScalingSchedule &schedule);
    void clear();
    void addEntry(const ScalingScheduleEntryRequest &request);
    void removeEntry(int row);
    const QList<Entry> &entries() const { return m_entries; }
    QString activeEntryId() const { return m_activeEntryId; }
    bool isModified() const { return m_modified; }
    ScalingScheduleRequest request() const;

    /// The request that sends entry again unchanged (memory rounded to whole GiB).
    static ScalingScheduleEntryRequest requestFrom(const ScalingScheduleEntry &entry);
    /// "Mon–Fri", "Sat, Sun"… in the user's language.
    static QString daysText(const QList<int> &weekdays);
    /// "08:00–18:00 UTC".
    static QString hoursText(int startHourUtc, int endHourUtc);
    /// Why entry may not be sent, translated; empty when it may.
    static QString validate(const ScalingScheduleEntryRequest &entry);

Q_SIGNALS:
    /// Entries were added, removed or reset.
    void entriesChanged();

private:
    QList<Entry> m_entries;
    QString m_activeEntryId;
    bool m_modified = false;
};

} // namespace chcloud
