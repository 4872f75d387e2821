#include "ClickhouseSettingsModel.h"

using namespace Qt::StringLiterals;

namespace chcloud {

ClickhouseSettingsModel::ClickhouseSettingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ClickhouseSettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClickhouseSettingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClickhouseSettingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case NameRole:
        return row.entry.name;
    case ChangedRole:
        return row.changed.has_value();
    case WarningRole:
        return row.serverWarning.isEmpty() ? row.entry.warning : row.serverWarning;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!row.entry.description.isEmpty())
            lines.append(row.entry.description);
        if (!row.entry.deprecationNotice.isEmpty())
            lines.append(row.entry.deprecationNotice);
        const QString warning = row.serverWarning.isEmpty() ? row.entry.warning : row.serverWarning;
        if (!warning.isEmpty())
            lines.append(tr("Warning: %1").arg(warning));
        if (index.column() == DefaultColumn && !row.knownDefault)
            lines.append(tr(
                "Not known yet: the API tells a default only while the setting has it (select the row to read it)."));
        return lines.join(u'\n');
    }
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return row.entry.name;
        case ValueColumn:
            if (row.changed)
                return row.changed->isEmpty() ? tr("(empty)") : *row.changed;
            if (row.knownDefault)
                return row.knownDefault->isEmpty() ? tr("(empty, default)") : tr("%1 (default)").arg(*row.knownDefault);
            return tr("(default)");
        case DefaultColumn:
            if (row.knownDefault)
                return row.knownDefault->isEmpty() ? tr("(empty)") : *row.knownDefault;
            return tr("—");
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ClickhouseSettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Setting");
    case ValueColumn:
        return tr("Value");
    case DefaultColumn:
        return tr("Default");
    case ColumnCount:
        break;
    }
    return {};
}

void ClickhouseSettingsModel::setSettings(const ClickhouseSettingsSchema &schema, const ClickhouseSettingsList &list)
{
    beginResetModel();
    m_rows.clear();
    for (const ClickhouseSettingSchemaEntry &entry : schema.settings) {
        if (entry.name.isEmpty())
            continue;
        m_rows.append(Row { entry, list.valueOf(entry.name), std::nullopt, QString() });
    }
    // A changed setting the schema does not describe (the API grows): shown, as text.
    for (const ClickhouseSetting &setting : list.settings) {
        if (setting.name.isEmpty() || schema.find(setting.name))
            continue;
        ClickhouseSettingSchemaEntry entry;
        entry.name = setting.name;
        m_rows.append(Row { entry, setting.value, std::nullopt, QString() });
    }
    endResetModel();
}

void ClickhouseSettingsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ClickhouseSettingsModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).entry.name == name)
            return row;
    }
    return -1;
}

ClickhouseSettingSchemaEntry ClickhouseSettingsModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).entry : ClickhouseSettingSchemaEntry {};
}

bool ClickhouseSettingsModel::isChanged(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).changed.has_value();
}

std::optional<QString> ClickhouseSettingsModel::currentValue(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    const Row &r = m_rows.at(row);
    return r.changed ? r.changed : r.knownDefault;
}

std::optional<QString> ClickhouseSettingsModel::defaultValue(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).knownDefault : std::nullopt;
}

void ClickhouseSettingsModel::setChangedValue(const QString &name, const std::optional<QString> &value)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    // A value equal to the known default is the default: the server no longer lists it.
    r.changed = value && r.knownDefault && *value == *r.knownDefault ? std::nullopt : value;
    rowChanged(row);
}

void ClickhouseSettingsModel::setDefaultValue(const QString &name, const QString &value)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    m_rows[row].knownDefault = value;
    rowChanged(row);
}

void ClickhouseSettingsModel::setServerWarning(const QString &name, const QString &message)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    m_rows[row].serverWarning = message;
    rowChanged(row);
}

void ClickhouseSettingsModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace chcloud
