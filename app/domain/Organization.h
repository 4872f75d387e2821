#pragma once

#include "Expected.h"
#include "ParseError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace chcloud {

/// A private endpoint allowed for the organization ("OrganizationPrivateEndpoint").
struct OrganizationPrivateEndpoint
{
    QString id;
    QString description;
    QString cloudProvider; ///< raw, see Provider
    QString region; ///< raw, see Region

    static Expected<OrganizationPrivateEndpoint, ParseError> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    bool operator==(const OrganizationPrivateEndpoint &) const = default;
};

/// A bring-your-own-cloud account of the organization ("ByocConfig").
struct ByocConfig
{
    QString id;
    QString state; ///< "infra-ready", … (raw)
    QString accountName;
    QString regionId;
    QString cloudProvider;
    QString displayName;

    static Expected<ByocConfig, ParseError> fromJson(const QJsonValue &json, const QString &path);
    bool operator==(const ByocConfig &) const = default;
};

/// An organization ("Organization"); id and name are required.
struct Organization
{
    QString id;
    QString name;
    QDateTime createdAt;
    QList<OrganizationPrivateEndpoint> privateEndpoints;
    QList<ByocConfig> byocConfig;
    std::optional<bool> enableCoreDumps;

    static Expected<Organization, ParseError> fromJson(const QJsonValue &json, const QString &path);
    bool operator==(const Organization &) const = default;
};

/// Body of PATCH /organizations/{id} ("OrganizationPatchRequest"). Unset members are not sent.
struct OrganizationUpdateRequest
{
    std::optional<QString> name;
    QList<OrganizationPrivateEndpoint> removePrivateEndpoints;
    std::optional<bool> enableCoreDumps;

    QJsonObject toJson() const;
};

} // namespace chcloud
