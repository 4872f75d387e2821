#include "ServiceStateAppearance.h"

using namespace Qt::StringLiterals;

namespace chcloud {

namespace {

ServiceStateAppearance make(QRgb background, QRgb foreground, const QString &icon)
{
    return { QColor(background), QColor(foreground), u":/icons/"_s + icon + u".svg"_s };
}

} // namespace

ServiceStateAppearance ServiceStateAppearance::of(ServiceStateKind kind)
{
    switch (kind) {
    case ServiceStateKind::Running:
        return make(0xffd9f2dd, 0xff1b5e20, u"state-running"_s);
    case ServiceStateKind::PartiallyRunning:
        return make(0xffe8f3c9, 0xff4a5d0f, u"state-degraded"_s);
    case ServiceStateKind::Stopped:
        return make(0xffe4e6ea, 0xff37474f, u"state-stopped"_s);
    case ServiceStateKind::Idle:
        return make(0xffdcebf7, 0xff1f4e79, u"state-idle"_s);
    case ServiceStateKind::Starting:
    case ServiceStateKind::Stopping:
    case ServiceStateKind::Awaking:
    case ServiceStateKind::Provisioning:
        return make(0xffdbe4ff, 0xff1a3a8f, u"state-transition"_s);
    case ServiceStateKind::Terminating:
    case ServiceStateKind::Softdeleting:
        return make(0xffefe0f5, 0xff5b2a6e, u"state-transition"_s);
    case ServiceStateKind::Terminated:
    case ServiceStateKind::Softdeleted:
        return make(0xffd5d5d5, 0xff424242, u"state-deleted"_s);
    case ServiceStateKind::Degraded:
        return make(0xffffe7c2, 0xff7a4300, u"state-degraded"_s);
    case ServiceStateKind::Failed:
        return make(0xffffd6d6, 0xff8e1111, u"state-failed"_s);
    case ServiceStateKind::Unknown:
        break;
    }
    return make(0xfff2eadf, 0xff5d4b36, u"state-unknown"_s);
}

} // namespace chcloud
