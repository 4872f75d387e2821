#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

namespace chcloud {

class ApiSession;

/// What a page needs to know about where it is: the signed-in profile's API
/// session, the organization shown and the key ID the session authenticates
/// with (to mark "the key you are using"). The session outlives the pages that
/// hold it; switching profile hands every page a new context.
struct PageContext
{
    QPointer<ApiSession> session;
    QString organizationId;
    QString organizationName;
    QString profileId;
    QString authKeyId; ///< may be empty when unknown
};

/// One page of the main window's navigation (Organization, Services, API Keys,
/// Members, Activity, Usage). A page renders view-models; it never talks to the
/// network, parses JSON or reaches the keychain itself.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(QWidget *parent = nullptr);

    /// Stable name used by --screenshot --page NAME: organization, services, keys, members, activity, usage.
    virtual QString pageName() const = 0;
    /// Translated title for the navigation.
    virtual QString title() const = 0;
    /// A new profile or organization: drop what is shown and load for the new context.
    virtual void setContext(const PageContext &context) = 0;
    /// True once the first load after setContext() finished (with data or with an error shown).
    virtual bool isLoaded() const = 0;
    /// Why the page shows an error instead of its data after its last load; empty otherwise.
    virtual QString loadError() const = 0;
    /// What the page could not read of a partly readable load ("1 of 2,000 services
    /// could not be read."); empty when everything was read.
    virtual QString loadWarning() const { return {}; }

public Q_SLOTS:
    /// Reloads the page's data at visible priority.
    virtual void refresh() = 0;

Q_SIGNALS:
    /// The first load after setContext() finished (data or error on screen); --screenshot waits for it.
    void loaded();
    /// A one-line status the main window may show in its status bar.
    void statusMessage(const QString &text);
};

} // namespace chcloud
