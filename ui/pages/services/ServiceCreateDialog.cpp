#include "ServiceCreateDialog.h"

#include "IpAccessListEditor.h"
#include "ScalingEditor.h"
#include "TagsEditor.h"
#include "domain/CloudLocation.h"
#include "viewmodels/IpAccessListModel.h"
#include "viewmodels/QuotasViewModel.h"
#include "viewmodels/ServicesViewModel.h"
#include "viewmodels/TagListModel.h"
#include "widgets/Prompter.h"
#include "widgets/StatusColors.h"
#include "widgets/TabChain.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

ServiceCreateDialog::ServiceCreateDialog(ServicesViewModel *viewModel, QWidget *parent)
    : ServiceCreateDialog(viewModel, nullptr, parent)
{
}

ServiceCreateDialog::ServiceCreateDialog(ServicesViewModel *viewModel, QuotasViewModel *quotas, QWidget *parent)
    : QDialog(parent)
    , m_viewModel(viewModel)
    , m_quotas(quotas)
    , m_ipModel(new IpAccessListModel(this))
    , m_tagModel(new TagListModel(this))
    , m_name(new QLineEdit(this))
    , m_provider(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_scaling(new ScalingEditor(this))
    , m_error(new QLabel(this))
    , m_quotaLimit(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_create(m_buttons->addButton(tr("Create service"), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"serviceCreateDialog"_s);
    setWindowTitle(tr("New service"));

    m_name->setObjectName(u"serviceNameEdit"_s);
    m_name->setMaxLength(50);
    m_name->setPlaceholderText(tr("e.g. analytics-production"));
    m_provider->setObjectName(u"providerCombo"_s);
    for (const QString &provider : Provider::known())
        m_provider->addItem(Provider::label(provider), provider);
    m_region->setObjectName(u"regionCombo"_s);
    m_create->setObjectName(u"createServiceButton"_s);
    m_error->setObjectName(u"createError"_s);
    m_error->setWordWrap(true);
    StatusColors::mark(m_error, StatusColors::Status::Problem);
    m_error->hide();
    m_quotaLimit->setObjectName(u"quotaLimitLabel"_s);
    m_quotaLimit->setWordWrap(true);
    StatusColors::mark(m_quotaLimit, StatusColors::Status::Problem);
    m_quotaLimit->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Cloud provider:"), m_provider);
    form->addRow(tr("Region:"), m_region);

    auto *scalingBox = new QGroupBox(tr("Scaling"), this);
    auto *scalingLayout = new QVBoxLayout(scalingBox);
    scalingLayout->addWidget(m_scaling);

    auto *ipBox = new QGroupBox(tr("IP access list"), this);
    auto *ipLayout = new QVBoxLayout(ipBox);
    auto *ipHint = new QLabel(tr("Only these addresses may connect. Add your own network; "
                                 "0.0.0.0/0 opens the service to the whole internet."),
                              ipBox);
    ipHint->setWordWrap(true);
    ipLayout->addWidget(ipHint);
    ipLayout->addWidget(new IpAccessListEditor(m_ipModel, ipBox));

    auto *tagsBox = new QGroupBox(tr("Tags"), this);
    auto *tagsLayout = new QVBoxLayout(tagsBox);
    tagsLayout->addWidget(new TagsEditor(m_tagModel, tagsBox));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scalingBox);
    layout->addWidget(ipBox);
    layout->addWidget(tagsBox);
    layout->addWidget(m_quotaLimit);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    // The buttons were created before the editors shown above them: Tab reaches them last.
    TabChain::moveToEnd(this, m_buttons);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &ServiceCreateDialog::updateRegions);
    connect(m_name, &QLineEdit::textChanged, this, &ServiceCreateDialog::updateCreateEnabled);
    connect(m_scaling, &ScalingEditor::changed, this, &ServiceCreateDialog::updateCreateEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServiceCreateDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!m_inFlight)
            reject();
    });

    if (m_quotas) {
        connect(m_quotas, &QuotasViewModel::quotasChanged, this, &ServiceCreateDialog::updateQuotaLimit);
        m_quotas->ensureLoadedInBackground();
    }
    updateRegions();
    updateQuotaLimit();
}

ServiceCreateDialog::~ServiceCreateDialog()
{
    m_password.wipe();
}

Secret ServiceCreateDialog::takePassword()
{
    Secret password = std::move(m_password);
    m_password = Secret();
    return password;
}

void ServiceCreateDialog::updateRegions()
{
    const QString provider = m_provider->currentData().toString();
    const QString previous = m_region->currentText();
    m_region->clear();
    m_region->addItems(Region::knownFor(provider));
    const int index = m_region->findText(previous);
    if (index >= 0)
        m_region->setCurrentIndex(index);
}

ServiceCreateRequest ServiceCreateDialog::request() const
{
    ServiceCreateRequest request;
    request.name = m_name->text().trimmed();
    request.provider = m_provider->currentData().toString();
    request.region = m_region->currentText();
    // The scaling editor shapes the fields by mode (a replica band and one memory
    // size for horizontal, a fixed count and a memory range for vertical).
    const ReplicaScalingRequest scaling = m_scaling->request();
    request.autoscalingMode = scaling.autoscalingMode;
    request.minReplicaMemoryGb = scaling.minReplicaMemoryGb;
    request.maxReplicaMemoryGb = scaling.maxReplicaMemoryGb;
    request.numReplicas = scaling.numReplicas;
    request.minReplicas = scaling.minReplicas;
    request.maxReplicas = scaling.maxReplicas;
    request.idleScaling = m_scaling->idleScaling();
    if (m_scaling->idleScaling())
        request.idleTimeoutMinutes = m_scaling->idleTimeoutMinutes();
    request.ipAccessList = m_ipModel->entries();
    request.tags = m_tagModel->tags();
    return request;
}

void ServiceCreateDialog::updateCreateEnabled()
{
    m_create->setEnabled(!m_inFlight && !m_name->text().trimmed().isEmpty() && m_scaling->problem().isEmpty()
                         && m_quotaLimit->isHidden());
}

QString ServiceCreateDialog::quotaProblem() const
{
    if (!m_quotas)
        return {};
    const auto quota = m_quotas->quota(u"services-per-organization"_s);
    if (!quota)
        return {};
    // The quota's usage was true when it was read; the services listed since may be more.
    const qint64 listed = m_viewModel ? m_viewModel->rowCount() : 0;
    if (!quota->usage && listed == 0)
        return {};
    if (std::max(quota->usage.value_or(0), listed) < quota->value)
        return {};
    return tr("The organization has reached its limit of %n service(s) (quota %1).", nullptr, int(quota->value))
        .arg(quota->quotaCode);
}

void ServiceCreateDialog::updateQuotaLimit()
{
    const QString problem = quotaProblem();
    m_quotaLimit->setText(problem);
    m_quotaLimit->setVisible(!problem.isEmpty());
    updateCreateEnabled();
}

void ServiceCreateDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ServiceCreateDialog::submit()
{
    if (m_inFlight || !m_viewModel)
        return;
    // At the limit the server would refuse it: say so and send nothing.
    if (const QString problem = quotaProblem(); !problem.isEmpty()) {
        updateQuotaLimit();
        return;
    }
    const ServiceCreateRequest request = this->request();
    if (const QString problem = ServicesViewModel::validateCreate(request); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    if (request.ipAccessList.isEmpty()
        && !Prompter::instance()->confirm(this, tr("Empty IP access list"),
                                          tr("With an empty IP access list the service accepts no traffic at all "
                                             "until you add an address. Create it anyway?"),
                                          tr("Create without access"), u"confirmEmptyIpAccessList"_s)) {
        return;
    }
    showError({});
    m_inFlight = true;
    updateCreateEnabled();
    m_create->setText(tr("Creating…"));
    ServiceOperation *operation = m_viewModel->createService(request);
    connect(operation, &ServiceOperation::finished, this, [this, operation, name = request.name] {
        m_inFlight = false;
        m_create->setText(tr("Create service"));
        updateCreateEnabled();
        if (!operation->isSuccess()) {
            showError(operation->errorText());
            return;
        }
        m_createdServiceId = operation->serviceId();
        m_createdServiceName = name;
        m_password = operation->takePassword();
        accept();
    });
}

} // namespace chcloud
