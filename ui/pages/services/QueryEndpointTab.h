#pragma once

#include "ServiceDetailsTab.h"

class QCheckBox;
class QLineEdit;
class QListView;

namespace chcloud {

class ServiceQueryEndpointViewModel;

/// The service's query API endpoint: enabled or not, the API keys that may use
/// it (checked by name), its roles and allowed origins; Enable/Save and Disable.
class QueryEndpointTab : public ServiceDetailsTab
{
    Q_OBJECT

public:
    QueryEndpointTab(ServicesViewModel *services, ServiceDetailsViewModel *details, QWidget *parent = nullptr);

    void clearErrors() override;
    void activate() override;
    bool isLoaded() const override;

private:
    void showEndpoint();
    QStringList checkedRoles() const;
    void save();
    void disable();
    void runOperation(ServiceOperation *operation, const QString &successText);

    ServiceQueryEndpointViewModel *m_endpoint;
    QLabel *m_status;
    QListView *m_keys;
    QList<QCheckBox *> m_roles;
    QLineEdit *m_origins;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_disable;
    bool m_running = false;
};

} // namespace chcloud
