#include "ActivityModel.h"

#include "CsvWriter.h"
#include "OrgTableText.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace chcloud {

namespace {

/// Orders interned values by label and renumbers the rows' indices to match,
/// so comparing two indices compares the labels.
template<typename Choice>
QList<int> sortChoices(QList<Choice> &choices)
{
    QList<int> order(choices.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&choices](int a, int b) {
        return QString::compare(choices.at(a).label, choices.at(b).label, Qt::CaseInsensitive) < 0;
    });
    QList<Choice> sorted;
    sorted.reserve(choices.size());
    QList<int> newIndex(choices.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        newIndex[order.at(i)] = int(i);
        sorted.append(std::move(choices[order.at(i)]));
    }
    choices = std::move(sorted);
    return newIndex;
}

} // namespace

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_activities.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityModel::actorTypeLabel(const Activity &activity)
{
    switch (activity.actorType) {
    case ActorType::User:
        return tr("User");
    case ActorType::Support:
        return tr("Support");
    case ActorType::System:
        return tr("System");
    case ActorType::Api:
        return tr("API key");
    case ActorType::Unknown:
        break;
    }
    return activity.actorTypeText;
}

QString ActivityModel::actorText(const Activity &activity) const
{
    if (!activity.actorDetails.isEmpty())
        return activity.actorDetails;
    return activity.actorId;
}

QString ActivityModel::keyText(const Activity &activity) const
{
    if (activity.targetKeyId.isEmpty())
        return {};
    if (activity.keyUpdateType.isEmpty())
        return activity.targetKeyId;
    return tr("%1 (%2)").arg(activity.targetKeyId, Activity::keyUpdateTypeLabel(activity.keyUpdateType));
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Activity &activity = m_activities.at(row);
    const RowKeys &keys = m_rowKeys.at(row);
    const auto column = Column(index.column());
    switch (role) {
    case ActivityIdRole:
        return activity.id;
    case RawTypeRole:
        return activity.type;
    case TypeIndexRole:
        return keys.typeIndex;
    case ActorIndexRole:
        return keys.actorIndex;
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            return m_locale.toString(activity.createdAt.toLocalTime(), QLocale::ShortFormat);
        case TypeColumn:
            return m_types.at(keys.typeIndex).label;
        case ActorTypeColumn:
            return actorTypeLabel(activity);
        case ActorColumn:
            return actorText(activity);
        case IpAddressColumn:
            return activity.actorIpAddress;
        case ServiceColumn:
            return activity.serviceId;
        case KeyColumn:
            return keyText(activity);
        case ColumnCount:
            break;
        }
        break;
    case CsvWriter::ExportRole:
        switch (column) {
        case TimeColumn:
            return orgtext::dateTimeIso(activity.createdAt);
        case TypeColumn:
            return activity.type;
        case ActorTypeColumn:
            return activity.actorTypeText;
        case KeyColumn:
            return activity.targetKeyId;
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case TimeColumn:
            return orgtext::dateTimeIso(activity.createdAt);
        case TypeColumn:
            return activity.type;
        case ActorColumn:
            if (!activity.userAgent.isEmpty())
                return tr("Actor ID: %1\nUser agent: %2").arg(activity.actorId, activity.userAgent);
            return tr("Actor ID: %1").arg(activity.actorId);
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Activity");
    case ActorTypeColumn:
        return tr("Actor type");
    case ActorColumn:
        return tr("Actor");
    case IpAddressColumn:
        return tr("IP address");
    case ServiceColumn:
        return tr("Service");
    case KeyColumn:
        return tr("API key");
    case ColumnCount:
        break;
    }
    return {};
}

void ActivityModel::setActivities(QList<Activity> activities)
{
    beginResetModel();
    m_activities = std::move(activities);
    buildKeys();
    endResetModel();
}

void ActivityModel::clear()
{
    setActivities({});
}

void ActivityModel::buildKeys()
{
    m_types.clear();
    m_actors.clear();
    m_rowKeys.clear();
    m_rowKeys.resize(m_activities.size());

    QHash<QString, int> typeIndex;
    QHash<QString, int> actorIndex;
    for (qsizetype row = 0; row < m_activities.size(); ++row) {
        const Activity &activity = m_activities.at(row);
        RowKeys &keys = m_rowKeys[row];
        keys.timeMs = activity.createdAt.toMSecsSinceEpoch();

        auto type = typeIndex.constFind(activity.type);
        if (type == typeIndex.cend()) {
            type = typeIndex.insert(activity.type, int(m_types.size()));
            m_types.append({ activity.type, activity.typeLabel(), 0 });
        }
        keys.typeIndex = *type;
        ++m_types[keys.typeIndex].count;

        const QString actorKey = activity.actorTypeText + u'\x1f' + activity.actorId + u'\x1f' + activity.actorDetails;
        auto actor = actorIndex.constFind(actorKey);
        if (actor == actorIndex.cend()) {
            actor = actorIndex.insert(actorKey, int(m_actors.size()));
            const QString who = actorText(activity);
            m_actors.append(
                { who.isEmpty() ? actorTypeLabel(activity) : tr("%1 (%2)").arg(who, actorTypeLabel(activity)), 0 });
        }
        keys.actorIndex = *actor;
        ++m_actors[keys.actorIndex].count;
    }

    const QList<int> typeRenumber = sortChoices(m_types);
    const QList<int> actorRenumber = sortChoices(m_actors);
    for (RowKeys &keys : m_rowKeys) {
        keys.typeIndex = typeRenumber.at(keys.typeIndex);
        keys.actorIndex = actorRenumber.at(keys.actorIndex);
    }
}

int ActivityModel::typeIndexOf(const QString &rawType) const
{
    for (qsizetype i = 0; i < m_types.size(); ++i) {
        if (m_types.at(i).type == rawType)
            return int(i);
    }
    return -1;
}

bool ActivityModel::lessThan(int leftRow, int rightRow, int column) const
{
    const RowKeys &l = m_rowKeys.at(leftRow);
    const RowKeys &r = m_rowKeys.at(rightRow);
    const Activity &a = m_activities.at(leftRow);
    const Activity &b = m_activities.at(rightRow);
    switch (Column(column)) {
    case TimeColumn:
        return l.timeMs < r.timeMs;
    case TypeColumn:
        return l.typeIndex < r.typeIndex;
    case ActorTypeColumn:
        return a.actorType < b.actorType || (a.actorType == b.actorType && a.actorTypeText < b.actorTypeText);
    case ActorColumn:
        return l.actorIndex < r.actorIndex;
    case IpAddressColumn:
        return a.actorIpAddress < b.actorIpAddress;
    case ServiceColumn:
        return a.serviceId < b.serviceId;
    case KeyColumn:
        return a.targetKeyId < b.targetKeyId;
    case ColumnCount:
        break;
    }
    return leftRow < rightRow;
}

bool ActivityModel::matches(int row, const QString &needle) const
{
    if (needle.isEmpty())
        return true;
    const Activity &activity = m_activities.at(row);
    const RowKeys &keys = m_rowKeys.at(row);
    const auto has = [&needle](const QString &text) {
        return text.contains(needle, Qt::CaseInsensitive);
    };
    return has(m_types.at(keys.typeIndex).label) || has(activity.type) || has(m_actors.at(keys.actorIndex).label)
        || has(activity.actorIpAddress) || has(activity.serviceId) || has(activity.targetKeyId)
        || has(activity.actorId);
}

} // namespace chcloud
