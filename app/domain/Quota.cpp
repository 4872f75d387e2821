#include "Quota.h"

#include "JsonFields.h"

namespace chcloud {

using json::ObjectReader;

Expected<OrganizationQuota, ParseError> OrganizationQuota::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    OrganizationQuota quota;
    reader.required(QStringLiteral("quotaCode"), quota.quotaCode);
    reader.optional(QStringLiteral("name"), quota.name);
    reader.optional(QStringLiteral("description"), quota.description);
    reader.optional(QStringLiteral("scope"), quota.scope);
    std::optional<qint64> value;
    reader.optional(QStringLiteral("value"), value);
    if (reader.ok() && !value)
        reader.fail(QStringLiteral("value"), QStringLiteral("is required"));
    reader.optional(QStringLiteral("usage"), quota.usage);
    reader.optional(QStringLiteral("adjustable"), quota.adjustable);
    // The spec's minimum for both is 0: a negative count is not a count.
    if (reader.ok() && *value < 0)
        reader.fail(QStringLiteral("value"), QStringLiteral("must not be negative"));
    if (reader.ok() && quota.usage && *quota.usage < 0)
        reader.fail(QStringLiteral("usage"), QStringLiteral("must not be negative"));
    if (!reader.ok())
        return unexpected(reader.error());
    quota.value = *value;
    return quota;
}

} // namespace chcloud
