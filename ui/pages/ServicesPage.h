#pragma once

#include "Page.h"

#include <QPointer>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QToolBar;

namespace chcloud {

class ClipboardGuard;
class ErrorBanner;
class ServiceDetailsPane;
class ServiceDetailsViewModel;
class ServiceOperation;
class ServicePasswordVault;
class ServicesFilterModel;
class ServicesViewModel;
class QuotasViewModel;
struct Service;

/// The Services dashboard: a toolbar (New service, Start, Stop, Awake, Rename,
/// Reset password, Delete, Refresh), filters (text, state, provider, tag), the
/// table of services with state badges, and the details pane of the selected one.
/// Confirmations and dialogs go through Prompter, so tests can answer them.
class ServicesPage : public Page
{
    Q_OBJECT

public:
    /// The view-models are bound to the session by the composition root; vault keeps
    /// service passwords where the signed-in profile keeps its secret. The page takes
    /// ownership of all three.
    ServicesPage(ServicesViewModel *viewModel, ServiceDetailsViewModel *details, ServicePasswordVault *vault,
                 QWidget *parent = nullptr);
    ~ServicesPage() override;

    QString pageName() const override;
    QString title() const override;
    /// The title, without a page (the navigation lists pages before they are built).
    static QString pageTitle();
    bool isLoaded() const override;
    QString loadError() const override;
    QString loadWarning() const override;

    ServicesViewModel *viewModel() const { return m_viewModel; }
    /// The organization's quotas, bound like the other view-models: the create
    /// dialog refuses a service over the limit. The page takes ownership.
    void setQuotas(QuotasViewModel *quotas);
    QuotasViewModel *quotas() const { return m_quotas; }
    ServiceDetailsViewModel *detailsViewModel() const { return m_details; }
    ServicesFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    /// Selects the row of serviceId (for tests and for "show the new service").
    void selectService(const QString &serviceId);
    /// A details tab by name (ServiceDetailsPane::tabNames()), optionally followed by
    /// "/" and the name of the service to select ("settings/production-analytics").
    bool showPart(const QString &name) override;
    bool isPartLoaded() const override;
    QString selectedServiceId() const;
    /// Selects the first service named name; false when there is none.
    bool selectServiceNamed(const QString &name);

public Q_SLOTS:
    void refresh() override;
    void createService();
    void startSelected();
    void stopSelected();
    void awakeSelected();
    void renameSelected();
    void resetPasswordOfSelected();
    void deleteSelected();

protected:
    void applyContext(const PageContext &context) override;
    void applyPermissions() override { updateActions(); }

private:
    void buildToolbar();
    QWidget *buildFilters();
    void updateActions();
    void updateFilterChoices();
    void applyFilters();
    void showOperationError(const QString &text);
    /// Follows operation to its end: errors in the banner, success in the status bar.
    void follow(ServiceOperation *operation, const QString &successText);
    void revealPassword(const QString &serviceId, const QString &serviceName, ServiceOperation *operation);
    std::optional<Service> selectedService() const;

    QuotasViewModel *m_quotas = nullptr;
    ServicesViewModel *m_viewModel;
    ServicesFilterModel *m_filter;
    ServiceDetailsViewModel *m_details;
    ClipboardGuard *m_clipboard;
    ServicePasswordVault *m_vault = nullptr;
    bool m_loaded = false;

    QToolBar *m_toolbar;
    QAction *m_newAction;
    QAction *m_startAction;
    QAction *m_stopAction;
    QAction *m_awakeAction;
    QAction *m_renameAction;
    QAction *m_resetPasswordAction;
    QAction *m_deleteAction;
    QAction *m_refreshAction;
    QLineEdit *m_textFilter;
    QComboBox *m_stateFilter;
    QComboBox *m_providerFilter;
    QComboBox *m_tagFilter;
    ErrorBanner *m_loadError;
    ErrorBanner *m_operationError;
    QLabel *m_summary;
    QSplitter *m_splitter;
    QTableView *m_table;
    ServiceDetailsPane *m_detailsPane;
    QString m_pendingServiceName; ///< to select once the list has loaded (showPart)
};

} // namespace chcloud
