#pragma once

#include "domain/Secret.h"
#include "domain/ServiceRequests.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace chcloud {

class IpAccessListModel;
class QuotasViewModel;
class ScalingEditor;
class ServicesViewModel;
class TagListModel;

/// Creates a service: name, provider, region (the spec's regions for that
/// provider), autoscaling mode, memory per replica, replicas (a fixed count for
/// vertical autoscaling, a min/max band for horizontal), idle scaling, IP access list and tags.
/// The input is checked before anything is sent; an empty IP list is warned about
/// (and confirmed) and "anywhere" is only there if the user adds it. While the
/// request is in flight the Create button is disabled, so it is never sent twice;
/// on an error the server's message shows in the dialog and the input stays.
/// On success the dialog accepts and holds the one-time password for the caller.
/// With the organization's quotas (loaded at background priority when the dialog
/// opens, unless known), a service over the services-per-organization limit is
/// refused before anything is sent.
class ServiceCreateDialog : public QDialog
{
    Q_OBJECT

public:
    /// Without quotas: no limit is checked.
    explicit ServiceCreateDialog(ServicesViewModel *viewModel, QWidget *parent = nullptr);
    /// quotas may be null: no limit is checked then.
    ServiceCreateDialog(ServicesViewModel *viewModel, QuotasViewModel *quotas, QWidget *parent = nullptr);
    ~ServiceCreateDialog() override;

    /// The request the fields describe now.
    ServiceCreateRequest request() const;
    /// After acceptance: the new service and its password (moved out once).
    QString createdServiceId() const { return m_createdServiceId; }
    QString createdServiceName() const { return m_createdServiceName; }
    Secret takePassword();

private:
    void updateRegions();
    void updateCreateEnabled();
    /// "The organization has reached its limit of 20 services…" when it has, else empty.
    QString quotaProblem() const;
    void updateQuotaLimit();
    void submit();
    void showError(const QString &text);

    QPointer<ServicesViewModel> m_viewModel;
    QPointer<QuotasViewModel> m_quotas;
    IpAccessListModel *m_ipModel;
    TagListModel *m_tagModel;
    QLineEdit *m_name;
    QComboBox *m_provider;
    QComboBox *m_region;
    ScalingEditor *m_scaling;
    QLabel *m_error;
    QLabel *m_quotaLimit;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
    bool m_inFlight = false;
    QString m_createdServiceId;
    QString m_createdServiceName;
    Secret m_password;
};

} // namespace chcloud
