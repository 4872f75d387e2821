#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace chcloud {

class ClipboardGuard;
class IpAccessListModel;
class ScalingEditor;
class ServiceDetailsViewModel;
class ServiceOperation;
class ServicesViewModel;
class TagListModel;
struct Service;

/// The right-hand side of the Services page: everything about the selected
/// service. Overview (state, location, version, endpoints with copy buttons),
/// Networking (IP access list editor, private endpoint configuration), Scaling,
/// Tags and Backups (configuration and list). Edits are staged in the editors and
/// sent with Apply; errors show where the edit was made, with the input kept.
/// An editor with unsent changes is not overwritten when the service refreshes.
class ServiceDetailsPane : public QWidget
{
    Q_OBJECT

public:
    ServiceDetailsPane(ServicesViewModel *services, ServiceDetailsViewModel *details, ClipboardGuard *clipboard,
                       QWidget *parent = nullptr);

    IpAccessListModel *ipAccessListModel() const { return m_ipModel; }
    TagListModel *tagModel() const { return m_tagModel; }

Q_SIGNALS:
    /// A one-line outcome for the status bar.
    void statusMessage(const QString &text);

private:
    QWidget *buildOverviewTab();
    QWidget *buildNetworkingTab();
    QWidget *buildScalingTab();
    QWidget *buildTagsTab();
    QWidget *buildBackupsTab();

    void showSelection();
    void showService(const Service &service, bool resetEditors);
    void showEndpoints(const Service &service);
    void showBackups();
    void showPrivateEndpoint();
    void loadTabOnDemand();
    void applyIpAccessList();
    void applyScaling();
    void applyTags();
    void applyBackupConfiguration();
    /// Runs operation, disabling button until it ends; shows errors in errorLabel
    /// (a cancellation is none). On success resetApplied gets the updated service
    /// to reset the one editor that was applied; the other tabs keep their staged edits.
    void track(ServiceOperation *operation, QPushButton *button, QLabel *errorLabel, const QString &successText,
               const std::function<void(const Service &)> &resetApplied = {});

    QPointer<ServicesViewModel> m_services;
    QPointer<ServiceDetailsViewModel> m_details;
    QPointer<ClipboardGuard> m_clipboard;
    IpAccessListModel *m_ipModel;
    TagListModel *m_tagModel;

    QLabel *m_title;
    QLabel *m_placeholder;
    QTabWidget *m_tabs;

    QLabel *m_overview;
    QTableWidget *m_endpoints;

    QPushButton *m_ipApply;
    QPushButton *m_ipRevert;
    QLabel *m_ipError;
    QLabel *m_privateEndpoint;

    ScalingEditor *m_scaling;
    QPushButton *m_scalingApply;
    QLabel *m_scalingError;

    QPushButton *m_tagsApply;
    QLabel *m_tagsError;

    QLabel *m_backupConfig;
    QSpinBox *m_backupPeriod;
    QSpinBox *m_backupRetentionDays;
    QLineEdit *m_backupStartTime;
    QPushButton *m_backupConfigApply;
    QLabel *m_backupConfigError;
    QLabel *m_backupsStatus;
    QTableView *m_backupTable;
};

} // namespace chcloud
