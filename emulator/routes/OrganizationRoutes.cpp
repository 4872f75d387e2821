// organizationGetList, organizationGet, organizationUpdate, organizationPrometheusGet,
// organizationPrivateEndpointConfigGetList (roles: RoleRoutes.cpp).
#include "../SyntheticData.h"
#include "RouteSupport.h"

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

namespace {

ApiReply getList(RequestContext &context)
{
    return ApiReply::ok(QJsonArray { json::organization(context.store.organization()) });
}

ApiReply get(RequestContext &context)
{
    return ApiReply::ok(json::organization(context.store.organization()));
}

ApiReply update(RequestContext &context)
{
    ApiReply error;
    auto body = support::readBody(context, &error);
    if (!body)
        return error;
    const auto name = body->string(u"name"_s);
    const auto coreDumps = body->boolean(u"enableCoreDumps"_s);
    const auto endpoints = body->object(u"privateEndpoints"_s);
    if (name && (name->trimmed().isEmpty() || name->size() > 50))
        body->fail(u"name must be 1 to 50 characters"_s);
    QList<OrganizationPrivateEndpoint> toAdd;
    QStringList toRemove;
    if (endpoints) {
        BodyReader patch(*endpoints);
        for (const QString &part : { u"remove"_s, u"add"_s }) {
            if (!patch.has(part))
                continue;
            const QJsonValue value = endpoints->value(part);
            if (!value.isArray()) {
                body->fail(u"privateEndpoints."_s + part + u" must be an array"_s);
                break;
            }
            for (const QJsonValue &item : value.toArray()) {
                const QJsonObject entry = item.toObject();
                const QString id = entry.value(u"id"_s).toString();
                if (id.isEmpty()) {
                    body->fail(u"privateEndpoints entries need an id"_s);
                    break;
                }
                if (part == u"remove"_s) {
                    toRemove.append(id);
                    continue;
                }
                const QString provider = entry.value(u"cloudProvider"_s).toString();
                const QString region = entry.value(u"region"_s).toString();
                if (!validation::providers().contains(provider) || validation::providerOfRegion(region) != provider) {
                    body->fail(u"privateEndpoints entries need a known cloudProvider and a region of it"_s);
                    break;
                }
                toAdd.append({ id, entry.value(u"description"_s).toString(), provider, region });
            }
        }
    }
    if (body->failed())
        return ApiReply::badRequest(body->error());

    Organization &org = context.store.organization();
    if (name && *name != org.name) {
        org.name = *name;
        context.store.recordActivity(u"organization_update_name"_s, support::actor(context));
    }
    if (coreDumps)
        org.enableCoreDumps = *coreDumps;
    org.privateEndpoints.removeIf([&](const OrganizationPrivateEndpoint &e) { return toRemove.contains(e.id); });
    for (const OrganizationPrivateEndpoint &endpoint : std::as_const(toAdd)) {
        org.privateEndpoints.removeIf([&](const OrganizationPrivateEndpoint &e) { return e.id == endpoint.id; });
        org.privateEndpoints.append(endpoint);
    }
    return ApiReply::ok(json::organization(org));
}

bool filteredMetrics(const RequestContext &context, ApiReply *error)
{
    const QString value = context.request.queryValue(u"filtered_metrics"_s);
    if (!value.isNull() && value != u"true"_s && value != u"false"_s) {
        *error = ApiReply::badRequest(u"filtered_metrics must be true or false"_s);
        return false;
    }
    return value == u"true"_s;
}

ApiReply prometheus(RequestContext &context)
{
    ApiReply error;
    const bool filtered = filteredMetrics(context, &error);
    if (error.status != 200)
        return error;
    QList<const Service *> services;
    for (const Service &service : context.store.services())
        services.append(&service);
    return ApiReply::text(synthetic::prometheus(context.store.organization().id, services, filtered),
                          "text/plain; version=0.0.4; charset=utf-8");
}

ApiReply privateEndpointConfig(RequestContext &context)
{
    const QString provider = context.request.queryValue(u"cloud_provider"_s);
    const QString region = context.request.queryValue(u"region_id"_s);
    if (provider.isEmpty() || region.isEmpty())
        return ApiReply::badRequest(u"cloud_provider and region_id are required"_s);
    if (!validation::providers().contains(provider))
        return ApiReply::badRequest(u"unknown cloud_provider "_s + provider);
    if (validation::providerOfRegion(region) != provider)
        return ApiReply::badRequest(u"unknown region_id "_s + region + u" for "_s + provider);
    QString endpointServiceId;
    if (provider == u"aws"_s)
        endpointServiceId = u"com.amazonaws.vpce."_s + region + u".vpce-svc-0a1b2c3d4e5f67890"_s;
    else if (provider == u"gcp"_s)
        endpointServiceId = u"projects/clickhouse-cloud/regions/"_s + region + u"/serviceAttachments/production-psc"_s;
    else
        endpointServiceId = u"production-pls-"_s + region + u".a1b2c3d4-5678-90ab-cdef-1234567890ab."_s + region
            + u".azure.privatelinkservice"_s;
    return ApiReply::ok(QJsonObject { { u"endpointServiceId"_s, endpointServiceId } });
}

} // namespace

void registerOrganizationRoutes(Router &router)
{
    router.add("GET", u"/v1/organizations"_s, getList);
    router.add("GET", u"/v1/organizations/{organizationId}"_s, get);
    router.add("PATCH", u"/v1/organizations/{organizationId}"_s, update);
    router.add("GET", u"/v1/organizations/{organizationId}/prometheus"_s, prometheus);
    router.add("GET", u"/v1/organizations/{organizationId}/privateEndpointConfig"_s, privateEndpointConfig);
}

} // namespace chcloud::emulator
