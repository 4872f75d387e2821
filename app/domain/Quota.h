#pragma once

#include "Expected.h"
#include "ParseError.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace chcloud {

/// A limit the organization works within ("OrganizationQuota"): how many services
/// it may have, how many replicas a warehouse may have… quotaCode and value are
/// required; code and scope are kept as raw text (the API adds quotas).
struct OrganizationQuota
{
    QString quotaCode; ///< "services-per-organization", "replicas-per-warehouse"… (raw)
    QString name;
    QString description;
    QString scope; ///< "organization", "warehouse" (raw)
    qint64 value = 0; ///< the limit in force, ≥ 0
    std::optional<qint64> usage; ///< absent for quotas that do not report usage; may exceed value
    std::optional<bool> adjustable; ///< support can raise it

    static Expected<OrganizationQuota, ParseError> fromJson(const QJsonValue &json, const QString &path);
    /// Usage is known and at or above the limit: one more would be refused.
    bool isReached() const { return usage && *usage >= value; }
    bool operator==(const OrganizationQuota &) const = default;
};

} // namespace chcloud
