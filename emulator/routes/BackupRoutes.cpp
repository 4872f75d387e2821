// backupGetList, backupGet, backupConfigurationGet, backupConfigurationUpdate.
#include "../SyntheticData.h"
#include "RouteSupport.h"

#include <QRegularExpression>

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

namespace {

ApiReply list(RequestContext &context)
{
    const Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    QJsonArray array;
    for (const QJsonObject &backup : synthetic::backups(*service))
        array.append(backup);
    return ApiReply::ok(array);
}

ApiReply get(RequestContext &context)
{
    const Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    for (const QJsonObject &backup : synthetic::backups(*service)) {
        if (backup.value(u"id"_s).toString() == context.params.at(2))
            return ApiReply::ok(backup);
    }
    return ApiReply::notFound(u"backup"_s);
}

ApiReply configuration(RequestContext &context)
{
    const Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    return ApiReply::ok(json::backupConfiguration(service->backupConfiguration));
}

ApiReply updateConfiguration(RequestContext &context)
{
    Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    ApiReply error;
    auto body = support::readBody(context, &error);
    if (!body)
        return error;
    const auto period = body->integer(u"backupPeriodInHours"_s);
    const auto retention = body->integer(u"backupRetentionPeriodInHours"_s);
    const auto startTime = body->string(u"backupStartTime"_s);
    if (period && (*period < 6 || *period > 48))
        body->fail(u"backupPeriodInHours must be between 6 and 48"_s);
    if (retention && (*retention < 24 || *retention > 1080 || *retention % 24 != 0))
        body->fail(u"backupRetentionPeriodInHours must be a whole number of days between 24 and 1080"_s);
    static const QRegularExpression hhmm(u"^([01]\\d|2[0-3]):[0-5]\\d$"_s);
    if (startTime && !startTime->isEmpty() && !hhmm.match(*startTime).hasMatch())
        body->fail(u"backupStartTime must be HH:MM (UTC)"_s);
    if (body->failed())
        return ApiReply::badRequest(body->error());
    BackupConfiguration &config = service->backupConfiguration;
    if (period)
        config.periodInHours = *period;
    if (retention)
        config.retentionPeriodInHours = *retention;
    if (startTime) {
        config.startTime = *startTime;
        if (!startTime->isEmpty())
            config.periodInHours = 24;
    }
    context.store.recordActivity(u"service_update_backup_configuration"_s, support::actor(context), service->id);
    return ApiReply::ok(json::backupConfiguration(config));
}

} // namespace

void registerBackupRoutes(Router &router)
{
    const QString one = u"/v1/organizations/{organizationId}/services/{serviceId}"_s;
    router.add("GET", one + u"/backups"_s, list);
    router.add("GET", one + u"/backups/{backupId}"_s, get);
    router.add("GET", one + u"/backupConfiguration"_s, configuration);
    router.add("PATCH", one + u"/backupConfiguration"_s, updateConfiguration);
}

} // namespace chcloud::emulator
