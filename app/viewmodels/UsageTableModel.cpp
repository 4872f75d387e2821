#include "UsageTableModel.h"

#include "CsvWriter.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace chcloud {

UsageTableModel::UsageTableModel(QObject *parent)
    : SortedTableModel(parent)
{
}

int UsageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_log.size());
}

int UsageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UsageTableModel::entityTypeLabel(const QString &type)
{
    if (type == QLatin1String("service"))
        return tr("Service");
    if (type == QLatin1String("datawarehouse"))
        return tr("Warehouse");
    if (type == QLatin1String("clickpipe"))
        return tr("ClickPipe");
    return type;
}

QVariant UsageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_log.rows().at(recordAt(index.row()));
    const Entity &entity = m_log.entities().at(row.entity);
    const auto column = Column(index.column());

    const auto number = [&row](Column c) -> double {
        switch (c) {
        case TotalColumn:
            return row.total;
        case ComputeColumn:
            return row.compute;
        case StorageColumn:
            return row.storage;
        case BackupColumn:
            return row.backup;
        case DataTransferColumn:
            return row.dataTransfer;
        default:
            return 0;
        }
    };

    switch (role) {
    case EntityIdRole:
        return entity.id;
    case Qt::DisplayRole:
        switch (column) {
        case DateColumn:
            return m_locale.toString(row.date, QLocale::ShortFormat);
        case EntityColumn:
            return entity.name.isEmpty() ? entity.id : entity.name;
        case EntityTypeColumn:
            return entityTypeLabel(entity.type);
        case ColumnCount:
            return {};
        default:
            return m_locale.toString(number(column), 'f', 2);
        }
    case ValueRole:
    case CsvWriter::ExportRole:
        switch (column) {
        case DateColumn:
            return role == ValueRole ? QVariant(row.date) : QVariant(row.date.toString(Qt::ISODate));
        case EntityColumn:
            return role == ValueRole ? QVariant() : QVariant(entity.name);
        case EntityTypeColumn:
            return role == ValueRole ? QVariant() : QVariant(entity.type);
        case ColumnCount:
            return {};
        default:
            // Exports keep full precision, with a dot whatever the locale.
            return role == ValueRole ? QVariant(number(column)) : QVariant(QString::number(number(column), 'g', 15));
        }
    case Qt::TextAlignmentRole:
        if (column >= TotalColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (column == EntityColumn)
            return tr("ID: %1").arg(entity.id);
        if (column == TotalColumn && !row.locked)
            return tr("Not final yet: unlocked records may still change.");
        break;
    default:
        break;
    }
    return {};
}

QVariant UsageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return SortedTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn:
        return tr("Date");
    case EntityColumn:
        return tr("Entity");
    case EntityTypeColumn:
        return tr("Type");
    case TotalColumn:
        return tr("Total (CHC)");
    case ComputeColumn:
        return tr("Compute");
    case StorageColumn:
        return tr("Storage");
    case BackupColumn:
        return tr("Backup");
    case DataTransferColumn:
        return tr("Data transfer");
    case ColumnCount:
        break;
    }
    return {};
}

void UsageTableModel::setLog(UsageLog log)
{
    beginResetModel();
    m_log = std::move(log);
    ++m_generation;
    const QList<Entity> &entities = m_log.entities();
    QList<int> order(entities.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&entities](int a, int b) {
        return QString::compare(entities.at(a).name, entities.at(b).name, Qt::CaseInsensitive) < 0;
    });
    m_entityNameRank.resize(entities.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        m_entityNameRank[order.at(i)] = int(i);
    // Types rank by their text; equal types share a rank.
    std::sort(order.begin(), order.end(),
              [&entities](int a, int b) { return entities.at(a).type < entities.at(b).type; });
    m_entityTypeRank.resize(entities.size());
    for (qsizetype i = 0, rank = 0; i < order.size(); ++i) {
        if (i > 0 && entities.at(order.at(i - 1)).type != entities.at(order.at(i)).type)
            ++rank;
        m_entityTypeRank[order.at(i)] = int(rank);
    }
    resetOrder(m_log.size());
    endResetModel();
}

void UsageTableModel::setRecords(const QList<UsageCostRecord> &records)
{
    setLog(UsageLog::fromRecords(records));
}

void UsageTableModel::clear()
{
    setLog({});
}

bool UsageTableModel::recordLess(int left, int right, int column) const
{
    return sortKey(left, column) < sortKey(right, column);
}

bool UsageTableModel::hasSortKey(int column) const
{
    return column >= 0 && column < ColumnCount;
}

double UsageTableModel::sortKey(int record, int column) const
{
    const Row &row = m_log.rows().at(record);
    switch (Column(column)) {
    case DateColumn:
        return double(row.date.toJulianDay());
    case EntityColumn:
        return m_entityNameRank.at(row.entity);
    case EntityTypeColumn:
        return m_entityTypeRank.at(row.entity);
    case TotalColumn:
        return row.total;
    case ComputeColumn:
        return row.compute;
    case StorageColumn:
        return row.storage;
    case BackupColumn:
        return row.backup;
    case DataTransferColumn:
        return row.dataTransfer;
    case ColumnCount:
        break;
    }
    return 0;
}

QList<bool> UsageTableModel::rowsMatching(const QList<bool> &entityMatches) const
{
    const QList<Row> &rows = m_log.rows();
    return rowsWhere([&](int record) { return entityMatches.value(rows.at(record).entity, false); });
}

namespace {

bool entityContains(const UsageLog::Entity &entity, const QString &typeLabel, const QString &needle)
{
    return entity.name.contains(needle, Qt::CaseInsensitive) || entity.id.contains(needle, Qt::CaseInsensitive)
        || typeLabel.contains(needle, Qt::CaseInsensitive);
}

} // namespace

bool UsageTableModel::matches(int row, const QString &needle) const
{
    if (needle.isEmpty())
        return true;
    const Entity &entity = m_log.entities().at(m_log.rows().at(recordAt(row)).entity);
    return entityContains(entity, entityTypeLabel(entity.type), needle);
}

QList<bool> UsageTableModel::entityMatches(const QString &needle) const
{
    const QList<Entity> &entities = m_log.entities();
    QList<bool> result(entities.size(), true);
    if (needle.isEmpty())
        return result;
    QHash<QString, QString> labels; // a handful of types: translated once each
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const Entity &entity = entities.at(i);
        auto label = labels.constFind(entity.type);
        if (label == labels.cend())
            label = labels.insert(entity.type, entityTypeLabel(entity.type));
        result[i] = entityContains(entity, *label, needle);
    }
    return result;
}

} // namespace chcloud
