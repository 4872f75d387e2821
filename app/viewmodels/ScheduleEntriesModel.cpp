#include "ScheduleEntriesModel.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace chcloud {

ScheduleEntriesModel::ScheduleEntriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ScheduleEntriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ScheduleEntriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScheduleEntriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const bool active = !entry.id.isEmpty() && entry.id == m_activeEntryId;
    if (role == ActiveRole)
        return active;
    if (role != Qt::DisplayRole)
        return {};
    const ScalingScheduleEntryRequest &r = entry.request;
    switch (Column(index.column())) {
    case NameColumn:
        return active ? tr("%1 (active now)").arg(r.name) : r.name;
    case DaysColumn:
        return daysText(r.weekdays);
    case HoursColumn:
        return hoursText(r.startHourUtc, r.endHourUtc);
    case SizeColumn: {
        QStringList parts;
        if (r.minReplicaMemoryGb && r.maxReplicaMemoryGb)
            parts.append(*r.minReplicaMemoryGb == *r.maxReplicaMemoryGb
                             ? tr("%1 GiB").arg(*r.minReplicaMemoryGb)
                             : tr("%1–%2 GiB").arg(*r.minReplicaMemoryGb).arg(*r.maxReplicaMemoryGb));
        if (r.numReplicas)
            parts.append(tr("%n replicas", nullptr, *r.numReplicas));
        else if (r.minReplicas && r.maxReplicas)
            parts.append(tr("%1–%2 replicas").arg(*r.minReplicas).arg(*r.maxReplicas));
        if (r.idleScaling.value_or(false))
            parts.append(tr("idles"));
        return parts.join(u", "_s);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ScheduleEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Entry");
    case DaysColumn:
        return tr("Days");
    case HoursColumn:
        return tr("Hours");
    case SizeColumn:
        return tr("Size");
    case ColumnCount:
        break;
    }
    return {};
}

void ScheduleEntriesModel::reset(const ScalingSchedule &schedule)
{
    beginResetModel();
    m_entries.clear();
    for (const ScalingScheduleEntry &entry : schedule.entries)
        m_entries.append(Entry { entry.id, requestFrom(entry) });
    m_activeEntryId = schedule.activeEntryId;
    if (m_activeEntryId.isEmpty()) {
        if (const ScalingScheduleEntry *active = schedule.activeEntry())
            m_activeEntryId = active->id;
    }
    m_modified = false;
    endResetModel();
    Q_EMIT entriesChanged();
}

void ScheduleEntriesModel::clear()
{
    reset({});
}

void ScheduleEntriesModel::addEntry(const ScalingScheduleEntryRequest &request)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(Entry { QString(), request });
    m_modified = true;
    endInsertRows();
    Q_EMIT entriesChanged();
}

void ScheduleEntriesModel::removeEntry(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    m_modified = true;
    endRemoveRows();
    Q_EMIT entriesChanged();
}

ScalingScheduleRequest ScheduleEntriesModel::request() const
{
    ScalingScheduleRequest request;
    for (const Entry &entry : m_entries)
        request.entries.append(entry.request);
    return request;
}

ScalingScheduleEntryRequest ScheduleEntriesModel::requestFrom(const ScalingScheduleEntry &entry)
{
    ScalingScheduleEntryRequest request;
    request.name = entry.name;
    request.weekdays = entry.weekdays;
    request.startHourUtc = entry.startHourUtc.value_or(0);
    request.endHourUtc = entry.endHourUtc.value_or(24);
    request.autoscalingMode = entry.autoscalingMode;
    if (entry.minReplicaMemoryGb && entry.maxReplicaMemoryGb) {
        request.minReplicaMemoryGb = int(std::lround(*entry.minReplicaMemoryGb));
        request.maxReplicaMemoryGb = int(std::lround(*entry.maxReplicaMemoryGb));
    }
    const bool horizontal = entry.autoscalingMode == u"horizontal"_s;
    if (entry.minReplicas && entry.maxReplicas) {
        if (!horizontal && *entry.minReplicas == *entry.maxReplicas) {
            request.numReplicas = *entry.minReplicas;
        } else {
            request.minReplicas = entry.minReplicas;
            request.maxReplicas = entry.maxReplicas;
        }
    }
    request.idleScaling = entry.idleScaling;
    request.idleTimeoutMinutes = entry.idleTimeoutMinutes;
    return request;
}

QString ScheduleEntriesModel::daysText(const QList<int> &weekdays)
{
    QList<int> days = weekdays;
    std::sort(days.begin(), days.end());
    const QLocale locale;
    // Qt counts Monday = 1 … Sunday = 7; the API Sunday = 0 … Saturday = 6.
    const auto name = [&locale](int day) {
        return locale.dayName(day == 0 ? 7 : day, QLocale::ShortFormat);
    };
    if (days == QList<int> { 1, 2, 3, 4, 5 })
        return tr("%1–%2", "a range of weekdays").arg(name(1), name(5));
    if (days.size() == 7)
        return tr("every day");
    QStringList names;
    for (int day : std::as_const(days))
        names.append(name(day));
    return names.join(u", "_s);
}

QString ScheduleEntriesModel::hoursText(int startHourUtc, int endHourUtc)
{
    const auto hour = [](int h) {
        return u"%1:00"_s.arg(h, 2, 10, QLatin1Char('0'));
    };
    return tr("%1–%2 UTC").arg(hour(startHourUtc), hour(endHourUtc));
}

QString ScheduleEntriesModel::validate(const ScalingScheduleEntryRequest &entry)
{
    if (entry.name.trimmed().isEmpty())
        return tr("Give the entry a name.");
    if (entry.weekdays.isEmpty())
        return tr("Pick at least one day.");
    if (entry.startHourUtc < 0 || entry.startHourUtc > 23 || entry.endHourUtc < 1 || entry.endHourUtc > 24
        || entry.startHourUtc == entry.endHourUtc)
        return tr("The entry must start and end at different hours.");
    for (const auto &memory : { entry.minReplicaMemoryGb, entry.maxReplicaMemoryGb }) {
        if (memory && (*memory < 8 || *memory > 356 || *memory % 4 != 0))
            return tr("Memory per replica is a multiple of 4 GiB from 8 to 356.");
    }
    if (entry.minReplicaMemoryGb && entry.maxReplicaMemoryGb && *entry.minReplicaMemoryGb > *entry.maxReplicaMemoryGb)
        return tr("The smallest memory may not exceed the largest.");
    if (entry.numReplicas && (*entry.numReplicas < 1 || *entry.numReplicas > 20))
        return tr("Replicas go from 1 to 20.");
    if (entry.idleTimeoutMinutes && *entry.idleTimeoutMinutes < 5)
        return tr("The idle timeout is at least 5 minutes.");
    return {};
}

} // namespace chcloud
