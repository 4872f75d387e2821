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
    : SortedTableModel(parent)
{
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_log.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityModel::actorTypeLabel(ActorType type, const QString &raw)
{
    switch (type) {
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
    return raw;
}

QString ActivityModel::actorText(const ActivityLog::Row &row) const
{
    return m_log.text(row.actorDetails != 0 ? row.actorDetails : row.actorId);
}

QString ActivityModel::nameOr(const QHash<ActivityLog::Text, QString> &names, const ActivityLog &log,
                              ActivityLog::Text id)
{
    const auto found = names.constFind(id);
    return found != names.cend() ? *found : log.text(id);
}

QString ActivityModel::serviceText(const ActivityLog::Row &row) const
{
    return nameOr(m_serviceNames, m_log, row.serviceId);
}

QString ActivityModel::keyText(const ActivityLog::Row &row) const
{
    if (row.targetKeyId == 0)
        return {};
    const QString key = nameOr(m_keyNames, m_log, row.targetKeyId);
    if (row.keyUpdateType == 0)
        return key;
    return tr("%1 (%2)").arg(key, Activity::keyUpdateTypeLabel(m_log.text(row.keyUpdateType)));
}

void ActivityModel::setServiceNames(const QHash<QString, QString> &namesById)
{
    m_serviceNamesById = namesById;
    resolveNames();
    emitColumnChanged(ServiceColumn);
    if (sortColumn() == ServiceColumn)
        sort(sortColumn(), sortOrder()); // the names are what it is sorted by
}

void ActivityModel::setKeyNames(const QHash<QString, QString> &namesById)
{
    m_keyNamesById = namesById;
    resolveNames();
    emitColumnChanged(KeyColumn);
    if (sortColumn() == KeyColumn)
        sort(sortColumn(), sortOrder());
}

void ActivityModel::resolveNames()
{
    const auto resolve = [this](const QHash<QString, QString> &byId, QHash<ActivityLog::Text, QString> &byText) {
        byText.clear();
        for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
            const ActivityLog::Text text = m_log.find(it.key());
            if (text != 0 && !it.value().isEmpty())
                byText.insert(text, it.value());
        }
    };
    resolve(m_serviceNamesById, m_serviceNames);
    resolve(m_keyNamesById, m_keyNames);
}

void ActivityModel::emitColumnChanged(Column column)
{
    if (m_log.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, column), index(int(m_log.size()) - 1, column), { Qt::DisplayRole, Qt::ToolTipRole });
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int rowIndex = recordAt(index.row());
    const ActivityLog::Row &row = m_log.row(rowIndex);
    const RowKeys &keys = m_rowKeys.at(rowIndex);
    const auto column = Column(index.column());
    switch (role) {
    case ActivityIdRole:
        return m_log.text(row.id);
    case RawTypeRole:
        return m_log.text(row.type);
    case TypeIndexRole:
        return keys.typeIndex;
    case ActorIndexRole:
        return keys.actorIndex;
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            return m_locale.toString(m_log.createdAt(rowIndex).toLocalTime(), QLocale::ShortFormat);
        case TypeColumn:
            return m_types.at(keys.typeIndex).label;
        case ActorTypeColumn:
            return actorTypeLabel(row.actorType, m_log.text(row.actorTypeText));
        case ActorColumn:
            return actorText(row);
        case IpAddressColumn:
            return m_log.text(row.actorIpAddress);
        case ServiceColumn:
            return serviceText(row);
        case KeyColumn:
            return keyText(row);
        case ColumnCount:
            break;
        }
        break;
    case CsvWriter::ExportRole:
        switch (column) {
        case TimeColumn:
            return orgtext::dateTimeIso(m_log.createdAt(rowIndex));
        case TypeColumn:
            return m_log.text(row.type);
        case ActorTypeColumn:
            return m_log.text(row.actorTypeText);
        case ServiceColumn:
            return m_log.text(row.serviceId); // exports keep the ID: names change, IDs do not
        case KeyColumn:
            return m_log.text(row.targetKeyId);
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case TimeColumn:
            return orgtext::dateTimeIso(m_log.createdAt(rowIndex));
        case TypeColumn:
            return m_log.text(row.type);
        case ActorColumn:
            if (row.userAgent != 0)
                return tr("Actor ID: %1\nUser agent: %2").arg(m_log.text(row.actorId), m_log.text(row.userAgent));
            return tr("Actor ID: %1").arg(m_log.text(row.actorId));
        case ServiceColumn:
            return row.serviceId != 0 ? tr("Service ID: %1").arg(m_log.text(row.serviceId)) : QVariant();
        case KeyColumn:
            return row.targetKeyId != 0 ? tr("API key ID: %1").arg(m_log.text(row.targetKeyId)) : QVariant();
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
        return SortedTableModel::headerData(section, orientation, role);
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

void ActivityModel::setLog(ActivityLog log)
{
    beginResetModel();
    m_log = std::move(log);
    buildKeys();
    resolveNames();
    resetOrder(m_log.size());
    endResetModel();
}

void ActivityModel::setActivities(const QList<Activity> &activities)
{
    setLog(ActivityLog::fromActivities(activities));
}

void ActivityModel::clear()
{
    setLog({});
}

void ActivityModel::buildKeys()
{
    m_types.clear();
    m_actors.clear();
    m_rowKeys.clear();
    m_rowKeys.resize(m_log.size());

    // Types and actors are already interned strings: key them by string index.
    QHash<ActivityLog::Text, int> typeIndex;
    QHash<QPair<quint64, ActivityLog::Text>, int> actorIndex;
    for (qsizetype i = 0; i < m_log.size(); ++i) {
        const ActivityLog::Row &row = m_log.row(i);
        RowKeys &keys = m_rowKeys[i];
        keys.timeMs = row.createdAtMs;

        auto type = typeIndex.constFind(row.type);
        if (type == typeIndex.cend()) {
            type = typeIndex.insert(row.type, int(m_types.size()));
            const QString &raw = m_log.text(row.type);
            m_types.append({ raw, Activity::activityTypeLabel(raw), 0 });
        }
        keys.typeIndex = *type;
        ++m_types[keys.typeIndex].count;

        // Three string indices identify an actor.
        const QPair<quint64, ActivityLog::Text> actorKey((quint64(row.actorTypeText) << 32) | row.actorId,
                                                         row.actorDetails);
        auto actor = actorIndex.constFind(actorKey);
        if (actor == actorIndex.cend()) {
            actor = actorIndex.insert(actorKey, int(m_actors.size()));
            const QString who = actorText(row);
            const QString typeLabel = actorTypeLabel(row.actorType, m_log.text(row.actorTypeText));
            m_actors.append({ who.isEmpty() ? typeLabel : tr("%1 (%2)").arg(who, typeLabel), 0 });
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

bool ActivityModel::recordLess(int left, int right, int column) const
{
    const RowKeys &l = m_rowKeys.at(left);
    const RowKeys &r = m_rowKeys.at(right);
    const ActivityLog::Row &a = m_log.row(left);
    const ActivityLog::Row &b = m_log.row(right);
    const auto textLess = [this](ActivityLog::Text x, ActivityLog::Text y) {
        return x != y && m_log.text(x) < m_log.text(y);
    };
    switch (Column(column)) {
    case TimeColumn:
        return l.timeMs < r.timeMs;
    case TypeColumn:
        return l.typeIndex < r.typeIndex;
    case ActorTypeColumn:
        return a.actorType < b.actorType || (a.actorType == b.actorType && textLess(a.actorTypeText, b.actorTypeText));
    case ActorColumn:
        return l.actorIndex < r.actorIndex;
    case IpAddressColumn:
        return textLess(a.actorIpAddress, b.actorIpAddress);
    case ServiceColumn:
        return a.serviceId != b.serviceId && serviceText(a) < serviceText(b);
    case KeyColumn:
        return a.targetKeyId != b.targetKeyId
            && nameOr(m_keyNames, m_log, a.targetKeyId) < nameOr(m_keyNames, m_log, b.targetKeyId);
    case ColumnCount:
        break;
    }
    return false;
}

bool ActivityModel::matches(int row, const QString &needle) const
{
    if (needle.isEmpty())
        return true;
    const ActivityLog::Row &r = m_log.row(recordAt(row));
    const RowKeys &keys = m_rowKeys.at(recordAt(row));
    const auto has = [&needle](const QString &text) {
        return text.contains(needle, Qt::CaseInsensitive);
    };
    return has(m_types.at(keys.typeIndex).label) || has(m_log.text(r.type)) || has(m_actors.at(keys.actorIndex).label)
        || has(m_log.text(r.actorIpAddress)) || has(m_log.text(r.serviceId)) || has(m_log.text(r.targetKeyId))
        || has(m_log.text(r.actorId)) || has(m_serviceNames.value(r.serviceId)) || has(m_keyNames.value(r.targetKeyId));
}

} // namespace chcloud
