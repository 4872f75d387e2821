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

protected:
    /// Does record left come before record right by column? Indices are records', not rows'.
    virtual bool recordLess(int left, int right, int column) const = 0;

    /// The record shown in a row.
    int recordAt(int row) const { return m_order.at(row); }
    /// For a new set of records (call between beginResetModel() and endResetModel()):
    /// count records, ordered by the current sort.
    void resetOrder(qsizetype count);

private:
    void applySort();

    QList<int> m_order; ///< row -> record
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace chcloud
