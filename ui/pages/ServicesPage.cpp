#include "ServicesPage.h"

#include "domain/CloudLocation.h"
#include "domain/DisplayText.h"
#include "domain/Validation.h"
#include "services/PasswordRevealDialog.h"
#include "services/ServiceCreateDialog.h"
#include "services/ServiceDetailsPane.h"
#include "services/ServiceStateAppearance.h"
#include "services/ServiceStateBadgeDelegate.h"
#include "viewmodels/ClipboardGuard.h"
#include "viewmodels/QuotasViewModel.h"
#include "viewmodels/ServiceDetailsViewModel.h"
#include "viewmodels/ServiceOperation.h"
#include "viewmodels/ServicePasswordVault.h"
#include "viewmodels/ServicesFilterModel.h"
#include "viewmodels/ServicesViewModel.h"
#include "viewmodels/UnreadableRows.h"
#include "widgets/ErrorBanner.h"
#include "widgets/IsolatingItemDelegate.h"
#include "widgets/Prompter.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

namespace chcloud {

namespace {

constexpr ServiceStateKind kFilterableStates[] = {
    ServiceStateKind::Running,      ServiceStateKind::Idle,
    ServiceStateKind::Stopped,      ServiceStateKind::Starting,
    ServiceStateKind::Stopping,     ServiceStateKind::Awaking,
    ServiceStateKind::Provisioning, ServiceStateKind::PartiallyRunning,
    ServiceStateKind::Degraded,     ServiceStateKind::Failed,
    ServiceStateKind::Terminating,  ServiceStateKind::Terminated,
    ServiceStateKind::Softdeleting, ServiceStateKind::Softdeleted,
    ServiceStateKind::Unknown,
};

ErrorBanner *banner(QWidget *parent, const QString &objectName)
{
    auto *created = new ErrorBanner(parent);
    created->setObjectName(objectName);
    return created;
}

} // namespace

ServicesPage::ServicesPage(ServicesViewModel *viewModel, ServiceDetailsViewModel *details, ServicePasswordVault *vault,
                           QWidget *parent)
    : Page(parent)
    , m_viewModel(viewModel)
    , m_filter(new ServicesFilterModel(this))
    , m_details(details)
    , m_clipboard(new ClipboardGuard(this))
    , m_vault(vault)
    , m_toolbar(new QToolBar(this))
    , m_loadError(banner(this, u"servicesLoadError"_s))
    , m_operationError(banner(this, u"serviceOperationError"_s))
    , m_summary(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new QTableView(m_splitter))
{
    setObjectName(u"servicesPage"_s);
    m_viewModel->setParent(this);
    m_details->setParent(this);
    m_vault->setParent(this);
    m_filter->setSourceModel(m_viewModel);
    buildToolbar();

    m_table->setObjectName(u"servicesTable"_s);
    m_table->setModel(m_filter);
    IsolatingItemDelegate::install(m_table);
    m_table->setItemDelegateForColumn(ServicesViewModel::StateColumn, new ServiceStateBadgeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ServicesViewModel::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The few columns that must stay readable follow their contents; the rest can be dragged.
    for (const int column :
         { ServicesViewModel::StateColumn, ServicesViewModel::NameColumn, ServicesViewModel::AutoscalingColumn,
           ServicesViewModel::MemoryColumn, ServicesViewModel::ReplicasColumn, ServicesViewModel::IdleScalingColumn })
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_detailsPane = new ServiceDetailsPane(m_viewModel, m_details, m_clipboard, m_splitter);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detailsPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 620, 420 });
    m_splitter->setChildrenCollapsible(false);

    m_summary->setObjectName(u"servicesSummary"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(buildFilters());
    layout->addWidget(m_loadError);
    layout->addWidget(m_operationError);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_summary);

    const auto followSelection = [this] {
        m_details->setServiceId(selectedServiceId());
        updateActions();
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, followSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, followSelection);
    connect(m_viewModel, &ServicesViewModel::serviceChanged, this, [this](const QString &serviceId) {
        if (serviceId == selectedServiceId())
            updateActions();
    });
    connect(m_viewModel, &QAbstractItemModel::rowsInserted, this, &ServicesPage::updateFilterChoices);
    connect(m_viewModel, &QAbstractItemModel::rowsRemoved, this, &ServicesPage::updateFilterChoices);
    connect(m_viewModel, &QAbstractItemModel::dataChanged, this, &ServicesPage::updateFilterChoices);
    connect(m_viewModel, &ServicesViewModel::serviceRemoved, this, [this](const QString &serviceId) {
        if (m_details->serviceId() == serviceId)
            m_details->setServiceId(selectedServiceId());
        updateActions();
    });
    connect(m_viewModel, &ServicesViewModel::busyChanged, this,
            [this](bool busy) { m_refreshAction->setEnabled(!busy); });
    connect(m_viewModel, &ServicesViewModel::refreshed, this, [this] {
        const QString error = m_viewModel->errorText();
        // A load error blanks the list; a few unreadable rows only earn a warning.
        const QString partial = error.isEmpty() ? m_viewModel->unreadableText() : QString();
        m_loadError->setText(!error.isEmpty() ? tr("The services could not be loaded: %1").arg(error) : partial);
        m_loadError->setToolTip(partial.isEmpty() ? QString() : UnreadableRows::details(m_viewModel->unreadableRows()));
        m_loadError->setVisible(!error.isEmpty() || !partial.isEmpty());
        if (!m_loaded) {
            m_loaded = true;
            m_table->resizeColumnToContents(ServicesViewModel::LocationColumn);
            m_table->resizeColumnToContents(ServicesViewModel::VersionColumn);
            m_table->resizeColumnToContents(ServicesViewModel::CreatedColumn);
            if (!m_pendingServiceName.isEmpty())
                selectServiceNamed(std::exchange(m_pendingServiceName, QString()));
            if (m_table->currentIndex().isValid() == false && m_filter->rowCount() > 0)
                m_table->selectRow(0);
            Q_EMIT loaded();
        }
        updateActions();
    });
    connect(m_detailsPane, &ServiceDetailsPane::statusMessage, this, &Page::statusMessage);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ServicesPage::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ServicesPage::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ServicesPage::updateActions);

    updateFilterChoices();
    updateActions();
}

ServicesPage::~ServicesPage() = default;

QString ServicesPage::pageName() const
{
    return u"services"_s;
}

QString ServicesPage::title() const
{
    return pageTitle();
}

QString ServicesPage::pageTitle()
{
    return tr("Services");
}

bool ServicesPage::isLoaded() const
{
    return m_loaded;
}

void ServicesPage::applyContext(const PageContext & /*context*/)
{
    m_loaded = false;
    showOperationError({});
    m_loadError->hide();
    m_details->setServiceId({});
    updateActions();
}

void ServicesPage::refresh()
{
    m_viewModel->refresh();
}

// --- layout -----------------------------------------------------------------------

void ServicesPage::buildToolbar()
{
    m_toolbar->setObjectName(u"servicesToolbar"_s);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(16, 16));
    const auto action
        = [this](const QString &icon, const QString &text, const QString &objectName, void (ServicesPage::*slot)()) {
              QAction *created = m_toolbar->addAction(ThemedIcon::icon(icon), text);
              created->setObjectName(objectName);
              connect(created, &QAction::triggered, this, slot);
              return created;
          };
    m_newAction = action(u"add"_s, tr("New service"), u"newServiceAction"_s, &ServicesPage::createService);
    m_toolbar->addSeparator();
    m_startAction = action(u"start"_s, tr("Start"), u"startServiceAction"_s, &ServicesPage::startSelected);
    m_stopAction = action(u"stop"_s, tr("Stop"), u"stopServiceAction"_s, &ServicesPage::stopSelected);
    m_awakeAction = action(u"awake"_s, tr("Awake"), u"awakeServiceAction"_s, &ServicesPage::awakeSelected);
    m_toolbar->addSeparator();
    m_renameAction = action(u"edit"_s, tr("Rename"), u"renameServiceAction"_s, &ServicesPage::renameSelected);
    m_resetPasswordAction
        = action(u"rotate"_s, tr("Reset password"), u"resetPasswordAction"_s, &ServicesPage::resetPasswordOfSelected);
    m_deleteAction = action(u"delete"_s, tr("Delete"), u"deleteServiceAction"_s, &ServicesPage::deleteSelected);
    m_toolbar->addSeparator();
    // No shortcut here: F5 belongs to the window's Refresh, which reloads whichever
    // page is shown. A second window-wide binding would make the key ambiguous.
    m_refreshAction = action(u"refresh"_s, tr("Refresh"), u"refreshServicesAction"_s, &ServicesPage::refresh);
}

QWidget *ServicesPage::buildFilters()
{
    auto *bar = new QWidget(this);
    m_textFilter = new QLineEdit(bar);
    m_textFilter->setObjectName(u"serviceFilterEdit"_s);
    m_textFilter->setAccessibleName(tr("Filter services"));
    m_textFilter->setPlaceholderText(tr("Filter by name, ID, region, version or tag"));
    m_textFilter->setClearButtonEnabled(true);
    m_stateFilter = new QComboBox(bar);
    m_stateFilter->setObjectName(u"stateFilterCombo"_s);
    m_stateFilter->setAccessibleName(tr("State"));
    m_stateFilter->addItem(tr("All states"));
    for (const ServiceStateKind kind : kFilterableStates) {
        const ServiceState state = ServiceState::of(kind);
        const QString text = kind == ServiceStateKind::Unknown ? tr("Unknown") : state.label();
        m_stateFilter->addItem(ServiceStateAppearance::of(kind).icon(), text, int(kind));
    }
    m_providerFilter = new QComboBox(bar);
    m_providerFilter->setObjectName(u"providerFilterCombo"_s);
    m_providerFilter->setAccessibleName(tr("Provider"));
    m_tagFilter = new QComboBox(bar);
    m_tagFilter->setObjectName(u"tagFilterCombo"_s);
    m_tagFilter->setAccessibleName(tr("Tag"));
    m_tagFilter->setMinimumContentsLength(12);
    m_tagFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_textFilter, 2);
    layout->addWidget(new QLabel(tr("State:"), bar));
    layout->addWidget(m_stateFilter);
    layout->addWidget(new QLabel(tr("Provider:"), bar));
    layout->addWidget(m_providerFilter);
    layout->addWidget(new QLabel(tr("Tag:"), bar));
    layout->addWidget(m_tagFilter);

    connect(m_textFilter, &QLineEdit::textChanged, this, &ServicesPage::applyFilters);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &ServicesPage::applyFilters);
    connect(m_providerFilter, &QComboBox::currentIndexChanged, this, &ServicesPage::applyFilters);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, &ServicesPage::applyFilters);
    return bar;
}

void ServicesPage::updateFilterChoices()
{
    const auto refill = [](QComboBox *combo, const QString &allText, const QStringList &values,
                           const std::function<QString(const QString &)> &label) {
        const QString current = combo->currentData().toString();
        QStringList existing;
        for (int i = 1; i < combo->count(); ++i)
            existing.append(combo->itemData(i).toString());
        if (combo->count() > 0 && existing == values)
            return;
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(allText, QString());
        for (const QString &value : values)
            combo->addItem(label(value), value);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    refill(m_providerFilter, tr("All providers"), m_viewModel->providers(),
           [](const QString &provider) { return Provider::label(provider); });
    refill(m_tagFilter, tr("All tags"), m_viewModel->allTags(), [](const QString &tag) { return tag; });
    applyFilters();
}

void ServicesPage::applyFilters()
{
    m_filter->setTextFilter(m_textFilter->text());
    const QVariant state = m_stateFilter->currentData();
    m_filter->setStateFilter(state.isValid() ? std::optional(ServiceStateKind(state.toInt())) : std::nullopt);
    m_filter->setProviderFilter(m_providerFilter->currentData().toString());
    m_filter->setTagFilter(m_tagFilter->currentData().toString());
    const int shown = m_filter->rowCount();
    const int total = m_viewModel->rowCount();
    m_summary->setText(shown == total ? tr("%n services", nullptr, total)
                                      : tr("%1 of %n services shown", nullptr, total).arg(shown));
}

// --- selection --------------------------------------------------------------------------

QString ServicesPage::selectedServiceId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return {};
    return current.data(ServicesViewModel::ServiceIdRole).toString();
}

std::optional<Service> ServicesPage::selectedService() const
{
    const QString id = selectedServiceId();
    return id.isEmpty() ? std::nullopt : m_viewModel->service(id);
}

bool ServicesPage::showPart(const QString &name)
{
    // "settings" or "settings/production-analytics": a details tab, then which service to select.
    if (!m_detailsPane->showTab(name.section(u'/', 0, 0)))
        return false;
    const QString serviceName = name.section(u'/', 1);
    if (serviceName.isEmpty())
        return true;
    if (m_loaded)
        return selectServiceNamed(serviceName);
    m_pendingServiceName = serviceName; // selected once the list has loaded
    return true;
}

bool ServicesPage::selectServiceNamed(const QString &name)
{
    for (int row = 0; row < m_viewModel->rowCount(); ++row) {
        if (const Service *service = m_viewModel->serviceAt(row); service && service->name == name) {
            selectService(service->id);
            return true;
        }
    }
    return false;
}

bool ServicesPage::isPartLoaded() const
{
    return m_detailsPane->isCurrentTabLoaded();
}

void ServicesPage::selectService(const QString &serviceId)
{
    const int sourceRow = m_viewModel->rowOfService(serviceId);
    if (sourceRow < 0)
        return;
    const QModelIndex proxy = m_filter->mapFromSource(m_viewModel->index(sourceRow, ServicesViewModel::NameColumn));
    if (!proxy.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(proxy);
    m_details->setServiceId(serviceId);
    updateActions();
}

void ServicesPage::updateActions()
{
    const bool haveSession = context().isSignedIn();
    const auto service = selectedService();
    const ServiceState state = service ? service->state : ServiceState();
    // Managing a service needs control-plane:service:manage on it; a new one, on instance/*.
    const QString manage = KeyPermissions::serviceManage();
    const QString resource = KeyPermissions::serviceResource(service ? service->id : QString());
    gate(m_newAction, haveSession, manage, KeyPermissions::serviceResource());
    gate(m_startAction, service && state.canStart(), manage, resource);
    gate(m_stopAction, service && state.canStop(), manage, resource);
    gate(m_awakeAction, service && state.kind() == ServiceStateKind::Idle, manage, resource);
    gate(m_renameAction, service.has_value(), manage, resource);
    gate(m_resetPasswordAction, service.has_value(), manage, resource);
    // The details tabs' Apply and Save buttons change the selected service too.
    m_detailsPane->setChangeRefusal(permissions().allows(manage, resource) ? QString() : missingPermissionText(manage));
    gate(m_deleteAction, service && state.canDelete(), manage, resource,
         service && !state.canDelete() ? tr("Stop the service before deleting it.") : tr("Delete the service"));
    m_refreshAction->setEnabled(haveSession && !m_viewModel->isBusy());
}

// --- commands -----------------------------------------------------------------------------

void ServicesPage::showOperationError(const QString &text)
{
    m_operationError->setText(text);
}

void ServicesPage::follow(ServiceOperation *operation, const QString &successText)
{
    showOperationError({});
    connect(operation, &ServiceOperation::finished, this, [this, operation, successText] {
        if (operation->isSuccess())
            Q_EMIT statusMessage(successText);
        else
            showOperationError(operation->errorText());
        updateActions();
    });
}

void ServicesPage::setQuotas(QuotasViewModel *quotas)
{
    m_quotas = quotas;
    if (m_quotas)
        m_quotas->setParent(this);
}

void ServicesPage::createService()
{
    ServiceCreateDialog dialog(m_viewModel, m_quotas, this);
    if (Prompter::instance()->execDialog(&dialog) != QDialog::Accepted)
        return;
    const QString serviceId = dialog.createdServiceId();
    Q_EMIT statusMessage(tr("Service %1 is being created.").arg(dialog.createdServiceName()));
    selectService(serviceId);
    PasswordRevealDialog reveal(serviceId, dialog.createdServiceName(), dialog.takePassword(), m_clipboard, m_vault,
                                this);
    Prompter::instance()->execDialog(&reveal);
}

void ServicesPage::startSelected()
{
    if (const auto service = selectedService())
        follow(m_viewModel->changeState(service->id, ServiceCommand::Start), tr("Starting %1.").arg(service->name));
}

void ServicesPage::awakeSelected()
{
    if (const auto service = selectedService())
        follow(m_viewModel->changeState(service->id, ServiceCommand::Awake), tr("Waking %1 up.").arg(service->name));
}

void ServicesPage::stopSelected()
{
    const auto service = selectedService();
    if (!service)
        return;
    if (!Prompter::instance()->confirm(this, tr("Stop service"),
                                       tr("Stop %1? Running queries are interrupted and clients cannot connect "
                                          "until it is started again.")
                                           .arg(DisplayText::forConfirmation(service->name)),
                                       tr("Stop service"), u"confirmStopService"_s))
        return;
    follow(m_viewModel->changeState(service->id, ServiceCommand::Stop), tr("Stopping %1.").arg(service->name));
}

void ServicesPage::renameSelected()
{
    const auto service = selectedService();
    if (!service)
        return;
    Prompter::TextQuestion question;
    question.title = tr("Rename service");
    question.label = tr("New name for %1:").arg(DisplayText::forConfirmation(service->name));
    question.initialText = service->name;
    question.objectName = u"renameService"_s;
    const std::optional<QString> name = Prompter::instance()->askText(this, question);
    if (!name || name->trimmed() == service->name)
        return;
    if (const QString problem = validation::serviceName(*name); !problem.isEmpty()) {
        showOperationError(problem);
        return;
    }
    follow(m_viewModel->renameService(service->id, name->trimmed()), tr("Renamed to %1.").arg(name->trimmed()));
}

void ServicesPage::resetPasswordOfSelected()
{
    const auto service = selectedService();
    if (!service)
        return;
    if (!Prompter::instance()->confirm(this, tr("Reset password"),
                                       tr("Generate a new password for the default user of %1? The current "
                                          "password stops working at once.")
                                           .arg(DisplayText::forConfirmation(service->name)),
                                       tr("Reset password"), u"confirmResetPassword"_s))
        return;
    ServiceOperation *operation = m_viewModel->resetPassword(service->id);
    showOperationError({});
    connect(operation, &ServiceOperation::finished, this, [this, operation, id = service->id, name = service->name] {
        if (!operation->isSuccess()) {
            showOperationError(operation->errorText());
            return;
        }
        revealPassword(id, name, operation);
    });
}

void ServicesPage::revealPassword(const QString &serviceId, const QString &serviceName, ServiceOperation *operation)
{
    PasswordRevealDialog reveal(serviceId, serviceName, operation->takePassword(), m_clipboard, m_vault, this);
    Prompter::instance()->execDialog(&reveal);
}

void ServicesPage::deleteSelected()
{
    const auto service = selectedService();
    if (!service)
        return;
    if (!service->state.canDelete()) {
        showOperationError(tr("%1 must be stopped before it can be deleted.").arg(service->name));
        return;
    }
    Prompter::TextQuestion question;
    question.title = tr("Delete service");
    question.label = tr("This deletes %1 and all its data for good. Type the service name to confirm:")
                         .arg(DisplayText::forConfirmation(service->name));
    question.objectName = u"confirmDeleteService"_s;
    const std::optional<QString> typed = Prompter::instance()->askText(this, question);
    if (!typed)
        return;
    // The name was shown without bidi controls, so that is what the user can type.
    if (DisplayText::withoutBidiControls(typed->trimmed()) != DisplayText::withoutBidiControls(service->name)) {
        showOperationError(tr("The name typed does not match %1: nothing was deleted.").arg(service->name));
        return;
    }
    follow(m_viewModel->deleteService(service->id), tr("%1 deleted.").arg(service->name));
}

QString ServicesPage::loadError() const
{
    return m_viewModel->errorText();
}

QString ServicesPage::loadWarning() const
{
    return m_viewModel->unreadableText();
}

} // namespace chcloud
