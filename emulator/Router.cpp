#include "Router.h"

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

void Router::add(const QByteArray &method, const QString &pattern, RouteHandler handler)
{
    m_routes.append(Route { method, pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler) });
}

Router::Match Router::match(const QByteArray &method, const QStringList &segments) const
{
    Match result;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QStringList params;
        bool same = true;
        for (qsizetype i = 0; i < segments.size() && same; ++i) {
            const QString &part = route.segments.at(i);
            if (part.startsWith(u'{'))
                params.append(segments.at(i));
            else
                same = part == segments.at(i);
        }
        if (!same)
            continue;
        result.pathKnown = true;
        if (route.method == method) {
            result.handler = &route.handler;
            result.params = params;
            return result;
        }
    }
    return result;
}

} // namespace chcloud::emulator
