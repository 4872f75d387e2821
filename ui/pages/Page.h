#pragma once

#include "domain/KeyPermissions.h"

#include <QString>
#include <QWidget>

namespace chcloud {

/// Where a page is: the organization shown, the signed-in profile and the key ID
/// it authenticates with (to mark "the key you are using"). Value types only: the
/// session itself stays with the composition root, which binds the page's
/// view-models to it before the page gets its new context.
struct PageContext
{
    QString organizationId;
    QString organizationName;
    QString profileId;
    QString authKeyId; ///< may be empty when unknown

    /// Whether there is an organization to load for (signed in).
    bool isSignedIn() const { return !organizationId.isEmpty(); }
};

/// One page of the main window's navigation (Organization, Services, API Keys,
/// Members, Activity, Usage). A page renders view-models; it never talks to the
/// network, parses JSON or reaches the keychain itself.
///
/// Pages load lazily: a new context (or markStale()) only marks the page stale;
/// it loads when it is shown, at once if it is on screen. A page that is never
/// shown sends no request.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(QWidget *parent = nullptr);

    /// Stable name used by --screenshot --page NAME: organization, services, keys, members, activity, usage.
    virtual QString pageName() const = 0;
    /// Translated title for the navigation.
    virtual QString title() const = 0;
    /// A new profile or organization (the view-models are already bound to it):
    /// drops what is shown and loads again when the page is next on screen.
    void setContext(const PageContext &context);
    const PageContext &context() const { return m_context; }
    /// True once the first load after setContext() finished (with data or with an error shown).
    virtual bool isLoaded() const = 0;
    /// Why the page shows an error instead of its data after its last load; empty otherwise.
    virtual QString loadError() const = 0;
    /// What the page could not read of a partly readable load ("1 of 2,000 services
    /// could not be read."); empty when everything was read.
    virtual QString loadWarning() const { return {}; }
    /// Brings a part of the page forward by its stable name (the Services page's
    /// details tabs: "settings", "backups"…), as in --page services/settings.
    /// False when the page has no part of that name.
    virtual bool showPart(const QString &name)
    {
        Q_UNUSED(name)
        return false;
    }
    /// True once the part on screen has loaded what it shows (its data or its error).
    virtual bool isPartLoaded() const { return true; }
    /// What the signed-in key may do (unknown until loaded: then nothing is
    /// disabled). The page disables the actions the key certainly may not do.
    void setPermissions(const KeyPermissions &permissions);
    const KeyPermissions &permissions() const { return m_permissions; }
    /// "Your API key lacks the permission …" for a disabled action's tooltip.
    static QString missingPermissionText(const QString &permission);

    /// Whether the page waits to be shown before it loads again.
    bool isStale() const { return m_stale; }

public Q_SLOTS:
    /// Reloads the page's data at visible priority.
    virtual void refresh() = 0;
    /// The data may be out of date: reload when next shown (at once when on screen).
    void markStale();

Q_SIGNALS:
    /// The first load after setContext() finished (data or error on screen); --screenshot waits for it.
    void loaded();
    /// A one-line status the main window may show in its status bar.
    void statusMessage(const QString &text);

protected:
    /// Drops what the previous context showed (banners, selections, "loaded").
    /// Without a signed-in context there is nothing to load: a page then reports
    /// itself loaded here.
    virtual void applyContext(const PageContext &context) = 0;
    /// The permissions changed: update what the actions allow.
    virtual void applyPermissions() { }
    /// Enables the action (or widget) when enabled and the key may do the
    /// permission on the resource; when the key certainly may not, disables it and
    /// says in its tooltip which permission is missing. The action's own tooltip is
    /// kept and comes back once the permission is there.
    void gate(QObject *action, bool enabled, const QString &permission, const QString &resource,
              const QString &toolTip = {}) const;
    void showEvent(QShowEvent *event) override;

private:
    void loadIfStale();

    PageContext m_context;
    KeyPermissions m_permissions;
    bool m_stale = false;
};

} // namespace chcloud
