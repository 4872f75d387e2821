#pragma once

#include "domain/Service.h"
#include "domain/ServiceRequests.h"

#include <QAbstractTableModel>
#include <QList>

namespace chcloud {

/// An IP access list being edited: the entries as they stand, and what they were
/// when editing began, so the change can be sent as the {add, remove} patch the
/// service PATCH takes. Used by the create dialog (starting empty) and by the
/// details pane (starting from the service's list).
///
/// It knows the two lists that deserve a warning: one containing 0.0.0.0/0 or ::/0
/// (open to anywhere) and an empty one (which denies all traffic).
class IpAccessListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SourceColumn, DescriptionColumn, ColumnCount };
    enum Role {
        AnywhereRole = Qt::UserRole + 1, ///< bool: the entry opens the service to every address
    };

    explicit IpAccessListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Starts editing from entries (they become the baseline of patch()).
    void reset(const QList<IpAccessListEntry> &entries);
    const QList<IpAccessListEntry> &entries() const { return m_entries; }

    /// Adds an entry after checking the source; returns why it was refused, or an empty string.
    QString addEntry(const QString &source, const QString &description);
    /// Removes the entry at row (ignored when out of range).
    void removeEntry(int row);

    /// The additions and removals that turn the baseline into the current list.
    ListPatch<IpAccessListEntry> patch() const;
    bool isModified() const { return !patch().isEmpty(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    /// True when some entry lets every address in.
    bool allowsAnywhere() const;

Q_SIGNALS:
    /// The list changed (an entry added or removed, or a reset).
    void entriesChanged();

private:
    QList<IpAccessListEntry> m_baseline;
    QList<IpAccessListEntry> m_entries;
};

} // namespace chcloud
