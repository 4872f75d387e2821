#include "MainWindow.h"

#include "AppInfo.h"
#include "CommandPaletteSetup.h"
#include "PreferenceActions.h"
#include "preferences/Preferences.h"
#include "session/ProfilesViewModel.h"
#include "session/SessionManager.h"
#include "viewmodels/RequestLogModel.h"
#include "viewmodels/SchedulerStatusFormatter.h"
#include "widgets/NotificationPresenter.h"
#include "widgets/Prompter.h"
#include "widgets/RequestLogPanel.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <utility>

namespace chcloud {

namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString PageKey = QStringLiteral("mainWindow/page");

} // namespace

MainWindow::MainWindow(SessionManager *sessions, ProfilesViewModel *profiles, QWidget *parent)
    : QMainWindow(parent)
    , m_sessions(sessions)
    , m_profiles(profiles)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_logModel(new RequestLogModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(AppInfo::applicationName());
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMinimumWidth(180);
    m_navigation->setMaximumWidth(260);
    m_stack->setObjectName(QStringLiteral("pageStack"));

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        Page *page = ensurePage(row);
        if (!page)
            return;
        m_stack->setCurrentWidget(page);
        Q_EMIT currentPageChanged(currentPage());
    });

    m_logDock = new QDockWidget(tr("Request Log"), this);
    m_logDock->setObjectName(QStringLiteral("requestLogDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_logDock->hide();
    // Built when first shown: most starts never open it.
    connect(m_logDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            buildLogPanel();
    });

    buildActions();
    buildStatusBar();
    m_notifications = new NotificationPresenter(this);
    m_autoRefresh = new QTimer(this);
    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshTimer"));
    connect(m_autoRefresh, &QTimer::timeout, this, &MainWindow::autoRefresh);
    applyPreferences(Preferences::load());

    connect(m_sessions, &SessionManager::sessionChanged, this, &MainWindow::applySession);
    connect(m_sessions, &SessionManager::signInFailed, this, &MainWindow::onSignInFailed);
    connect(m_sessions, &SessionManager::signInStarted, this, [this] {
        m_sessionLabel->setText(tr("Signing in…"));
        rebuildProfileSwitcher();
    });
    connect(m_sessions, &SessionManager::schedulerStatusChanged, this, &MainWindow::showSchedulerStatus);
    connect(m_profiles, &ProfilesViewModel::profilesChanged, this, &MainWindow::rebuildProfileSwitcher);
    rebuildProfileSwitcher();
    if (m_sessions->session())
        applySession();

    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // Pages cancel their calls while they are destroyed below; the scheduler then
    // reports its status, which must no longer reach this half-destroyed window.
    disconnect(m_sessions, nullptr, this, nullptr);
    disconnect(m_profiles, nullptr, this, nullptr);
    m_pauseTicker->stop();
    m_autoRefresh->stop();
}

void MainWindow::buildActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    auto *profilesAction = fileMenu->addAction(ThemedIcon::icon(QStringLiteral("profile")), tr("&Profiles…"));
    profilesAction->setObjectName(QStringLiteral("manageProfilesAction"));
    profilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(profilesAction, &QAction::triggered, this, &MainWindow::requestProfiles);
    PreferenceActions::addImportAction(fileMenu, this, m_sessions->profileStore());
    auto *forgetAction = fileMenu->addAction(tr("&Forget Everything…"));
    forgetAction->setObjectName(QStringLiteral("forgetEverythingAction"));
    connect(forgetAction, &QAction::triggered, this, [this] {
        Prompter::Question question;
        question.severity = Prompter::Severity::Warning;
        question.title = tr("Forget Everything");
        question.text = tr("Remove everything this application keeps on this computer and sign out?");
        question.informativeText
            = tr("This goes:\n• %1\n\nNothing changes in ClickHouse Cloud: keys and services stay.")
                  .arg(m_profiles->forgetEverythingSummary().join(QStringLiteral("\n• ")));
        question.buttons = QMessageBox::Yes | QMessageBox::Cancel;
        question.defaultButton = QMessageBox::Cancel;
        question.buttonTexts.insert(QMessageBox::Yes, tr("Forget Everything"));
        question.objectName = QStringLiteral("confirmForgetEverything");
        if (Prompter::instance()->ask(this, question) != QMessageBox::Yes)
            return;
        m_sessions->signOut();
        connect(
            m_profiles, &ProfilesViewModel::forgotten, this,
            [this](bool ok, const QString &message) {
                if (ok)
                    statusBar()->showMessage(message, 10'000);
                else
                    Prompter::instance()->warn(this, tr("Forget Everything"), message,
                                               QStringLiteral("forgetEverythingIncomplete"));
            },
            Qt::SingleShotConnection);
        m_profiles->forgetEverything();
    });
    fileMenu->addSeparator();
    auto *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some platforms
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    PreferenceActions::addEditMenu(menuBar(), this, [this](const Preferences &chosen) { applyPreferences(chosen); });
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_refreshAction = viewMenu->addAction(ThemedIcon::icon(QStringLiteral("refresh")), tr("&Refresh"));
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Reload the current page (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshCurrentPage);
    QAction *logAction = m_logDock->toggleViewAction();
    logAction->setObjectName(QStringLiteral("toggleRequestLogAction"));
    logAction->setText(tr("Request &Log"));
    logAction->setIcon(ThemedIcon::icon(QStringLiteral("log")));
    logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    viewMenu->addAction(logAction);

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    auto *aboutAction = helpMenu->addAction(tr("&About %1").arg(AppInfo::applicationName()));
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    connect(aboutAction, &QAction::triggered, this, [this] {
        Prompter::instance()->inform(this, tr("About %1").arg(AppInfo::applicationName()),
                                     tr("%1 %2\nA desktop console for the ClickHouse Cloud management API.")
                                         .arg(AppInfo::applicationName(), AppInfo::version()),
                                     QStringLiteral("aboutBox"));
    });

    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *profileLabel = new QLabel(tr("Profile:"), toolBar);
    profileLabel->setContentsMargins(4, 0, 4, 0);
    toolBar->addWidget(profileLabel);
    m_profileSwitcher = new QComboBox(toolBar);
    m_profileSwitcher->setObjectName(QStringLiteral("profileSwitcher"));
    m_profileSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileSwitcher->setMinimumContentsLength(20);
    profileLabel->setBuddy(m_profileSwitcher);
    toolBar->addWidget(m_profileSwitcher);
    connect(m_profileSwitcher, &QComboBox::activated, this, [this](int index) {
        const QUuid id = m_profileSwitcher->itemData(index).toUuid();
        if (!id.isNull() && id != m_sessions->profileId())
            m_sessions->signIn(id);
    });
    toolBar->addAction(profilesAction);
    toolBar->addSeparator();
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(logAction);
    installCommandPalette(this);
}

void MainWindow::buildStatusBar()
{
    m_sessionLabel = new QLabel(tr("Not signed in"), this);
    m_sessionLabel->setObjectName(QStringLiteral("sessionLabel"));
    m_schedulerLabel = new QLabel(this);
    m_schedulerLabel->setObjectName(QStringLiteral("schedulerStatusLabel"));
    m_schedulerLabel->setToolTip(tr("The API allows 10 requests per 10 seconds per key; the app queues the rest."));
    m_lastRefreshLabel = new QLabel(SchedulerStatusFormatter::formatLastRefresh({}), this);
    m_lastRefreshLabel->setObjectName(QStringLiteral("lastRefreshLabel"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    bool first = true;
    for (QLabel *label : { m_sessionLabel, m_schedulerLabel, m_lastRefreshLabel }) {
        label->setTextFormat(Qt::PlainText); // the organization name is server data
        if (!first) {
            auto *separator = new QFrame(this);
            separator->setFrameShape(QFrame::VLine);
            separator->setFrameShadow(QFrame::Sunken);
            statusBar()->addPermanentWidget(separator);
        }
        first = false;
        label->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(label);
    }

    // While a 429 pause lasts, count it down once a second.
    m_pauseTicker = new QTimer(this);
    m_pauseTicker->setInterval(1000);
    connect(m_pauseTicker, &QTimer::timeout, this, &MainWindow::showSchedulerStatus);
}

void MainWindow::buildLogPanel()
{
    if (m_logPanel)
        return;
    m_logPanel = new RequestLogPanel(m_logModel, m_logDock);
    m_logDock->setWidget(m_logPanel);
    connect(m_logPanel, &RequestLogPanel::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
}

void MainWindow::addPage(Page *page)
{
    const QString name = page->pageName();
    m_pageSlots.append({ name, page->title(), {}, nullptr });
    auto *item = new QListWidgetItem(ThemedIcon::icon(name), page->title(), m_navigation);
    item->setData(Qt::UserRole, name);
    item->setSizeHint(QSize(0, 34));
    adoptPage(int(m_pageSlots.size() - 1), page);
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
}

void MainWindow::addPage(const QString &pageName, const QString &title, PageFactory create)
{
    Q_ASSERT(create);
    m_pageSlots.append({ pageName, title, std::move(create), nullptr });
    auto *item = new QListWidgetItem(ThemedIcon::icon(pageName), title, m_navigation);
    item->setData(Qt::UserRole, pageName);
    item->setSizeHint(QSize(0, 34));
    // No current row yet: choosing one would build that page, and the start may
    // ask for another (the last page shown, --page). showEvent() chooses the first.
}

void MainWindow::showEvent(QShowEvent *event)
{
    if (m_navigation->currentRow() < 0 && !m_pageSlots.isEmpty())
        m_navigation->setCurrentRow(0);
    QMainWindow::showEvent(event);
}

void MainWindow::adoptPage(int row, Page *page)
{
    m_pageSlots[row].page = page;
    m_stack->addWidget(page);
    connect(page, &Page::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(page, &Page::loaded, this, [this, page] {
        if (page != currentPage())
            return;
        statusBar()->clearMessage(); // a "Loading…" line from the page is over now
        markRefreshed();
    });
    Q_EMIT pageBuilt(page);
}

Page *MainWindow::ensurePage(int row)
{
    if (row < 0 || row >= m_pageSlots.size())
        return nullptr;
    if (!m_pageSlots.at(row).page) {
        // Taken out first: the factory may not run twice, even if building the page
        // re-enters here.
        PageFactory create = std::exchange(m_pageSlots[row].create, {});
        if (!create)
            return nullptr;
        Page *page = create();
        Q_ASSERT(page && page->pageName() == m_pageSlots.at(row).name);
        adoptPage(row, page);
    }
    return m_pageSlots.at(row).page;
}

QList<Page *> MainWindow::pages()
{
    QList<Page *> result;
    for (int row = 0; row < m_pageSlots.size(); ++row) {
        if (Page *page = ensurePage(row))
            result.append(page);
    }
    return result;
}

QList<Page *> MainWindow::builtPages() const
{
    QList<Page *> result;
    for (const PageSlot &slot : m_pageSlots) {
        if (slot.page)
            result.append(slot.page);
    }
    return result;
}

QStringList MainWindow::pageNames() const
{
    QStringList names;
    for (const PageSlot &slot : m_pageSlots)
        names.append(slot.name);
    return names;
}

QString MainWindow::pageTitle(const QString &pageName) const
{
    for (const PageSlot &slot : m_pageSlots) {
        if (slot.name == pageName)
            return slot.title;
    }
    return {};
}

Page *MainWindow::page(const QString &pageName)
{
    return ensurePage(int(pageNames().indexOf(pageName)));
}

Page *MainWindow::builtPage(const QString &pageName) const
{
    for (const PageSlot &slot : m_pageSlots) {
        if (slot.name == pageName)
            return slot.page;
    }
    return nullptr;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

bool MainWindow::showPage(const QString &pageName)
{
    const auto row = int(pageNames().indexOf(pageName));
    if (row < 0)
        return false;
    m_navigation->setCurrentRow(row);
    return true;
}

void MainWindow::refreshCurrentPage()
{
    Page *page = currentPage();
    if (!page || !m_sessions->session())
        return;
    m_refreshPending = true;
    // The others may be out of date too: they reload when they are next shown (one
    // not built yet loads when it is).
    for (Page *other : builtPages()) {
        if (other != page)
            other->markStale();
    }
    page->refresh();
    showSchedulerStatus();
}

void MainWindow::autoRefresh()
{
    Page *page = currentPage();
    // Nobody looks at a minimized window; its pages reload when they are shown again after F5.
    if (!page || !m_sessions->session() || isMinimized())
        return;
    m_refreshPending = true;
    page->refresh();
    showSchedulerStatus();
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    if (preferences.refreshIntervalSeconds() <= 0) {
        m_autoRefresh->stop();
        return;
    }
    m_autoRefresh->start(preferences.refreshInterval());
}

int MainWindow::autoRefreshSeconds() const
{
    return m_autoRefresh->isActive() ? m_autoRefresh->interval() / 1000 : 0;
}

void MainWindow::notify(const QString &title, const QString &text)
{
    m_notifications->show(title, text);
}

void MainWindow::requestProfiles()
{
    Q_EMIT profilesRequested();
}

void MainWindow::rebuildProfileSwitcher()
{
    const QSignalBlocker blocker(m_profileSwitcher);
    m_profileSwitcher->clear();
    const QList<Profile> profiles = m_profiles->profiles();
    for (const Profile &profile : profiles) {
        const QString text = profile.isPersistent() ? profile.label : tr("%1 (this session only)").arg(profile.label);
        m_profileSwitcher->addItem(text, profile.id);
    }
    m_profileSwitcher->setCurrentIndex(m_profileSwitcher->findData(m_sessions->profileId()));
    m_profileSwitcher->setEnabled(!profiles.isEmpty());
}

void MainWindow::applySession()
{
    rebuildProfileSwitcher();
    m_lastRefresh = QTime();
    m_lastRefreshLabel->setText(SchedulerStatusFormatter::formatLastRefresh(m_lastRefresh));
    if (!m_sessions->session()) {
        m_logModel->setLog(nullptr);
        m_sessionLabel->setText(tr("Not signed in"));
        m_schedulerLabel->clear();
        setWindowTitle(AppInfo::applicationName());
        return;
    }
    m_logModel->setLog(m_sessions->requestLog(), m_sessions->baseUrl());
    m_sessionLabel->setText(sessionLabelText());
    setWindowTitle(tr("%1 — %2").arg(m_sessions->organizationName(), AppInfo::applicationName()));
    showSchedulerStatus();
}

QString MainWindow::sessionLabelText() const
{
    const auto profile = m_sessions->profile();
    const QString label = profile ? profile->label : QString();
    return profile && !profile->isPersistent()
        ? tr("%1 · %2 · this session only").arg(m_sessions->organizationName(), label)
        : tr("%1 · %2").arg(m_sessions->organizationName(), label);
}

void MainWindow::showSchedulerStatus()
{
    if (!m_sessions->session()) {
        m_pauseTicker->stop();
        return;
    }
    const SchedulerStatus status = m_sessions->schedulerStatus();
    m_schedulerLabel->setText(SchedulerStatusFormatter::format(status));
    if (status.pausedForMs > 0)
        m_pauseTicker->start();
    else
        m_pauseTicker->stop();
    if (m_refreshPending && status.totalQueued() == 0 && status.inFlight == 0) {
        m_refreshPending = false;
        markRefreshed();
    }
}

void MainWindow::markRefreshed()
{
    m_lastRefresh = QTime::currentTime();
    m_lastRefreshLabel->setText(SchedulerStatusFormatter::formatLastRefresh(m_lastRefresh));
}

void MainWindow::onSignInFailed(const QString &message)
{
    rebuildProfileSwitcher(); // back to the profile still in use, if any
    if (!m_sessions->session()) {
        m_sessionLabel->setText(tr("Not signed in"));
        statusBar()->showMessage(message);
        return;
    }
    // The previous session goes on: reload what the attempt cancelled, and say why the switch failed
    // (after this signal has been handled, not inside it).
    m_sessionLabel->setText(sessionLabelText());
    refreshCurrentPage();
    const auto profile = m_sessions->profile();
    const QString text
        = tr("%1\n\nYou are still signed in with “%2”.").arg(message, profile ? profile->label : QString());
    QTimer::singleShot(0, this, [this, text] {
        Prompter::instance()->warn(this, tr("Switching profile failed"), text, QStringLiteral("switchFailedBox"));
    });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    const QString lastPage = settings.value(PageKey).toString();
    if (!lastPage.isEmpty())
        showPage(lastPage);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    if (Page *page = currentPage())
        settings.setValue(PageKey, page->pageName());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace chcloud
