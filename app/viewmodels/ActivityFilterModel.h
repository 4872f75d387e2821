#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace chcloud {

class ActivityModel;

/// Filters an ActivityModel by activity type, by actor and by a search text;
/// sorting is the source's own (ActivityModel::sort), which this proxy passes a
/// sort on to. The filters are kept by value (raw type, actor label), so they
/// survive a reload of the log.
class ActivityFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActivityFilterModel(QObject *parent = nullptr);

    /// Must be an ActivityModel.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    QString typeFilter() const { return m_type; }
    QString actorFilter() const { return m_actor; }
    QString searchText() const { return m_search; }
    /// Sorts the source.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public Q_SLOTS:
    /// Only rows of this raw activity type; empty shows every type.
    void setTypeFilter(const QString &rawType);
    /// Only rows of the actor with this label (ActivityModel::ActorChoice::label); empty shows all.
    void setActorFilter(const QString &actorLabel);
    /// Only rows whose text contains text (case-insensitive); empty shows all.
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    /// Finds the filters' type and actor indices in the loaded rows and re-filters.
    void resolveFilters();
    void resolveIndices();

    ActivityModel *m_activities = nullptr;
    QString m_type;
    QString m_actor;
    QString m_search;
    int m_typeIndex = -1; ///< resolved m_type; -2 when the type is absent
    int m_actorIndex = -1;
};

} // namespace chcloud
