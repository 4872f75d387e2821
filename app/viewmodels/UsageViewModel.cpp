#include "UsageViewModel.h"

#include "CsvWriter.h"
#include "api/CloudApi.h"

#include <QDateTime>

#include <algorithm>

namespace chcloud {

UsageViewModel::UsageViewModel(QObject *parent)
    : RemoteViewModel(parent)
    , m_model(new UsageTableModel(this))
    , m_filter(new UsageFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    m_to = QDateTime::currentDateTimeUtc().date();
    m_from = m_to.addDays(-(defaultRangeDays - 1));
}

void UsageViewModel::setRange(QDate from, QDate to)
{
    if (from > to)
        std::swap(from, to);
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    Q_EMIT rangeChanged(m_from, m_to);
}

void UsageViewModel::setTopN(int topN)
{
    topN = std::max(topN, 1);
    if (topN == m_topN)
        return;
    m_topN = topN;
    rebuildChart();
}

void UsageViewModel::clearData()
{
    m_model->clear();
    m_grandTotal = 0;
    m_loadedFrom = {};
    m_loadedTo = {};
    rebuildChart();
}

void UsageViewModel::rebuildChart()
{
    m_chart = UsageChartData::build(*m_model, m_loadedFrom, m_loadedTo, m_topN);
    Q_EMIT chartChanged();
}

void UsageViewModel::refresh()
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
    const quint64 generation = this->generation();
    const QDate from = m_from;
    const QDate to = m_to;
    track(cloud->usageLogGetRange(organizationId(), from, to, RequestPriority::Visible, this,
                                  [this, generation, from, to](ApiResult<UsageLog> result) {
                                      if (!isCurrent(generation))
                                          return;
                                      if (!result)
                                          return endLoad(result.error());
                                      UsageLog usage = std::move(result).value();
                                      setUnreadable(
                                          usage.unreadable,
                                          tr("%1 of %n usage records could not be read.", nullptr, int(usage.total()))
                                              .arg(usage.unreadable.size()));
                                      m_grandTotal = usage.grandTotalCHC;
                                      m_model->setLog(std::move(usage));
                                      m_loadedFrom = from;
                                      m_loadedTo = to;
                                      rebuildChart();
                                      endLoad();
                                  }));
}

bool UsageViewModel::exportCsv(QIODevice *device) const
{
    CsvWriter writer(device);
    return writer.writeModel(*m_filter);
}

} // namespace chcloud
