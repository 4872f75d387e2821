#pragma once

#include "domain/Backup.h"

#include <QAbstractTableModel>
#include <QList>

namespace chcloud {

/// The backups of one service, newest first: when, status, type, size, duration.
class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StartedColumn, StatusColumn, TypeColumn, SizeColumn, DurationColumn, FinishedColumn, ColumnCount };

    explicit BackupListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setBackups(QList<Backup> backups);
    const QList<Backup> &backups() const { return m_backups; }

    static QString statusText(const QString &status);

private:
    QList<Backup> m_backups;
};

} // namespace chcloud
