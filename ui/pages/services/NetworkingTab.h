#pragma once

#include "ServiceDetailsTab.h"

namespace chcloud {

class IpAccessListModel;

/// The IP access list editor (staged, sent with Apply) and the service's
/// private endpoint configuration.
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

    IpAccessListModel *m_ipModel;
    QPushButton *m_ipApply;
    QPushButton *m_ipRevert;
    QLabel *m_ipError;
    QLabel *m_privateEndpoint;
};

} // namespace chcloud
