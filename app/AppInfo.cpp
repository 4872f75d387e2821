#include "AppInfo.h"

#include <QSysInfo>
#include <QtGlobal>

namespace chcloud::AppInfo {

QString applicationName()
{
    return QStringLiteral("ClickHouse Cloud Desktop");
}

QString organizationName()
{
    return QStringLiteral("chcloud-desktop");
}

QString version()
{
    return QStringLiteral(CHCLOUD_VERSION);
}

QByteArray userAgent()
{
    return "ClickHouseCloudDesktop/" + version().toUtf8() + " (Qt " + QByteArray(qVersion()) + "; "
        + QSysInfo::prettyProductName().toUtf8() + ')';
}

QString keychainService()
{
    return QStringLiteral("chcloud-desktop");
}

} // namespace chcloud::AppInfo
