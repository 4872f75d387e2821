#include "BackupListModel.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace chcloud {

BackupListModel::BackupListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BackupListModel::statusText(const QString &status)
{
    if (status == "done"_L1)
        return tr("Done");
    if (status == "error"_L1)
        return tr("Error");
    if (status == "in_progress"_L1)
        return tr("In progress");
    return tr("unknown (%1)").arg(status);
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Backup &backup = m_backups.at(index.row());
    if (role == Qt::ToolTipRole)
        return backup.id;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case StartedColumn:
        return backup.startedAt.isValid() ? locale.toString(backup.startedAt.toLocalTime(), QLocale::ShortFormat)
                                          : QString();
    case StatusColumn:
        return statusText(backup.status);
    case TypeColumn:
        if (backup.type == "full"_L1)
            return tr("Full");
        if (backup.type == "incremental"_L1)
            return tr("Incremental");
        return backup.type;
    case SizeColumn:
        return backup.sizeInBytes ? locale.formattedDataSize(qint64(std::llround(*backup.sizeInBytes))) : QString();
    case DurationColumn:
        if (!backup.durationInSeconds)
            return QString();
        if (*backup.durationInSeconds < 120)
            return tr("%n s", nullptr, int(*backup.durationInSeconds));
        return tr("%n min", nullptr, int(*backup.durationInSeconds / 60));
    case FinishedColumn:
        return backup.finishedAt.isValid() ? locale.toString(backup.finishedAt.toLocalTime(), QLocale::ShortFormat)
                                           : QString();
    default:
        return {};
    }
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case StatusColumn:
        return tr("Status");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case DurationColumn:
        return tr("Duration");
    case FinishedColumn:
        return tr("Finished");
    default:
        return {};
    }
}

void BackupListModel::setBackups(QList<Backup> backups)
{
    std::sort(backups.begin(), backups.end(),
              [](const Backup &a, const Backup &b) { return a.startedAt > b.startedAt; });
    beginResetModel();
    m_backups = std::move(backups);
    endResetModel();
}

} // namespace chcloud
