#pragma once

#include "ServiceDetailsTab.h"

class QTableWidget;

namespace chcloud {

class ClipboardGuard;

/// State, location, version and sizing of the selected service, and its
/// endpoints with copy buttons.
class ServiceOverviewTab : public ServiceDetailsTab
{
    Q_OBJECT

public:
    ServiceOverviewTab(ServicesViewModel *services, ServiceDetailsViewModel *details, ClipboardGuard *clipboard,
                       QWidget *parent = nullptr);

    void showService(const Service &service, bool resetEditors) override;

private:
    void showEndpoints(const Service &service);

    QPointer<ClipboardGuard> m_clipboard;
    QLabel *m_overview;
    QTableWidget *m_endpoints;
};

} // namespace chcloud
