#pragma once

#include "ApiKeysViewModel.h"

#include <QList>
#include <QSortFilterProxyModel>

#include <optional>

namespace chcloud {

/// Sorting and filtering for the API keys table: a free text matched against
/// name, key ID suffix, roles and creator, an optional state and an optional
/// health check (the keys that fail it). Sorting uses ApiKeysViewModel::SortRole
/// so dates sort as dates and "never" after them. It counts, over all keys, how
/// many fail each health check, for the quick filters that show the counts.
class ApiKeysFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ApiKeysFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_text; }
    /// Keeps the rows whose state equals `state`; nullopt keeps every state.
    std::optional<KeyDisplayState> stateFilter() const { return m_state; }
    /// Keeps the keys that fail `check`; nullopt keeps every key.
    std::optional<KeyHealthCheck> healthFilter() const { return m_health; }
    /// How many of all keys (whatever the other filters) fail the check now.
    int healthCount(KeyHealthCheck check) const;

    void setSourceModel(QAbstractItemModel *sourceModel) override;

public Q_SLOTS:
    void setFilterText(const QString &text);
    void setStateFilter(std::optional<KeyDisplayState> state);
    void setHealthFilter(std::optional<KeyHealthCheck> check);

Q_SIGNALS:
    /// The keys changed, so healthCount() may answer differently.
    void healthCountsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<KeyDisplayState> m_state;
    std::optional<KeyHealthCheck> m_health;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace chcloud
