#include "ServiceScheduleViewModel.h"

#include "ScheduleEntriesModel.h"
#include "api/CloudApi.h"

namespace chcloud {

ServiceScheduleViewModel::ServiceScheduleViewModel(QObject *parent)
    : ServicePartViewModel(parent)
    , m_entries(new ScheduleEntriesModel(this))
{
}

void ServiceScheduleViewModel::clearData()
{
    m_schedule = {};
    m_upgradeWindow.reset();
    m_scheduleRead = m_windowRead = false;
    m_entries->clear();
}

void ServiceScheduleViewModel::load(CloudApi *api, quint64 generation)
{
    m_scheduleRead = m_windowRead = false;
    trackLoad(api->scalingScheduleGet(organizationId(), serviceId(), RequestPriority::Visible, this,
                                      [this, generation](ApiResult<ScalingSchedule> result) {
                                          if (!isCurrent(generation) || state() != State::Loading)
                                              return;
                                          if (result) {
                                              m_schedule = std::move(result).value();
                                          } else if (result.error().kind == ApiErrorKind::NotFound) {
                                              m_schedule = {};
                                          } else {
                                              return setFailed(result.error(),
                                                               tr("The scaling schedule could not be loaded: %1"));
                                          }
                                          m_scheduleRead = true;
                                          settle();
                                      }));
    trackLoad(api->upgradeWindowGet(organizationId(), serviceId(), RequestPriority::Visible, this,
                                    [this, generation](ApiResult<UpgradeWindow> result) {
                                        if (!isCurrent(generation) || state() != State::Loading)
                                            return;
                                        if (result) {
                                            m_upgradeWindow = result.value();
                                        } else if (result.error().kind == ApiErrorKind::NotFound) {
                                            m_upgradeWindow.reset(); // no window set
                                        } else {
                                            return setFailed(result.error(),
                                                             tr("The upgrade window could not be loaded: %1"));
                                        }
                                        m_windowRead = true;
                                        settle();
                                    }));
}

void ServiceScheduleViewModel::settle()
{
    if (!m_scheduleRead || !m_windowRead)
        return;
    m_entries->reset(m_schedule);
    setLoaded();
}

ServiceOperation *ServiceScheduleViewModel::saveSchedule()
{
    ServiceOperation *operation = newOperation();
    if (operation->isFinished())
        return operation;
    const ScalingScheduleRequest request = m_entries->request();
    for (const ScalingScheduleEntryRequest &entry : request.entries) {
        if (const QString problem = ScheduleEntriesModel::validate(entry); !problem.isEmpty()) {
            operation->finishWithValidationError(tr("%1: %2").arg(entry.name, problem));
            return operation;
        }
    }
    trackCommand(api()->scalingScheduleUpsert(organizationId(), serviceId(), request, RequestPriority::Interactive,
                                              this, answerTo<ScalingSchedule>(operation, [this](ScalingSchedule value) {
                                                  m_schedule = std::move(value);
                                                  m_entries->reset(m_schedule);
                                                  Q_EMIT changed();
                                              })));
    return operation;
}

ServiceOperation *ServiceScheduleViewModel::clearSchedule()
{
    ServiceOperation *operation = newOperation();
    if (operation->isFinished())
        return operation;
    trackCommand(api()->scalingScheduleDelete(organizationId(), serviceId(), RequestPriority::Interactive, this,
                                              answerTo<Nothing>(operation, [this](Nothing) {
                                                  m_schedule = {};
                                                  m_entries->reset(m_schedule);
                                                  Q_EMIT changed();
                                              })));
    return operation;
}

ServiceOperation *ServiceScheduleViewModel::setUpgradeWindow(int weekday, int startHourUtc)
{
    ServiceOperation *operation = newOperation();
    if (operation->isFinished())
        return operation;
    if (weekday < 0 || weekday > 6 || startHourUtc < 0 || startHourUtc > 18 || startHourUtc % 6 != 0) {
        operation->finishWithValidationError(tr("An upgrade window starts on a weekday at 00, 06, 12 or 18 UTC."));
        return operation;
    }
    UpgradeWindowRequest request;
    request.weekday = weekday;
    request.startHourUtc = startHourUtc;
    trackCommand(api()->upgradeWindowUpdate(organizationId(), serviceId(), request, RequestPriority::Interactive, this,
                                            answerTo<UpgradeWindow>(operation, [this](UpgradeWindow value) {
                                                m_upgradeWindow = value;
                                                Q_EMIT changed();
                                            })));
    return operation;
}

ServiceOperation *ServiceScheduleViewModel::removeUpgradeWindow()
{
    ServiceOperation *operation = newOperation();
    if (operation->isFinished())
        return operation;
    trackCommand(api()->upgradeWindowDelete(organizationId(), serviceId(), RequestPriority::Interactive, this,
                                            answerTo<Nothing>(operation, [this](Nothing) {
                                                m_upgradeWindow.reset();
                                                Q_EMIT changed();
                                            })));
    return operation;
}

} // namespace chcloud
