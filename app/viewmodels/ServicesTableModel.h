#pragma once

#include "domain/Service.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace chcloud {

/// The organization's services as a table: one row per service with state, name,
/// provider and region, autoscaling mode, memory per replica, replicas, idle
/// scaling, ClickHouse version, creation time and tags; what each cell shows, says
/// in a tooltip, sorts by and matches in the text filter. It holds the rows and
/// changes them in place (dataChanged, inserted or removed rows), never with a
/// reset, so selection and scroll position survive a refresh. It sends nothing:
/// ServicesViewModel loads the rows and runs the operations that change them.
class ServicesTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StateColumn,
        NameColumn,
        LocationColumn,
        AutoscalingColumn,
        MemoryColumn,
        ReplicasColumn,
        IdleScalingColumn,
        VersionColumn,
        CreatedColumn,
        TagsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum ItemRole {
        ServiceIdRole = Qt::UserRole + 1, ///< QString
        StateKindRole, ///< ServiceStateKind as int
        StateRawRole, ///< the server's state text
        TransitionalRole, ///< bool: moving between states, being polled
        ProviderRole, ///< raw provider ("aws")
        RegionRole, ///< raw region
        TagsRole, ///< QStringList of "key" and "key=value" for each tag
        SortRole, ///< a value that sorts naturally (numbers, dates)
        SearchTextRole, ///< everything the text filter matches, in one string
    };
    Q_ENUM(ItemRole)

    explicit ServicesTableModel(QObject *parent = nullptr);
    ~ServicesTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Service *serviceAt(int row) const;
    int rowOfService(const QString &serviceId) const;
    std::optional<Service> service(const QString &serviceId) const;
    /// Distinct tags of all rows, as "key" or "key=value", sorted (for the tag filter).
    QStringList allTags() const;
    /// Providers present in the rows (raw), sorted.
    QStringList providers() const;

    /// Translated texts the table and the details pane share.
    static QString stateText(const ServiceState &state);
    /// "Horizontal", "Vertical", the raw text of a mode the app does not know, or "—".
    static QString autoscalingModeText(const Service &service);
    static QString memoryText(const Service &service);
    static QString replicasText(const Service &service);
    static QString idleScalingText(const Service &service);
    static QString locationText(const Service &service);
    static QString tagsText(const QList<ResourceTag> &tags);
    static QString tagText(const ResourceTag &tag);

protected:
    /// True while the service is being polled until it settles (the state's tooltip says so).
    virtual bool isPolled(const QString &serviceId) const;
    void removeAllRows();
    void appendRow(const Service &service);
    /// Replaces the row when the service differs from it; returns whether it did.
    bool replaceRow(int row, const Service &service);
    void removeRowAt(int row);

private:
    QVariant displayData(const Service &service, int column) const;
    QVariant sortData(const Service &service, int column) const;

    QList<Service> m_services;
};

} // namespace chcloud
