#pragma once

#include "ServiceDetailsTab.h"

namespace chcloud {

class ScalingEditor;

/// The service's autoscaling: memory per replica, replicas and idling, sent with Apply.
class ScalingTab : public ServiceDetailsTab
{
    Q_OBJECT

public:
    ScalingTab(ServicesViewModel *services, ServiceDetailsViewModel *details, QWidget *parent = nullptr);

    void clearErrors() override;
    void showService(const Service &service, bool resetEditors) override;

private:
    void applyScaling();

    ScalingEditor *m_scaling;
    QPushButton *m_scalingApply;
    QLabel *m_scalingError;
};

} // namespace chcloud
