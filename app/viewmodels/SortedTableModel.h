#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace chcloud {

/// A table model that sorts itself: its rows are a permutation of records it
/// holds (a log read once), sorted stably by the subclass's recordLess() on the
/// records' own fields, with persistent indexes moved along. Tens of thousands
/// of rows sort in milliseconds this way, where a sorting proxy compares through
/// a QModelIndex and sorts again whenever its filter changes; a filter proxy
/// over it passes sort() on and keeps its order.
class SortedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    /// Sorts by column; a column outside columnCount() is ignored. Kept by resetOrder().
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// Changes whenever the rows are reordered or replaced, for caches kept by row.
    quint64 orderGeneration() const { return m_orderGeneration; }

protected:
    /// Does record left come before record right by column? Indices are records', not rows'.
    virtual bool recordLess(int left, int right, int column) const = 0;
    /// Does column have a numeric key per record that orders records as recordLess()
    /// does? Sorting by keys read once per record is several times faster over a
    /// large log than comparing records whose fields lie scattered in memory.
    virtual bool hasSortKey(int column) const;
    /// The key of a record by column, when hasSortKey(column).
    virtual double sortKey(int record, int column) const;

    /// The record shown in a row.
    int recordAt(int row) const { return m_order.at(row); }
    /// For a new set of records (call between beginResetModel() and endResetModel()):
    /// count records, ordered by the current sort.
    void resetOrder(qsizetype count);

    /// For each row, test(record): the records are visited in their own order, and
    /// the answers written at their rows, which over a large log is much faster
    /// than visiting the records in the rows' order.
    template<typename Test>
    QList<bool> rowsWhere(Test test) const
    {
        QList<bool> result(m_rowOfRecord.size(), false);
        for (qsizetype record = 0; record < m_rowOfRecord.size(); ++record)
            result[m_rowOfRecord.at(record)] = test(int(record));
        return result;
    }

private:
    void applySort();

    QList<int> m_order; ///< row -> record
    QList<int> m_rowOfRecord; ///< record -> row
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    quint64 m_orderGeneration = 0;
};

} // namespace chcloud
