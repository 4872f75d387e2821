#pragma once

#include "pages/Page.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <QTime>

#include <functional>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace chcloud {

class NotificationPresenter;
class Preferences;
class ProfilesViewModel;
class RequestLogModel;
class RequestLogPanel;
class SessionManager;

/// The application window: navigation on the left (Organization, Services, API
/// Keys, Members, Activity, Usage), the current page in the middle, a profile
/// switcher and Refresh (F5) in the toolbar, the request scheduler's state and
/// the time of the last refresh in the status bar, and the session's request log
/// in a dock (View ▸ Request Log).
///
/// It renders what the SessionManager and the ProfilesViewModel say (session,
/// scheduler state, profile list); the composition root builds the pages and hands
/// them their contexts. Refresh reloads the page on screen and marks the others
/// stale, so they reload when next shown; with the preference set, the page on screen
/// also reloads by itself every 30 s, minute or 5 minutes. Notices (an expiring key, a
/// finished service change) go to the system tray or the status bar. Geometry and dock
/// layout are kept in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// sessions and profiles are not owned and must outlive the window.
    MainWindow(SessionManager *sessions, ProfilesViewModel *profiles, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Builds a page when it is first needed.
    using PageFactory = std::function<Page *()>;

    /// Adds a built page to the navigation; the window takes ownership.
    void addPage(Page *page);
    /// Adds a page to the navigation that is built (by create, which may not
    /// return null) only when it is first shown or asked for: a start shows its
    /// window without building the pages that are not on screen.
    void addPage(const QString &pageName, const QString &title, PageFactory create);
    /// Every page, in navigation order, building those not built yet.
    QList<Page *> pages();
    /// The pages built so far, in navigation order.
    QList<Page *> builtPages() const;
    /// The names of all pages in navigation order, built or not.
    QStringList pageNames() const;
    /// The navigation's title of a page, built or not; empty for an unknown name.
    QString pageTitle(const QString &pageName) const;
    /// The page with that pageName(), built now if it was not yet; null when there is none.
    Page *page(const QString &pageName);
    /// The page with that pageName() if it is built; null otherwise.
    Page *builtPage(const QString &pageName) const;
    Page *currentPage() const;
    /// Shows the page with that pageName(); false when there is none.
    bool showPage(const QString &pageName);

    RequestLogModel *requestLogModel() const { return m_logModel; }
    NotificationPresenter *notifications() const { return m_notifications; }
    /// The page on screen reloads by itself at this interval (0: never); see Preferences.
    int autoRefreshSeconds() const;
    QDockWidget *requestLogDock() const { return m_logDock; }

    /// Restores geometry, dock state and the last page from QSettings.
    void restoreSettings();

public Q_SLOTS:
    /// Refreshes the current page and marks the others stale (F5).
    void refreshCurrentPage();
    /// Opens the profile manager (the application connects this; see profilesRequested()).
    void requestProfiles();
    /// Takes over what concerns the window (the automatic refresh) from saved preferences.
    void applyPreferences(const chcloud::Preferences &preferences);
    /// Shows a notice (a tray message or the status bar, see NotificationPresenter).
    void notify(const QString &title, const QString &text);

Q_SIGNALS:
    /// The user asked for the profile manager.
    void profilesRequested();
    void currentPageChanged(chcloud::Page *page);
    /// A page was built (see addPage()); it is in pages() from now on.
    void pageBuilt(chcloud::Page *page);

protected:
    void closeEvent(QCloseEvent *event) override;
    /// Shows the first page when none was chosen (see addPage()).
    void showEvent(QShowEvent *event) override;

private:
    void buildActions();
    void buildStatusBar();
    void rebuildProfileSwitcher();
    void applySession();
    void showSchedulerStatus();
    void markRefreshed();
    /// The automatic refresh: reloads the page on screen only, at visible priority.
    void autoRefresh();
    void onSignInFailed(const QString &message);
    QString sessionLabelText() const;
    void saveSettings() const;
    /// The page in that navigation row, built if needed; null for a bad row.
    Page *ensurePage(int row);
    void adoptPage(int row, Page *page);
    void buildLogPanel();

    SessionManager *m_sessions;
    ProfilesViewModel *m_profiles;

    struct PageSlot
    {
        QString name;
        QString title;
        PageFactory create; ///< empty once built
        Page *page = nullptr;
    };

    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QList<PageSlot> m_pageSlots; ///< in navigation order
    QComboBox *m_profileSwitcher = nullptr;
    QAction *m_refreshAction = nullptr;
    QDockWidget *m_logDock = nullptr;
    RequestLogModel *m_logModel;
    RequestLogPanel *m_logPanel = nullptr;

    QLabel *m_sessionLabel = nullptr;
    QLabel *m_schedulerLabel = nullptr;
    QLabel *m_lastRefreshLabel = nullptr;
    QTimer *m_pauseTicker = nullptr;
    QTimer *m_autoRefresh = nullptr;
    NotificationPresenter *m_notifications = nullptr;
    QTime m_lastRefresh;
    bool m_refreshPending = false;
};

} // namespace chcloud
