#pragma once

#include <QList>
#include <QSortFilterProxyModel>
#include <QString>

namespace chcloud {

class UsageTableModel;

/// Filters a UsageTableModel by entity (name, ID or type). Sorting is the
/// source's own (UsageTableModel::sort): this proxy passes a sort on to it and
/// keeps the source's order, which is much faster than sorting here.
class UsageFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UsageFilterModel(QObject *parent = nullptr);

    /// Must be a UsageTableModel.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    QString searchText() const { return m_search; }
    /// Sorts the source.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public Q_SLOTS:
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    /// By entity index: does it match the search? Built once per search text and log.
    const QList<bool> &entityMatches() const;
    /// By source row: does it match the search? Built once per search text and order
    /// of the source's rows.
    const QList<bool> &rowMatches() const;

    UsageTableModel *m_usage = nullptr;
    QString m_search;
    mutable QList<bool> m_entityMatches;
    mutable quint64 m_matchesGeneration = 0;
    mutable bool m_matchesValid = false;
    mutable QList<bool> m_rowMatches;
    mutable quint64 m_rowMatchesGeneration = 0;
    mutable bool m_rowMatchesValid = false;
};

} // namespace chcloud
