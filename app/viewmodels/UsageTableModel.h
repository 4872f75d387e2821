#pragma once

#include "domain/UsageCost.h"
#include "domain/UsageLog.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

namespace chcloud {

/// Daily usage records as a table: date, entity, entity type, total CHC and
/// the cost categories. A year of two thousand services is most of a million
/// records, so the rows are a UsageLog (entities interned, numbers pre-summed,
/// built off the GUI thread) and a load is one model reset.
class UsageTableModel : public QAbstractTableModel
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
    const QList<Row> &rows() const { return m_log.rows(); }
    const QList<Entity> &entities() const { return m_log.entities(); }
    /// Sum of the rows' totals.
    double total() const { return m_log.sum(); }

    /// Compares two rows by column without building strings (for UsageFilterModel).
    bool lessThan(int leftRow, int rightRow, int column) const;
    /// Does the row's entity name, ID or type contain needle (case-insensitive)?
    bool matches(int row, const QString &needle) const;

    /// "service", "datawarehouse", "clickpipe" as "Service", "Warehouse", "ClickPipe"; raw otherwise.
    static QString entityTypeLabel(const QString &type);

private:
    UsageLog m_log;
    QList<int> m_entityNameRank; ///< by entity index: position of its name in name order
    QLocale m_locale;
};

} // namespace chcloud
