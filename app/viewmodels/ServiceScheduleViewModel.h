#pragma once

#include "ServicePartViewModel.h"
#include "domain/ScalingSchedule.h"

#include <optional>

namespace chcloud {

class ScheduleEntriesModel;

/// The selected service's scaling schedule and upgrade window, loaded together.
/// The schedule is edited in entries() and sent whole with saveSchedule(); the
/// upgrade window is set or removed on its own.
class ServiceScheduleViewModel : public ServicePartViewModel
{
    Q_OBJECT

public:
    explicit ServiceScheduleViewModel(QObject *parent = nullptr);

    ScheduleEntriesModel *entries() const { return m_entries; }
    /// The schedule as the server has it.
    const ScalingSchedule &schedule() const { return m_schedule; }
    /// nullopt while no window is set.
    const std::optional<UpgradeWindow> &upgradeWindow() const { return m_upgradeWindow; }

    /// Sends the staged entries (an empty list clears the schedule).
    ServiceOperation *saveSchedule();
    /// Removes the schedule (DELETE).
    ServiceOperation *clearSchedule();
    /// weekday 0 = Sunday; startHourUtc one of 0, 6, 12, 18.
    ServiceOperation *setUpgradeWindow(int weekday, int startHourUtc);
    ServiceOperation *removeUpgradeWindow();

protected:
    void load(CloudApi *api, quint64 generation) override;
    void clearData() override;

private:
    void settle();

    ScheduleEntriesModel *m_entries;
    ScalingSchedule m_schedule;
    std::optional<UpgradeWindow> m_upgradeWindow;
    bool m_scheduleRead = false;
    bool m_windowRead = false;
};

} // namespace chcloud
