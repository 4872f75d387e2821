#include "ServicesFilterModel.h"

#include "ServicesViewModel.h"

namespace chcloud {

ServicesFilterModel::ServicesFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ServicesViewModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ServicesFilterModel::setTextFilter(const QString &text)
{
    if (m_text == text.trimmed())
        return;
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void ServicesFilterModel::setStateFilter(std::optional<ServiceStateKind> state)
{
    if (m_state == state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

void ServicesFilterModel::setProviderFilter(const QString &provider)
{
    if (m_provider == provider)
        return;
    m_provider = provider;
    invalidateRowsFilter();
}

void ServicesFilterModel::setTagFilter(const QString &tag)
{
    if (m_tag == tag)
        return;
    m_tag = tag;
    invalidateRowsFilter();
}

bool ServicesFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state && ServiceStateKind(index.data(ServicesViewModel::StateKindRole).toInt()) != *m_state)
        return false;
    if (!m_provider.isEmpty() && index.data(ServicesViewModel::ProviderRole).toString() != m_provider)
        return false;
    if (!m_tag.isEmpty() && !index.data(ServicesViewModel::TagsRole).toStringList().contains(m_tag))
        return false;
    if (!m_text.isEmpty()
        && !index.data(ServicesViewModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace chcloud
