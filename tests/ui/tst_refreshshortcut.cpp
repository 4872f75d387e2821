// F5 in the main window reloads the page on screen. The window's Refresh action
// owns the key; a page binding it as well would make Qt treat the key as
// ambiguous, and then neither fires.

#include "AppComposition.h"
#include "EmulatorProcess.h"
#include "MainWindow.h"
#include "api/ApiSession.h"
#include "pages/ServicesPage.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProfileStore.h"
#include "secrets/SessionSecretStore.h"
#include "session/SessionManager.h"
#include "viewmodels/ServicesViewModel.h"
#include "widgets/ScriptedPrompter.h"

#include <QAction>
#include <QKeySequence>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace chcloud;
using namespace Qt::StringLiterals;

class TestRefreshShortcut : public QObject
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
        m_page = qobject_cast<ServicesPage *>(m_window->page(u"services"_s));
        QVERIFY(m_page);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

        QSignalSpy ready(m_sessions, &SessionManager::sessionChanged);
        const QUuid profile = m_sessions->signInSessionOnly(u"Emulator"_s, m_emulator.baseUrl(), m_emulator.keyId(),
                                                            Secret(m_emulator.keySecret()));
        QVERIFY(!profile.isNull());
        QVERIFY(ready.wait(20000));
        QVERIFY(m_window->showPage(u"services"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->viewModel()->isLoaded() && !m_page->viewModel()->isBusy(), 20000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_composition.reset();
        m_profiles.reset();
        QCOMPARE(m_prompter->unscripted(), 0);
    }

    void onlyTheWindowBindsRefresh()
    {
        int bindings = 0;
        const QList<QAction *> actions = m_window->findChildren<QAction *>();
        for (const QAction *action : actions) {
            if (action->shortcuts().contains(QKeySequence(QKeySequence::Refresh)))
                ++bindings;
        }
        QCOMPARE(bindings, 1);
    }

    void f5ReloadsTheServicesPage()
    {
        ServicesViewModel *services = m_page->viewModel();
        QSignalSpy busy(services, &ServicesViewModel::busyChanged);
        QSignalSpy refreshed(services, &ServicesViewModel::refreshed);

        QTest::keyClick(m_window.get(), Qt::Key_F5);

        // refresh() goes busy at once, before anything is answered.
        QCOMPARE(busy.count(), 1);
        QCOMPARE(busy.first().first().toBool(), true);
        QVERIFY(refreshed.wait(20000));
        QVERIFY(!services->isBusy());
    }

private:
    test::EmulatorProcess m_emulator;
    std::unique_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<ScopedPrompter> m_installedPrompter;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<SessionSecretStore> m_sessionSecrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<AppComposition> m_composition;
    SessionManager *m_sessions = nullptr;
    std::unique_ptr<MainWindow> m_window;
    ServicesPage *m_page = nullptr;
};

QTEST_MAIN(TestRefreshShortcut)
#include "tst_refreshshortcut.moc"
