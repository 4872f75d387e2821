#pragma once

#include "pages/Page.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace chcloud {

class ApiSession;
class MainWindow;
class KeyPermissionsViewModel;
class Notifier;
class ProfileStore;
class ProfilesViewModel;
class SessionManager;

/// The one place that puts the application together: it owns the SessionManager
/// and the profiles view-model, and builds every page with the view-models it
/// renders. Widgets get view-models and value types only; the session, the
/// scheduler and the profile store stay here and in app/session/.
///
/// Binding is by re-binding, not per-session construction: each page's
/// view-models are built once, with the page, and when the SessionManager changes
/// session they are re-bound to the new one (setContext(), which cancels what
/// the old session still had running) before the page gets its new PageContext.
/// A page so keeps its widgets, filters and column layout across a profile
/// switch, and no view-model ever outlives the page that shows it (the page owns
/// them; this object keeps only guarded pointers).
class AppComposition : public QObject
{
    Q_OBJECT

public:
    /// profiles is not owned and must outlive this object.
    explicit AppComposition(ProfileStore *profiles, QObject *parent = nullptr);
    ~AppComposition() override;

    SessionManager *sessions() const { return m_sessions; }
    ProfilesViewModel *profiles() const { return m_profiles; }
    /// Decides what to tell the user outside the page on screen; the main window shows it.
    Notifier *notifier() const { return m_notifier; }
    /// What the signed-in key may do; loaded at background priority once a page
    /// that uses it has loaded, and given to the pages as a value.
    KeyPermissionsViewModel *permissions() const { return m_permissions; }
    /// What pages are told about the current session (empty when signed out).
    PageContext pageContext() const;

    /// Builds the page with that PageCatalog name, its view-models bound to the
    /// current session and re-bound on every change; null for an unknown name.
    /// The caller owns the page.
    Page *createPage(const QString &name);
    /// The navigation title of the page with that PageCatalog name; empty for an unknown name.
    static QString pageTitle(const QString &name);
    /// The main window with every page of the catalog, in navigation order, each
    /// built when first shown. It must be destroyed before this object.
    std::unique_ptr<MainWindow> createMainWindow();

private:
    using Bind = std::function<void(ApiSession *session, const PageContext &context)>;
    struct Binding
    {
        QPointer<Page> page;
        Bind bind;
    };

    Page *bindPage(Page *page, Bind bind);
    /// The page disables what the key may not do, and its first load asks for the permissions.
    Page *withPermissions(Page *page);
    void bindAll();

    ProfileStore *m_profileStore;
    SessionManager *m_sessions;
    ProfilesViewModel *m_profiles;
    Notifier *m_notifier = nullptr;
    KeyPermissionsViewModel *m_permissions;
    std::vector<Binding> m_bindings;
};

} // namespace chcloud
