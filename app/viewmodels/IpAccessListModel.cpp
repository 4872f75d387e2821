#include "IpAccessListModel.h"

#include "domain/IpAccess.h"
#include "domain/Validation.h"

#include <algorithm>

namespace chcloud {

namespace {

bool containsSource(const QList<IpAccessListEntry> &entries, const QString &source)
{
    return std::any_of(entries.cbegin(), entries.cend(),
                       [&](const IpAccessListEntry &entry) { return entry.source == source; });
}

} // namespace

IpAccessListModel::IpAccessListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int IpAccessListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int IpAccessListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IpAccessListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IpAccessListEntry &entry = m_entries.at(index.row());
    const bool anywhere = IpAccess::isAnywhereSource(entry.source);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == SourceColumn)
            return anywhere ? tr("%1 (anywhere)").arg(entry.source) : entry.source;
        return entry.description;
    case Qt::ToolTipRole:
        if (anywhere)
            return tr("This entry lets every address on the internet connect to the service.");
        return {};
    case AnywhereRole:
        return anywhere;
    default:
        return {};
    }
}

QVariant IpAccessListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

void IpAccessListModel::reset(const QList<IpAccessListEntry> &entries)
{
    beginResetModel();
    m_baseline = entries;
    m_entries = entries;
    endResetModel();
    Q_EMIT entriesChanged();
}

QString IpAccessListModel::addEntry(const QString &source, const QString &description)
{
    const QString trimmed = source.trimmed();
    if (QString problem = validation::ipSource(trimmed); !problem.isEmpty())
        return problem;
    if (containsSource(m_entries, trimmed))
        return tr("%1 is already in the list.").arg(trimmed);
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append({ trimmed, description.trimmed() });
    endInsertRows();
    Q_EMIT entriesChanged();
    return {};
}

void IpAccessListModel::removeEntry(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    Q_EMIT entriesChanged();
}

ListPatch<IpAccessListEntry> IpAccessListModel::patch() const
{
    ListPatch<IpAccessListEntry> result;
    for (const IpAccessListEntry &entry : m_baseline) {
        if (!m_entries.contains(entry))
            result.remove.append(entry);
    }
    for (const IpAccessListEntry &entry : m_entries) {
        if (!m_baseline.contains(entry))
            result.add.append(entry);
    }
    return result;
}

bool IpAccessListModel::allowsAnywhere() const
{
    return IpAccess::isOpenToAnywhere(m_entries);
}

} // namespace chcloud
