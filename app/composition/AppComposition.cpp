#include "AppComposition.h"

#include "MainWindow.h"
#include "PageCatalog.h"
#include "notifications/Notifier.h"
#include "pages/ActivityPage.h"
#include "pages/KeysPage.h"
#include "pages/MembersPage.h"
#include "pages/OrganizationPage.h"
#include "pages/ServicesPage.h"
#include "pages/UsagePage.h"
#include "preferences/Preferences.h"
#include "preferences/PreferencesNotifier.h"
#include "session/ProfileKeyActions.h"
#include "session/ProfilesViewModel.h"
#include "session/SessionManager.h"
#include "viewmodels/ActivityViewModel.h"
#include "viewmodels/ApiKeysViewModel.h"
#include "viewmodels/InvitationsViewModel.h"
#include "viewmodels/KeyPermissionsViewModel.h"
#include "viewmodels/MembersViewModel.h"
#include "viewmodels/OrganizationViewModel.h"
#include "viewmodels/QuotasViewModel.h"
#include "viewmodels/RolesViewModel.h"
#include "viewmodels/ServiceDetailsViewModel.h"
#include "viewmodels/ServicePasswordVault.h"
#include "viewmodels/ServicesViewModel.h"
#include "viewmodels/UsageViewModel.h"

#include <QUuid>

#include <algorithm>
#include <initializer_list>

namespace chcloud {

AppComposition::AppComposition(ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_profileStore(profiles)
    , m_sessions(new SessionManager(profiles, this))
    , m_profiles(new ProfilesViewModel(profiles, this))
    , m_permissions(new KeyPermissionsViewModel(this))
{
    // Connected before any window exists, so the view-models are bound to the new
    // session before anything else hears of it.
    connect(m_sessions, &SessionManager::sessionChanged, this, &AppComposition::bindAll);
    m_notifier = new Notifier(m_sessions, this);
}

AppComposition::~AppComposition()
{
    // Pages that outlive this object keep their view-models, with no session.
    disconnect(m_sessions, nullptr, this, nullptr);
}

PageContext AppComposition::pageContext() const
{
    PageContext context;
    if (!m_sessions->session())
        return context;
    context.organizationId = m_sessions->organizationId();
    context.organizationName = m_sessions->organizationName();
    context.profileId = m_sessions->profileId().toString(QUuid::WithoutBraces);
    context.authKeyId = m_sessions->authKeyId();
    return context;
}

QString AppComposition::pageTitle(const QString &name)
{
    if (name == u"organization")
        return OrganizationPage::pageTitle();
    if (name == u"services")
        return ServicesPage::pageTitle();
    if (name == u"keys")
        return KeysPage::pageTitle();
    if (name == u"members")
        return MembersPage::pageTitle();
    if (name == u"activity")
        return ActivityPage::pageTitle();
    if (name == u"usage")
        return UsagePage::pageTitle();
    return {};
}

Page *AppComposition::createPage(const QString &name)
{
    // The organization pages render one RemoteViewModel each.
    const auto remotePage = [this](Page *page, auto *viewModel) {
        QPointer guarded(viewModel);
        return bindPage(page, [guarded](ApiSession *session, const PageContext &context) {
            if (guarded)
                guarded->setContext(session, context.organizationId);
        });
    };
    if (name == u"organization") {
        QPointer<OrganizationViewModel> organization = new OrganizationViewModel;
        QPointer<QuotasViewModel> quotas = new QuotasViewModel;
        QPointer<RolesViewModel> roles = new RolesViewModel;
        return bindPage(new OrganizationPage(organization, quotas, roles),
                        [organization, quotas, roles](ApiSession *session, const PageContext &context) {
                            for (RemoteViewModel *viewModel : std::initializer_list<RemoteViewModel *> {
                                     organization.data(), quotas.data(), roles.data() }) {
                                if (viewModel)
                                    viewModel->setContext(session, context.organizationId);
                            }
                        });
    }
    if (name == u"activity") {
        auto *viewModel = new ActivityViewModel;
        return remotePage(new ActivityPage(viewModel), viewModel);
    }
    if (name == u"usage") {
        auto *viewModel = new UsageViewModel;
        return remotePage(new UsagePage(viewModel), viewModel);
    }
    if (name == u"members") {
        QPointer<MembersViewModel> members = new MembersViewModel;
        QPointer<InvitationsViewModel> invitations = new InvitationsViewModel;
        return withPermissions(bindPage(new MembersPage(members, invitations),
                                        [members, invitations](ApiSession *session, const PageContext &context) {
                                            if (members)
                                                members->setContext(session, context.organizationId);
                                            if (invitations)
                                                invitations->setContext(session, context.organizationId);
                                        }));
    }
    if (name == u"services") {
        QPointer<ServicesViewModel> services = new ServicesViewModel;
        QPointer<ServiceDetailsViewModel> details = new ServiceDetailsViewModel(services);
        QPointer<ServicePasswordVault> vault = new ServicePasswordVault(m_profileStore);
        QPointer<QuotasViewModel> quotas = new QuotasViewModel;
        m_notifier->watchServices(services);
        auto *page = new ServicesPage(services, details, vault);
        page->setQuotas(quotas);
        return withPermissions(
            bindPage(page, [services, details, vault, quotas](ApiSession *session, const PageContext &context) {
                if (quotas)
                    quotas->setContext(session, context.organizationId);
                if (services)
                    services->setContext(session, context.organizationId);
                if (details)
                    details->setContext(session, context.organizationId);
                if (vault)
                    vault->setProfileId(QUuid(context.profileId));
            }));
    }
    if (name == u"keys") {
        QPointer<ApiKeysViewModel> keys = new ApiKeysViewModel;
        // "Expiring soon" follows Edit ▸ Preferences, also while the page is open.
        keys->setExpiringSoonDays(Preferences::load().expiryWarningDays());
        connect(PreferencesNotifier::instance(), &PreferencesNotifier::changed, keys,
                [keys](const Preferences &preferences) { keys->setExpiringSoonDays(preferences.expiryWarningDays()); });
        return withPermissions(bindPage(new KeysPage(keys, new ProfileKeyActions(m_sessions)),
                                        [keys](ApiSession *session, const PageContext &context) {
                                            if (keys)
                                                keys->setContext(session, context.organizationId, context.authKeyId);
                                        }));
    }
    return nullptr;
}

Page *AppComposition::bindPage(Page *page, Bind bind)
{
    const PageContext context = pageContext();
    bind(m_sessions->session(), context);
    // Signed out, a new page stays blank until the first sign-in.
    if (context.isSignedIn())
        page->setContext(context);
    m_bindings.push_back({ page, std::move(bind) });
    return page;
}

Page *AppComposition::withPermissions(Page *page)
{
    page->setPermissions(m_permissions->permissions());
    connect(m_permissions, &KeyPermissionsViewModel::permissionsChanged, page, &Page::setPermissions);
    // Asked for after the page's own data: the page on screen goes first.
    connect(page, &Page::loaded, m_permissions, &KeyPermissionsViewModel::ensureLoaded);
    return page;
}

void AppComposition::bindAll()
{
    std::erase_if(m_bindings, [](const Binding &binding) { return binding.page.isNull(); });
    const PageContext context = pageContext();
    ApiSession *session = m_sessions->session();
    // A new session knows nothing of its key yet (setContext() clears the permissions).
    m_permissions->setAuthKeyId(context.authKeyId);
    m_permissions->setContext(session, context.organizationId);
    // First every view-model, then every page: a page that reloads at once finds all its models on the new session.
    for (const Binding &binding : m_bindings)
        binding.bind(session, context);
    for (const Binding &binding : m_bindings) {
        if (binding.page)
            binding.page->setContext(context);
    }
}

std::unique_ptr<MainWindow> AppComposition::createMainWindow()
{
    auto window = std::make_unique<MainWindow>(m_sessions, m_profiles);
    connect(m_notifier, &Notifier::noticed, window.get(),
            [window = window.get()](Notifier::Kind, const QString &title, const QString &text) {
                window->notify(title, text);
            });
    // Each page is built when first shown: the window appears without the others.
    for (const QString &name : PageCatalog::pageNames())
        window->addPage(name, pageTitle(name), [this, name] { return createPage(name); });
    return window;
}

} // namespace chcloud
