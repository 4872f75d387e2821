// instanceQueryEndpointGet, instanceQueryEndpointUpsert, instanceQueryEndpointDelete.
#include "RouteSupport.h"

#include <QRegularExpression>
#include <QUrl>

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

namespace {

const QStringList &endpointRoles()
{
    static const QStringList values { u"sql_console_read_only"_s, u"sql_console_admin"_s };
    return values;
}

/// One allowed origin: a domain ("app.example.com") or an http(s) origin with an optional port.
bool isValidOrigin(const QString &origin)
{
    static const QRegularExpression domain(
        u"^(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"_s);
    if (domain.match(origin).hasMatch())
        return true;
    const QUrl url(origin, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s) && !url.host().isEmpty()
        && (url.path().isEmpty() || url.path() == u"/"_s) && !url.hasQuery() && !url.hasFragment()
        && url.userInfo().isEmpty();
}

ApiReply getEndpoint(RequestContext &context)
{
    const Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    if (!service->queryEndpoint)
        return ApiReply::notFound(u"service query endpoint"_s);
    return ApiReply::ok(json::queryEndpoint(*service->queryEndpoint));
}

/// Records the change for every key that gained or lost access, or that keeps it under new settings.
void recordChange(RequestContext &context, const Service &service, const QStringList &before, const QStringList &after)
{
    QStringList keys = before;
    for (const QString &key : after) {
        if (!keys.contains(key))
            keys.append(key);
    }
    const Actor actor = support::actor(context);
    // The spec has no activity type for query endpoints: each key's service role changed.
    if (keys.isEmpty())
        context.store.recordActivity(u"openapi_key_update"_s, actor, service.id, {}, u"service-role-changed"_s);
    for (const QString &key : std::as_const(keys))
        context.store.recordActivity(u"openapi_key_update"_s, actor, service.id, key, u"service-role-changed"_s);
}

ApiReply upsertEndpoint(RequestContext &context)
{
    Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    ApiReply error;
    auto body = support::readBody(context, &error);
    if (!body)
        return error;
    const auto roles = body->stringList(u"roles"_s);
    const auto keys = body->stringList(u"openApiKeys"_s);
    const auto origins = body->string(u"allowedOrigins"_s);
    if (!body->failed() && roles) {
        for (const QString &role : *roles) {
            if (!endpointRoles().contains(role)) {
                body->fail(u"roles must contain only: "_s + endpointRoles().join(u", "_s));
                break;
            }
        }
    }
    if (!body->failed() && keys) {
        for (const QString &key : *keys) {
            if (!context.store.key(key)) {
                body->fail(u"openApiKeys: no API key with id "_s + key);
                break;
            }
        }
    }
    if (!body->failed() && origins) {
        for (const QString &origin : origins->split(u',')) {
            const QString trimmed = origin.trimmed();
            if (trimmed.isEmpty() && origins->trimmed().isEmpty())
                break; // "" clears the list
            if (!isValidOrigin(trimmed)) {
                body->fail(u"allowedOrigins: '"_s + trimmed
                           + u"' is not a domain or an http(s) origin (separate several with commas)"_s);
                break;
            }
        }
    }
    const bool creating = !service->queryEndpoint.has_value();
    QueryEndpoint endpoint
        = service->queryEndpoint.value_or(QueryEndpoint { DeterministicRandom::randomUuid(), {}, {}, {} });
    if (roles)
        endpoint.roles = *roles;
    if (keys)
        endpoint.openApiKeys = *keys;
    if (origins)
        endpoint.allowedOrigins = *origins;
    if (!body->failed() && creating && endpoint.roles.isEmpty())
        body->fail(u"roles is required to create the query endpoint: sql_console_read_only or sql_console_admin"_s);
    if (body->failed())
        return ApiReply::badRequest(body->error());
    const QStringList before = creating ? QStringList() : service->queryEndpoint->openApiKeys;
    service->queryEndpoint = endpoint;
    recordChange(context, *service, before, endpoint.openApiKeys);
    return ApiReply::ok(json::queryEndpoint(endpoint));
}

ApiReply deleteEndpoint(RequestContext &context)
{
    Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    if (!service->queryEndpoint)
        return ApiReply::notFound(u"service query endpoint"_s);
    const QStringList before = service->queryEndpoint->openApiKeys;
    service->queryEndpoint.reset();
    recordChange(context, *service, before, {});
    return ApiReply::okWithoutResult();
}

} // namespace

void registerQueryEndpointRoutes(Router &router)
{
    const QString path = u"/v1/organizations/{organizationId}/services/{serviceId}/serviceQueryEndpoint"_s;
    router.add("GET", path, getEndpoint);
    router.add("POST", path, upsertEndpoint);
    router.add("DELETE", path, deleteEndpoint);
}

} // namespace chcloud::emulator
