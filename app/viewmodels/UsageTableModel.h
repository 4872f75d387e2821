#pragma once

#include "SortedTableModel.h"
#include "domain/UsageCost.h"
#include "domain/UsageLog.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

namespace chcloud {

/// Daily usage records as a table: date, entity, entity type, total CHC and
/// the cost categories. A year of two thousand services is most of a million
/// records, so the rows are a UsageLog (entities interned, numbers pre-summed,
/// built off the GUI thread) and a load is one model reset.
class UsageTableModel : public SortedTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        EntityColumn,
        EntityTypeColumn,
        TotalColumn,
        ComputeColumn,
        StorageColumn,
        BackupColumn,
        DataTransferColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum ItemRole {
        EntityIdRole = Qt::UserRole + 1,
        ValueRole, ///< the unformatted number (double) of a CHC column, the QDate of the date column
    };

    /// One entity (service, warehouse, ClickPipe) of the loaded records.
    using Entity = UsageLog::Entity;
    /// One record, with its entity interned.
    using Row = UsageLog::Row;

    explicit UsageTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLog(UsageLog log);
    void setRecords(const QList<UsageCostRecord> &records);
    void clear();

    const UsageLog &log() const { return m_log; }
    /// The records in the order they were read (not the model's sorted order).
    const QList<Row> &rows() const { return m_log.rows(); }
    const QList<Entity> &entities() const { return m_log.entities(); }
    /// Sum of the rows' totals.
    double total() const { return m_log.sum(); }

    /// Does the row's entity name, ID or type contain needle (case-insensitive)?
    bool matches(int row, const QString &needle) const;
    /// matches() for every entity at once, by entity index: a keystroke in the
    /// search box tests each entity once, not each of its rows.
    QList<bool> entityMatches(const QString &needle) const;
    /// The entity index of a row.
    int entityOf(int row) const { return m_log.rows().at(recordAt(row)).entity; }
    /// By row: is its entity one of those entityMatches (by entity index, as from
    /// entityMatches()) marks? Valid until the order changes (orderGeneration()).
    QList<bool> rowsMatching(const QList<bool> &entityMatches) const;
    /// Changes with every setLog(), for caches over the rows.
    quint64 generation() const { return m_generation; }

    /// "service", "datawarehouse", "clickpipe" as "Service", "Warehouse", "ClickPipe"; raw otherwise.
    static QString entityTypeLabel(const QString &type);

protected:
    /// Compares two records (indices into the log's rows) by column: by sortKey().
    bool recordLess(int left, int right, int column) const override;
    /// Every column has a key: the date's day, the entity's place in name or type
    /// order, or the amount.
    bool hasSortKey(int column) const override;
    double sortKey(int record, int column) const override;

private:
    UsageLog m_log;
    QList<int> m_entityNameRank; ///< by entity index: position of its name in name order
    QList<int> m_entityTypeRank; ///< by entity index: position of its type among the types, in order
    QLocale m_locale;
    quint64 m_generation = 0;
};

} // namespace chcloud
