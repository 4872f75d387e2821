#include "BackupsTab.h"

#include "viewmodels/BackupListModel.h"
#include "viewmodels/ServiceBackupBucketViewModel.h"
#include "viewmodels/ServiceDetailsViewModel.h"
#include "viewmodels/ServiceOperation.h"
#include "viewmodels/UnreadableRows.h"
#include "widgets/IsolatingItemDelegate.h"
#include "widgets/Prompter.h"
#include "widgets/ThemedIcon.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

BackupsTab::BackupsTab(ServicesViewModel *services, ServiceDetailsViewModel *details, QWidget *parent)
    : ServiceDetailsTab(services, details, parent)
{
    auto *configBox = new QGroupBox(tr("Backup schedule"), this);
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
    guardChange(m_backupConfigApply);
    m_backupConfigError = errorLabel(configBox, u"backupConfigError"_s);
    auto *form = new QFormLayout(configBox);
    form->addRow(m_backupConfig);
    form->addRow(tr("Every:"), m_backupPeriod);
    form->addRow(tr("Keep for:"), m_backupRetentionDays);
    form->addRow(tr("Start at:"), m_backupStartTime);
    form->addRow(m_backupConfigError);
    form->addRow(QString(), m_backupConfigApply);

    m_backupsStatus = new QLabel(this);
    m_backupsStatus->setObjectName(u"backupsStatus"_s);
    m_backupsStatus->setWordWrap(true);
    m_backupTable = new QTableView(this);
    m_backupTable->setObjectName(u"backupsTable"_s);
    m_backupTable->setModel(details->backups());
    IsolatingItemDelegate::install(m_backupTable);
    m_backupTable->verticalHeader()->hide();
    m_backupTable->horizontalHeader()->setStretchLastSection(true);
    m_backupTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *refresh = new QPushButton(ThemedIcon::icon(u"refresh"_s), tr("Refresh"), this);
    refresh->setObjectName(u"backupsRefreshButton"_s);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<b>Backups</b>"), this));
    header->addWidget(m_backupsStatus, 1);
    header->addWidget(refresh);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(configBox, 1);
    top->addWidget(buildBucketBox(), 1);
    layout->addLayout(top);
    layout->addLayout(header);
    layout->addWidget(m_backupTable, 1);
    connect(refresh, &QPushButton::clicked, details, &ServiceDetailsViewModel::refreshBackups);
    connect(m_backupConfigApply, &QPushButton::clicked, this, &BackupsTab::applyBackupConfiguration);
    connect(details, &ServiceDetailsViewModel::backupsChanged, this, &BackupsTab::showBackups);
    connect(details, &ServiceDetailsViewModel::backupConfigurationChanged, this, &BackupsTab::showBackups);
    connect(details->backupBucket(), &ServicePartViewModel::changed, this, &BackupsTab::showBucket);
    showBucket();
}

QWidget *BackupsTab::buildBucketBox()
{
    auto *box = new QGroupBox(tr("Backup bucket"), this);
    m_bucketText = new QLabel(box);
    m_bucketText->setObjectName(u"backupBucketText"_s);
    m_bucketText->setTextFormat(Qt::PlainText);
    m_bucketText->setWordWrap(true);
    m_bucketProvider = new QComboBox(box);
    m_bucketProvider->setObjectName(u"backupBucketProviderCombo"_s);
    m_bucketProvider->setAccessibleName(tr("Cloud provider of the bucket"));
    m_bucketProvider->addItem(tr("AWS S3"), u"AWS"_s);
    m_bucketProvider->addItem(tr("Google Cloud Storage"), u"GCP"_s);
    m_bucketProvider->addItem(tr("Azure Blob Storage"), u"AZURE"_s);
    const auto field = [box](const QString &name, const QString &placeholder, bool secret) {
        auto *edit = new QLineEdit(box);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        if (secret) {
            // Typed once and sent once: masked, and never offered to the clipboard.
            edit->setEchoMode(QLineEdit::Password);
            edit->setContextMenuPolicy(Qt::NoContextMenu);
        }
        return edit;
    };
    m_awsPath = field(u"awsBucketPathEdit"_s, tr("s3://bucket/path"), false);
    m_awsRoleArn = field(u"awsRoleArnEdit"_s, tr("arn:aws:iam::123456789012:role/backups"), false);
    m_awsSessionName = field(u"awsSessionNameEdit"_s, tr("optional"), false);
    m_gcpPath = field(u"gcpBucketPathEdit"_s, tr("gs://bucket/path"), false);
    m_gcpAccessKeyId = field(u"gcpAccessKeyIdEdit"_s, QString(), false);
    m_gcpSecret = field(u"gcpSecretEdit"_s, QString(), true);
    m_azureContainer = field(u"azureContainerEdit"_s, QString(), false);
    m_azureConnectionString = field(u"azureConnectionStringEdit"_s, QString(), true);
    m_bucketFields = new QStackedWidget(box);
    const auto page = [this](const QList<QPair<QString, QLineEdit *>> &rows) {
        auto *widget = new QWidget(m_bucketFields);
        auto *form = new QFormLayout(widget);
        form->setContentsMargins(0, 0, 0, 0);
        for (const auto &[label, edit] : rows)
            form->addRow(label, edit);
        m_bucketFields->addWidget(widget);
    };
    page({ { tr("Bucket path:"), m_awsPath },
           { tr("IAM role ARN:"), m_awsRoleArn },
           { tr("Session name:"), m_awsSessionName } });
    page({ { tr("Bucket path:"), m_gcpPath },
           { tr("HMAC key ID:"), m_gcpAccessKeyId },
           { tr("HMAC secret:"), m_gcpSecret } });
    page({ { tr("Container:"), m_azureContainer }, { tr("Connection string:"), m_azureConnectionString } });
    m_bucketSave = new QPushButton(box);
    m_bucketSave->setObjectName(u"backupBucketSaveButton"_s);
    guardChange(m_bucketSave);
    m_bucketRemove = new QPushButton(tr("Delete bucket"), box);
    m_bucketRemove->setObjectName(u"backupBucketRemoveButton"_s);
    guardChange(m_bucketRemove);
    m_bucketError = errorLabel(box, u"backupBucketError"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_bucketRemove);
    buttons->addWidget(m_bucketSave);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_bucketText);
    layout->addWidget(m_bucketProvider);
    layout->addWidget(m_bucketFields);
    layout->addWidget(m_bucketError);
    layout->addLayout(buttons);
    connect(m_bucketProvider, &QComboBox::currentIndexChanged, m_bucketFields, &QStackedWidget::setCurrentIndex);
    connect(m_bucketSave, &QPushButton::clicked, this, &BackupsTab::saveBucket);
    connect(m_bucketRemove, &QPushButton::clicked, this, &BackupsTab::removeBucket);
    return box;
}

void BackupsTab::showBucket()
{
    using State = ServicePartViewModel::State;
    const ServiceBackupBucketViewModel *model = details()->backupBucket();
    const bool loaded = model->state() == State::Loaded;
    const auto &bucket = model->bucket();
    switch (model->state()) {
    case State::NotLoaded:
        m_bucketText->clear();
        break;
    case State::Loading:
        m_bucketText->setText(tr("Loading…"));
        break;
    case State::Failed:
        m_bucketText->setText(model->errorText());
        break;
    case State::Loaded:
        if (!bucket) {
            m_bucketText->setText(tr("Backups are kept in ClickHouse Cloud's own storage. Give a bucket of "
                                     "your own to keep them there instead."));
        } else if (bucket->provider == u"AWS"_s) {
            m_bucketText->setText(
                tr("AWS bucket %1, written with role %2.").arg(orDash(bucket->bucketPath), orDash(bucket->iamRoleArn)));
        } else if (bucket->provider == u"GCP"_s) {
            m_bucketText->setText(tr("Google Cloud bucket %1, written with HMAC key %2.")
                                      .arg(orDash(bucket->bucketPath), orDash(bucket->accessKeyId)));
        } else if (bucket->provider == u"AZURE"_s) {
            m_bucketText->setText(tr("Azure container %1.").arg(orDash(bucket->containerName)));
        } else {
            m_bucketText->setText(tr("A bucket of a provider this version does not know: %1.").arg(bucket->provider));
        }
        break;
    }
    if (bucket) {
        // The stored values to start from; credentials are never returned, so their
        // fields stay empty, which on update keeps the stored ones.
        const int index = m_bucketProvider->findData(bucket->provider);
        if (index >= 0)
            m_bucketProvider->setCurrentIndex(index);
        m_awsPath->setText(bucket->bucketPath);
        m_awsRoleArn->setText(bucket->iamRoleArn);
        m_awsSessionName->setText(bucket->iamRoleSessionName);
        m_gcpPath->setText(bucket->bucketPath);
        m_gcpAccessKeyId->setText(bucket->accessKeyId);
        m_azureContainer->setText(bucket->containerName);
    }
    const QString keep = bucket ? tr("leave empty to keep the stored one") : QString();
    m_gcpSecret->setPlaceholderText(keep);
    m_azureConnectionString->setPlaceholderText(keep);
    m_bucketSave->setText(bucket ? tr("Update bucket") : tr("Use this bucket"));
    m_bucketSave->setEnabled(loaded);
    m_bucketProvider->setEnabled(loaded && !bucket); // the provider of a bucket is fixed
    m_bucketRemove->setEnabled(loaded && bucket.has_value());
}

void BackupsTab::wipeCredentials()
{
    for (QLineEdit *edit : { m_gcpSecret, m_azureConnectionString }) {
        edit->setText(QString(edit->text().size(), u'*')); // overwrite what the edit holds, undo history too
        edit->clear();
    }
}

void BackupsTab::saveBucket()
{
    BackupBucketRequest request;
    request.provider = m_bucketProvider->currentData().toString();
    if (request.provider == u"AWS"_s) {
        request.bucketPath = m_awsPath->text().trimmed();
        request.iamRoleArn = m_awsRoleArn->text().trimmed();
        request.iamRoleSessionName = m_awsSessionName->text().trimmed();
    } else if (request.provider == u"GCP"_s) {
        request.bucketPath = m_gcpPath->text().trimmed();
        request.accessKeyId = m_gcpAccessKeyId->text().trimmed();
        request.secretAccessKey = Secret(m_gcpSecret->text());
    } else {
        request.containerName = m_azureContainer->text().trimmed();
        request.connectionString = Secret(m_azureConnectionString->text());
    }
    ServiceOperation *operation = details()->backupBucket()->save(std::move(request));
    if (operation->validationError().isEmpty())
        wipeCredentials(); // sent: the fields do not keep them
    const bool creating = !details()->backupBucket()->bucket().has_value();
    track(operation, m_bucketSave, m_bucketError, creating ? tr("Backup bucket set.") : tr("Backup bucket updated."));
}

void BackupsTab::removeBucket()
{
    if (!Prompter::instance()->confirm(this, tr("Delete the backup bucket"),
                                       tr("New backups go to ClickHouse Cloud's own storage again; the backups "
                                          "already in your bucket stay there. Delete it?"),
                                       tr("Delete bucket"), u"confirmDeleteBackupBucket"_s))
        return;
    ServiceOperation *operation = details()->backupBucket()->remove();
    track(operation, m_bucketRemove, m_bucketError, tr("Backup bucket deleted."));
    connect(operation, &ServiceOperation::finished, this, &BackupsTab::showBucket); // after track(): buttons
}

void BackupsTab::clearErrors()
{
    setError(m_backupConfigError, {});
    setError(m_bucketError, {});
    wipeCredentials();
}

void BackupsTab::showService(const Service &service, bool resetEditors)
{
    Q_UNUSED(service)
    if (resetEditors)
        showBackups();
}

bool BackupsTab::isLoaded() const
{
    using PartState = ServiceDetailsViewModel::PartState;
    using State = ServicePartViewModel::State;
    const PartState state = details()->backupsState();
    const State bucket = details()->backupBucket()->state();
    return (state == PartState::Loaded || state == PartState::Failed)
        && (bucket == State::Loaded || bucket == State::Failed);
}

void BackupsTab::activate()
{
    details()->ensureBackups();
    details()->backupBucket()->ensureLoaded();
}

void BackupsTab::showBackups()
{
    using PartState = ServiceDetailsViewModel::PartState;
    ServiceDetailsViewModel *model = details();
    m_backupsStatus->setToolTip(
        model->backupsState() == PartState::Loaded ? UnreadableRows::details(model->unreadableBackups()) : QString());
    switch (model->backupsState()) {
    case PartState::NotLoaded:
        m_backupsStatus->setText(QString());
        break;
    case PartState::Loading:
        m_backupsStatus->setText(tr("Loading…"));
        break;
    case PartState::Loaded:
        if (!model->backupsWarning().isEmpty())
            m_backupsStatus->setText(model->backupsWarning());
        else
            m_backupsStatus->setText(model->backups()->rowCount() == 0
                                         ? tr("No backups yet.")
                                         : tr("%n backups", nullptr, model->backups()->rowCount()));
        break;
    case PartState::Failed:
        m_backupsStatus->setText(model->backupsError());
        break;
    }

    const auto &config = model->backupConfiguration();
    const bool haveConfig = config.has_value();
    m_backupPeriod->setEnabled(haveConfig);
    m_backupRetentionDays->setEnabled(haveConfig);
    m_backupStartTime->setEnabled(haveConfig);
    m_backupConfigApply->setEnabled(haveConfig);
    if (model->backupConfigurationState() == PartState::Failed) {
        m_backupConfig->setText(model->backupConfigurationError());
        return;
    }
    if (!config) {
        m_backupConfig->setText(model->backupConfigurationState() == PartState::Loading ? tr("Loading…") : QString());
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

void BackupsTab::applyBackupConfiguration()
{
    BackupConfigurationUpdateRequest request;
    const QString startTime = m_backupStartTime->text().trimmed();
    if (startTime.isEmpty())
        request.backupPeriodInHours = m_backupPeriod->value();
    else
        request.backupStartTime = startTime;
    request.backupRetentionPeriodInHours = m_backupRetentionDays->value() * 24;
    track(details()->updateBackupConfiguration(request), m_backupConfigApply, m_backupConfigError,
          tr("Backup schedule updated."));
}

} // namespace chcloud
