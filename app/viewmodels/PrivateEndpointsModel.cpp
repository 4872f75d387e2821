#include "PrivateEndpointsModel.h"

#include "domain/CloudLocation.h"

namespace chcloud {

PrivateEndpointsModel::PrivateEndpointsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int PrivateEndpointsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_endpoints.size());
}

int PrivateEndpointsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrivateEndpointsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const OrganizationPrivateEndpoint &endpoint = m_endpoints.at(index.row());
    switch (Column(index.column())) {
    case IdColumn:
        return endpoint.id;
    case DescriptionColumn:
        return endpoint.description;
    case ProviderColumn:
        return role == Qt::ToolTipRole ? endpoint.cloudProvider : Provider::label(endpoint.cloudProvider);
    case RegionColumn:
        return endpoint.region;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PrivateEndpointsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn:
        return tr("Endpoint ID");
    case DescriptionColumn:
        return tr("Description");
    case ProviderColumn:
        return tr("Cloud provider");
    case RegionColumn:
        return tr("Region");
    case ColumnCount:
        break;
    }
    return {};
}

void PrivateEndpointsModel::setEndpoints(QList<OrganizationPrivateEndpoint> endpoints)
{
    beginResetModel();
    m_endpoints = std::move(endpoints);
    endResetModel();
}

} // namespace chcloud
