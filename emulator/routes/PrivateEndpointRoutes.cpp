// instancePrivateEndpointConfigGet, instancePrivateEndpointCreate.
//
// The per-service config names the endpoint service of the service's region and the
// private DNS name of the service. Creating an endpoint registers it with the
// organization (id, description, the service's cloud and region) and allows it on
// the service.
#include "RouteSupport.h"

#include <QRegularExpression>

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

namespace {

QString endpointServiceId(const Service &service)
{
    if (service.provider == u"aws"_s)
        return u"com.amazonaws.vpce."_s + service.region + u".vpce-svc-0a1b2c3d4e5f67890"_s;
    if (service.provider == u"gcp"_s)
        return u"projects/clickhouse-cloud/regions/"_s + service.region + u"/serviceAttachments/production-psc"_s;
    return u"production-pls-"_s + service.region + u".a1b2c3d4-5678-90ab-cdef-1234567890ab."_s + service.region
        + u".azure.privatelinkservice"_s;
}

QString privateDnsHostname(const Service &service)
{
    // The public host with ".p." before the region: name.region.provider… → name.p.region.provider…
    const qsizetype dot = service.host.indexOf(u'.');
    if (dot < 0)
        return service.host;
    return service.host.left(dot) + u".p"_s + service.host.mid(dot);
}

ApiReply config(RequestContext &context)
{
    const Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    return ApiReply::ok(QJsonObject { { u"endpointServiceId"_s, endpointServiceId(*service) },
                                      { u"privateDnsHostname"_s, privateDnsHostname(*service) } });
}

ApiReply create(RequestContext &context)
{
    Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    ApiReply error;
    auto body = support::readBody(context, &error);
    if (!body)
        return error;
    const auto id = body->string(u"id"_s);
    const auto description = body->string(u"description"_s);
    if (body->failed())
        return ApiReply::badRequest(body->error());
    if (!id || id->trimmed().isEmpty())
        return ApiReply::badRequest(u"id is required: the endpoint's identifier in your cloud account"_s);
    static const QRegularExpression idPattern(u"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,254}$"_s);
    if (!idPattern.match(*id).hasMatch())
        return ApiReply::badRequest(
            u"id must be 1–255 letters, digits and . _ : / - (for example vpce-0123456789abcdef0)"_s);
    if (description && description->size() > 255)
        return ApiReply::badRequest(u"description is longer than 255 characters"_s);
    if (service->privateEndpointIds.contains(*id))
        return ApiReply::conflict(u"private endpoint "_s + *id + u" is already allowed on this service"_s);
    OrganizationPrivateEndpoint endpoint { *id, description.value_or(QString()), service->provider, service->region };
    QList<OrganizationPrivateEndpoint> &endpoints = context.store.organization().privateEndpoints;
    endpoints.removeIf([&](const OrganizationPrivateEndpoint &e) { return e.id == endpoint.id; });
    endpoints.append(endpoint);
    service->privateEndpointIds.append(endpoint.id);
    context.store.recordActivity(u"service_update_private_endpoints"_s, support::actor(context), service->id);
    return ApiReply::ok(QJsonObject { { u"id"_s, endpoint.id },
                                      { u"description"_s, endpoint.description },
                                      { u"cloudProvider"_s, endpoint.cloudProvider },
                                      { u"region"_s, endpoint.region } });
}

} // namespace

void registerPrivateEndpointRoutes(Router &router)
{
    const QString one = u"/v1/organizations/{organizationId}/services/{serviceId}"_s;
    router.add("GET", one + u"/privateEndpointConfig"_s, config);
    router.add("POST", one + u"/privateEndpoint"_s, create);
}

} // namespace chcloud::emulator
