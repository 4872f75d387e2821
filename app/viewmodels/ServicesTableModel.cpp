#include "ServicesTableModel.h"

#include "domain/CloudLocation.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace chcloud {

ServicesTableModel::ServicesTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ServicesTableModel::~ServicesTableModel() = default;

bool ServicesTableModel::isPolled(const QString & /*serviceId*/) const
{
    return false;
}

void ServicesTableModel::removeAllRows()
{
    if (m_services.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_services.size()) - 1);
    m_services.clear();
    endRemoveRows();
}

void ServicesTableModel::appendRow(const Service &service)
{
    const int newRow = int(m_services.size());
    beginInsertRows({}, newRow, newRow);
    m_services.append(service);
    endInsertRows();
}

bool ServicesTableModel::replaceRow(int row, const Service &service)
{
    if (m_services.at(row) == service)
        return false;
    m_services[row] = service;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void ServicesTableModel::removeRowAt(int row)
{
    beginRemoveRows({}, row, row);
    m_services.removeAt(row);
    endRemoveRows();
}

// --- presentation ----------------------------------------------------------------

int ServicesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int ServicesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServicesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return tr("State");
    case NameColumn:
        return tr("Name");
    case LocationColumn:
        return tr("Provider / region");
    case AutoscalingColumn:
        return tr("Autoscaling");
    case MemoryColumn:
        return tr("Memory per replica");
    case ReplicasColumn:
        return tr("Replicas");
    case IdleScalingColumn:
        return tr("Idle scaling");
    case VersionColumn:
        return tr("Version");
    case CreatedColumn:
        return tr("Created");
    case TagsColumn:
        return tr("Tags");
    default:
        return {};
    }
}

QHash<int, QByteArray> ServicesTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ServiceIdRole, "serviceId");
    names.insert(StateKindRole, "stateKind");
    names.insert(StateRawRole, "stateRaw");
    names.insert(TransitionalRole, "transitional");
    names.insert(ProviderRole, "provider");
    names.insert(RegionRole, "region");
    names.insert(TagsRole, "tags");
    names.insert(SortRole, "sortValue");
    names.insert(SearchTextRole, "searchText");
    return names;
}

QVariant ServicesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Service &service = m_services.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(service, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && isPolled(service.id))
            return tr("%1 — checking for changes").arg(stateText(service.state));
        if (index.column() == NameColumn)
            return service.id;
        if (index.column() == CreatedColumn && service.createdAt.isValid())
            return QLocale().toString(service.createdAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case ServiceIdRole:
        return service.id;
    case StateKindRole:
        return int(service.state.kind());
    case StateRawRole:
        return service.state.raw();
    case TransitionalRole:
        return service.state.isTransitional();
    case ProviderRole:
        return service.provider;
    case RegionRole:
        return service.region;
    case TagsRole: {
        QStringList tags;
        for (const ResourceTag &tag : service.tags) {
            tags.append(tag.key);
            if (!tag.value.isEmpty())
                tags.append(tagText(tag));
        }
        return tags;
    }
    case SortRole:
        return sortData(service, index.column());
    case SearchTextRole:
        return QStringList { service.name,
                             service.id,
                             service.provider,
                             Provider::label(service.provider),
                             service.region,
                             service.clickhouseVersion,
                             stateText(service.state),
                             autoscalingModeText(service),
                             tagsText(service.tags) }
            .join(u'\n');
    default:
        return {};
    }
}

QVariant ServicesTableModel::displayData(const Service &service, int column) const
{
    switch (column) {
    case StateColumn:
        return stateText(service.state);
    case NameColumn:
        return service.name;
    case LocationColumn:
        return locationText(service);
    case AutoscalingColumn:
        return autoscalingModeText(service);
    case MemoryColumn:
        return memoryText(service);
    case ReplicasColumn:
        return replicasText(service);
    case IdleScalingColumn:
        return idleScalingText(service);
    case VersionColumn:
        return service.clickhouseVersion;
    case CreatedColumn:
        return service.createdAt.isValid() ? QLocale().toString(service.createdAt.toLocalTime(), QLocale::ShortFormat)
                                           : QString();
    case TagsColumn:
        return tagsText(service.tags);
    default:
        return {};
    }
}

QVariant ServicesTableModel::sortData(const Service &service, int column) const
{
    switch (column) {
    case StateColumn:
        return stateText(service.state);
    case MemoryColumn:
        return service.maxReplicaMemoryGb.value_or(0) * 1000 + service.minReplicaMemoryGb.value_or(0);
    case ReplicasColumn:
        return service.numReplicas.value_or(service.maxReplicas.value_or(0));
    case IdleScalingColumn:
        return service.idleScaling.value_or(false) ? service.idleTimeoutMinutes.value_or(0) + 1 : 0;
    case CreatedColumn:
        return service.createdAt;
    default:
        return displayData(service, column);
    }
}

QString ServicesTableModel::stateText(const ServiceState &state)
{
    if (state.isUnknown())
        return tr("unknown (%1)").arg(state.raw().isEmpty() ? tr("no state") : state.raw());
    if (state.isTransitional())
        return tr("%1…").arg(state.label());
    return state.label();
}

QString ServicesTableModel::autoscalingModeText(const Service &service)
{
    if (service.autoscalingMode == u"horizontal"_s)
        return tr("Horizontal");
    if (service.autoscalingMode == u"vertical"_s)
        return tr("Vertical");
    // A mode added after this version: its raw text is more use than a guess.
    return service.autoscalingMode.isEmpty() ? tr("—") : service.autoscalingMode;
}

QString ServicesTableModel::memoryText(const Service &service)
{
    const auto min = service.minReplicaMemoryGb;
    const auto max = service.maxReplicaMemoryGb;
    if (min && max)
        return *min == *max ? tr("%1 GiB").arg(*min) : tr("%1–%2 GiB").arg(*min).arg(*max);
    if (service.replicaMemoryGb)
        return tr("%1 GiB").arg(*service.replicaMemoryGb);
    if (min || max)
        return tr("%1 GiB").arg(min ? *min : *max);
    return tr("—");
}

QString ServicesTableModel::replicasText(const Service &service)
{
    if (service.minReplicas && service.maxReplicas && *service.minReplicas != *service.maxReplicas)
        return tr("%1–%2").arg(*service.minReplicas).arg(*service.maxReplicas);
    if (service.numReplicas)
        return QString::number(*service.numReplicas);
    if (service.minReplicas)
        return QString::number(*service.minReplicas);
    return tr("—");
}

QString ServicesTableModel::idleScalingText(const Service &service)
{
    if (!service.idleScaling)
        return tr("—");
    if (!*service.idleScaling)
        return tr("Off");
    if (service.idleTimeoutMinutes)
        return tr("On · %n min", nullptr, qRound(*service.idleTimeoutMinutes));
    return tr("On");
}

QString ServicesTableModel::locationText(const Service &service)
{
    const QString provider = service.provider.isEmpty() ? tr("—") : Provider::label(service.provider);
    return service.region.isEmpty() ? provider : tr("%1 · %2").arg(provider, service.region);
}

QString ServicesTableModel::tagText(const ResourceTag &tag)
{
    return tag.value.isEmpty() ? tag.key : tag.key + u'=' + tag.value;
}

QString ServicesTableModel::tagsText(const QList<ResourceTag> &tags)
{
    QStringList texts;
    texts.reserve(tags.size());
    for (const ResourceTag &tag : tags)
        texts.append(tagText(tag));
    return texts.join(u", "_s);
}

const Service *ServicesTableModel::serviceAt(int row) const
{
    if (row < 0 || row >= m_services.size())
        return nullptr;
    return &m_services.at(row);
}

int ServicesTableModel::rowOfService(const QString &serviceId) const
{
    for (qsizetype row = 0; row < m_services.size(); ++row) {
        if (m_services.at(row).id == serviceId)
            return int(row);
    }
    return -1;
}

std::optional<Service> ServicesTableModel::service(const QString &serviceId) const
{
    const int row = rowOfService(serviceId);
    if (row < 0)
        return std::nullopt;
    return m_services.at(row);
}

QStringList ServicesTableModel::allTags() const
{
    QSet<QString> tags;
    for (const Service &service : m_services) {
        for (const ResourceTag &tag : service.tags) {
            tags.insert(tag.key);
            if (!tag.value.isEmpty())
                tags.insert(tagText(tag));
        }
    }
    QStringList sorted(tags.cbegin(), tags.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

QStringList ServicesTableModel::providers() const
{
    QSet<QString> providers;
    for (const Service &service : m_services) {
        if (!service.provider.isEmpty())
            providers.insert(service.provider);
    }
    QStringList sorted(providers.cbegin(), providers.cend());
    sorted.sort();
    return sorted;
}

} // namespace chcloud
