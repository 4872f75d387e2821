#include "ServiceCreateDialog.h"

#include "IpAccessListEditor.h"
#include "ScalingEditor.h"
#include "TagsEditor.h"
#include "domain/CloudLocation.h"
#include "domain/Validation.h"
#include "viewmodels/IpAccessListModel.h"
#include "viewmodels/ServicesViewModel.h"
#include "viewmodels/TagListModel.h"
#include "widgets/Prompter.h"
#include "widgets/TabChain.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

ServiceCreateDialog::ServiceCreateDialog(ServicesViewModel *viewModel, QWidget *parent)
    : QDialog(parent)
    , m_viewModel(viewModel)
    , m_ipModel(new IpAccessListModel(this))
    , m_tagModel(new TagListModel(this))
    , m_name(new QLineEdit(this))
    , m_provider(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_scaling(new ScalingEditor(this))
    , m_autoscalingMode(new QComboBox(this))
    , m_replicaBand(new QWidget(this))
    , m_minReplicas(new QSpinBox(m_replicaBand))
    , m_maxReplicas(new QSpinBox(m_replicaBand))
    , m_error(new QLabel(this))
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
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Cloud provider:"), m_provider);
    form->addRow(tr("Region:"), m_region);

    m_autoscalingMode->setObjectName(u"autoscalingModeCombo"_s);
    m_autoscalingMode->addItem(tr("Vertical: fixed replicas, memory scales"), u"vertical"_s);
    m_autoscalingMode->addItem(tr("Horizontal: replicas scale, fixed memory"), u"horizontal"_s);
    m_replicaBand->setObjectName(u"replicaBand"_s);
    for (QSpinBox *spin : { m_minReplicas, m_maxReplicas }) {
        spin->setRange(validation::kReplicasMin, validation::kReplicasMax);
        connect(spin, &QSpinBox::valueChanged, this, &ServiceCreateDialog::updateCreateEnabled);
    }
    m_minReplicas->setObjectName(u"minReplicasSpin"_s);
    m_maxReplicas->setObjectName(u"maxReplicasSpin"_s);
    m_minReplicas->setValue(1);
    m_maxReplicas->setValue(3);
    auto *bandLayout = new QFormLayout(m_replicaBand);
    bandLayout->setContentsMargins(0, 0, 0, 0);
    bandLayout->addRow(tr("Minimum replicas:"), m_minReplicas);
    bandLayout->addRow(tr("Maximum replicas:"), m_maxReplicas);
    auto *bandHint = new QLabel(tr("Each replica gets the maximum memory above; the replica count "
                                   "scales between these bounds."),
                                m_replicaBand);
    bandHint->setWordWrap(true);
    bandLayout->addRow(bandHint);

    auto *scalingBox = new QGroupBox(tr("Scaling"), this);
    auto *scalingLayout = new QVBoxLayout(scalingBox);
    auto *modeForm = new QFormLayout;
    modeForm->addRow(tr("Autoscaling:"), m_autoscalingMode);
    scalingLayout->addLayout(modeForm);
    scalingLayout->addWidget(m_scaling);
    scalingLayout->addWidget(m_replicaBand);

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
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    // The autoscaling choice is shown above the scaling editor it governs: Tab reaches it first.
    QWidget::setTabOrder(m_region, m_autoscalingMode);
    // The buttons were created before the editors shown above them: Tab reaches them last.
    TabChain::moveToEnd(this, m_buttons);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &ServiceCreateDialog::updateRegions);
    connect(m_name, &QLineEdit::textChanged, this, &ServiceCreateDialog::updateCreateEnabled);
    connect(m_scaling, &ScalingEditor::changed, this, &ServiceCreateDialog::updateCreateEnabled);
    connect(m_autoscalingMode, &QComboBox::currentIndexChanged, this, &ServiceCreateDialog::updateAutoscalingMode);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServiceCreateDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!m_inFlight)
            reject();
    });

    updateRegions();
    updateAutoscalingMode();
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
    if (isHorizontal()) {
        // Horizontal autoscaling keeps one memory size per replica and scales the count.
        request.autoscalingMode = u"horizontal"_s;
        request.minReplicaMemoryGb = m_scaling->maxMemoryGb();
        request.maxReplicaMemoryGb = m_scaling->maxMemoryGb();
        request.minReplicas = m_minReplicas->value();
        request.maxReplicas = m_maxReplicas->value();
    } else {
        request.autoscalingMode = u"vertical"_s;
        request.minReplicaMemoryGb = m_scaling->minMemoryGb();
        request.maxReplicaMemoryGb = m_scaling->maxMemoryGb();
        request.numReplicas = m_scaling->replicas();
    }
    request.idleScaling = m_scaling->idleScaling();
    if (m_scaling->idleScaling())
        request.idleTimeoutMinutes = m_scaling->idleTimeoutMinutes();
    request.ipAccessList = m_ipModel->entries();
    request.tags = m_tagModel->tags();
    return request;
}

bool ServiceCreateDialog::isHorizontal() const
{
    return m_autoscalingMode->currentData().toString() == u"horizontal"_s;
}

QString ServiceCreateDialog::replicaBandProblem() const
{
    return isHorizontal() ? validation::replicaRange(m_minReplicas->value(), m_maxReplicas->value()) : QString();
}

void ServiceCreateDialog::updateAutoscalingMode()
{
    m_replicaBand->setVisible(isHorizontal());
    updateCreateEnabled();
}

void ServiceCreateDialog::updateCreateEnabled()
{
    m_create->setEnabled(!m_inFlight && !m_name->text().trimmed().isEmpty() && m_scaling->problem().isEmpty()
                         && replicaBandProblem().isEmpty());
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
    const ServiceCreateRequest request = this->request();
    if (const QString problem = ServicesViewModel::validateCreate(request); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    if (const QString problem = replicaBandProblem(); !problem.isEmpty()) {
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
