#pragma once

#include "ServiceDetailsTab.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace chcloud {

class ScalingEditor;
class ScheduleWeekView;
class ServiceScheduleViewModel;

/// The service's autoscaling (memory per replica, replicas and idling, sent with
/// Apply), its upgrade window, and its scaling schedule: a week view, the
/// entries, a form to add one, and Save/Clear for the whole schedule.
class ScalingTab : public ServiceDetailsTab
{
    Q_OBJECT

public:
    ScalingTab(ServicesViewModel *services, ServiceDetailsViewModel *details, QWidget *parent = nullptr);

    void clearErrors() override;
    void showService(const Service &service, bool resetEditors) override;
    void activate() override;
    bool isLoaded() const override;

private:
    QWidget *buildUpgradeWindowBox();
    QWidget *buildScheduleBox();
    void applyScaling();
    void showSchedule();
    void showWeek();
    void addEntry();
    void runOperation(ServiceOperation *operation, QLabel *errorLabel, const QString &successText);

    ServiceScheduleViewModel *m_schedule;
    ScalingEditor *m_scaling;
    QPushButton *m_scalingApply;
    QLabel *m_scalingError;

    QLabel *m_windowText;
    QComboBox *m_windowDay;
    QComboBox *m_windowStart;
    QPushButton *m_windowSet;
    QPushButton *m_windowRemove;
    QLabel *m_windowError;

    QLabel *m_scheduleStatus;
    ScheduleWeekView *m_week;
    QTableView *m_entries;
    QLineEdit *m_entryName;
    QList<QCheckBox *> m_entryDays;
    QSpinBox *m_entryStart;
    QSpinBox *m_entryEnd;
    QSpinBox *m_entryMemory;
    QSpinBox *m_entryReplicas;
    QPushButton *m_entryAdd;
    QPushButton *m_entryRemove;
    QPushButton *m_scheduleSave;
    QPushButton *m_scheduleClear;
    QLabel *m_scheduleError;
};

} // namespace chcloud
