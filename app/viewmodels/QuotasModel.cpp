#include "QuotasModel.h"

#include <QLocale>

namespace chcloud {

QuotasModel::QuotasModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int QuotasModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_quotas.size());
}

int QuotasModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QuotasModel::usageText(const OrganizationQuota &quota)
{
    if (!quota.usage)
        return tr("—");
    const QLocale locale;
    if (*quota.usage > quota.value)
        return tr("%1 of %2 (over the limit)").arg(locale.toString(*quota.usage), locale.toString(quota.value));
    if (*quota.usage == quota.value)
        return tr("%1 of %2 (limit reached)").arg(locale.toString(*quota.usage), locale.toString(quota.value));
    return tr("%1 of %2").arg(locale.toString(*quota.usage), locale.toString(quota.value));
}

QString QuotasModel::scopeText(const QString &scope)
{
    if (scope == QLatin1String("organization"))
        return tr("Organization");
    if (scope == QLatin1String("warehouse"))
        return tr("Per warehouse");
    return scope;
}

QVariant QuotasModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrganizationQuota &quota = m_quotas.at(index.row());
    switch (role) {
    case QuotaCodeRole:
        return quota.quotaCode;
    case ReachedRole:
        return quota.isReached();
    case FractionRole:
        if (!quota.usage || quota.value <= 0)
            return {};
        return double(*quota.usage) / double(quota.value);
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? quota.description : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case NameColumn:
        // The name is the server's; without one the code still says what it is.
        return quota.name.isEmpty() ? quota.quotaCode : quota.name;
    case ScopeColumn:
        return scopeText(quota.scope);
    case UsageColumn:
        return usageText(quota);
    case LimitColumn:
        return QLocale().toString(quota.value);
    case AdjustableColumn:
        if (!quota.adjustable)
            return tr("—");
        return *quota.adjustable ? tr("On request to support") : tr("No");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant QuotasModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Quota");
    case ScopeColumn:
        return tr("Applies to");
    case UsageColumn:
        return tr("Used");
    case LimitColumn:
        return tr("Limit");
    case AdjustableColumn:
        return tr("Can be raised");
    case ColumnCount:
        break;
    }
    return {};
}

void QuotasModel::setQuotas(QList<OrganizationQuota> quotas)
{
    beginResetModel();
    m_quotas = std::move(quotas);
    endResetModel();
}

std::optional<OrganizationQuota> QuotasModel::quota(const QString &quotaCode) const
{
    for (const OrganizationQuota &quota : m_quotas) {
        if (quota.quotaCode == quotaCode)
            return quota;
    }
    return std::nullopt;
}

} // namespace chcloud
