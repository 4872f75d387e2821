#include "PageCatalog.h"

#include "pages/KeysPage.h"
#include "pages/NotAvailablePage.h"
#include "pages/ServicesPage.h"

#include <QCoreApplication>

// The organization pages join the navigation once their headers are in the
// tree; until then their entries say they are not available.
#if __has_include("pages/OrganizationPage.h")
#include "pages/OrganizationPage.h"
#define CHCLOUD_HAVE_ORGANIZATION_PAGE 1
#endif
#if __has_include("pages/MembersPage.h")
#include "pages/MembersPage.h"
#define CHCLOUD_HAVE_MEMBERS_PAGE 1
#endif
#if __has_include("pages/ActivityPage.h")
#include "pages/ActivityPage.h"
#define CHCLOUD_HAVE_ACTIVITY_PAGE 1
#endif
#if __has_include("pages/UsagePage.h")
#include "pages/UsagePage.h"
#define CHCLOUD_HAVE_USAGE_PAGE 1
#endif

namespace chcloud::PageCatalog {

namespace {

Page *notAvailable(const QString &name)
{
    if (name == QStringLiteral("organization"))
        return new NotAvailablePage(
            name, QCoreApplication::translate("PageCatalog", "Organization"),
            QCoreApplication::translate("PageCatalog",
                                        "The organization's name, creation date, private endpoints and settings."));
    if (name == QStringLiteral("services"))
        return new NotAvailablePage(
            name, QCoreApplication::translate("PageCatalog", "Services"),
            QCoreApplication::translate(
                "PageCatalog",
                "Your services with their state, scaling and IP access lists; start, stop, create and delete them."));
    if (name == QStringLiteral("keys"))
        return new NotAvailablePage(
            name, QCoreApplication::translate("PageCatalog", "API Keys"),
            QCoreApplication::translate(
                "PageCatalog",
                "The organization's API keys: create, edit, enable or disable, rotate and delete them."));
    if (name == QStringLiteral("members"))
        return new NotAvailablePage(
            name, QCoreApplication::translate("PageCatalog", "Members"),
            QCoreApplication::translate("PageCatalog",
                                        "The organization's members and pending invitations, with their roles."));
    if (name == QStringLiteral("activity"))
        return new NotAvailablePage(
            name, QCoreApplication::translate("PageCatalog", "Activity"),
            QCoreApplication::translate("PageCatalog", "The organization's audit trail: who changed what, and when."));
    return new NotAvailablePage(
        name, QCoreApplication::translate("PageCatalog", "Usage"),
        QCoreApplication::translate("PageCatalog", "Usage and cost per day and per service over any date range."));
}

} // namespace

QStringList pageNames()
{
    return { QStringLiteral("organization"), QStringLiteral("services"), QStringLiteral("keys"),
             QStringLiteral("members"),      QStringLiteral("activity"), QStringLiteral("usage") };
}

namespace {

/// The page this version has for `name`, or null.
Page *createAvailablePage(const QString &name, const PageDependencies &dependencies)
{
    if (name == QStringLiteral("services")) {
        auto *services = new ServicesPage;
        services->setProfileStore(dependencies.profiles);
        return services;
    }
    if (name == QStringLiteral("keys")) {
        auto *keys = new KeysPage;
        keys->setProfileStore(dependencies.profiles);
        return keys;
    }
#ifdef CHCLOUD_HAVE_ORGANIZATION_PAGE
    if (name == QStringLiteral("organization"))
        return new OrganizationPage;
#endif
#ifdef CHCLOUD_HAVE_MEMBERS_PAGE
    if (name == QStringLiteral("members"))
        return new MembersPage;
#endif
#ifdef CHCLOUD_HAVE_ACTIVITY_PAGE
    if (name == QStringLiteral("activity"))
        return new ActivityPage;
#endif
#ifdef CHCLOUD_HAVE_USAGE_PAGE
    if (name == QStringLiteral("usage"))
        return new UsagePage;
#endif
    return nullptr;
}

} // namespace

QList<Page *> createPages(const PageDependencies &dependencies)
{
    QList<Page *> pages;
    for (const QString &name : pageNames()) {
        Page *page = createAvailablePage(name, dependencies);
        pages.append(page ? page : notAvailable(name));
    }
    return pages;
}

} // namespace chcloud::PageCatalog
