#include "UsageLog.h"

#include "JsonScanner.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace chcloud {

namespace {

double dataTransferOf(const UsageCostMetrics &m)
{
    return m.dataTransferCHC + m.publicDataTransferCHC + m.interRegionTier1DataTransferCHC
        + m.interRegionTier2DataTransferCHC + m.interRegionTier3DataTransferCHC + m.interRegionTier4DataTransferCHC
        + m.initialLoadCHC;
}

} // namespace

int UsageLog::entityIndex(const Entity &entity)
{
    const auto found = m_entityIndex.constFind(entity.id);
    if (found != m_entityIndex.cend())
        return *found;
    const int index = int(m_entities.size());
    m_entityIndex.insert(entity.id, index);
    m_entities.append(entity);
    Entity &added = m_entities.last();

    // Entities grouped into series: a ClickPipe joins the service it belongs to.
    const QString &key = added.serviceId.isEmpty() ? added.id : added.serviceId;
    auto series = m_seriesIndex.constFind(key);
    if (series == m_seriesIndex.cend()) {
        series = m_seriesIndex.insert(key, int(m_series.size()));
        m_series.append(Series { key, {}, false, {}, 0 });
    }
    added.series = *series;
    Series &s = m_series[added.series];
    // The service's own record names the series; anything else only until one comes.
    const bool isService = added.type == QLatin1String("service");
    if (!s.namedByService && (s.name.isEmpty() || isService)) {
        s.name = added.name.isEmpty() ? added.id : added.name;
        s.namedByService = isService;
    }
    return index;
}

void UsageLog::appendRow(Row row)
{
    Series &series = m_series[m_entities.at(row.entity).series];
    if (row.date.isValid())
        series.daily[row.date.toJulianDay()] += row.total;
    series.total += row.total;
    m_sum += row.total;
    m_rows.append(row);
}

void UsageLog::append(const UsageCostRecord &record)
{
    Row row;
    row.date = record.date;
    row.entity = entityIndex(
        Entity { record.entityId, record.entityName, record.entityType, record.serviceId.value_or(QString()), -1 });
    row.total = record.totalCHC;
    row.compute = record.metrics.computeCHC;
    row.storage = record.metrics.storageCHC;
    row.backup = record.metrics.backupCHC;
    row.dataTransfer = dataTransferOf(record.metrics);
    row.locked = record.locked.value_or(false);
    appendRow(row);
}

Expected<UsageLog, ParseError> UsageLog::fromJson(const QJsonValue &json, const QString &path)
{
    json::ObjectReader reader(json, path);
    UsageLog log;
    reader.optional(QStringLiteral("grandTotalCHC"), log.grandTotalCHC);
    const QString costsKey = QStringLiteral("costs");
    if (reader.ok() && reader.has(costsKey)) {
        const QJsonValue costs = reader.object().value(costsKey);
        if (!costs.isArray()) {
            reader.fail(costsKey, QStringLiteral("expected an array, got %1").arg(json::typeName(costs)));
        } else {
            const QString costsPath = json::memberPath(path, costsKey);
            const QJsonArray array = costs.toArray();
            log.m_rows.reserve(array.size());
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QJsonValue element = array.at(i);
                auto record = UsageCostRecord::fromJson(element, json::indexPath(costsPath, i));
                if (record)
                    log.append(*record);
                else
                    log.unreadable.append(json::UnreadableRow { i, json::rowId(element), std::move(record).error() });
            }
        }
    }
    if (!reader.ok())
        return unexpected(reader.error());
    return log;
}

Expected<UsageLog, ParseError> UsageLog::fromJsonText(json::Scanner &scanner, qsizetype at, const QString &path,
                                                      qsizetype &end)
{
    at = scanner.skipSpace(at);
    end = -1;
    if (scanner.byteAt(at) != '{') {
        // Not an object: read whole, for the error fromJson gives.
        const std::optional<QJsonValue> value = scanner.parseValue(at, end);
        if (!value)
            return unexpected(ParseError { path, scanner.errorText() });
        return fromJson(*value, path);
    }
    const QString costsKey = QStringLiteral("costs");
    const QString costsPath = json::memberPath(path, costsKey);
    UsageLog log;
    QJsonObject head; // every member but the records, read below as fromJson reads them
    end = scanner.walkObject(at, [&](const QString &key, qsizetype valueAt) -> qsizetype {
        if (key == costsKey) {
            // A repeated key: the last one counts, as in a QJsonObject.
            head.remove(costsKey);
            log = UsageLog();
        }
        if (key == costsKey && scanner.byteAt(valueAt) == '[') {
            return scanner.walkArray(valueAt, [&](qsizetype index, qsizetype elementAt) -> qsizetype {
                qsizetype elementEnd = -1;
                const std::optional<QJsonValue> element = scanner.parseValue(elementAt, elementEnd);
                if (!element)
                    return -1;
                auto record = UsageCostRecord::fromJson(*element, json::indexPath(costsPath, index));
                if (record)
                    log.append(*record);
                else
                    log.unreadable.append(
                        json::UnreadableRow { index, json::rowId(*element), std::move(record).error() });
                return elementEnd;
            });
        }
        qsizetype valueEnd = -1;
        const std::optional<QJsonValue> value = scanner.parseValue(valueAt, valueEnd);
        if (!value)
            return -1;
        head.insert(key, *value);
        return valueEnd;
    });
    if (end < 0)
        return unexpected(ParseError { path, scanner.errorText() });
    json::ObjectReader reader(head, path);
    reader.optional(QStringLiteral("grandTotalCHC"), log.grandTotalCHC);
    if (reader.ok() && reader.has(costsKey)) {
        // Present, not null and not an array (an array was read above).
        reader.fail(costsKey, QStringLiteral("expected an array, got %1").arg(json::typeName(head.value(costsKey))));
    }
    if (!reader.ok())
        return unexpected(reader.error());
    return log;
}

UsageLog UsageLog::fromRecords(const QList<UsageCostRecord> &records)
{
    UsageLog log;
    log.m_rows.reserve(records.size());
    for (const UsageCostRecord &record : records)
        log.append(record);
    return log;
}

UsageLog UsageLog::merge(const QList<UsageLog> &parts)
{
    if (parts.size() == 1)
        return parts.first();
    struct Ref
    {
        QDate date;
        qsizetype part;
        qsizetype row;
    };
    QList<Ref> refs;
    qsizetype count = 0;
    for (const UsageLog &part : parts)
        count += part.size();
    refs.reserve(count);
    for (qsizetype p = 0; p < parts.size(); ++p) {
        for (qsizetype r = 0; r < parts.at(p).size(); ++r)
            refs.append({ parts.at(p).m_rows.at(r).date, p, r });
    }
    std::stable_sort(refs.begin(), refs.end(), [](const Ref &a, const Ref &b) { return a.date < b.date; });

    UsageLog merged;
    merged.m_rows.reserve(count);
    // Each part's entity indices mapped into the merged log's, built as they come.
    QList<QList<int>> entityMap;
    for (const UsageLog &part : parts) {
        merged.grandTotalCHC += part.grandTotalCHC;
        merged.unreadable.append(part.unreadable);
        entityMap.append(QList<int>(part.m_entities.size(), -1));
    }
    for (const Ref &ref : std::as_const(refs)) {
        const UsageLog &part = parts.at(ref.part);
        Row row = part.m_rows.at(ref.row);
        int &mapped = entityMap[ref.part][row.entity];
        if (mapped < 0) {
            Entity entity = part.m_entities.at(row.entity);
            entity.series = -1;
            mapped = merged.entityIndex(entity);
        }
        row.entity = mapped;
        merged.appendRow(row);
    }
    return merged;
}

} // namespace chcloud
