#include "OrganizationViewModel.h"

#include "api/CloudApi.h"

namespace chcloud {

OrganizationViewModel::OrganizationViewModel(QObject *parent)
    : RemoteViewModel(parent)
    , m_endpoints(new PrivateEndpointsModel(this))
{
}

QString OrganizationViewModel::validateName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a name.");
    if (trimmed.size() > maxNameLength)
        return tr("The name is too long: at most %n characters.", nullptr, maxNameLength);
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return tr("The name cannot contain control characters.");
    }
    return {};
}

void OrganizationViewModel::clearData()
{
    m_organization.reset();
    m_endpoints->setEndpoints({});
    Q_EMIT organizationChanged();
}

void OrganizationViewModel::setOrganization(Organization organization)
{
    m_endpoints->setEndpoints(organization.privateEndpoints);
    m_organization = std::move(organization);
    Q_EMIT organizationChanged();
}

void OrganizationViewModel::refresh()
{
    CloudApi *cloud = api();
    beginLoad();
    if (!cloud)
        return endLoad(tr("Not signed in."));
    const quint64 generation = this->generation();
    track(cloud->organizationGet(organizationId(), RequestPriority::Visible, this,
                                 [this, generation](ApiResult<Organization> result) {
                                     if (!isCurrent(generation))
                                         return;
                                     if (!result)
                                         return endLoad(result.error());
                                     setOrganization(std::move(result).value());
                                     endLoad();
                                 }));
}

bool OrganizationViewModel::rename(const QString &name)
{
    const QString problem = validateName(name);
    if (!problem.isEmpty()) {
        Q_EMIT commandFailed(problem);
        return false;
    }
    const QString trimmed = name.trimmed();
    if (m_organization && m_organization->name == trimmed)
        return false;
    CloudApi *cloud = api();
    if (!cloud) {
        Q_EMIT commandFailed(tr("Not signed in."));
        return false;
    }
    OrganizationUpdateRequest body;
    body.name = trimmed;
    const quint64 generation = this->generation();
    track(cloud->organizationUpdate(organizationId(), body, RequestPriority::Interactive, this,
                                    [this, generation](ApiResult<Organization> result) {
                                        if (!isCurrent(generation))
                                            return;
                                        if (!result)
                                            return reportCommandError(result.error());
                                        setOrganization(std::move(result).value());
                                        Q_EMIT renamed(m_organization->name);
                                    }));
    return true;
}

void OrganizationViewModel::lookUpEndpointConfig(const QString &cloudProvider, const QString &region)
{
    CloudApi *cloud = api();
    if (!cloud) {
        Q_EMIT commandFailed(tr("Not signed in."));
        return;
    }
    const quint64 generation = this->generation();
    track(cloud->organizationPrivateEndpointConfigGetList(
        organizationId(), cloudProvider, region, RequestPriority::Interactive, this,
        [this, generation, cloudProvider, region](ApiResult<PrivateEndpointConfig> result) {
            if (!isCurrent(generation))
                return;
            if (!result)
                return reportCommandError(result.error());
            Q_EMIT endpointConfigFound(cloudProvider, region, result.value().endpointServiceId);
        }));
}

} // namespace chcloud
