#include "BackupsTab.h"

#include "viewmodels/BackupListModel.h"
#include "viewmodels/ServiceDetailsViewModel.h"
#include "viewmodels/ServiceOperation.h"
#include "viewmodels/UnreadableRows.h"
#include "widgets/IsolatingItemDelegate.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
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
    auto *refresh = new QPushButton(QIcon(u":/icons/refresh.svg"_s), tr("Refresh"), this);
    refresh->setObjectName(u"backupsRefreshButton"_s);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<b>Backups</b>"), this));
    header->addWidget(m_backupsStatus, 1);
    header->addWidget(refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(configBox);
    layout->addLayout(header);
    layout->addWidget(m_backupTable, 1);
    connect(refresh, &QPushButton::clicked, details, &ServiceDetailsViewModel::refreshBackups);
    connect(m_backupConfigApply, &QPushButton::clicked, this, &BackupsTab::applyBackupConfiguration);
    connect(details, &ServiceDetailsViewModel::backupsChanged, this, &BackupsTab::showBackups);
    connect(details, &ServiceDetailsViewModel::backupConfigurationChanged, this, &BackupsTab::showBackups);
}

void BackupsTab::clearErrors()
{
    setError(m_backupConfigError, {});
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
    const PartState state = details()->backupsState();
    return state == PartState::Loaded || state == PartState::Failed;
}

void BackupsTab::activate()
{
    details()->ensureBackups();
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
