#pragma once

#include "ActivityFilterModel.h"
#include "ActivityModel.h"
#include "RemoteViewModel.h"

#include <QDate>

class QIODevice;

namespace chcloud {

/// The audit log over a range of days (UTC), with its filters. Ranges longer
/// than the API's 31 days are fetched in windows at visible priority and merged
/// into one load (one model reset), newest first. The services and API keys
/// lists are fetched once per organization at background priority, so the
/// table names the services and keys it mentions.
class ActivityViewModel : public RemoteViewModel
{
    Q_OBJECT

public:
    /// The range shown before the user picks one: the last 30 days.
    static constexpr int defaultRangeDays = 30;

    explicit ActivityViewModel(QObject *parent = nullptr);

    ActivityModel *model() const { return m_model; }
    /// What the table shows: filtered and sorted.
    ActivityFilterModel *filterModel() const { return m_filter; }

    QDate fromDate() const { return m_from; }
    QDate toDate() const { return m_to; }
    /// Sets the range (inclusive days, UTC); takes effect on the next refresh().
    /// Swapped when from is after to.
    void setRange(QDate from, QDate to);

    /// Writes the filtered, sorted rows as CSV (times in ISO 8601 UTC, raw type names).
    bool exportCsv(QIODevice *device) const;

public Q_SLOTS:
    void refresh() override;

Q_SIGNALS:
    void rangeChanged(QDate from, QDate to);

protected:
    void clearData() override;

private:
    /// Asks once (again after a failure) for the services and keys lists that name the rows' IDs.
    void fetchNames();

    ActivityModel *m_model;
    ActivityFilterModel *m_filter;
    QDate m_from;
    QDate m_to;
    // Not in the load's call group: a new range does not cancel them.
    ApiCall m_serviceNamesCall;
    ApiCall m_keyNamesCall;
    bool m_serviceNamesAsked = false;
    bool m_keyNamesAsked = false;
};

} // namespace chcloud
