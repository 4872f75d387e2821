#pragma once

#include "domain/Organization.h"

#include <QAbstractTableModel>
#include <QList>

namespace chcloud {

/// The private endpoints an organization allows: ID, description, provider, region.
class PrivateEndpointsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, DescriptionColumn, ProviderColumn, RegionColumn, ColumnCount };
    Q_ENUM(Column)

    explicit PrivateEndpointsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEndpoints(QList<OrganizationPrivateEndpoint> endpoints);
    const QList<OrganizationPrivateEndpoint> &endpoints() const { return m_endpoints; }

private:
    QList<OrganizationPrivateEndpoint> m_endpoints;
};

} // namespace chcloud
