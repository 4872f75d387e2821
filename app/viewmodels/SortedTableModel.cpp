#include "SortedTableModel.h"

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

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
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            after.append(index(m_rowOfRecord.at(recordsBefore.at(i)), before.at(i).column()));
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool SortedTableModel::hasSortKey(int column) const
{
    Q_UNUSED(column)
    return false;
}

double SortedTableModel::sortKey(int record, int column) const
{
    Q_UNUSED(record)
    Q_UNUSED(column)
    return 0;
}

void SortedTableModel::resetOrder(qsizetype count)
{
    m_order.resize(count);
    std::iota(m_order.begin(), m_order.end(), 0);
    applySort();
}

void SortedTableModel::applySort()
{
    ++m_orderGeneration;
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (column >= 0 && hasSortKey(column)) {
        // Each record's key read once, in the rows' present order, then sorted with
        // its record: stable, so equal keys keep the order they had.
        std::vector<std::pair<double, int>> keyed;
        keyed.reserve(size_t(m_order.size()));
        for (const int record : std::as_const(m_order))
            keyed.emplace_back(sortKey(record, column), record);
        if (ascending)
            std::stable_sort(keyed.begin(), keyed.end(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
        else
            std::stable_sort(keyed.begin(), keyed.end(),
                             [](const auto &a, const auto &b) { return b.first < a.first; });
        for (size_t row = 0; row < keyed.size(); ++row)
            m_order[qsizetype(row)] = keyed[row].second;
    } else if (column >= 0) {
        if (ascending)
            std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) { return recordLess(a, b, column); });
        else
            std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) { return recordLess(b, a, column); });
    }
    m_rowOfRecord.resize(m_order.size());
    for (qsizetype row = 0; row < m_order.size(); ++row)
        m_rowOfRecord[m_order.at(row)] = int(row);
}

} // namespace chcloud
