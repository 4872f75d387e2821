#pragma once

#include "ServiceDetailsTab.h"

class QComboBox;
class QLineEdit;
class QStackedWidget;
class QSpinBox;
class QTableView;

namespace chcloud {

/// The service's backup schedule (editable), its own backup bucket (show,
/// create or update, delete) and its list of backups. Bucket credentials are
/// typed into password fields, sent once and wiped from the fields.
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
    QWidget *buildBucketBox();
    void showBackups();
    void showBucket();
    void applyBackupConfiguration();
    void saveBucket();
    void removeBucket();
    void wipeCredentials();

    QLabel *m_backupConfig;
    QSpinBox *m_backupPeriod;
    QSpinBox *m_backupRetentionDays;
    QLineEdit *m_backupStartTime;
    QPushButton *m_backupConfigApply;
    QLabel *m_backupConfigError;
    QLabel *m_backupsStatus;
    QTableView *m_backupTable;

    QLabel *m_bucketText;
    QComboBox *m_bucketProvider;
    QStackedWidget *m_bucketFields;
    QLineEdit *m_awsPath;
    QLineEdit *m_awsRoleArn;
    QLineEdit *m_awsSessionName;
    QLineEdit *m_gcpPath;
    QLineEdit *m_gcpAccessKeyId;
    QLineEdit *m_gcpSecret;
    QLineEdit *m_azureContainer;
    QLineEdit *m_azureConnectionString;
    QPushButton *m_bucketSave;
    QPushButton *m_bucketRemove;
    QLabel *m_bucketError;
};

} // namespace chcloud
