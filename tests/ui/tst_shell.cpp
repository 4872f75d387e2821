#include "AppComposition.h"
#include "EmulatorProcess.h"
#include "MainWindow.h"
#include "PageCatalog.h"
#include "api/ApiSession.h"
#include "api/CloudApi.h"
#include "api/RequestLog.h"
#include "api/RequestScheduler.h"
#include "pages/KeysPage.h"
#include "pages/UsagePage.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProfileStore.h"
#include "secrets/SessionSecretStore.h"
#include "session/SessionManager.h"
#include "viewmodels/RequestLogModel.h"
#include "widgets/ScriptedPrompter.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace chcloud;
using namespace Qt::StringLiterals;

/// The main window against a real emulator, signed in with a session-only
/// profile: navigation, page switching, the status bar, the request log panel,
/// honest placeholders, and that a profile switch cancels the old session's queue.
/// The functions share one window and run in order (the rate limit is per key).
class TestShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_prompter = std::make_unique<ScriptedPrompter>();
        m_installedPrompter = std::make_unique<ScopedPrompter>(m_prompter.get());
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));

        m_keychain = std::make_unique<KeychainSecretStore>();
        m_sessionSecrets = std::make_unique<SessionSecretStore>();
        m_profiles = std::make_unique<ProfileStore>(*m_keychain, *m_sessionSecrets);
        m_composition = std::make_unique<AppComposition>(m_profiles.get());
        m_sessions = m_composition->sessions();
        m_window = m_composition->createMainWindow();
        m_window->show();

        QSignalSpy ready(m_sessions, &SessionManager::sessionChanged);
        m_firstProfile = m_sessions->signInSessionOnly(u"Emulator"_s, m_emulator.baseUrl(), m_emulator.keyId(),
                                                       Secret(m_emulator.keySecret()));
        QVERIFY(!m_firstProfile.isNull());
        QVERIFY(ready.wait(20000));
        QVERIFY(m_sessions->session() != nullptr);
        QVERIFY(!m_sessions->organizationId().isEmpty());
        QCOMPARE(m_window->currentPage()->context().organizationId, m_sessions->organizationId());
    }

    void onlyTheShownPageIsBuilt()
    {
        // The window came up on the first page; the others are not built until asked for.
        QCOMPARE(m_window->builtPages().size(), 1);
        QCOMPARE(m_window->builtPages().first()->pageName(), u"organization"_s);
        QCOMPARE(m_window->builtPage(u"usage"_s), nullptr);
        QCOMPARE(m_window->pageNames(), PageCatalog::pageNames());
        QCOMPARE(m_window->pageTitle(u"usage"_s), UsagePage::pageTitle());
        QSignalSpy built(m_window.get(), &MainWindow::pageBuilt);
        Page *members = m_window->page(u"members"_s);
        QVERIFY(members);
        QCOMPARE(built.count(), 1);
        QCOMPARE(m_window->builtPage(u"members"_s), members);
        QCOMPARE(m_window->page(u"members"_s), members); // built once
        QCOMPARE(built.count(), 1);
        // Built while signed in: it has the session's context at once.
        QCOMPARE(members->context().organizationId, m_sessions->organizationId());
    }

    void hiddenPagesLoadWhenFirstShown()
    {
        // Signed in on the first page: it loads; the hidden ones wait and send nothing.
        Page *organization = m_window->currentPage();
        QCOMPARE(organization->pageName(), u"organization"_s);
        QTRY_VERIFY_WITH_TIMEOUT(organization->isLoaded(), 30000);
        const auto requestsTo = [this](const QString &pathPart) {
            int count = 0;
            const auto entries = m_sessions->session()->requestLog()->entries();
            for (const RequestLogEntry &entry : entries)
                count += entry.pathAndQuery.contains(pathPart) ? 1 : 0;
            return count;
        };
        QVERIFY(requestsTo(u"/v1/organizations/"_s) > 0);
        for (const QString &name : { u"services"_s, u"keys"_s, u"members"_s, u"activity"_s, u"usage"_s }) {
            QVERIFY2(m_window->page(name)->isStale(), qPrintable(name));
            QVERIFY2(!m_window->page(name)->isLoaded(), qPrintable(name));
        }
        // The organization page reads the keys and members itself (who holds each role);
        // the Keys page's own reading, the "created by" lookup, goes to /activities.
        for (const QString &path : { u"/services"_s, u"/invitations"_s, u"/activities"_s, u"/usageCost"_s })
            QVERIFY2(requestsTo(path) == 0, qPrintable(path));

        // Shown, a page loads; the others still wait.
        QVERIFY(m_window->showPage(u"usage"_s));
        Page *usage = m_window->currentPage();
        QTRY_VERIFY_WITH_TIMEOUT(usage->isLoaded(), 30000);
        QVERIFY(!usage->isStale());
        QVERIFY(requestsTo(u"/usageCost"_s) > 0);
        QCOMPARE(requestsTo(u"/activities"_s), 0);

        // Refresh reloads the page on screen and marks the others stale; they reload when shown.
        QVERIFY(!organization->isStale());
        const int usageRequests = requestsTo(u"/usageCost"_s);
        m_window->findChild<QAction *>(u"refreshAction"_s)->trigger();
        QVERIFY(organization->isStale());
        QVERIFY(!usage->isStale());
        QTRY_VERIFY_WITH_TIMEOUT(requestsTo(u"/usageCost"_s) > usageRequests, 30000);
        const int organizationRequests = requestsTo(u"/v1/organizations/"_s);
        QVERIFY(m_window->showPage(u"organization"_s));
        QVERIFY(!organization->isStale());
        QTRY_VERIFY_WITH_TIMEOUT(requestsTo(u"/v1/organizations/"_s) > organizationRequests, 30000);
        QCOMPARE(requestsTo(u"/activities"_s), 0);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_composition.reset();
        m_profiles.reset();
        QCOMPARE(m_prompter->unscripted(), 0);
    }

    void navigationHasTheSixPages()
    {
        auto *navigation = m_window->findChild<QListWidget *>(u"navigation"_s);
        QVERIFY(navigation);
        QCOMPARE(navigation->count(), 6);
        QStringList names;
        for (Page *page : m_window->pages())
            names << page->pageName();
        QCOMPARE(
            names,
            (QStringList { u"organization"_s, u"services"_s, u"keys"_s, u"members"_s, u"activity"_s, u"usage"_s }));
        for (int row = 0; row < navigation->count(); ++row)
            QCOMPARE(navigation->item(row)->text(), m_window->pages().at(row)->title());
        QVERIFY(qobject_cast<KeysPage *>(m_window->page(u"keys"_s)));
    }

    void switchingPages_data()
    {
        QTest::addColumn<QString>("pageName");
        for (const QString &name : PageCatalog::pageNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void switchingPages()
    {
        QFETCH(QString, pageName);
        auto *navigation = m_window->findChild<QListWidget *>(u"navigation"_s);
        QSignalSpy changed(m_window.get(), &MainWindow::currentPageChanged);
        QVERIFY(m_window->showPage(pageName));
        QCOMPARE(m_window->currentPage()->pageName(), pageName);
        QCOMPARE(navigation->currentItem()->text(), m_window->currentPage()->title());
        QVERIFY(m_window->currentPage()->isVisible());

        // Clicking the navigation does the same.
        navigation->setCurrentRow(0);
        QCOMPARE(m_window->currentPage()->pageName(), u"organization"_s);
        QVERIFY(!m_window->showPage(u"no-such-page"_s));
    }

    void statusBarShowsTheSchedulerAndTheRefresh()
    {
        QVERIFY(m_window->showPage(u"keys"_s));
        Page *keys = m_window->currentPage();
        QTRY_VERIFY_WITH_TIMEOUT(keys->isLoaded(), 30000);

        auto *scheduler = m_window->findChild<QLabel *>(u"schedulerStatusLabel"_s);
        auto *lastRefresh = m_window->findChild<QLabel *>(u"lastRefreshLabel"_s);
        QVERIFY(scheduler && lastRefresh);
        static const QRegularExpression window(u"^\\d+/10 requests in window"_s);
        QVERIFY2(window.match(scheduler->text()).hasMatch(), qPrintable(scheduler->text()));

        const int logRowsBefore = m_window->requestLogModel()->rowCount();
        const QTime before = QTime::currentTime().addMSecs(-QTime::currentTime().msec());
        m_window->findChild<QAction *>(u"refreshAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->requestLogModel()->rowCount() > logRowsBefore, 30000);
        static const QRegularExpression refreshed(u"^Last refresh: (\\d\\d:\\d\\d:\\d\\d)$"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            refreshed.match(lastRefresh->text()).hasMatch()
                && QTime::fromString(refreshed.match(lastRefresh->text()).captured(1), u"HH:mm:ss"_s) >= before,
            30000);
        QVERIFY2(window.match(scheduler->text()).hasMatch(), qPrintable(scheduler->text()));
    }

    void requestLogPanelFillsWithoutSecrets()
    {
        QAction *toggle = m_window->findChild<QAction *>(u"toggleRequestLogAction"_s);
        QVERIFY(toggle);
        QVERIFY(!m_window->requestLogDock()->isVisible());
        toggle->trigger();
        QVERIFY(m_window->requestLogDock()->isVisible());

        RequestLogModel *model = m_window->requestLogModel();
        QTRY_VERIFY(model->rowCount() > 0);
        auto *view = m_window->findChild<QAbstractItemView *>(u"requestLogView"_s);
        QVERIFY(view);
        QCOMPARE(view->model(), model);

        bool sawOrganizations = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QString text = model->index(row, column).data().toString();
                QVERIFY2(!text.contains(m_emulator.keySecret()), "a secret reached the request log");
            }
            sawOrganizations = sawOrganizations
                || model->index(row, RequestLogModel::PathColumn).data().toString() == u"/v1/organizations"_s;
            const QString curl = model->curlCommand(row);
            QVERIFY(!curl.contains(m_emulator.keySecret()));
            QVERIFY(curl.contains(u"$CLICKHOUSE_CLOUD_API_SECRET"_s));
            QVERIFY(curl.contains(m_emulator.baseUrl().toString()));
        }
        QVERIFY(sawOrganizations);
    }

    void profileSwitchCancelsTheOldQueue()
    {
        // A second session-only profile with the same key.
        Profile second;
        second.label = u"Second"_s;
        second.baseUrl = m_emulator.baseUrl();
        second.keyId = m_emulator.keyId();
        second.storage = ProfileStorage::SessionOnly;
        const QUuid secondId = m_profiles->add(second);
        QVERIFY(!secondId.isNull());
        QString secret = m_emulator.keySecret();
        QSignalSpy written(m_profiles->writeSecret(secondId, SecretBytes::fromText(secret)), &SecretJob::finished);
        QVERIFY(written.wait(5000));

        // Fill the old session's queue beyond the window (distinct queries, so nothing coalesces).
        QPointer<ApiSession> old = m_sessions->session();
        QList<ApiReply *> replies;
        for (int i = 0; i < 25; ++i) {
            ApiRequest request = ApiRequest::make("GET", u"/v1/organizations/%1"_s.arg(m_sessions->organizationId()),
                                                  RequestPriority::Background);
            request.query.addQueryItem(u"probe"_s, QString::number(i));
            replies << old->scheduler()->submit(request);
        }
        QVERIFY(old->scheduler()->status().totalQueued() > 0);

        auto *switcher = m_window->findChild<QComboBox *>(u"profileSwitcher"_s);
        QVERIFY(switcher);
        const int index = switcher->findData(secondId);
        QVERIFY(index >= 0);
        QSignalSpy ready(m_sessions, &SessionManager::sessionChanged);
        Q_EMIT switcher->activated(index);

        // The old queue is gone at once: every reply ended, the unsent ones cancelled.
        int cancelled = 0;
        for (ApiReply *reply : std::as_const(replies)) {
            QVERIFY(reply->isFinished());
            if (reply->error() && reply->error()->kind == ApiErrorKind::Cancelled)
                ++cancelled;
        }
        QVERIFY(cancelled > 0);
        QVERIFY(!old || old->scheduler()->status().totalQueued() == 0);

        QVERIFY(ready.wait(30000));
        QCOMPARE(m_sessions->profileId(), secondId);
        QVERIFY(m_sessions->session() != old);
        QCOMPARE(switcher->currentData().toUuid(), secondId);
        QCOMPARE(m_window->currentPage()->context().profileId, secondId.toString(QUuid::WithoutBraces));
    }

    void failedSwitchKeepsTheSignedInProfile()
    {
        const QUuid before = m_sessions->profileId();
        QPointer<ApiSession> session = m_sessions->session();
        QVERIFY(session);
        auto *sessionLabel = m_window->findChild<QLabel *>(u"sessionLabel"_s);
        QVERIFY(sessionLabel);
        const QString labelBefore = sessionLabel->text();
        QVERIFY(labelBefore != u"Not signed in"_s);

        const QUuid wrongId = addSessionOnlyProfile(u"Wrong secret"_s, u"not-the-secret"_s);
        QVERIFY(!wrongId.isNull());
        auto *switcher = m_window->findChild<QComboBox *>(u"profileSwitcher"_s);
        QSignalSpy failed(m_sessions, &SessionManager::signInFailed);
        QSignalSpy changed(m_sessions, &SessionManager::sessionChanged);
        const qsizetype questionsBefore = m_prompter->questions().size();
        m_prompter->answerNext(QMessageBox::Ok);
        Q_EMIT switcher->activated(switcher->findData(wrongId));
        QVERIFY(failed.wait(30000));

        // One consistent outcome: still the old profile, its session and its pages.
        const QString message = failed.constFirst().constFirst().toString();
        QVERIFY2(message.contains(u"not accepted"_s), qPrintable(message));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(m_sessions->profileId(), before);
        QCOMPARE(m_sessions->state(), SessionManager::State::SignedIn);
        QCOMPARE(m_sessions->session(), session.data());
        QCOMPARE(m_sessions->errorText(), message);
        QCOMPARE(m_window->currentPage()->context().profileId, before.toString(QUuid::WithoutBraces));
        QCOMPARE(switcher->currentData().toUuid(), before);
        QCOMPARE(sessionLabel->text(), labelBefore);
        // The user is told why, and that the old profile is still in use.
        QTRY_COMPARE(m_prompter->questions().size(), questionsBefore + 1);
        const Prompter::Question &told = m_prompter->questions().constLast();
        QCOMPARE(told.objectName, u"switchFailedBox"_s);
        QVERIFY(told.text.contains(message));
        QVERIFY(told.text.contains(u"still signed in with “Second”"_s));

        // The pages still work with the old session.
        QVERIFY(m_window->showPage(u"keys"_s));
        const int logRowsBefore = m_window->requestLogModel()->rowCount();
        m_window->findChild<QAction *>(u"refreshAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->requestLogModel()->rowCount() > logRowsBefore, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentPage()->isLoaded(), 30000);
        QCOMPARE(m_sessions->session(), session.data());
    }

    void failedFirstSignInEndsSignedOut()
    {
        const QUuid wrongId = addSessionOnlyProfile(u"Wrong first"_s, u"also-not-the-secret"_s);
        QVERIFY(!wrongId.isNull());
        AppComposition composition(m_profiles.get());
        SessionManager &sessions = *composition.sessions();
        const std::unique_ptr<MainWindow> shell = composition.createMainWindow();
        MainWindow &window = *shell;
        QSignalSpy failed(&sessions, &SessionManager::signInFailed);
        sessions.signIn(wrongId);
        QVERIFY(failed.wait(30000));
        QVERIFY(!failed.constFirst().constFirst().toString().isEmpty());
        QCOMPARE(sessions.state(), SessionManager::State::Failed);
        QVERIFY(sessions.profileId().isNull());
        QVERIFY(!sessions.session());
        QVERIFY(sessions.organizationId().isEmpty());
        QCOMPARE(window.findChild<QLabel *>(u"sessionLabel"_s)->text(), u"Not signed in"_s);
        QCOMPARE(window.findChild<QComboBox *>(u"profileSwitcher"_s)->currentIndex(), -1);
        // The window was never shown: no page is current; a page built now is signed out too.
        QCOMPARE(window.currentPage(), nullptr);
        QVERIFY(!window.page(u"organization"_s)->context().isSignedIn());
    }

private:
    QUuid addSessionOnlyProfile(const QString &label, QString secret)
    {
        Profile profile;
        profile.label = label;
        profile.baseUrl = m_emulator.baseUrl();
        profile.keyId = m_emulator.keyId();
        profile.storage = ProfileStorage::SessionOnly;
        const QUuid id = m_profiles->add(profile);
        if (id.isNull())
            return {};
        QSignalSpy written(m_profiles->writeSecret(id, SecretBytes::fromText(secret)), &SecretJob::finished);
        if (!written.wait(5000))
            return {};
        return id;
    }

    test::EmulatorProcess m_emulator;
    std::unique_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<ScopedPrompter> m_installedPrompter;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<SessionSecretStore> m_sessionSecrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<AppComposition> m_composition;
    SessionManager *m_sessions = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QUuid m_firstProfile;
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
