#include "ServiceDetailsPane.h"

#include "BackupsTab.h"
#include "NetworkingTab.h"
#include "QueryEndpointTab.h"
#include "ScalingTab.h"
#include "ServiceOverviewTab.h"
#include "SettingsTab.h"
#include "TagsTab.h"
#include "domain/DisplayText.h"
#include "viewmodels/ServiceDetailsViewModel.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

ServiceDetailsPane::ServiceDetailsPane(ServicesViewModel *services, ServiceDetailsViewModel *details,
                                       ClipboardGuard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_details(details)
    , m_title(new QLabel(this))
    , m_placeholder(new QLabel(tr("Select a service to see its details."), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"serviceDetailsPane"_s);
    m_title->setObjectName(u"serviceDetailsTitle"_s);
    m_title->setTextFormat(Qt::PlainText); // the service name
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setObjectName(u"serviceDetailsPlaceholder"_s);
    m_tabs->setObjectName(u"serviceDetailsTabs"_s);

    auto *networking = new NetworkingTab(services, details, m_tabs);
    auto *tags = new TagsTab(services, details, m_tabs);
    m_ipModel = networking->ipAccessListModel();
    m_tagModel = tags->tagModel();
    addTab(new ServiceOverviewTab(services, details, clipboard, m_tabs), u"overview"_s, tr("Overview"));
    addTab(networking, u"networking"_s, tr("Networking"));
    addTab(new ScalingTab(services, details, m_tabs), u"scaling"_s, tr("Scaling"));
    addTab(tags, u"tags"_s, tr("Tags"));
    addTab(new BackupsTab(services, details, m_tabs), u"backups"_s, tr("Backups"));
    addTab(new SettingsTab(services, details, m_tabs), u"settings"_s, tr("Settings"));
    addTab(new QueryEndpointTab(services, details, m_tabs), u"query-endpoint"_s, tr("Query endpoint"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_placeholder, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, &ServiceDetailsPane::activateCurrentTab);
    connect(m_details, &ServiceDetailsViewModel::serviceSelected, this, &ServiceDetailsPane::showSelection);
    connect(m_details, &ServiceDetailsViewModel::serviceChanged, this, [this] {
        const auto service = m_details->service();
        if (!service)
            return;
        m_title->setText(DisplayText::isolated(service->name));
        for (ServiceDetailsTab *tab : std::as_const(m_tabList))
            tab->showService(*service, false);
    });
    showSelection();
}

IpAccessListModel *ServiceDetailsPane::ipAccessListModel() const
{
    return m_ipModel;
}

TagListModel *ServiceDetailsPane::tagModel() const
{
    return m_tagModel;
}

void ServiceDetailsPane::setChangeRefusal(const QString &refusal)
{
    for (ServiceDetailsTab *tab : std::as_const(m_tabList))
        tab->setChangeRefusal(refusal);
}

QStringList ServiceDetailsPane::tabNames() const
{
    return m_tabNames;
}

bool ServiceDetailsPane::showTab(const QString &name)
{
    const auto index = m_tabNames.indexOf(name);
    if (index < 0)
        return false;
    m_tabs->setCurrentIndex(int(index));
    return true;
}

bool ServiceDetailsPane::isCurrentTabLoaded() const
{
    if (m_details->serviceId().isEmpty())
        return true;
    const auto *tab = qobject_cast<const ServiceDetailsTab *>(m_tabs->currentWidget());
    return !tab || tab->isLoaded();
}

void ServiceDetailsPane::addTab(ServiceDetailsTab *tab, const QString &name, const QString &title)
{
    tab->setObjectName(name + u"Tab"_s);
    m_tabList.append(tab);
    m_tabNames.append(name);
    m_tabs->addTab(tab, title);
    connect(tab, &ServiceDetailsTab::statusMessage, this, &ServiceDetailsPane::statusMessage);
}

void ServiceDetailsPane::showSelection()
{
    const auto service = m_details->service();
    m_tabs->setVisible(service.has_value());
    m_title->setVisible(service.has_value());
    m_placeholder->setVisible(!service.has_value());
    for (ServiceDetailsTab *tab : std::as_const(m_tabList))
        tab->clearErrors();
    if (!service)
        return;
    m_title->setText(DisplayText::isolated(service->name));
    for (ServiceDetailsTab *tab : std::as_const(m_tabList))
        tab->showService(*service, true);
    activateCurrentTab();
}

void ServiceDetailsPane::activateCurrentTab()
{
    if (m_details->serviceId().isEmpty())
        return;
    if (auto *tab = qobject_cast<ServiceDetailsTab *>(m_tabs->currentWidget()))
        tab->activate();
}

} // namespace chcloud
