#include "ScalingTab.h"

#include "ScalingEditor.h"
#include "ScheduleWeekView.h"
#include "viewmodels/ScheduleEntriesModel.h"
#include "viewmodels/ServiceScheduleViewModel.h"
#include "widgets/IsolatingItemDelegate.h"
#include "widgets/Prompter.h"
#include "widgets/ThemedIcon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

namespace {

QString apiDayName(int day, QLocale::FormatType format = QLocale::LongFormat)
{
    return QLocale().dayName(day == 0 ? 7 : day, format);
}

} // namespace

ScalingTab::ScalingTab(ServicesViewModel *services, ServiceDetailsViewModel *details, QWidget *parent)
    : ServiceDetailsTab(services, details, parent)
    , m_schedule(details->schedule())
{
    auto *content = new QWidget;
    m_scaling = new ScalingEditor(content);
    m_scalingApply = new QPushButton(tr("Apply"), content);
    m_scalingApply->setObjectName(u"scalingApplyButton"_s);
    guardChange(m_scalingApply);
    m_scalingError = errorLabel(content, u"scalingApplyError"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_scalingApply);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_scaling);
    layout->addWidget(m_scalingError);
    layout->addLayout(buttons);
    layout->addWidget(buildUpgradeWindowBox());
    layout->addWidget(buildScheduleBox());
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"scalingScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_scaling, &ScalingEditor::changed, this,
            [this] { m_scalingApply->setEnabled(m_scaling->problem().isEmpty()); });
    connect(m_scalingApply, &QPushButton::clicked, this, &ScalingTab::applyScaling);
    connect(m_schedule, &ServicePartViewModel::changed, this, &ScalingTab::showSchedule);
    connect(m_schedule->entries(), &ScheduleEntriesModel::entriesChanged, this, &ScalingTab::showWeek);
    showSchedule();
}

QWidget *ScalingTab::buildUpgradeWindowBox()
{
    auto *box = new QGroupBox(tr("Upgrade window"));
    m_windowText = new QLabel(box);
    m_windowText->setObjectName(u"upgradeWindowText"_s);
    m_windowText->setWordWrap(true);
    m_windowDay = new QComboBox(box);
    m_windowDay->setObjectName(u"upgradeWindowDayCombo"_s);
    m_windowDay->setAccessibleName(tr("Day of the upgrade window"));
    for (int day = 0; day < 7; ++day)
        m_windowDay->addItem(apiDayName(day), day);
    m_windowStart = new QComboBox(box);
    m_windowStart->setObjectName(u"upgradeWindowStartCombo"_s);
    m_windowStart->setAccessibleName(tr("Hours of the upgrade window"));
    for (int hour : { 0, 6, 12, 18 })
        m_windowStart->addItem(
            tr("%1:00–%2:00 UTC").arg(hour, 2, 10, QLatin1Char('0')).arg(hour + 6, 2, 10, QLatin1Char('0')), hour);
    m_windowSet = new QPushButton(tr("Set window"), box);
    m_windowSet->setObjectName(u"upgradeWindowSetButton"_s);
    guardChange(m_windowSet);
    m_windowRemove = new QPushButton(tr("Remove window"), box);
    m_windowRemove->setObjectName(u"upgradeWindowRemoveButton"_s);
    guardChange(m_windowRemove);
    m_windowError = errorLabel(box, u"upgradeWindowError"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(m_windowDay);
    row->addWidget(m_windowStart);
    row->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_windowRemove);
    buttons->addWidget(m_windowSet);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_windowText);
    layout->addLayout(row);
    layout->addWidget(m_windowError);
    layout->addLayout(buttons);
    connect(m_windowSet, &QPushButton::clicked, this, [this] {
        runOperation(
            m_schedule->setUpgradeWindow(m_windowDay->currentData().toInt(), m_windowStart->currentData().toInt()),
            m_windowError, tr("Upgrade window set."));
    });
    connect(m_windowRemove, &QPushButton::clicked, this,
            [this] { runOperation(m_schedule->removeUpgradeWindow(), m_windowError, tr("Upgrade window removed.")); });
    return box;
}

QWidget *ScalingTab::buildScheduleBox()
{
    auto *box = new QGroupBox(tr("Scaling schedule"));
    m_scheduleStatus = new QLabel(box);
    m_scheduleStatus->setObjectName(u"scheduleStatus"_s);
    m_scheduleStatus->setTextFormat(Qt::PlainText);
    m_scheduleStatus->setWordWrap(true);
    m_week = new ScheduleWeekView(box);
    m_entries = new QTableView(box);
    m_entries->setObjectName(u"scheduleEntriesTable"_s);
    m_entries->setModel(m_schedule->entries());
    IsolatingItemDelegate::install(m_entries);
    m_entries->verticalHeader()->hide();
    m_entries->horizontalHeader()->setStretchLastSection(true);
    m_entries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entries->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entries->setMinimumHeight(110);

    auto *form = new QFormLayout;
    m_entryName = new QLineEdit(box);
    m_entryName->setObjectName(u"scheduleEntryNameEdit"_s);
    m_entryName->setPlaceholderText(tr("Business hours"));
    form->addRow(tr("Name:"), m_entryName);
    auto *days = new QGridLayout;
    // Monday first on screen; the API counts Sunday = 0. Two rows, so the pane can stay narrow.
    int position = 0;
    for (int day : { 1, 2, 3, 4, 5, 6, 0 }) {
        auto *check = new QCheckBox(apiDayName(day, QLocale::ShortFormat), box);
        check->setObjectName(u"scheduleEntryDay"_s + QString::number(day));
        check->setProperty("weekday", day);
        m_entryDays.append(check);
        days->addWidget(check, position / 4, position % 4);
        ++position;
    }
    form->addRow(tr("Days:"), days);
    m_entryStart = new QSpinBox(box);
    m_entryStart->setObjectName(u"scheduleEntryStartSpin"_s);
    m_entryStart->setAccessibleName(tr("First hour of the entry (UTC)"));
    m_entryStart->setRange(0, 23);
    m_entryStart->setSuffix(tr(":00 UTC"));
    m_entryStart->setValue(8);
    m_entryEnd = new QSpinBox(box);
    m_entryEnd->setObjectName(u"scheduleEntryEndSpin"_s);
    m_entryEnd->setAccessibleName(tr("End hour of the entry (UTC)"));
    m_entryEnd->setRange(1, 24);
    m_entryEnd->setSuffix(tr(":00 UTC"));
    m_entryEnd->setValue(18);
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_entryStart);
    hours->addWidget(new QLabel(tr("to"), box));
    hours->addWidget(m_entryEnd);
    hours->addStretch();
    form->addRow(tr("From:"), hours);
    m_entryMemory = new QSpinBox(box);
    m_entryMemory->setObjectName(u"scheduleEntryMemorySpin"_s);
    m_entryMemory->setRange(8, 356);
    m_entryMemory->setSingleStep(4);
    m_entryMemory->setValue(16);
    m_entryMemory->setSuffix(tr(" GiB per replica"));
    m_entryReplicas = new QSpinBox(box);
    m_entryReplicas->setObjectName(u"scheduleEntryReplicasSpin"_s);
    m_entryReplicas->setRange(1, 20);
    m_entryReplicas->setValue(3);
    m_entryReplicas->setSuffix(tr(" replicas"));
    form->addRow(tr("Memory:"), m_entryMemory);
    form->addRow(tr("Replicas:"), m_entryReplicas);

    m_entryAdd = new QPushButton(ThemedIcon::icon(u"add"_s), tr("Add entry"), box);
    m_entryAdd->setObjectName(u"scheduleEntryAddButton"_s);
    m_entryRemove = new QPushButton(ThemedIcon::icon(u"delete"_s), tr("Remove entry"), box);
    m_entryRemove->setObjectName(u"scheduleEntryRemoveButton"_s);
    m_scheduleSave = new QPushButton(tr("Save schedule"), box);
    m_scheduleSave->setObjectName(u"scheduleSaveButton"_s);
    guardChange(m_scheduleSave);
    m_scheduleClear = new QPushButton(tr("Clear schedule"), box);
    m_scheduleClear->setObjectName(u"scheduleClearButton"_s);
    guardChange(m_scheduleClear);
    m_scheduleError = errorLabel(box, u"scheduleError"_s);
    auto *entryButtons = new QHBoxLayout;
    entryButtons->addWidget(m_entryAdd);
    entryButtons->addWidget(m_entryRemove);
    entryButtons->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_scheduleClear);
    buttons->addWidget(m_scheduleSave);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_scheduleStatus);
    layout->addWidget(m_week);
    layout->addWidget(m_entries);
    layout->addLayout(form);
    layout->addLayout(entryButtons);
    layout->addWidget(m_scheduleError);
    layout->addLayout(buttons);

    connect(m_entryAdd, &QPushButton::clicked, this, &ScalingTab::addEntry);
    connect(m_entryRemove, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_entries->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_schedule->entries()->removeEntry(rows.first().row());
    });
    connect(m_scheduleSave, &QPushButton::clicked, this,
            [this] { runOperation(m_schedule->saveSchedule(), m_scheduleError, tr("Scaling schedule saved.")); });
    connect(m_scheduleClear, &QPushButton::clicked, this, [this] {
        if (!Prompter::instance()->confirm(this, tr("Clear the scaling schedule"),
                                           tr("Every entry of the schedule is removed; the service keeps its "
                                              "base scaling at all times. Clear it?"),
                                           tr("Clear schedule"), u"confirmClearSchedule"_s))
            return;
        runOperation(m_schedule->clearSchedule(), m_scheduleError, tr("Scaling schedule cleared."));
    });
    return box;
}

void ScalingTab::clearErrors()
{
    for (QLabel *label : { m_scalingError, m_windowError, m_scheduleError })
        setError(label, {});
}

void ScalingTab::showService(const Service &service, bool resetEditors)
{
    if (resetEditors)
        m_scaling->setService(service);
}

void ScalingTab::activate()
{
    m_schedule->ensureLoaded();
}

bool ScalingTab::isLoaded() const
{
    using State = ServicePartViewModel::State;
    return m_schedule->state() == State::Loaded || m_schedule->state() == State::Failed;
}

void ScalingTab::applyScaling()
{
    const QString serviceId = details()->serviceId();
    if (serviceId.isEmpty())
        return;
    track(services()->updateScaling(serviceId, m_scaling->request()), m_scalingApply, m_scalingError,
          tr("Scaling updated."), [this](const Service &service) { m_scaling->setService(service); });
}

void ScalingTab::showSchedule()
{
    using State = ServicePartViewModel::State;
    const bool loaded = m_schedule->state() == State::Loaded;
    switch (m_schedule->state()) {
    case State::NotLoaded:
        m_scheduleStatus->clear();
        m_windowText->clear();
        break;
    case State::Loading:
        m_scheduleStatus->setText(tr("Loading…"));
        m_windowText->setText(tr("Loading…"));
        break;
    case State::Failed:
        m_scheduleStatus->setText(m_schedule->errorText());
        m_windowText->setText(m_schedule->errorText());
        break;
    case State::Loaded: {
        const ScalingSchedule &schedule = m_schedule->schedule();
        const ScalingScheduleEntry *active = schedule.activeEntry();
        if (schedule.entries.isEmpty())
            m_scheduleStatus->setText(tr("No schedule: the service keeps its base scaling at all times."));
        else if (active)
            m_scheduleStatus->setText(
                tr("%n entries; “%1” is in effect now.", nullptr, int(schedule.entries.size())).arg(active->name));
        else
            m_scheduleStatus->setText(tr("%n entries; none is in effect now.", nullptr, int(schedule.entries.size())));
        if (const auto &window = m_schedule->upgradeWindow()) {
            m_windowText->setText(
                tr("Upgrades may happen on %1 from %2:00 for %n hours (UTC).", nullptr, window->durationHours)
                    .arg(apiDayName(window->weekday))
                    .arg(window->startHourUtc, 2, 10, QLatin1Char('0')));
            m_windowDay->setCurrentIndex(m_windowDay->findData(window->weekday));
            m_windowStart->setCurrentIndex(m_windowStart->findData(window->startHourUtc));
        } else {
            m_windowText->setText(tr("No upgrade window: upgrades may happen at any time."));
        }
        break;
    }
    }
    for (QWidget *widget : std::initializer_list<QWidget *> { m_windowDay, m_windowStart, m_windowSet, m_entryAdd,
                                                              m_entryRemove, m_scheduleSave, m_scheduleClear })
        widget->setEnabled(loaded);
    m_windowRemove->setEnabled(loaded && m_schedule->upgradeWindow().has_value());
    showWeek();
}

void ScalingTab::showWeek()
{
    const ScheduleEntriesModel *model = m_schedule->entries();
    QList<ScheduleWeekView::Block> blocks;
    for (const ScheduleEntriesModel::Entry &entry : model->entries()) {
        blocks.append(ScheduleWeekView::Block { entry.request.weekdays, entry.request.startHourUtc,
                                                entry.request.endHourUtc,
                                                !entry.id.isEmpty() && entry.id == model->activeEntryId() });
    }
    m_week->setBlocks(blocks);
    const auto &window = m_schedule->upgradeWindow();
    m_week->setUpgradeWindow(window ? std::optional<int>(window->weekday) : std::nullopt,
                             window ? window->startHourUtc : 0, window ? window->durationHours : 6);
    m_scheduleSave->setText(model->isModified() ? tr("Save schedule*") : tr("Save schedule"));
}

void ScalingTab::addEntry()
{
    ScalingScheduleEntryRequest entry;
    entry.name = m_entryName->text().trimmed();
    for (const QCheckBox *check : std::as_const(m_entryDays)) {
        if (check->isChecked())
            entry.weekdays.append(check->property("weekday").toInt());
    }
    std::sort(entry.weekdays.begin(), entry.weekdays.end());
    entry.startHourUtc = m_entryStart->value();
    entry.endHourUtc = m_entryEnd->value();
    entry.minReplicaMemoryGb = m_entryMemory->value();
    entry.maxReplicaMemoryGb = m_entryMemory->value();
    entry.numReplicas = m_entryReplicas->value();
    if (const QString problem = ScheduleEntriesModel::validate(entry); !problem.isEmpty()) {
        setError(m_scheduleError, problem);
        return;
    }
    setError(m_scheduleError, {});
    m_schedule->entries()->addEntry(entry);
    m_entryName->clear();
}

void ScalingTab::runOperation(ServiceOperation *operation, QLabel *label, const QString &successText)
{
    setError(label, {});
    connect(operation, &ServiceOperation::finished, this, [this, operation, label, successText] {
        if (operation->isSuccess())
            Q_EMIT statusMessage(successText);
        else
            setError(label, operation->errorText()); // empty when it was cancelled
    });
}

} // namespace chcloud
