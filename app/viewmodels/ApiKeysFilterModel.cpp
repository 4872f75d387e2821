#include "ApiKeysFilterModel.h"

#include <utility>

namespace chcloud {

ApiKeysFilterModel::ApiKeysFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ApiKeysViewModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ApiKeysFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void ApiKeysFilterModel::setStateFilter(std::optional<KeyDisplayState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

void ApiKeysFilterModel::setHealthFilter(std::optional<KeyHealthCheck> check)
{
    if (check == m_health)
        return;
    m_health = check;
    invalidateFilter();
}

void ApiKeysFilterModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QSortFilterProxyModel::setSourceModel(model);
    if (model) {
        const auto changed = [this] {
            Q_EMIT healthCountsChanged();
        };
        m_sourceConnections = { connect(model, &QAbstractItemModel::dataChanged, this, changed),
                                connect(model, &QAbstractItemModel::rowsInserted, this, changed),
                                connect(model, &QAbstractItemModel::rowsRemoved, this, changed),
                                connect(model, &QAbstractItemModel::modelReset, this, changed) };
    }
    Q_EMIT healthCountsChanged();
}

int ApiKeysFilterModel::healthCount(KeyHealthCheck check) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return 0;
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ApiKeysViewModel::HealthRole).toInt() & (1 << int(check)))
            ++count;
    }
    return count;
}

bool ApiKeysFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_health && !(index.data(ApiKeysViewModel::HealthRole).toInt() & (1 << int(*m_health))))
        return false;
    if (m_state) {
        const auto state = KeyDisplayState(index.data(ApiKeysViewModel::DisplayStateRole).toInt());
        // "Enabled" includes keys that expire soon: they still work.
        const bool matches
            = state == *m_state || (*m_state == KeyDisplayState::Enabled && state == KeyDisplayState::ExpiringSoon);
        if (!matches)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    return index.data(ApiKeysViewModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace chcloud
