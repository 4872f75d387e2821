#include "ServiceDetailsPane.h"

#include "IpAccessListEditor.h"
#include "ScalingEditor.h"
#include "ServiceStateAppearance.h"
#include "TagsEditor.h"
#include "domain/DisplayText.h"
#include "domain/ServiceInputRules.h"
#include "viewmodels/BackupListModel.h"
#include "viewmodels/ClipboardGuard.h"
#include "viewmodels/IpAccessListModel.h"
#include "viewmodels/ServiceDetailsViewModel.h"
#include "viewmodels/ServiceOperation.h"
#include "viewmodels/ServicesViewModel.h"
#include "viewmodels/TagListModel.h"
#include "viewmodels/UnreadableRows.h"
#include "widgets/IsolatingItemDelegate.h"
#include "widgets/Prompter.h"
#include "widgets/StatusColors.h"
#include "widgets/ThemedIcon.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chcloud {

namespace {

QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // server error texts
    label->setWordWrap(true);
    StatusColors::mark(label, StatusColors::Status::Problem);
    label->hide();
    return label;
}

void setError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QCoreApplication::translate("chcloud::ServiceDetailsPane", "—") : text;
}

} // namespace

ServiceDetailsPane::ServiceDetailsPane(ServicesViewModel *services, ServiceDetailsViewModel *details,
                                       ClipboardGuard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_details(details)
    , m_clipboard(clipboard)
    , m_ipModel(new IpAccessListModel(this))
    , m_tagModel(new TagListModel(this))
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
    m_tabs->addTab(buildOverviewTab(), tr("Overview"));
    m_tabs->addTab(buildNetworkingTab(), tr("Networking"));
    m_tabs->addTab(buildScalingTab(), tr("Scaling"));
    m_tabs->addTab(buildTagsTab(), tr("Tags"));
    m_tabs->addTab(buildBackupsTab(), tr("Backups"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_placeholder, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, &ServiceDetailsPane::loadTabOnDemand);
    connect(m_details, &ServiceDetailsViewModel::serviceSelected, this, &ServiceDetailsPane::showSelection);
    connect(m_details, &ServiceDetailsViewModel::serviceChanged, this, [this] {
        if (const auto service = m_details->service())
            showService(*service, false);
    });
    connect(m_details, &ServiceDetailsViewModel::backupsChanged, this, &ServiceDetailsPane::showBackups);
    connect(m_details, &ServiceDetailsViewModel::backupConfigurationChanged, this, &ServiceDetailsPane::showBackups);
    connect(m_details, &ServiceDetailsViewModel::privateEndpointConfigChanged, this,
            &ServiceDetailsPane::showPrivateEndpoint);
    showSelection();
}

// --- tabs ------------------------------------------------------------------------

QWidget *ServiceDetailsPane::buildOverviewTab()
{
    auto *tab = new QWidget(this);
    m_overview = new QLabel(tab);
    m_overview->setObjectName(u"serviceOverview"_s);
    m_overview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overview->setWordWrap(true);
    m_overview->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_endpoints = new QTableWidget(0, 4, tab);
    m_endpoints->setObjectName(u"endpointsTable"_s);
    IsolatingItemDelegate::install(m_endpoints);
    m_endpoints->setHorizontalHeaderLabels({ tr("Protocol"), tr("Host"), tr("Port"), QString() });
    m_endpoints->verticalHeader()->hide();
    m_endpoints->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_endpoints->setSelectionMode(QAbstractItemView::NoSelection);
    m_endpoints->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_endpoints->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_endpoints->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_endpoints->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);

    auto *settings = new QLabel(tr("ClickHouse settings of the service are out of scope for now: "
                                   "change them with SQL or in the web console."),
                                tab);
    settings->setObjectName(u"clickhouseSettingsNote"_s);
    settings->setWordWrap(true);
    settings->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_overview);
    layout->addWidget(new QLabel(tr("<b>Endpoints</b>"), tab));
    layout->addWidget(m_endpoints, 1);
    layout->addWidget(settings);
    return tab;
}

QWidget *ServiceDetailsPane::buildNetworkingTab()
{
    auto *tab = new QWidget(this);
    auto *ipBox = new QGroupBox(tr("IP access list"), tab);
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

    auto *privateBox = new QGroupBox(tr("Private endpoint"), tab);
    auto *privateLayout = new QVBoxLayout(privateBox);
    m_privateEndpoint = new QLabel(privateBox);
    m_privateEndpoint->setObjectName(u"privateEndpointConfig"_s);
    m_privateEndpoint->setWordWrap(true);
    m_privateEndpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    privateLayout->addWidget(m_privateEndpoint);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(ipBox, 1);
    layout->addWidget(privateBox);

    connect(m_ipModel, &IpAccessListModel::entriesChanged, this, [this] {
        const bool modified = m_ipModel->isModified();
        m_ipApply->setEnabled(modified);
        m_ipRevert->setEnabled(modified);
    });
    connect(m_ipApply, &QPushButton::clicked, this, &ServiceDetailsPane::applyIpAccessList);
    connect(m_ipRevert, &QPushButton::clicked, this, [this] {
        if (const auto service = m_details->service())
            m_ipModel->reset(service->ipAccessList);
        setError(m_ipError, {});
    });
    return tab;
}

QWidget *ServiceDetailsPane::buildScalingTab()
{
    auto *tab = new QWidget(this);
    m_scaling = new ScalingEditor(tab);
    m_scalingApply = new QPushButton(tr("Apply"), tab);
    m_scalingApply->setObjectName(u"scalingApplyButton"_s);
    m_scalingError = errorLabel(tab, u"scalingApplyError"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_scalingApply);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_scaling);
    layout->addWidget(m_scalingError);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_scaling, &ScalingEditor::changed, this,
            [this] { m_scalingApply->setEnabled(m_scaling->problem().isEmpty()); });
    connect(m_scalingApply, &QPushButton::clicked, this, &ServiceDetailsPane::applyScaling);
    return tab;
}

QWidget *ServiceDetailsPane::buildTagsTab()
{
    auto *tab = new QWidget(this);
    m_tagsApply = new QPushButton(tr("Apply"), tab);
    m_tagsApply->setObjectName(u"tagsApplyButton"_s);
    m_tagsError = errorLabel(tab, u"tagsApplyError"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_tagsApply);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(new TagsEditor(m_tagModel, tab));
    layout->addWidget(m_tagsError);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_tagModel, &TagListModel::tagsChanged, this,
            [this] { m_tagsApply->setEnabled(m_tagModel->isModified()); });
    connect(m_tagsApply, &QPushButton::clicked, this, &ServiceDetailsPane::applyTags);
    return tab;
}

QWidget *ServiceDetailsPane::buildBackupsTab()
{
    auto *tab = new QWidget(this);
    auto *configBox = new QGroupBox(tr("Backup schedule"), tab);
    m_backupConfig = new QLabel(configBox);
    m_backupConfig->setObjectName(u"backupConfiguration"_s);
    m_backupConfig->setWordWrap(true);
    m_backupPeriod = new QSpinBox(configBox);
    m_backupPeriod->setObjectName(u"backupPeriodSpin"_s);
    m_backupPeriod->setRange(1, 24 * 7);
    m_backupPeriod->setSuffix(tr(" h"));
    m_backupRetentionDays = new QSpinBox(configBox);
    m_backupRetentionDays->setObjectName(u"backupRetentionSpin"_s);
    m_backupRetentionDays->setRange(1, 45);
    m_backupRetentionDays->setSuffix(tr(" days"));
    m_backupStartTime = new QLineEdit(configBox);
    m_backupStartTime->setObjectName(u"backupStartTimeEdit"_s);
    m_backupStartTime->setPlaceholderText(tr("HH:MM (UTC), optional"));
    m_backupStartTime->setInputMask(QString());
    m_backupConfigApply = new QPushButton(tr("Apply"), configBox);
    m_backupConfigApply->setObjectName(u"backupConfigApplyButton"_s);
    m_backupConfigError = errorLabel(configBox, u"backupConfigError"_s);
    auto *form = new QFormLayout(configBox);
    form->addRow(m_backupConfig);
    form->addRow(tr("Every:"), m_backupPeriod);
    form->addRow(tr("Keep for:"), m_backupRetentionDays);
    form->addRow(tr("Start at:"), m_backupStartTime);
    form->addRow(m_backupConfigError);
    form->addRow(QString(), m_backupConfigApply);

    m_backupsStatus = new QLabel(tab);
    m_backupsStatus->setObjectName(u"backupsStatus"_s);
    m_backupsStatus->setWordWrap(true);
    m_backupTable = new QTableView(tab);
    m_backupTable->setObjectName(u"backupsTable"_s);
    m_backupTable->setModel(m_details->backups());
    IsolatingItemDelegate::install(m_backupTable);
    m_backupTable->verticalHeader()->hide();
    m_backupTable->horizontalHeader()->setStretchLastSection(true);
    m_backupTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *refresh = new QPushButton(ThemedIcon::icon(u"refresh"_s), tr("Refresh"), tab);
    refresh->setObjectName(u"backupsRefreshButton"_s);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<b>Backups</b>"), tab));
    header->addWidget(m_backupsStatus, 1);
    header->addWidget(refresh);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(configBox);
    layout->addLayout(header);
    layout->addWidget(m_backupTable, 1);
    connect(refresh, &QPushButton::clicked, m_details, &ServiceDetailsViewModel::refreshBackups);
    connect(m_backupConfigApply, &QPushButton::clicked, this, &ServiceDetailsPane::applyBackupConfiguration);
    return tab;
}

// --- showing -------------------------------------------------------------------------

void ServiceDetailsPane::showSelection()
{
    const auto service = m_details->service();
    m_tabs->setVisible(service.has_value());
    m_title->setVisible(service.has_value());
    m_placeholder->setVisible(!service.has_value());
    for (QLabel *label : { m_ipError, m_scalingError, m_tagsError, m_backupConfigError })
        setError(label, {});
    if (!service)
        return;
    showService(*service, true);
    showBackups();
    showPrivateEndpoint();
    loadTabOnDemand();
}

void ServiceDetailsPane::showService(const Service &service, bool resetEditors)
{
    m_title->setText(DisplayText::isolated(service.name));
    const QLocale locale;
    QStringList rows;
    const auto row = [&rows](const QString &label, const QString &value) {
        rows.append(u"<tr><td style='padding-right:12px'><b>"_s + label.toHtmlEscaped() + u"</b></td><td>"_s
                    + value.toHtmlEscaped() + u"</td></tr>"_s);
    };
    row(tr("State"), ServicesViewModel::stateText(service.state));
    row(tr("Service ID"), service.id);
    row(tr("Provider / region"), ServicesViewModel::locationText(service));
    row(tr("ClickHouse version"), orDash(service.clickhouseVersion));
    row(tr("Autoscaling"), ServicesViewModel::autoscalingModeText(service));
    row(tr("Memory per replica"), ServicesViewModel::memoryText(service));
    row(tr("Replicas"), ServicesViewModel::replicasText(service));
    row(tr("Idle scaling"), ServicesViewModel::idleScalingText(service));
    row(tr("Created"),
        service.createdAt.isValid() ? locale.toString(service.createdAt.toLocalTime(), QLocale::LongFormat)
                                    : orDash({}));
    row(tr("Release channel"), orDash(service.releaseChannel));
    row(tr("Tags"), orDash(ServicesViewModel::tagsText(service.tags)));
    QString accessSummary;
    if (service.deniesAllTraffic())
        accessSummary = tr("empty — no traffic is allowed");
    else
        accessSummary = tr("%n entries", nullptr, int(service.ipAccessList.size()));
    row(tr("IP access list"), accessSummary);
    m_overview->setText(u"<table>"_s + rows.join(QString()) + u"</table>"_s);
    showEndpoints(service);

    if (resetEditors || !m_ipModel->isModified())
        m_ipModel->reset(service.ipAccessList);
    if (resetEditors || !m_tagModel->isModified())
        m_tagModel->reset(service.tags);
    if (resetEditors)
        m_scaling->setService(service);
    m_ipApply->setEnabled(m_ipModel->isModified());
    m_ipRevert->setEnabled(m_ipModel->isModified());
    m_tagsApply->setEnabled(m_tagModel->isModified());
}

void ServiceDetailsPane::showEndpoints(const Service &service)
{
    m_endpoints->setRowCount(int(service.endpoints.size()));
    for (int row = 0; row < service.endpoints.size(); ++row) {
        const ServiceEndpoint &endpoint = service.endpoints.at(row);
        m_endpoints->setItem(row, 0, new QTableWidgetItem(endpoint.protocol));
        m_endpoints->setItem(row, 1, new QTableWidgetItem(endpoint.host));
        m_endpoints->setItem(row, 2, new QTableWidgetItem(endpoint.port ? QString::number(*endpoint.port) : QString()));
        auto *copy = new QToolButton(m_endpoints);
        copy->setObjectName(u"copyEndpointButton"_s);
        copy->setIcon(ThemedIcon::icon(u"copy"_s));
        copy->setToolTip(tr("Copy host and port"));
        copy->setAccessibleName(tr("Copy host and port of %1").arg(endpoint.host));
        copy->setAutoRaise(true);
        const QString address = endpoint.port ? endpoint.host + u':' + QString::number(*endpoint.port) : endpoint.host;
        connect(copy, &QToolButton::clicked, this, [this, address] {
            if (m_clipboard)
                m_clipboard->copyPlain(address);
            Q_EMIT statusMessage(tr("Copied %1").arg(address));
        });
        m_endpoints->setCellWidget(row, 3, copy);
    }
}

void ServiceDetailsPane::showBackups()
{
    using PartState = ServiceDetailsViewModel::PartState;
    m_backupsStatus->setToolTip(m_details->backupsState() == PartState::Loaded
                                    ? UnreadableRows::details(m_details->unreadableBackups())
                                    : QString());
    switch (m_details->backupsState()) {
    case PartState::NotLoaded:
        m_backupsStatus->setText(QString());
        break;
    case PartState::Loading:
        m_backupsStatus->setText(tr("Loading…"));
        break;
    case PartState::Loaded:
        if (!m_details->backupsWarning().isEmpty())
            m_backupsStatus->setText(m_details->backupsWarning());
        else
            m_backupsStatus->setText(m_details->backups()->rowCount() == 0
                                         ? tr("No backups yet.")
                                         : tr("%n backups", nullptr, m_details->backups()->rowCount()));
        break;
    case PartState::Failed:
        m_backupsStatus->setText(m_details->backupsError());
        break;
    }

    const auto &config = m_details->backupConfiguration();
    const bool haveConfig = config.has_value();
    m_backupPeriod->setEnabled(haveConfig);
    m_backupRetentionDays->setEnabled(haveConfig);
    m_backupStartTime->setEnabled(haveConfig);
    m_backupConfigApply->setEnabled(haveConfig);
    if (m_details->backupConfigurationState() == PartState::Failed) {
        m_backupConfig->setText(m_details->backupConfigurationError());
        return;
    }
    if (!config) {
        m_backupConfig->setText(m_details->backupConfigurationState() == PartState::Loading ? tr("Loading…")
                                                                                            : QString());
        return;
    }
    const int period = int(config->backupPeriodInHours.value_or(24));
    const int retentionDays = int(config->backupRetentionPeriodInHours.value_or(24) / 24);
    QString summary = tr("A backup every %n hours", nullptr, period);
    if (!config->backupStartTime.isEmpty())
        summary = tr("A backup every day at %1 UTC").arg(config->backupStartTime);
    m_backupConfig->setText(tr("%1, %2", "how often a backup is made, then how long it is kept")
                                .arg(summary, tr("kept for %n days.", nullptr, retentionDays)));
    m_backupPeriod->setValue(period);
    m_backupRetentionDays->setValue(retentionDays);
    m_backupStartTime->setText(config->backupStartTime);
}

void ServiceDetailsPane::showPrivateEndpoint()
{
    using PartState = ServiceDetailsViewModel::PartState;
    const auto service = m_details->service();
    QStringList lines;
    switch (m_details->privateEndpointState()) {
    case PartState::NotLoaded:
    case PartState::Loading:
        lines.append(tr("Loading…"));
        break;
    case PartState::Failed:
        lines.append(m_details->privateEndpointError());
        break;
    case PartState::Loaded:
        if (const auto &config = m_details->privateEndpointConfig()) {
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

void ServiceDetailsPane::loadTabOnDemand()
{
    if (m_details->serviceId().isEmpty())
        return;
    const int tab = m_tabs->currentIndex();
    if (tab == 1)
        m_details->ensurePrivateEndpointConfig();
    else if (tab == 4)
        m_details->ensureBackups();
}

// --- applying ---------------------------------------------------------------------------

void ServiceDetailsPane::track(ServiceOperation *operation, QPushButton *button, QLabel *label,
                               const QString &successText, const std::function<void(const Service &)> &resetApplied)
{
    button->setEnabled(false);
    setError(label, {});
    connect(operation, &ServiceOperation::finished, this, [this, operation, button, label, successText, resetApplied] {
        button->setEnabled(true);
        if (!operation->isSuccess()) {
            setError(label, operation->errorText()); // empty when it was cancelled
            return;
        }
        Q_EMIT statusMessage(successText);
        // Only the editor that was applied starts again from the server's copy, and
        // only while its service is still the one shown.
        const auto service = m_details->service();
        if (!service || service->id != operation->serviceId())
            return;
        if (resetApplied)
            resetApplied(*service);
        showService(*service, false);
    });
}

void ServiceDetailsPane::applyIpAccessList()
{
    const QString serviceId = m_details->serviceId();
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
    track(m_services->updateIpAccessList(serviceId, m_ipModel->patch()), m_ipApply, m_ipError,
          tr("IP access list updated."), [this](const Service &service) { m_ipModel->reset(service.ipAccessList); });
}

void ServiceDetailsPane::applyScaling()
{
    const QString serviceId = m_details->serviceId();
    if (serviceId.isEmpty())
        return;
    track(m_services->updateScaling(serviceId, m_scaling->request()), m_scalingApply, m_scalingError,
          tr("Scaling updated."), [this](const Service &service) { m_scaling->setService(service); });
}

void ServiceDetailsPane::applyTags()
{
    const QString serviceId = m_details->serviceId();
    if (serviceId.isEmpty() || !m_tagModel->isModified())
        return;
    track(m_services->updateTags(serviceId, m_tagModel->patch()), m_tagsApply, m_tagsError, tr("Tags updated."),
          [this](const Service &service) { m_tagModel->reset(service.tags); });
}

void ServiceDetailsPane::applyBackupConfiguration()
{
    BackupConfigurationUpdateRequest request;
    const QString startTime = m_backupStartTime->text().trimmed();
    if (startTime.isEmpty())
        request.backupPeriodInHours = m_backupPeriod->value();
    else
        request.backupStartTime = startTime;
    request.backupRetentionPeriodInHours = m_backupRetentionDays->value() * 24;
    track(m_details->updateBackupConfiguration(request), m_backupConfigApply, m_backupConfigError,
          tr("Backup schedule updated."));
}

} // namespace chcloud
