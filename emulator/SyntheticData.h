#pragma once

#include "Model.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace chcloud::emulator {

class Store;

/// Data computed on request rather than stored: usage cost records, backups and
/// Prometheus text. Each value derives from a stable hash of the entity and date,
/// so it is the same on every call and every run, and the large seed costs
/// nothing until asked.
namespace synthetic {

/// Usage records of one service for every day in [from, to] within its history:
/// one "service" record (compute, data transfer) and one "datawarehouse" record
/// (storage, backup) per day. Adds the records' total to `total`.
void appendUsage(QJsonArray &records, double &total, const Service &service, const QDate &from, const QDate &to,
                 const QDate &today);

/// The service's backups: one a day for the last few days, the newest maybe in progress.
QList<QJsonObject> backups(const Service &service);

/// Prometheus exposition text for the given services.
QByteArray prometheus(const QString &organizationId, const QList<const Service *> &services, bool filtered);

} // namespace synthetic
} // namespace chcloud::emulator
