#pragma once

#include <QList>
#include <QString>

namespace chcloud {

class Page;
class ProfileStore;

/// What some pages need besides their PageContext (none of it owned).
struct PageDependencies
{
    /// API Keys: save a new key as a profile, rotate the profile's key.
    /// Services: keep service passwords where the signed-in profile keeps its secret.
    ProfileStore *profiles = nullptr;
};

/// The navigation of the main window, in order: organization, services, keys,
/// members, activity, usage.
namespace PageCatalog {
/// The stable page names, in navigation order (what --page accepts).
QStringList pageNames();
/// Creates one page per name (the caller takes ownership).
QList<Page *> createPages(const PageDependencies &dependencies);
} // namespace PageCatalog

} // namespace chcloud
