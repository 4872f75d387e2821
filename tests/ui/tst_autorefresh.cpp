// The main window's automatic refresh (a preference, off by default) reloads the
// page on screen and nothing else; the request log shows each answer's requestId.

#include "AppComposition.h"
#include "EmulatorProcess.h"
#include "MainWindow.h"
#include "api/ApiSession.h"
#include "pages/ServicesPage.h"
#include "preferences/Preferences.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProfileStore.h"
#include "secrets/SessionSecretStore.h"
#include "session/SessionManager.h"
#include "viewmodels/RequestLogModel.h"
#include "viewmodels/ServicesViewModel.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

/// Page loads only: the key-expiry check reads the keys at background priority on its own.
int requestsOf(const SessionManager *sessions, const QString &operationId)
{
    int count = 0;
    const QList<RequestLogEntry> entries = sessions->requestLog()->entries();
    for (const RequestLogEntry &entry : entries) {
        if (entry.operationId == operationId && entry.priority == RequestPriority::Visible)
            ++count;
    }
    return count;
}

} // namespace

class TestAutoRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
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
        QSignalSpy ready(m_sessions, &SessionManager::sessionChanged);
        QVERIFY(!m_sessions
                     ->signInSessionOnly(u"Emulator"_s, m_emulator.baseUrl(), m_emulator.keyId(),
                                         Secret(m_emulator.keySecret()))
                     .isNull());
        QVERIFY(ready.wait(20000));
        QVERIFY(m_window->showPage(u"services"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->viewModel()->isLoaded() && !m_page->viewModel()->isBusy(), 20000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_composition.reset();
        m_profiles.reset();
        QSettings().clear();
    }

    void offByDefault()
    {
        QCOMPARE(Preferences().refreshIntervalSeconds(), 0);
        QCOMPARE(m_window->autoRefreshSeconds(), 0);
    }

    void reloadsOnlyThePageOnScreen()
    {
        Preferences preferences;
        preferences.setRefreshIntervalSeconds(30);
        m_window->applyPreferences(preferences);
        QCOMPARE(m_window->autoRefreshSeconds(), 30);
        auto *timer = m_window->findChild<QTimer *>(u"autoRefreshTimer"_s);
        QVERIFY(timer && timer->isActive());

        const int servicesBefore = requestsOf(m_sessions, u"instanceGetList"_s);
        const int keysBefore = requestsOf(m_sessions, u"openapiKeyGetList"_s);
        const int membersBefore = requestsOf(m_sessions, u"memberGetList"_s);
        QSignalSpy refreshed(m_page->viewModel(), &ServicesViewModel::refreshed);
        // What the interval's end does, without waiting 30 s for it.
        QVERIFY(QMetaObject::invokeMethod(timer, "timeout"));
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(requestsOf(m_sessions, u"instanceGetList"_s), servicesBefore + 1);
        QCOMPARE(requestsOf(m_sessions, u"openapiKeyGetList"_s), keysBefore);
        QCOMPARE(requestsOf(m_sessions, u"memberGetList"_s), membersBefore);

        preferences.setRefreshIntervalSeconds(0);
        m_window->applyPreferences(preferences);
        QVERIFY(!timer->isActive());
    }

    void requestLogShowsTheEnvelopesRequestId()
    {
        RequestLogModel *model = m_window->requestLogModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->rowCount() > 0);
        int withId = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString id = model->index(row, RequestLogModel::RequestIdColumn).data().toString();
            const QString status = model->index(row, RequestLogModel::StatusColumn).data().toString();
            if (status.startsWith(u"200"_s)) {
                QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(u"row %1: \"%2\""_s.arg(row).arg(id)));
                ++withId;
            }
        }
        QVERIFY(withId > 0);
    }

private:
    test::EmulatorProcess m_emulator;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<SessionSecretStore> m_sessionSecrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<AppComposition> m_composition;
    SessionManager *m_sessions = nullptr;
    std::unique_ptr<MainWindow> m_window;
    ServicesPage *m_page = nullptr;
};

QTEST_MAIN(TestAutoRefresh)
#include "tst_autorefresh.moc"
