#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace chcloud::emulator {

/// What the fault injector does to /v1 requests. Rates are probabilities (0–1) drawn
/// from a seeded generator; "Next" counters hit the next N matching requests, in
/// this order of precedence: drop, fail, force429, malformed, truncate.
struct FaultConfig
{
    int latencyMs = 0;
    double errorRate = 0.0;
    QList<int> errorStatuses { 500, 502, 503 };
    double dropRate = 0.0;
    double malformedRate = 0.0;
    double truncateRate = 0.0;
    int failNext = 0;
    int failNextStatus = 503;
    int dropNext = 0;
    int malformedNext = 0;
    int truncateNext = 0;
    int force429Next = 0;
    QStringList methods; ///< empty = every method
    QString pathContains; ///< empty = every path

    QJsonObject toJson() const;
    /// Applies the fields present in `object`; false with `error` on a bad field (nothing changes then).
    bool merge(const QJsonObject &object, QString *error);
};

} // namespace chcloud::emulator
