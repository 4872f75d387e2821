#include "NetworkingTab.h"

#include "IpAccessListEditor.h"
#include "domain/ServiceInputRules.h"
#include "viewmodels/IpAccessListModel.h"
#include "viewmodels/ServiceDetailsViewModel.h"
#include "viewmodels/ServicesViewModel.h"
#include "widgets/Prompter.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chcloud {

NetworkingTab::NetworkingTab(ServicesViewModel *services, ServiceDetailsViewModel *details, QWidget *parent)
    : ServiceDetailsTab(services, details, parent)
    , m_ipModel(new IpAccessListModel(this))
{
    auto *ipBox = new QGroupBox(tr("IP access list"), this);
    auto *ipLayout = new QVBoxLayout(ipBox);
    ipLayout->addWidget(new IpAccessListEditor(m_ipModel, ipBox));
    m_ipApply = new QPushButton(tr("Apply"), ipBox);
    m_ipApply->setObjectName(u"ipApplyButton"_s);
    m_ipRevert = new QPushButton(tr("Revert"), ipBox);
    m_ipRevert->setObjectName(u"ipRevertButton"_s);
    m_ipError = errorLabel(ipBox, u"ipApplyError"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_ipRevert);
    buttons->addWidget(m_ipApply);
    ipLayout->addWidget(m_ipError);
    ipLayout->addLayout(buttons);

    auto *privateBox = new QGroupBox(tr("Private endpoint"), this);
    auto *privateLayout = new QVBoxLayout(privateBox);
    m_privateEndpoint = new QLabel(privateBox);
    m_privateEndpoint->setObjectName(u"privateEndpointConfig"_s);
    m_privateEndpoint->setWordWrap(true);
    m_privateEndpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    privateLayout->addWidget(m_privateEndpoint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(ipBox, 1);
    layout->addWidget(privateBox);

    connect(m_ipModel, &IpAccessListModel::entriesChanged, this, [this] {
        const bool modified = m_ipModel->isModified();
        m_ipApply->setEnabled(modified);
        m_ipRevert->setEnabled(modified);
    });
    connect(m_ipApply, &QPushButton::clicked, this, &NetworkingTab::applyIpAccessList);
    connect(m_ipRevert, &QPushButton::clicked, this, [this] {
        if (const auto service = this->details()->service())
            m_ipModel->reset(service->ipAccessList);
        setError(m_ipError, {});
    });
    connect(details, &ServiceDetailsViewModel::privateEndpointConfigChanged, this, &NetworkingTab::showPrivateEndpoint);
}

void NetworkingTab::clearErrors()
{
    setError(m_ipError, {});
}

void NetworkingTab::showService(const Service &service, bool resetEditors)
{
    if (resetEditors || !m_ipModel->isModified())
        m_ipModel->reset(service.ipAccessList);
    m_ipApply->setEnabled(m_ipModel->isModified());
    m_ipRevert->setEnabled(m_ipModel->isModified());
    showPrivateEndpoint();
}

bool NetworkingTab::isLoaded() const
{
    using PartState = ServiceDetailsViewModel::PartState;
    const PartState state = details()->privateEndpointState();
    return state == PartState::Loaded || state == PartState::Failed;
}

void NetworkingTab::activate()
{
    details()->ensurePrivateEndpointConfig();
}

void NetworkingTab::showPrivateEndpoint()
{
    using PartState = ServiceDetailsViewModel::PartState;
    const auto service = details()->service();
    QStringList lines;
    switch (details()->privateEndpointState()) {
    case PartState::NotLoaded:
    case PartState::Loading:
        lines.append(tr("Loading…"));
        break;
    case PartState::Failed:
        lines.append(details()->privateEndpointError());
        break;
    case PartState::Loaded:
        if (const auto &config = details()->privateEndpointConfig()) {
            lines.append(tr("Endpoint service: %1").arg(orDash(config->endpointServiceId)));
            lines.append(tr("Private DNS host: %1").arg(orDash(config->privateDnsHostname)));
        }
        break;
    }
    if (service) {
        lines.append(
            tr("Private endpoints of this service: %1")
                .arg(service->privateEndpointIds.isEmpty() ? tr("none") : service->privateEndpointIds.join(u", "_s)));
    }
    m_privateEndpoint->setText(lines.join(u'\n'));
}

void NetworkingTab::applyIpAccessList()
{
    const QString serviceId = details()->serviceId();
    if (serviceId.isEmpty() || !m_ipModel->isModified())
        return;
    if (m_ipModel->isEmpty()
        && !Prompter::instance()->confirm(this, tr("Empty IP access list"),
                                          tr("With an empty IP access list the service accepts no traffic at all. "
                                             "Apply anyway?"),
                                          tr("Block all traffic"), u"confirmEmptyIpAccessList"_s)) {
        return;
    }
    const auto added = m_ipModel->patch().add;
    const bool opensToAnywhere = std::any_of(added.cbegin(), added.cend(), [](const IpAccessListEntry &entry) {
        return ServiceInputRules::isAnywhere(entry.source);
    });
    if (opensToAnywhere
        && !Prompter::instance()->confirm(this, tr("Open to anywhere"),
                                          tr("0.0.0.0/0 lets every address on the internet connect to the "
                                             "service. Apply anyway?"),
                                          tr("Allow from anywhere"), u"confirmAnywhere"_s)) {
        return;
    }
    track(services()->updateIpAccessList(serviceId, m_ipModel->patch()), m_ipApply, m_ipError,
          tr("IP access list updated."), [this](const Service &service) { m_ipModel->reset(service.ipAccessList); });
}

} // namespace chcloud
