#pragma once

#include "Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace chcloud {

class ErrorBanner;
class OrganizationViewModel;
class QuotasViewModel;
class RolesViewModel;

/// The organization: its name (renamed in place, checked as typed), ID (with
/// copy), creation date and the other details the API gives (crash reports,
/// BYOC accounts), the private endpoints it allows, and a look-up of the
/// endpoint service to connect a private endpoint to, per provider and region,
/// the organization's quotas with their usage, and its roles with their policies
/// and holders.
class OrganizationPage : public Page
{
    Q_OBJECT

public:
    /// The view-models are bound to the session by the composition root; the page takes ownership.
    OrganizationPage(OrganizationViewModel *viewModel, QuotasViewModel *quotas, RolesViewModel *roles,
                     QWidget *parent = nullptr);
    ~OrganizationPage() override;

    QString pageName() const override;
    QString title() const override;
    /// The title, without a page (the navigation lists pages before they are built).
    static QString pageTitle();
    bool isLoaded() const override { return m_loaded; }
    QString loadError() const override;

    OrganizationViewModel *viewModel() const { return m_viewModel; }
    QuotasViewModel *quotasViewModel() const { return m_quotas; }
    RolesViewModel *rolesViewModel() const { return m_roles; }
    QLineEdit *nameEdit() const { return m_nameEdit; }

public Q_SLOTS:
    void refresh() override;
    /// Sends the name typed in the name field.
    void applyName();
    /// Copies the organization ID to the clipboard.
    void copyId();
    /// Looks up the endpoint service for the chosen provider and region.
    void lookUpEndpoint();

protected:
    void applyContext(const PageContext &context) override;

private:
    void buildUi();
    void showOrganization();
    void updateNameState();
    void fillRegions();

    OrganizationViewModel *m_viewModel;
    QuotasViewModel *m_quotas;
    RolesViewModel *m_roles;
    bool m_loaded = false;

    ErrorBanner *m_banner = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QPushButton *m_renameButton = nullptr;
    QLabel *m_nameProblem = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QLabel *m_createdLabel = nullptr;
    QLabel *m_coreDumpsLabel = nullptr;
    QLabel *m_byocLabel = nullptr;
    QTableView *m_endpointsTable = nullptr;
    QLabel *m_endpointsEmpty = nullptr;
    QComboBox *m_providerCombo = nullptr;
    QComboBox *m_regionCombo = nullptr;
    QPushButton *m_lookUpButton = nullptr;
    QLineEdit *m_endpointServiceEdit = nullptr;
};

} // namespace chcloud
