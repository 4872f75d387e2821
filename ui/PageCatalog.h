#pragma once

#include <QList>
#include <QString>

namespace chcloud {

class Page;
class ProfileStore;
class SecretStore;

/// What some pages need besides their PageContext (none of it owned).
struct PageDependencies
{
    ProfileStore *profiles = nullptr; ///< API Keys: save a new key as a profile, rotate the profile's key
    SecretStore *keychain = nullptr; ///< Services: keep service passwords in the keychain
};

/// The navigation of the main window, in order: organization, services, keys,
/// members, activity, usage. A page this version does not have yet is a
/// NotAvailablePage that says what it will show.
namespace PageCatalog {
/// The stable page names, in navigation order (what --page accepts).
QStringList pageNames();
/// Creates one page per name (the caller takes ownership).
QList<Page *> createPages(const PageDependencies &dependencies);
} // namespace PageCatalog

} // namespace chcloud
