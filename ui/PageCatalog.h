#pragma once

#include <QStringList>

namespace chcloud {

/// The navigation of the main window, in order: organization, services, keys,
/// members, activity, usage. The pages themselves are built by the composition
/// root (AppComposition), which binds their view-models to the session.
namespace PageCatalog {
/// The stable page names, in navigation order (what --page accepts).
QStringList pageNames();
} // namespace PageCatalog

} // namespace chcloud
