#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace chcloud {

class UsageTableModel;

/// Filters a UsageTableModel by entity (name, ID or type) and sorts it on the
/// source's own keys, without building a string per comparison.
class UsageFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UsageFilterModel(QObject *parent = nullptr);

    /// Must be a UsageTableModel.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    QString searchText() const { return m_search; }

public Q_SLOTS:
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    UsageTableModel *m_usage = nullptr;
    QString m_search;
};

} // namespace chcloud
