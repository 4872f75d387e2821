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
    invalidateFilter();
}

bool UsageFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return m_usage && !sourceParent.isValid() && m_usage->matches(sourceRow, m_search);
}

bool UsageFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_usage)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_usage->lessThan(left.row(), right.row(), left.column());
}

} // namespace chcloud
