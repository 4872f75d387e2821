#pragma once

#include "Expected.h"
#include "JsonFields.h"
#include "ParseError.h"
#include "UsageCost.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace chcloud {

namespace json {
class Scanner;
}

/// A usage report held compactly: a month of a large organization is tens of
/// thousands of records of a few thousand entities. Each entity (service,
/// warehouse, ClickPipe) is stored once; a record is a date, the entity's index
/// and its numbers. The chart's aggregate — CHC per series (a service with its
/// ClickPipes, or an entity outside a service) per day — is summed while the
/// records are read, so the chart never walks the records again. Built off the
/// GUI thread (fromJson, merge) and then read-only.
class UsageLog
{
public:
    struct Entity
    {
        QString id;
        QString name;
        QString type; ///< raw entityType
        QString serviceId; ///< empty for entities outside a service
        int series = -1; ///< index into series()

        bool operator==(const Entity &) const = default;
    };

    struct Row
    {
        QDate date;
        int entity = -1; ///< index into entities()
        double total = 0;
        double compute = 0;
        double storage = 0;
        double backup = 0;
        double dataTransfer = 0; ///< every data-transfer category together
        bool locked = false;

        bool operator==(const Row &) const = default;
    };

    /// One series of the chart: what a service (with its ClickPipes) or an entity
    /// outside a service cost per day.
    struct Series
    {
        QString key; ///< service ID, or the entity ID outside a service
        QString name; ///< the service's own record's name once one came, else the first entity's
        bool namedByService = false;
        QHash<qint64, double> daily; ///< Julian day -> CHC
        double total = 0;

        bool operator==(const Series &) const = default;
    };

    /// Appends one record, interning its entity and adding it to its series.
    void append(const UsageCostRecord &record);

    const QList<Row> &rows() const { return m_rows; }
    const QList<Entity> &entities() const { return m_entities; }
    const QList<Series> &series() const { return m_series; }
    qsizetype size() const { return m_rows.size(); }
    /// Sum of the rows' totals.
    double sum() const { return m_sum; }

    /// The grand total the API reported (the windows' totals added up).
    double grandTotalCHC = 0;
    /// Records that did not decode (every window's).
    QList<json::UnreadableRow> unreadable;
    /// How many records the server sent.
    qsizetype total() const { return size() + unreadable.size(); }

    /// Reads a "UsageCost" object ({grandTotalCHC, costs}) record by record, as
    /// UsageCost::fromJson does, without keeping the records. Thread-safe.
    static Expected<UsageLog, ParseError> fromJson(const QJsonValue &json, const QString &path);
    /// The same from JSON text, starting at position at of the scanner's text:
    /// each record is parsed on its own, so no document of the whole report is
    /// ever built. end receives the position after the object, or -1 when the
    /// text is not valid JSON (the scanner has the fault). Thread-safe per scanner.
    static Expected<UsageLog, ParseError> fromJsonText(json::Scanner &scanner, qsizetype at, const QString &path,
                                                       qsizetype &end);
    static UsageLog fromRecords(const QList<UsageCostRecord> &records);
    /// Joins the reports of consecutive windows: totals add up, records are
    /// ordered by date, the unreadable records of every window are kept.
    static UsageLog merge(const QList<UsageLog> &parts);

    bool operator==(const UsageLog &) const = default;

private:
    int entityIndex(const Entity &entity);
    void appendRow(Row row);

    QList<Row> m_rows;
    QList<Entity> m_entities;
    QList<Series> m_series;
    QHash<QString, int> m_entityIndex;
    QHash<QString, int> m_seriesIndex;
    double m_sum = 0;
};

} // namespace chcloud
