#pragma once

#include "Model.h"

#include <QJsonArray>
#include <QJsonObject>

namespace chcloud::emulator {

class Store;

/// The spec's JSON shapes of the stored entities (components/schemas of the OpenAPI
/// document), field for field. Optional fields are omitted rather than null where the
/// spec does not allow null (e.g. ApiKey.usedAt).
namespace json {

QJsonObject organization(const Organization &organization);
QJsonObject service(const Service &service);
QJsonObject apiKey(const ApiKey &key, const Store &store);
QJsonObject member(const Member &member, const Store &store);
QJsonObject invitation(const Invitation &invitation, const Store &store);
QJsonObject activity(const Activity &activity, const QString &organizationId);
QJsonObject role(const Role &role, const Store &store);
/// "ServiceQueryAPIEndpoint".
QJsonObject queryEndpoint(const QueryEndpoint &endpoint);
QJsonObject backupConfiguration(const BackupConfiguration &configuration);
QJsonArray ipAccessList(const QList<IpAccessEntry> &entries);
QJsonArray assignedRoles(const QStringList &roleIds, const Store &store);

} // namespace json
} // namespace chcloud::emulator
