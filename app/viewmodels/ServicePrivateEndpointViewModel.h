#pragma once

#include "ServicePartViewModel.h"
#include "domain/Service.h"
#include "domain/ServicePrivateEndpoint.h"

#include <QStringList>

#include <optional>

namespace chcloud {

/// The selected service's private endpoint configuration (the endpoint service
/// to connect to and the service's private DNS name) and adding an endpoint ID
/// to the service's allow list.
class ServicePrivateEndpointViewModel : public ServicePartViewModel
{
    Q_OBJECT

public:
    explicit ServicePrivateEndpointViewModel(QObject *parent = nullptr);

    const std::optional<PrivateEndpointConfig> &config() const { return m_config; }
    /// The endpoints added here since the service was selected (the service list
    /// shows them once it has reloaded).
    const QList<ServicePrivateEndpoint> &added() const { return m_added; }

    /// Allows the endpoint id (as the cloud account names it) on the service.
    ServiceOperation *addEndpoint(const QString &endpointId, const QString &description);
    /// Why the input may not be sent, translated; empty when it may.
    static QString validate(const QString &endpointId, const QString &description);

Q_SIGNALS:
    /// An endpoint was added to the service.
    void endpointAdded(const QString &serviceId);

protected:
    void load(CloudApi *api, quint64 generation) override;
    void clearData() override;

private:
    std::optional<PrivateEndpointConfig> m_config;
    QList<ServicePrivateEndpoint> m_added;
};

} // namespace chcloud
