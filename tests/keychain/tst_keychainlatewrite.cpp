// A keychain write that times out and completes later. The private keyring's
// daemon is stopped (SIGSTOP) while a profile is saved, so the save ends
// TimedOut and the user picks a session-only profile instead; then the daemon
// resumes and stores the secret after all. The entry belongs to no profile and
// must not stay in the keychain. (Run through with-private-keyring.sh.)

#include "AppInfo.h"
#include "SecretJobWaiter.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProfileStore.h"
#include "secrets/SessionSecretStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace chcloud;
using namespace chcloud::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 500;

/// The accounts (user attribute) of the application's items in the keyring.
QStringList keyringAccounts()
{
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(u"secret-tool"_s, { u"search"_s, u"--all"_s, u"server"_s, AppInfo::keychainService() });
    if (!tool.waitForFinished(10'000))
        return { u"(secret-tool did not answer)"_s };
    QStringList accounts;
    const QString output = QString::fromUtf8(tool.readAll());
    for (const QString &line : output.split(u'\n')) {
        if (line.startsWith(u"attribute.user = "_s))
            accounts.append(line.mid(17));
    }
    return accounts;
}

Profile makeProfile(ProfileStorage storage)
{
    Profile profile;
    profile.id = QUuid::createUuid();
    profile.label = u"Late write"_s;
    profile.baseUrl = QUrl(u"https://api.clickhouse.cloud"_s);
    profile.keyId = u"LATEWRITEKEY"_s;
    profile.storage = storage;
    return profile;
}

} // namespace

class TestKeychainLateWrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void lateWriteForAbandonedProfileIsRemoved();

private:
    pid_t m_daemon = 0;
    bool m_stopped = false;
};

void TestKeychainLateWrite::initTestCase()
{
    if (!qEnvironmentVariable("HOME").contains(u"chcloud-keyring."_s))
        QFAIL("Run this test through tests/keychain/with-private-keyring.sh (ctest does)");
    // The private session's own Secret Service: the daemon the wrapper started.
    const auto pid = QDBusConnection::sessionBus().interface()->servicePid(u"org.freedesktop.secrets"_s);
    QVERIFY2(pid.isValid() && pid.value() > 0, qPrintable(pid.error().message()));
    m_daemon = pid_t(pid.value());
}

void TestKeychainLateWrite::cleanupTestCase()
{
    if (m_stopped)
        ::kill(m_daemon, SIGCONT);
    QFile::remove(QDir(qEnvironmentVariable("HOME")).filePath(u".config/chcloud-desktop/profiles.ini"_s));
}

void TestKeychainLateWrite::lateWriteForAbandonedProfileIsRemoved()
{
    KeychainSecretStore keychain;
    SessionSecretStore session;
    QVERIFY(waitForJob(keychain.probe()).result.isOk());
    keychain.setTimeoutMs(kTimeoutMs);
    ProfileStore profiles(keychain, session);
    QSignalSpy landed(&keychain, &SecretStore::lateWriteLanded);

    const Profile saved = makeProfile(ProfileStorage::Keychain);
    QCOMPARE(::kill(m_daemon, SIGSTOP), 0);
    m_stopped = true;
    const JobOutcome outcome = waitForJob(profiles.commit(saved, SecretBytes("late-landing-secret")));
    qInfo("save while the keychain is stopped: %s", describe(outcome).constData());
    QCOMPARE(outcome.result.status, SecretStatus::TimedOut);
    QVERIFY(!profiles.contains(saved.id));

    // "Session only" instead.
    const Profile sessionOnly = makeProfile(ProfileStorage::SessionOnly);
    QVERIFY(waitForJob(profiles.commit(sessionOnly, SecretBytes("late-landing-secret"))).result.isOk());

    QCOMPARE(::kill(m_daemon, SIGCONT), 0);
    m_stopped = false;
    // The stalled write completes and lands the secret under the abandoned id...
    QTRY_COMPARE_WITH_TIMEOUT(landed.count(), 1, 30'000);
    QCOMPARE(landed.constFirst().constFirst().toString(), saved.secretAccount());
    // ...and the store removes it: the keychain holds nothing of the application's.
    QTRY_COMPARE_WITH_TIMEOUT(keychain.stalledJobCount(), 0, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(!profiles.keychainEntryNames().contains(saved.secretAccount()), 30'000);
    QCOMPARE(keyringAccounts(), QStringList());
    QVERIFY(profiles.contains(sessionOnly.id));
    QVERIFY(session.contains(sessionOnly.secretAccount()));
}

QTEST_GUILESS_MAIN(TestKeychainLateWrite)
#include "tst_keychainlatewrite.moc"
