#include "ServiceStateAppearance.h"

#include "widgets/StatusColors.h"

using namespace Qt::StringLiterals;

namespace chcloud {

namespace {

ServiceStateAppearance make(StatusColors::Tone tone, const QString &icon)
{
    const StatusColors::Badge look = StatusColors::badge(tone);
    return { look.background, look.foreground, u":/icons/"_s + icon + u".svg"_s };
}

} // namespace

ServiceStateAppearance ServiceStateAppearance::of(ServiceStateKind kind)
{
    switch (kind) {
    case ServiceStateKind::Running:
        return make(StatusColors::Tone::Success, u"state-running"_s);
    case ServiceStateKind::PartiallyRunning:
        return make(StatusColors::Tone::PartlySuccess, u"state-degraded"_s);
    case ServiceStateKind::Stopped:
        return make(StatusColors::Tone::Neutral, u"state-stopped"_s);
    case ServiceStateKind::Idle:
        return make(StatusColors::Tone::Info, u"state-idle"_s);
    case ServiceStateKind::Starting:
    case ServiceStateKind::Stopping:
    case ServiceStateKind::Awaking:
    case ServiceStateKind::Provisioning:
        return make(StatusColors::Tone::Transition, u"state-transition"_s);
    case ServiceStateKind::Terminating:
    case ServiceStateKind::Softdeleting:
        return make(StatusColors::Tone::Removing, u"state-transition"_s);
    case ServiceStateKind::Terminated:
    case ServiceStateKind::Softdeleted:
        return make(StatusColors::Tone::Removed, u"state-deleted"_s);
    case ServiceStateKind::Degraded:
        return make(StatusColors::Tone::Warning, u"state-degraded"_s);
    case ServiceStateKind::Failed:
        return make(StatusColors::Tone::Problem, u"state-failed"_s);
    case ServiceStateKind::Unknown:
        break;
    }
    return make(StatusColors::Tone::Unknown, u"state-unknown"_s);
}

} // namespace chcloud
