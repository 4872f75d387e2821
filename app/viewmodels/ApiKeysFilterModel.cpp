#include "ApiKeysFilterModel.h"

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

bool ApiKeysFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
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
