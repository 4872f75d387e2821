#pragma once

#include "ApiKeysViewModel.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace chcloud {

/// Sorting and filtering for the API keys table: a free text matched against
/// name, key ID suffix, roles and creator, and an optional state. Sorting uses
/// ApiKeysViewModel::SortRole so dates sort as dates and "never" after them.
class ApiKeysFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ApiKeysFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_text; }
    /// Keeps the rows whose state equals `state`; nullopt keeps every state.
    std::optional<KeyDisplayState> stateFilter() const { return m_state; }

public Q_SLOTS:
    void setFilterText(const QString &text);
    void setStateFilter(std::optional<KeyDisplayState> state);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<KeyDisplayState> m_state;
};

} // namespace chcloud
