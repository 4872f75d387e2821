#include "UsageFilterModel.h"

#include "UsageTableModel.h"

namespace chcloud {

UsageFilterModel::UsageFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void UsageFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_usage = qobject_cast<UsageTableModel *>(sourceModel);
    Q_ASSERT(m_usage || !sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void UsageFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    m_matchesValid = false;
    m_rowMatchesValid = false;
    // Rebuilt in one pass: invalidateFilter() inserts the rows a shorter search lets
    // back in range by range, which for a month of a large organization (tens of
    // thousands of ranges) took seconds when the search box was cleared.
    invalidate();
}

const QList<bool> &UsageFilterModel::entityMatches() const
{
    if (!m_matchesValid || m_matchesGeneration != m_usage->generation()) {
        m_entityMatches = m_usage->entityMatches(m_search);
        m_matchesGeneration = m_usage->generation();
        m_matchesValid = true;
    }
    return m_entityMatches;
}

const QList<bool> &UsageFilterModel::rowMatches() const
{
    // A new log also changes the order's generation.
    if (!m_rowMatchesValid || m_rowMatchesGeneration != m_usage->orderGeneration()) {
        m_rowMatches = m_usage->rowsMatching(entityMatches());
        m_rowMatchesGeneration = m_usage->orderGeneration();
        m_rowMatchesValid = true;
    }
    return m_rowMatches;
}

bool UsageFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_usage || sourceParent.isValid())
        return false;
    if (m_search.isEmpty())
        return true;
    // By row, not through each row's record: over a long range the records lie
    // scattered in memory in any order but their own.
    return rowMatches().value(sourceRow, false);
}

void UsageFilterModel::sort(int column, Qt::SortOrder order)
{
    if (m_usage)
        m_usage->sort(column, order);
}

} // namespace chcloud
