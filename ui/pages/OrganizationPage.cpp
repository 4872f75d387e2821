#include "OrganizationPage.h"

#include "domain/CloudLocation.h"
#include "org/QuotasPanel.h"
#include "org/RolesPanel.h"
#include "viewmodels/OrgTableText.h"
#include "viewmodels/OrganizationViewModel.h"
#include "viewmodels/QuotasViewModel.h"
#include "viewmodels/RolesViewModel.h"
#include "widgets/ErrorBanner.h"
#include "widgets/IsolatingItemDelegate.h"
#include "widgets/Prompter.h"
#include "widgets/StatusColors.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

OrganizationPage::OrganizationPage(OrganizationViewModel *viewModel, QuotasViewModel *quotas, RolesViewModel *roles,
                                   QWidget *parent)
    : Page(parent)
    , m_viewModel(viewModel)
    , m_quotas(quotas)
    , m_roles(roles)
{
    m_viewModel->setParent(this);
    m_quotas->setParent(this);
    m_roles->setParent(this);
    setObjectName(u"organizationPage"_s);
    buildUi();

    connect(m_viewModel, &RemoteViewModel::errorChanged, this, [this](const QString &error) {
        m_banner->setText(error.isEmpty() ? QString() : tr("Could not load the organization: %1").arg(error));
    });
    connect(m_viewModel, &RemoteViewModel::loadFinished, this, [this] {
        if (!m_loaded) {
            m_loaded = true;
            Q_EMIT loaded();
        }
    });
    connect(m_viewModel, &OrganizationViewModel::organizationChanged, this, &OrganizationPage::showOrganization);
    connect(m_viewModel, &OrganizationViewModel::renamed, this,
            [this](const QString &name) { Q_EMIT statusMessage(tr("Organization renamed to %1.").arg(name)); });
    connect(m_viewModel, &RemoteViewModel::commandFailed, this, [this](const QString &text) {
        Prompter::instance()->warn(this, tr("Organization"), text, u"organizationCommandFailed"_s);
        updateNameState();
    });
    connect(m_viewModel, &OrganizationViewModel::endpointConfigFound, this,
            [this](const QString &, const QString &, const QString &endpointServiceId) {
                m_endpointServiceEdit->setText(endpointServiceId.isEmpty() ? tr("(none)") : endpointServiceId);
            });
    showOrganization();
}

OrganizationPage::~OrganizationPage() = default;

QString OrganizationPage::pageName() const
{
    return u"organization"_s;
}

QString OrganizationPage::title() const
{
    return pageTitle();
}

QString OrganizationPage::pageTitle()
{
    return tr("Organization");
}

void OrganizationPage::buildUi()
{
    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(u"organizationErrorBanner"_s);

    // Details.
    auto *details = new QGroupBox(tr("Details"), this);
    m_nameEdit = new QLineEdit(details);
    m_nameEdit->setObjectName(u"organizationNameEdit"_s);
    m_nameEdit->setMaxLength(OrganizationViewModel::maxNameLength + 1);
    m_renameButton = new QPushButton(ThemedIcon::icon(u"edit"_s), tr("Rename"), details);
    m_renameButton->setObjectName(u"organizationRenameButton"_s);
    m_nameProblem = new QLabel(details);
    m_nameProblem->setObjectName(u"organizationNameProblem"_s);
    m_nameProblem->setTextFormat(Qt::PlainText);
    StatusColors::mark(m_nameProblem, StatusColors::Status::Problem);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &OrganizationPage::updateNameState);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &OrganizationPage::applyName);
    connect(m_renameButton, &QPushButton::clicked, this, &OrganizationPage::applyName);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_nameEdit, 1);
    nameRow->addWidget(m_renameButton);

    m_idEdit = new QLineEdit(details);
    m_idEdit->setObjectName(u"organizationIdEdit"_s);
    m_idEdit->setAccessibleName(tr("Organization ID"));
    m_idEdit->setReadOnly(true);
    auto *copyButton = new QToolButton(details);
    copyButton->setObjectName(u"organizationCopyIdButton"_s);
    copyButton->setIcon(ThemedIcon::icon(u"copy"_s));
    copyButton->setToolTip(tr("Copy the organization ID"));
    copyButton->setAccessibleName(tr("Copy the organization ID"));
    connect(copyButton, &QToolButton::clicked, this, &OrganizationPage::copyId);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_idEdit, 1);
    idRow->addWidget(copyButton);

    m_createdLabel = new QLabel(details);
    m_createdLabel->setObjectName(u"organizationCreatedLabel"_s);
    m_coreDumpsLabel = new QLabel(details);
    m_coreDumpsLabel->setObjectName(u"organizationCoreDumpsLabel"_s);
    m_byocLabel = new QLabel(details);
    m_byocLabel->setObjectName(u"organizationByocLabel"_s);
    m_byocLabel->setTextFormat(Qt::PlainText); // server names and states
    m_byocLabel->setWordWrap(true);

    auto *form = new QFormLayout(details);
    auto *nameLabel = new QLabel(tr("&Name:"), details);
    nameLabel->setBuddy(m_nameEdit);
    form->addRow(nameLabel, nameRow);
    form->addRow(QString(), m_nameProblem);
    form->addRow(tr("ID:"), idRow);
    form->addRow(tr("Created:"), m_createdLabel);
    form->addRow(tr("Crash reports:"), m_coreDumpsLabel);
    form->addRow(tr("Bring your own cloud:"), m_byocLabel);

    // Private endpoints.
    auto *endpoints = new QGroupBox(tr("Private endpoints"), this);
    m_endpointsTable = new QTableView(endpoints);
    m_endpointsTable->setObjectName(u"privateEndpointsTable"_s);
    m_endpointsTable->setModel(m_viewModel->privateEndpoints());
    IsolatingItemDelegate::install(m_endpointsTable);
    m_endpointsTable->verticalHeader()->hide();
    m_endpointsTable->horizontalHeader()->setStretchLastSection(true);
    m_endpointsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_endpointsTable->setColumnWidth(PrivateEndpointsModel::IdColumn, 260);
    m_endpointsTable->setColumnWidth(PrivateEndpointsModel::DescriptionColumn, 220);
    m_endpointsTable->setMinimumHeight(160);
    m_endpointsEmpty = new QLabel(tr("No private endpoints are allowed for this organization."), endpoints);
    m_endpointsEmpty->setObjectName(u"privateEndpointsEmpty"_s);

    m_providerCombo = new QComboBox(endpoints);
    m_providerCombo->setObjectName(u"endpointProviderCombo"_s);
    m_providerCombo->setAccessibleName(tr("Endpoint service provider"));
    for (const QString &provider : Provider::known())
        m_providerCombo->addItem(Provider::label(provider), provider);
    m_regionCombo = new QComboBox(endpoints);
    m_regionCombo->setObjectName(u"endpointRegionCombo"_s);
    m_regionCombo->setAccessibleName(tr("Endpoint service region"));
    m_regionCombo->setEditable(true); // a region newer than this app can still be typed
    connect(m_providerCombo, &QComboBox::currentIndexChanged, this, &OrganizationPage::fillRegions);
    fillRegions();
    m_lookUpButton = new QPushButton(tr("Look Up"), endpoints);
    m_lookUpButton->setObjectName(u"endpointLookUpButton"_s);
    connect(m_lookUpButton, &QPushButton::clicked, this, &OrganizationPage::lookUpEndpoint);
    m_endpointServiceEdit = new QLineEdit(endpoints);
    m_endpointServiceEdit->setObjectName(u"endpointServiceIdEdit"_s);
    m_endpointServiceEdit->setAccessibleName(tr("Endpoint service ID"));
    m_endpointServiceEdit->setReadOnly(true);
    m_endpointServiceEdit->setPlaceholderText(tr("Endpoint service to connect your private endpoint to"));
    auto *lookUp = new QHBoxLayout;
    lookUp->addWidget(new QLabel(tr("Endpoint service in"), endpoints));
    lookUp->addWidget(m_providerCombo);
    lookUp->addWidget(m_regionCombo);
    lookUp->addWidget(m_lookUpButton);
    lookUp->addWidget(m_endpointServiceEdit, 1);

    auto *endpointsLayout = new QVBoxLayout(endpoints);
    endpointsLayout->addWidget(m_endpointsEmpty);
    endpointsLayout->addWidget(m_endpointsTable, 1);
    endpointsLayout->addLayout(lookUp);

    // Details, endpoints, quotas and roles together are taller than a small window
    // (or a larger font) allows: they scroll, the error banner stays in view.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(details);
    contentLayout->addWidget(endpoints);
    contentLayout->addWidget(new QuotasPanel(m_quotas, content));
    contentLayout->addWidget(new RolesPanel(m_roles, content), 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"organizationScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
}

void OrganizationPage::applyContext(const PageContext &context)
{
    m_loaded = false;
    m_banner->setText({});
    m_endpointServiceEdit->clear();
    // Signed in, the page loads once it is shown; signed out, the load ends at once with "Not signed in".
    if (!context.isSignedIn())
        refresh();
}

void OrganizationPage::refresh()
{
    m_viewModel->refresh();
    m_quotas->refresh();
    m_roles->refresh();
}

void OrganizationPage::showOrganization()
{
    const auto &organization = m_viewModel->organization();
    const bool known = organization.has_value();
    m_nameEdit->setEnabled(known);
    m_nameEdit->setText(known ? organization->name : QString());
    m_idEdit->setText(known ? organization->id : QString());
    m_createdLabel->setText(known ? orgtext::dateTimeText(organization->createdAt) : QString());
    if (!known || !organization->enableCoreDumps.has_value())
        m_coreDumpsLabel->setText(u"—"_s);
    else
        m_coreDumpsLabel->setText(*organization->enableCoreDumps ? tr("Collected") : tr("Not collected"));
    if (!known || organization->byocConfig.isEmpty()) {
        m_byocLabel->setText(tr("None"));
    } else {
        QStringList accounts;
        for (const ByocConfig &byoc : organization->byocConfig) {
            const QString name = byoc.displayName.isEmpty() ? byoc.accountName : byoc.displayName;
            accounts.append(
                tr("%1 (%2 %3, %4)").arg(name, Provider::label(byoc.cloudProvider), byoc.regionId, byoc.state));
        }
        m_byocLabel->setText(accounts.join(u"; "_s));
    }
    const bool anyEndpoint = m_viewModel->privateEndpoints()->rowCount() > 0;
    m_endpointsTable->setVisible(anyEndpoint);
    m_endpointsEmpty->setVisible(!anyEndpoint);
    m_lookUpButton->setEnabled(known);
    updateNameState();
}

void OrganizationPage::updateNameState()
{
    const auto &organization = m_viewModel->organization();
    const QString typed = m_nameEdit->text();
    const QString problem = OrganizationViewModel::validateName(typed);
    const bool changed = organization && typed.trimmed() != organization->name;
    m_nameProblem->setText(changed ? problem : QString());
    m_nameProblem->setVisible(changed && !problem.isEmpty());
    m_renameButton->setEnabled(changed && problem.isEmpty());
}

void OrganizationPage::applyName()
{
    if (!m_renameButton->isEnabled())
        return;
    if (m_viewModel->rename(m_nameEdit->text()))
        m_renameButton->setEnabled(false);
}

void OrganizationPage::copyId()
{
    if (!m_idEdit->text().isEmpty()) {
        QApplication::clipboard()->setText(m_idEdit->text());
        Q_EMIT statusMessage(tr("Organization ID copied."));
    }
}

void OrganizationPage::fillRegions()
{
    const QString provider = m_providerCombo->currentData().toString();
    m_regionCombo->clear();
    m_regionCombo->addItems(Region::knownFor(provider));
}

void OrganizationPage::lookUpEndpoint()
{
    const QString provider = m_providerCombo->currentData().toString();
    const QString region = m_regionCombo->currentText().trimmed();
    if (provider.isEmpty() || region.isEmpty())
        return;
    m_endpointServiceEdit->setText(tr("Looking up…"));
    m_viewModel->lookUpEndpointConfig(provider, region);
}

QString OrganizationPage::loadError() const
{
    return m_viewModel->errorText();
}

} // namespace chcloud
