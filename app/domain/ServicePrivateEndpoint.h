#pragma once

#include "Expected.h"
#include "ParseError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace chcloud {

/// A private endpoint allowed on one service ("InstancePrivateEndpoint").
struct ServicePrivateEndpoint
{
    QString id;
    QString description;
    QString cloudProvider; ///< "aws", "gcp", "azure" (raw)
    QString region; ///< raw: the API adds regions

    static Expected<ServicePrivateEndpoint, ParseError> fromJson(const QJsonValue &json, const QString &path);
    bool operator==(const ServicePrivateEndpoint &) const = default;
};

/// Body of POST /privateEndpoint ("ServicPrivateEndpointePostRequest", sic).
struct ServicePrivateEndpointRequest
{
    QString id;
    QString description;

    QJsonObject toJson() const;
};

} // namespace chcloud
