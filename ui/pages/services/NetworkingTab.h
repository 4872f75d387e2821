#pragma once

#include "ServiceDetailsTab.h"

class QLineEdit;

namespace chcloud {

class IpAccessListModel;
class ServicePrivateEndpointViewModel;

/// The IP access list editor (staged, sent with Apply) and the service's
/// private endpoint configuration: the endpoint service to connect to, the
/// private DNS name, the endpoint IDs allowed, and adding one.
class NetworkingTab : public ServiceDetailsTab
{
    Q_OBJECT

public:
    NetworkingTab(ServicesViewModel *services, ServiceDetailsViewModel *details, QWidget *parent = nullptr);

    IpAccessListModel *ipAccessListModel() const { return m_ipModel; }

    void clearErrors() override;
    void showService(const Service &service, bool resetEditors) override;
    void activate() override;
    bool isLoaded() const override;

private:
    void showPrivateEndpoint();
    void applyIpAccessList();
    void addPrivateEndpoint();

    IpAccessListModel *m_ipModel;
    QPushButton *m_ipApply;
    QPushButton *m_ipRevert;
    QLabel *m_ipError;
    ServicePrivateEndpointViewModel *m_private;
    QLabel *m_privateEndpoint;
    QLineEdit *m_endpointId;
    QLineEdit *m_endpointDescription;
    QPushButton *m_endpointAdd;
    QLabel *m_endpointError;
};

} // namespace chcloud
