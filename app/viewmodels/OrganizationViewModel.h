#pragma once

#include "PrivateEndpointsModel.h"
#include "RemoteViewModel.h"
#include "domain/Organization.h"

#include <optional>

namespace chcloud {

/// The organization itself: its details, renaming it, the private endpoints it
/// allows, and the endpoint service to connect to in a given provider and region
/// (organizationPrivateEndpointConfigGetList asks for one pair at a time).
class OrganizationViewModel : public RemoteViewModel
{
    Q_OBJECT

public:
    static constexpr int maxNameLength = 255;

    explicit OrganizationViewModel(QObject *parent = nullptr);

    /// nullopt until loaded.
    const std::optional<Organization> &organization() const { return m_organization; }
    PrivateEndpointsModel *privateEndpoints() const { return m_endpoints; }

    /// Why name cannot be the organization's name (translated), or empty when it can.
    static QString validateName(const QString &name);

public Q_SLOTS:
    void refresh() override;
    /// Renames the organization. Returns false (sending nothing) when
    /// validateName() objects or the name is unchanged; otherwise renamed or
    /// commandFailed follows.
    bool rename(const QString &name);
    /// Looks up the endpoint service for provider/region; emits endpointConfigFound or commandFailed.
    void lookUpEndpointConfig(const QString &cloudProvider, const QString &region);

Q_SIGNALS:
    /// The organization was loaded or changed.
    void organizationChanged();
    void renamed(const QString &name);
    void endpointConfigFound(const QString &cloudProvider, const QString &region, const QString &endpointServiceId);

protected:
    void clearData() override;

private:
    void setOrganization(Organization organization);

    std::optional<Organization> m_organization;
    PrivateEndpointsModel *m_endpoints;
};

} // namespace chcloud
