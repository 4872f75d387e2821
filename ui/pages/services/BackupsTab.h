#pragma once

#include "ServiceDetailsTab.h"

class QLineEdit;
class QSpinBox;
class QTableView;

namespace chcloud {

/// The service's backup schedule (editable) and its list of backups.
class BackupsTab : public ServiceDetailsTab
{
    Q_OBJECT

public:
    BackupsTab(ServicesViewModel *services, ServiceDetailsViewModel *details, QWidget *parent = nullptr);

    void clearErrors() override;
    void showService(const Service &service, bool resetEditors) override;
    void activate() override;
    bool isLoaded() const override;

private:
    void showBackups();
    void applyBackupConfiguration();

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
