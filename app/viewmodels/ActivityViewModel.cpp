#include "ActivityViewModel.h"

#include "CsvWriter.h"
#include "api/CloudApi.h"

#include <QTimeZone>

#include <algorithm>

namespace chcloud {

ActivityViewModel::ActivityViewModel(QObject *parent)
    : RemoteViewModel(parent)
    , m_model(new ActivityModel(this))
    , m_filter(new ActivityFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    m_to = QDateTime::currentDateTimeUtc().date();
    m_from = m_to.addDays(-(defaultRangeDays - 1));
}

void ActivityViewModel::setRange(QDate from, QDate to)
{
    if (from > to)
        std::swap(from, to);
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    Q_EMIT rangeChanged(m_from, m_to);
}

void ActivityViewModel::clearData()
{
    m_serviceNamesCall.cancel();
    m_keyNamesCall.cancel();
    m_serviceNamesAsked = false;
    m_keyNamesAsked = false;
    m_model->setServiceNames({});
    m_model->setKeyNames({});
    m_model->clear();
}

void ActivityViewModel::fetchNames()
{
    CloudApi *cloud = api();
    if (!cloud)
        return;
    if (!m_serviceNamesAsked) {
        m_serviceNamesAsked = true;
        m_serviceNamesCall = cloud->instanceGetList(organizationId(), {}, RequestPriority::Background, this,
                                                    [this](ApiResult<json::RowList<Service>> result) {
                                                        if (!result) {
                                                            // Not shown as an error: the table keeps the IDs; the next
                                                            // refresh asks again.
                                                            if (result.error().kind != ApiErrorKind::Cancelled)
                                                                m_serviceNamesAsked = false;
                                                            return;
                                                        }
                                                        QHash<QString, QString> names;
                                                        for (const Service &service : std::as_const(result->rows))
                                                            names.insert(service.id, service.name);
                                                        m_model->setServiceNames(names);
                                                    });
    }
    if (!m_keyNamesAsked) {
        m_keyNamesAsked = true;
        m_keyNamesCall = cloud->openapiKeyGetList(organizationId(), RequestPriority::Background, this,
                                                  [this](ApiResult<json::RowList<ApiKey>> result) {
                                                      if (!result) {
                                                          if (result.error().kind != ApiErrorKind::Cancelled)
                                                              m_keyNamesAsked = false;
                                                          return;
                                                      }
                                                      QHash<QString, QString> names;
                                                      for (const ApiKey &key : std::as_const(result->rows))
                                                          names.insert(key.id, key.name);
                                                      m_model->setKeyNames(names);
                                                  });
    }
}

void ActivityViewModel::refresh()
{
    // A newer range supersedes the load in flight: its answer (or the value being
    // decoded for it) must not land on top of this one.
    cancelAll();
    CloudApi *cloud = api();
    beginLoad();
    if (!cloud)
        return endLoad(tr("Not signed in."));
    if (!m_from.isValid() || !m_to.isValid())
        return endLoad(tr("Choose a valid date range."));
    fetchNames();
    const QDateTime start(m_from, QTime(0, 0), QTimeZone::utc());
    const QDateTime end(m_to, QTime(23, 59, 59, 999), QTimeZone::utc());
    const quint64 generation = this->generation();
    track(cloud->activityLogGetRange(
        organizationId(), start, end, RequestPriority::Visible, this,
        [this, generation](ApiResult<ActivityLog> result) {
            if (!isCurrent(generation))
                return;
            if (!result)
                return endLoad(result.error());
            ActivityLog log = std::move(result).value();
            setUnreadable(
                log.unreadable,
                tr("%1 of %n activities could not be read.", nullptr, int(log.total())).arg(log.unreadable.size()));
            // A log reads newest first.
            log.reverse();
            m_model->setLog(std::move(log));
            endLoad();
        }));
}

bool ActivityViewModel::exportCsv(QIODevice *device) const
{
    CsvWriter writer(device);
    return writer.writeModel(*m_filter);
}

} // namespace chcloud
