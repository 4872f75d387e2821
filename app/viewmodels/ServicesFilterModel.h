#pragma once

#include "domain/ServiceState.h"

#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace chcloud {

/// Filters and sorts the rows of a ServicesViewModel: by free text (name, id,
/// region, version, tags), by state, by provider and by tag. The tags are part of
/// every row, so filtering by tag costs no request. Sorting uses the model's
/// SortRole (numbers and dates sort as such).
class ServicesFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ServicesFilterModel(QObject *parent = nullptr);

    void setTextFilter(const QString &text);
    /// nullopt shows every state.
    void setStateFilter(std::optional<ServiceStateKind> state);
    /// Raw provider ("aws"); empty shows every provider.
    void setProviderFilter(const QString &provider);
    /// "key" (any value) or "key=value"; empty shows every service.
    void setTagFilter(const QString &tag);

    QString textFilter() const { return m_text; }
    std::optional<ServiceStateKind> stateFilter() const { return m_state; }
    QString providerFilter() const { return m_provider; }
    QString tagFilter() const { return m_tag; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<ServiceStateKind> m_state;
    QString m_provider;
    QString m_tag;
};

} // namespace chcloud
