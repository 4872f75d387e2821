#include "NetworkingTab.h"

#include "IpAccessListEditor.h"
#include "domain/ServiceInputRules.h"
#include "viewmodels/IpAccessListModel.h"
#include "viewmodels/ServiceDetailsViewModel.h"
#include "viewmodels/ServicePrivateEndpointViewModel.h"
#include "viewmodels/ServicesViewModel.h"
#include "widgets/Prompter.h"
#include "widgets/ThemedIcon.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chcloud {

NetworkingTab::NetworkingTab(ServicesViewModel *services, ServiceDetailsViewModel *details, QWidget *parent)
    : ServiceDetailsTab(services, details, parent)
    , m_ipModel(new IpAccessListModel(this))
    , m_private(details->privateEndpoint())
{
    auto *ipBox = new QGroupBox(tr("IP access list"), this);
    auto *ipLayout = new QVBoxLayout(ipBox);
    ipLayout->addWidget(new IpAccessListEditor(m_ipModel, ipBox));
    m_ipApply = new QPushButton(tr("Apply"), ipBox);
    m_ipApply->setObjectName(u"ipApplyButton"_s);
    guardChange(m_ipApply);
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
    m_privateEndpoint->setTextFormat(Qt::PlainText);
    m_endpointId = new QLineEdit(privateBox);
    m_endpointId->setObjectName(u"privateEndpointIdEdit"_s);
    m_endpointId->setPlaceholderText(tr("vpce-0123456789abcdef0"));
    m_endpointDescription = new QLineEdit(privateBox);
    m_endpointDescription->setObjectName(u"privateEndpointDescriptionEdit"_s);
    m_endpointDescription->setPlaceholderText(tr("optional"));
    m_endpointDescription->setMaxLength(255);
    m_endpointAdd = new QPushButton(ThemedIcon::icon(u"add"_s), tr("Add endpoint ID"), privateBox);
    m_endpointAdd->setObjectName(u"privateEndpointAddButton"_s);
    guardChange(m_endpointAdd);
    m_endpointError = errorLabel(privateBox, u"privateEndpointError"_s);
    auto *addForm = new QFormLayout;
    addForm->addRow(tr("Endpoint ID:"), m_endpointId);
    addForm->addRow(tr("Description:"), m_endpointDescription);
    auto *addButtons = new QHBoxLayout;
    addButtons->addStretch();
    addButtons->addWidget(m_endpointAdd);
    privateLayout->addWidget(m_privateEndpoint);
    privateLayout->addLayout(addForm);
    privateLayout->addWidget(m_endpointError);
    privateLayout->addLayout(addButtons);

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
    connect(m_private, &ServicePartViewModel::changed, this, &NetworkingTab::showPrivateEndpoint);
    connect(m_endpointAdd, &QPushButton::clicked, this, &NetworkingTab::addPrivateEndpoint);
    connect(m_endpointId, &QLineEdit::returnPressed, this, &NetworkingTab::addPrivateEndpoint);
    // The list of services carries the endpoint IDs: reload it so the new one shows there too.
    connect(m_private, &ServicePrivateEndpointViewModel::endpointAdded, services, &ServicesViewModel::refresh);
}

void NetworkingTab::clearErrors()
{
    setError(m_ipError, {});
    setError(m_endpointError, {});
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
    using State = ServicePartViewModel::State;
    return m_private->state() == State::Loaded || m_private->state() == State::Failed;
}

void NetworkingTab::activate()
{
    m_private->ensureLoaded();
}

void NetworkingTab::showPrivateEndpoint()
{
    using State = ServicePartViewModel::State;
    const auto service = details()->service();
    QStringList lines;
    switch (m_private->state()) {
    case State::NotLoaded:
    case State::Loading:
        lines.append(tr("Loading…"));
        break;
    case State::Failed:
        lines.append(m_private->errorText());
        break;
    case State::Loaded:
        if (const auto &config = m_private->config()) {
            lines.append(tr("Endpoint service: %1").arg(orDash(config->endpointServiceId)));
            lines.append(tr("Private DNS host: %1").arg(orDash(config->privateDnsHostname)));
        }
        break;
    }
    if (service) {
        QStringList ids = service->privateEndpointIds;
        for (const ServicePrivateEndpoint &added : m_private->added()) {
            if (!ids.contains(added.id))
                ids.append(added.id);
        }
        lines.append(tr("Private endpoints of this service: %1").arg(ids.isEmpty() ? tr("none") : ids.join(u", "_s)));
    }
    m_privateEndpoint->setText(lines.join(u'\n'));
    m_endpointAdd->setEnabled(m_private->state() == State::Loaded);
}

void NetworkingTab::addPrivateEndpoint()
{
    if (!m_endpointAdd->isEnabled())
        return;
    ServiceOperation *operation = m_private->addEndpoint(m_endpointId->text(), m_endpointDescription->text());
    const QString id = m_endpointId->text().trimmed();
    track(operation, m_endpointAdd, m_endpointError, tr("Private endpoint %1 added.").arg(id), [this](const Service &) {
        m_endpointId->clear();
        m_endpointDescription->clear();
    });
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
