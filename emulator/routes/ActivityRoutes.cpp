// activityGetList, activityGet, usageCostGet.
#include "../SyntheticData.h"
#include "RouteSupport.h"

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxUsageDays = 31;

ApiReply activities(RequestContext &context)
{
    const QString fromText = context.request.queryValue(u"from_date"_s);
    const QString toText = context.request.queryValue(u"to_date"_s);
    const QDateTime from = fromText.isEmpty() ? QDateTime() : validation::parseDateTime(fromText);
    const QDateTime to = toText.isEmpty() ? QDateTime() : validation::parseDateTime(toText);
    if ((!fromText.isEmpty() && !from.isValid()) || (!toText.isEmpty() && !to.isValid()))
        return ApiReply::badRequest(u"from_date and to_date must be ISO-8601 date-times"_s);
    if (from.isValid() && to.isValid() && from > to)
        return ApiReply::badRequest(u"from_date must not be after to_date"_s);
    // A bare date as to_date means "through that day".
    const QDateTime toInclusive = to.isValid() && toText.size() == 10 ? to.addDays(1).addMSecs(-1) : to;
    QJsonArray array;
    const QString organizationId = context.store.organization().id;
    for (const Activity &activity : context.store.activities()) {
        if (from.isValid() && activity.createdAt < from)
            continue;
        if (toInclusive.isValid() && activity.createdAt > toInclusive)
            continue;
        array.append(json::activity(activity, organizationId));
    }
    return ApiReply::ok(array);
}

ApiReply activity(RequestContext &context)
{
    const Activity *activity = context.store.activity(context.params.at(1));
    if (!activity)
        return ApiReply::notFound(u"activity"_s);
    return ApiReply::ok(json::activity(*activity, context.store.organization().id));
}

ApiReply usageCost(RequestContext &context)
{
    const QString fromText = context.request.queryValue(u"from_date"_s);
    const QString toText = context.request.queryValue(u"to_date"_s);
    if (fromText.isEmpty() || toText.isEmpty())
        return ApiReply::badRequest(u"from_date and to_date are both required"_s);
    const QDate from = validation::parseDate(fromText);
    const QDate to = validation::parseDate(toText);
    if (!from.isValid() || !to.isValid())
        return ApiReply::badRequest(u"from_date and to_date must be dates (YYYY-MM-DD)"_s);
    if (from > to)
        return ApiReply::badRequest(u"from_date must not be after to_date"_s);
    if (from.daysTo(to) + 1 > maxUsageDays)
        return ApiReply::badRequest(u"the period from from_date to to_date must be at most 31 days"_s);
    QList<ResourceTag> filters;
    QString error;
    if (!support::parseTagFilters(context.request.queryValues(u"filter"_s), &filters, &error))
        return ApiReply::badRequest(error);
    QJsonArray records;
    double total = 0;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (const Service &service : context.store.services()) {
        if (support::matchesTagFilters(service, filters))
            synthetic::appendUsage(records, total, service, from, to, today);
    }
    return ApiReply::ok(
        QJsonObject { { u"grandTotalCHC"_s, std::round(total * 10000.0) / 10000.0 }, { u"costs"_s, records } });
}

} // namespace

void registerActivityRoutes(Router &router)
{
    const QString org = u"/v1/organizations/{organizationId}"_s;
    router.add("GET", org + u"/activities"_s, activities);
    router.add("GET", org + u"/activities/{activityId}"_s, activity);
    router.add("GET", org + u"/usageCost"_s, usageCost);
}

} // namespace chcloud::emulator
