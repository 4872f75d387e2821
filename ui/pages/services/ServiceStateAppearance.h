#pragma once

#include "domain/ServiceState.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace chcloud {

/// How a service state looks on screen: a badge colour and an icon for each of
/// the 14 known states, a neutral look for states the app does not know yet.
struct ServiceStateAppearance
{
    QColor background; ///< the badge's fill
    QColor foreground; ///< text on the badge
    QString iconPath; ///< ":/icons/state-….svg"

    static ServiceStateAppearance of(ServiceStateKind kind);
    QIcon icon() const { return QIcon(iconPath); }
};

} // namespace chcloud
