#pragma once

#include "domain/Quota.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace chcloud {

/// The organization's quotas as a table: name, scope, usage against the limit,
/// and whether support can raise it. A quota at or over its limit is marked.
class QuotasModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ScopeColumn, UsageColumn, LimitColumn, AdjustableColumn, ColumnCount };
    Q_ENUM(Column)

    enum ItemRole {
        QuotaCodeRole = Qt::UserRole + 1, ///< QString, the raw quotaCode
        ReachedRole, ///< bool: usage is known and at or over the limit
        FractionRole, ///< double 0…1+ of the limit used, or an invalid QVariant without usage
    };
    Q_ENUM(ItemRole)

    explicit QuotasModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setQuotas(QList<OrganizationQuota> quotas);
    const QList<OrganizationQuota> &quotas() const { return m_quotas; }
    std::optional<OrganizationQuota> quota(const QString &quotaCode) const;

    /// "3 of 20", "20 of 20 (limit reached)", "21 of 20 (over the limit)", or "—" when
    /// the quota reports no usage.
    static QString usageText(const OrganizationQuota &quota);
    /// "Organization", "Per warehouse", or the raw scope.
    static QString scopeText(const QString &scope);

private:
    QList<OrganizationQuota> m_quotas;
};

} // namespace chcloud
