#pragma once

#include <QByteArray>
#include <QString>

namespace chcloud {

/// Names and version the application shows and sends (User-Agent, window titles,
/// the keychain service name). One place so they never disagree.
namespace AppInfo {
QString applicationName();
QString organizationName();
QString version();
/// "ClickHouseCloudDesktop/<version> (Qt <qt version>; <os>)"
QByteArray userAgent();
/// The keychain service under which every secret of the application is stored.
QString keychainService();
} // namespace AppInfo

} // namespace chcloud
