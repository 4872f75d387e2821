#pragma once

#include "../ApiExchange.h"
#include "../DeterministicRandom.h"
#include "../EmulatorOptions.h"
#include "../JsonViews.h"
#include "../Router.h"
#include "../ServiceStateMachine.h"
#include "../Store.h"
#include "../Validation.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace chcloud::emulator {

/// Helpers shared by the route files.
namespace support {

/// The request body as a BodyReader, or a 400 reply in `error`.
inline std::optional<BodyReader> readBody(const RequestContext &context, ApiReply *error)
{
    QString message;
    auto object = BodyReader::parseObject(context.request, &message);
    if (!object) {
        *error = ApiReply::badRequest(message);
        return std::nullopt;
    }
    return BodyReader(*object);
}

inline Actor actor(const RequestContext &context)
{
    return Store::apiActor(context.caller, context.request.peer.toString(),
                           QString::fromUtf8(context.request.userAgent));
}

/// Checks that every id names a role; the message names the first unknown one.
inline QString unknownRole(const Store &store, const QStringList &roleIds)
{
    for (const QString &id : roleIds) {
        if (!store.role(id))
            return QStringLiteral("unknown role id ") + id;
    }
    return {};
}

} // namespace support
} // namespace chcloud::emulator

namespace chcloud::emulator::support {

/// Parses `filter=tag:Key=Value` / `filter=tag:Key` parameters (all must match).
inline bool parseTagFilters(const QStringList &filters, QList<ResourceTag> *out, QString *error)
{
    for (const QString &filter : filters) {
        if (!filter.startsWith(QStringLiteral("tag:")) || filter.size() <= 4) {
            *error = QStringLiteral("unsupported filter '") + filter
                + QStringLiteral("': only tag:Key or tag:Key=Value is supported");
            return false;
        }
        const QString expression = filter.mid(4);
        const qsizetype equals = expression.indexOf(u'=');
        ResourceTag tag;
        tag.key = equals < 0 ? expression : expression.left(equals);
        tag.hasValue = equals >= 0;
        tag.value = equals < 0 ? QString() : expression.mid(equals + 1);
        out->append(tag);
    }
    return true;
}

inline bool matchesTagFilters(const Service &service, const QList<ResourceTag> &filters)
{
    for (const ResourceTag &filter : filters) {
        bool found = false;
        for (const ResourceTag &tag : service.tags) {
            if (tag.key == filter.key && (!filter.hasValue || (tag.hasValue && tag.value == filter.value)))
                found = true;
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace chcloud::emulator::support
