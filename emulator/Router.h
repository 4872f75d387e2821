#pragma once

#include "ApiExchange.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace chcloud::emulator {

class Store;
class ServiceStateMachine;
struct ApiKey;
struct EmulatorOptions;

/// What a route handler gets: the request, the path parameters in order, the
/// authenticated key and the emulator's state.
struct RequestContext
{
    const ApiRequest &request;
    QStringList params;
    ApiKey &caller;
    Store &store;
    ServiceStateMachine &stateMachine;
    const EmulatorOptions &options;
};

using RouteHandler = std::function<ApiReply(RequestContext &)>;

/// A table of (method, path pattern) → handler. A pattern is a path with `{name}`
/// segments, e.g. "/v1/organizations/{organizationId}/keys/{keyId}".
class Router
{
public:
    void add(const QByteArray &method, const QString &pattern, RouteHandler handler);

    struct Match
    {
        const RouteHandler *handler = nullptr; ///< null when nothing matched
        QStringList params;
        bool pathKnown = false; ///< some route has this path (for 405 vs 404)
    };

    Match match(const QByteArray &method, const QStringList &segments) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        RouteHandler handler;
    };
    QList<Route> m_routes;
};

/// Route registration, one function per area (routes/*.cpp).
void registerOrganizationRoutes(Router &router);
void registerServiceRoutes(Router &router);
void registerBackupRoutes(Router &router);
void registerKeyRoutes(Router &router);
void registerMemberRoutes(Router &router);
void registerActivityRoutes(Router &router);
// Service configuration: ClickHouse settings, schedules, backup bucket, private endpoints.
void registerSettingsRoutes(Router &router);
void registerScheduleRoutes(Router &router);
void registerBackupBucketRoutes(Router &router);
void registerPrivateEndpointRoutes(Router &router);
void registerRoleRoutes(Router &router);
void registerQuotaRoutes(Router &router);
void registerQueryEndpointRoutes(Router &router);

} // namespace chcloud::emulator
