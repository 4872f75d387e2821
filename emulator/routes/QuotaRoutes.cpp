// organizationQuotasGetList, organizationQuotaGet.
#include "RouteSupport.h"

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

namespace {

/// The quotas of the spec's OrganizationQuota.quotaCode enumeration, with limits of a paid organization.
struct QuotaDefinition
{
    QString code;
    QString name;
    QString description;
    QString scope;
    int value;
    bool adjustable;
    bool reportsUsage;
};

const QList<QuotaDefinition> &definitions()
{
    static const QList<QuotaDefinition> list {
        { u"services-per-organization"_s, u"Services per organization"_s,
          u"How many ClickHouse services the organization may have, in all regions together."_s, u"organization"_s, 20,
          true, true },
        { u"postgres-services-per-organization"_s, u"Postgres services per organization"_s,
          u"How many Postgres services the organization may have."_s, u"organization"_s, 5, true, true },
        { u"replicas-per-warehouse"_s, u"Replicas per warehouse"_s,
          u"How many replicas each warehouse may run; the limit applies to every warehouse on its own."_s,
          u"warehouse"_s, 20, false, false },
    };
    return list;
}

QJsonObject quotaJson(QuotaDefinition quota, const RequestContext &context)
{
    const Store &store = context.store;
    // --service-quota sets the one limit tests and demos need to reach.
    if (quota.code == u"services-per-organization"_s)
        quota.value = context.options.serviceQuota;
    QJsonObject object {
        { u"quotaCode"_s, quota.code }, { u"name"_s, quota.name },   { u"description"_s, quota.description },
        { u"scope"_s, quota.scope },    { u"value"_s, quota.value }, { u"adjustable"_s, quota.adjustable }
    };
    if (quota.reportsUsage) {
        // The emulator has no Postgres services: their usage is honestly zero.
        const qsizetype usage = quota.code == u"services-per-organization"_s ? store.services().size() : 0;
        object.insert(u"usage"_s, qint64(usage));
    }
    return object;
}

ApiReply quotas(RequestContext &context)
{
    QJsonArray array;
    for (const QuotaDefinition &quota : definitions())
        array.append(quotaJson(quota, context));
    return ApiReply::ok(array);
}

ApiReply quota(RequestContext &context)
{
    const QString code = context.params.at(1);
    for (const QuotaDefinition &quota : definitions()) {
        if (quota.code == code)
            return ApiReply::ok(quotaJson(quota, context));
    }
    return ApiReply::notFound(u"quota "_s + code);
}

} // namespace

void registerQuotaRoutes(Router &router)
{
    const QString org = u"/v1/organizations/{organizationId}"_s;
    router.add("GET", org + u"/quotas"_s, quotas);
    router.add("GET", org + u"/quotas/{quotaCode}"_s, quota);
}

} // namespace chcloud::emulator
