#include "QueryEndpointKeysModel.h"

#include <algorithm>

namespace chcloud {

QueryEndpointKeysModel::QueryEndpointKeysModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int QueryEndpointKeysModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant QueryEndpointKeysModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.name.isEmpty() ? tr("Key %1 (not in this organization's list)").arg(row.id) : row.name;
    case Qt::CheckStateRole:
        return row.checked ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
    case KeyIdRole:
        return row.id;
    default:
        return {};
    }
}

bool QueryEndpointKeysModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    Row &row = m_rows[index.row()];
    if (row.checked == checked)
        return true;
    row.checked = checked;
    Q_EMIT dataChanged(index, index, { Qt::CheckStateRole });
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags QueryEndpointKeysModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

void QueryEndpointKeysModel::setKeys(const QList<ApiKey> &keys, const QStringList &checked)
{
    beginResetModel();
    m_rows.clear();
    for (const ApiKey &key : keys)
        m_rows.append(Row { key.id, key.name, checked.contains(key.id) });
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const QString &id : checked) {
        const bool listed = std::any_of(m_rows.cbegin(), m_rows.cend(), [&id](const Row &row) { return row.id == id; });
        if (!listed)
            m_rows.append(Row { id, QString(), true });
    }
    endResetModel();
    Q_EMIT checkedChanged();
}

void QueryEndpointKeysModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QStringList QueryEndpointKeysModel::checkedIds() const
{
    QStringList ids;
    for (const Row &row : m_rows) {
        if (row.checked)
            ids.append(row.id);
    }
    return ids;
}

bool QueryEndpointKeysModel::setChecked(const QString &keyId, bool checked)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == keyId)
            return setData(index(row), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    }
    return false;
}

int QueryEndpointKeysModel::rowOfName(const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).name == name)
            return row;
    }
    return -1;
}

} // namespace chcloud
