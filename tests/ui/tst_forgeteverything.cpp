// File ▸ Forget Everything…: the confirmation lists what goes; cancelling keeps
// everything; confirming signs out and removes profiles, service passwords and settings.

#include "AppComposition.h"
#include "MainWindow.h"
#include "api/ApiSession.h"
#include "secrets/ProfileStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SessionSecretStore.h"
#include "session/SessionManager.h"
#include "widgets/ScriptedPrompter.h"

#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace chcloud;
using namespace Qt::StringLiterals;

class TestForgetEverything : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void confirmationListsWhatGoesAndOnlyYesRemovesIt();
};

void TestForgetEverything::confirmationListsWhatGoesAndOnlyYesRemovesIt()
{
    QTemporaryDir settingsDir;
    QVERIFY(settingsDir.isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    SessionSecretStore keychain; // stands in for the keychain
    SessionSecretStore session;
    ProfileStore profiles(keychain, session);
    Profile profile;
    profile.label = u"Production admin"_s;
    profile.baseUrl = QUrl(u"https://api.clickhouse.cloud"_s);
    profile.keyId = u"KEYIDPROD"_s;
    const QUuid id = profiles.add(profile);
    QVERIFY(!id.isNull());
    QSignalSpy written(profiles.writeServicePassword(id, u"svc-1"_s, SecretBytes("service-pw")), &SecretJob::finished);
    QVERIFY(written.wait(5000));
    const QString passwordAccount = ProfileStore::servicePasswordAccount(u"svc-1"_s);
    QVERIFY(keychain.contains(passwordAccount));

    AppComposition composition(&profiles);
    SessionManager &sessions = *composition.sessions();
    const std::unique_ptr<MainWindow> shell = composition.createMainWindow();
    MainWindow &window = *shell;
    auto *action = window.findChild<QAction *>(u"forgetEverythingAction"_s);
    QVERIFY(action);
    ScriptedPrompter prompter;
    ScopedPrompter installed(&prompter);

    prompter.answerNext(QMessageBox::Cancel);
    action->trigger();
    QCOMPARE(prompter.questions().size(), 1);
    const Prompter::Question question = prompter.questions().constFirst();
    QCOMPARE(question.objectName, u"confirmForgetEverything"_s);
    QCOMPARE(question.defaultButton, QMessageBox::Cancel);
    QVERIFY2(question.informativeText.contains(u"Production admin"_s), qPrintable(question.informativeText));
    QVERIFY2(question.informativeText.contains(u"1 stored service password"_s), qPrintable(question.informativeText));
    QVERIFY2(question.informativeText.contains(u"settings"_s), qPrintable(question.informativeText));
    QCOMPARE(profiles.profiles().size(), 1);
    QVERIFY(keychain.contains(passwordAccount));

    prompter.answerNext(QMessageBox::Yes);
    action->trigger();
    QTRY_VERIFY(!keychain.contains(passwordAccount));
    QTRY_VERIFY(profiles.keychainEntryNames().isEmpty());
    QVERIFY(profiles.profiles().isEmpty());
    QCOMPARE(profiles.servicePasswordCount(), 0);
    QCOMPARE(sessions.state(), SessionManager::State::SignedOut);
    QCOMPARE(prompter.unscripted(), 0);
}

QTEST_MAIN(TestForgetEverything)
#include "tst_forgeteverything.moc"
