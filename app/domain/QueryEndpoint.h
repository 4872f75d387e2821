#pragma once

#include "Expected.h"
#include "ParseError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace chcloud {

/// A service's query API endpoint ("ServiceQueryAPIEndpoint"): which API keys may
/// run queries over HTTP, with which SQL console role, from which browser origins.
/// Every field is optional; roles are kept as raw text.
struct ServiceQueryEndpoint
{
    QString id;
    QStringList openApiKeys; ///< ApiKey ids
    QStringList roles; ///< "sql_console_read_only", "sql_console_admin" (raw)
    QString allowedOrigins; ///< comma-separated domains, as sent

    static Expected<ServiceQueryEndpoint, ParseError> fromJson(const QJsonValue &json, const QString &path);
    /// The origins one by one, trimmed, empty ones dropped.
    QStringList allowedOriginList() const;
    bool operator==(const ServiceQueryEndpoint &) const = default;
};

/// Body of POST …/serviceQueryEndpoint ("InstanceServiceQueryApiEndpointsPostRequest"):
/// creates the endpoint or replaces its settings.
struct QueryEndpointRequest
{
    QStringList roles; ///< "sql_console_read_only" and/or "sql_console_admin"
    QStringList openApiKeys;
    QString allowedOrigins; ///< comma-separated; empty is sent as ""

    QJsonObject toJson() const;
};

/// The roles the spec lets a query endpoint grant.
QStringList queryEndpointRoles();

} // namespace chcloud
