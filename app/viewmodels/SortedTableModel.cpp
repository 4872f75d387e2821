#include "SortedTableModel.h"

#include <algorithm>
#include <numeric>

namespace chcloud {

void SortedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> recordsBefore;
    recordsBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        recordsBefore.append(m_order.at(index.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    if (!before.isEmpty()) {
        QList<int> rowOfRecord(m_order.size());
        for (qsizetype row = 0; row < m_order.size(); ++row)
            rowOfRecord[m_order.at(row)] = int(row);
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            after.append(index(rowOfRecord.at(recordsBefore.at(i)), before.at(i).column()));
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SortedTableModel::resetOrder(qsizetype count)
{
    m_order.resize(count);
    std::iota(m_order.begin(), m_order.end(), 0);
    applySort();
}

void SortedTableModel::applySort()
{
    if (m_sortColumn < 0)
        return;
    const int column = m_sortColumn;
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) { return recordLess(a, b, column); });
    else
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) { return recordLess(b, a, column); });
}

} // namespace chcloud
