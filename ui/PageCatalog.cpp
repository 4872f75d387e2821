#include "PageCatalog.h"

#include "pages/ActivityPage.h"
#include "pages/KeysPage.h"
#include "pages/MembersPage.h"
#include "pages/OrganizationPage.h"
#include "pages/ServicesPage.h"
#include "pages/UsagePage.h"

namespace chcloud::PageCatalog {

QStringList pageNames()
{
    return { QStringLiteral("organization"), QStringLiteral("services"), QStringLiteral("keys"),
             QStringLiteral("members"),      QStringLiteral("activity"), QStringLiteral("usage") };
}

QList<Page *> createPages(const PageDependencies &dependencies)
{
    auto *services = new ServicesPage;
    services->setProfileStore(dependencies.profiles);
    auto *keys = new KeysPage;
    keys->setProfileStore(dependencies.profiles);
    // In the order of pageNames().
    return { new OrganizationPage, services, keys, new MembersPage, new ActivityPage, new UsagePage };
}

} // namespace chcloud::PageCatalog
