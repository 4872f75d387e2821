#pragma once

#include "pages/Page.h"

#include <QMainWindow>
#include <QPointer>
#include <QTime>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace chcloud {

class ApiSession;
class RequestLogModel;
class RequestLogPanel;
class SessionManager;
struct SchedulerStatus;

/// The application window: navigation on the left (Organization, Services, API
/// Keys, Members, Activity, Usage), the current page in the middle, a profile
/// switcher and Refresh (F5) in the toolbar, the request scheduler's state and
/// the time of the last refresh in the status bar, and the session's request log
/// in a dock (View ▸ Request Log).
///
/// It renders what the SessionManager says: when the session changes, every page
/// gets a new PageContext. Geometry and dock layout are kept in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// sessions is not owned and must outlive the window.
    explicit MainWindow(SessionManager *sessions, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Adds a page to the navigation; the window takes ownership.
    void addPage(Page *page);
    QList<Page *> pages() const;
    /// The page with that pageName(), or null.
    Page *page(const QString &pageName) const;
    Page *currentPage() const;
    /// Shows the page with that pageName(); false when there is none.
    bool showPage(const QString &pageName);

    /// The context handed to pages for the current session.
    PageContext currentContext() const { return m_context; }
    RequestLogModel *requestLogModel() const { return m_logModel; }
    QDockWidget *requestLogDock() const { return m_logDock; }

    /// Restores geometry, dock state and the last page from QSettings.
    void restoreSettings();

public Q_SLOTS:
    /// Refreshes the current page (F5).
    void refreshCurrentPage();
    /// Opens the profile manager (the application connects this; see profilesRequested()).
    void requestProfiles();

Q_SIGNALS:
    /// The user asked for the profile manager.
    void profilesRequested();
    void currentPageChanged(chcloud::Page *page);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildStatusBar();
    void rebuildProfileSwitcher();
    void applySession(ApiSession *session);
    void showSchedulerStatus();
    void markRefreshed();
    void onSignInFailed(const QString &message);
    QString sessionLabelText() const;
    void saveSettings() const;

    SessionManager *m_sessions;
    PageContext m_context;

    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QComboBox *m_profileSwitcher = nullptr;
    QAction *m_refreshAction = nullptr;
    QDockWidget *m_logDock = nullptr;
    RequestLogModel *m_logModel;
    RequestLogPanel *m_logPanel = nullptr;

    QLabel *m_sessionLabel = nullptr;
    QLabel *m_schedulerLabel = nullptr;
    QLabel *m_lastRefreshLabel = nullptr;
    QTimer *m_pauseTicker = nullptr;
    QTime m_lastRefresh;
    bool m_refreshPending = false;
};

} // namespace chcloud
