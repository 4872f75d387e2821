// A keychain that never answers. A helper process (this executable, started with
// --hold-secret-service) owns org.freedesktop.secrets on a private session bus
// and is then stopped, so every Secret Service call waits for a reply that does
// not come — as when a prompter waits on a display nobody sees.

#include "SecretJobWaiter.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/types.h>

using namespace chcloud;
using namespace chcloud::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 500;
constexpr qint64 kGenerousBoundMs = 10'000;
const char kHoldOption[] = "--hold-secret-service";

int holdSecretServiceName(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!QDBusConnection::sessionBus().registerService(u"org.freedesktop.secrets"_s)) {
        std::fprintf(stderr, "could not own org.freedesktop.secrets\n");
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}

} // namespace

class TestKeychainTimeout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hangingJobEndsTimedOut();
    void laterRequestsEndAtOnceWhileStalled();
    void lateAnswerAfterTimeoutIsHarmless();

private:
    QProcess m_holder;
    std::unique_ptr<KeychainSecretStore> m_store;
};

void TestKeychainTimeout::initTestCase()
{
    if (!qEnvironmentVariable("HOME").contains(u"chcloud-bare-session."_s))
        QFAIL("Run this test through tests/keychain/with-bare-session.sh (ctest does)");

    m_holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_holder.start(QCoreApplication::applicationFilePath(), { QString::fromLatin1(kHoldOption) });
    QVERIFY(m_holder.waitForStarted());
    while (!m_holder.canReadLine())
        QVERIFY2(m_holder.waitForReadyRead(10'000), "the helper did not take the Secret Service name");
    QCOMPARE(m_holder.readLine().trimmed(), QByteArray("ready"));
    // Stopped, the helper still owns the name but reads nothing: calls wait.
    QCOMPARE(::kill(pid_t(m_holder.processId()), SIGSTOP), 0);

    m_store = std::make_unique<KeychainSecretStore>();
    m_store->setTimeoutMs(kTimeoutMs);
}

void TestKeychainTimeout::cleanupTestCase()
{
    if (m_holder.state() != QProcess::NotRunning) {
        m_holder.kill();
        m_holder.waitForFinished(5'000);
    }
    m_store.reset();
}

void TestKeychainTimeout::hangingJobEndsTimedOut()
{
    QSignalSpy stalled(m_store.get(), &KeychainSecretStore::jobStalled);
    const JobOutcome outcome = waitForJob(m_store->write(u"hangs"_s, SecretBytes("never-answered")));
    qInfo("write to a silent keychain: %s", describe(outcome).constData());

    QVERIFY2(outcome.finished, describe(outcome).constData());
    QCOMPARE(outcome.result.status, SecretStatus::TimedOut);
    QCOMPARE(outcome.finishedCount, 1);
    QVERIFY(!outcome.result.message.isEmpty());
    QVERIFY2(outcome.elapsedMs >= kTimeoutMs - 50, describe(outcome).constData());
    QVERIFY2(outcome.elapsedMs < kGenerousBoundMs, describe(outcome).constData());
    QCOMPARE(stalled.count(), 1);
    QCOMPARE(stalled.constFirst().constFirst().toString(), u"hangs"_s);
    QCOMPARE(m_store->stalledJobCount(), 1);
}

void TestKeychainTimeout::laterRequestsEndAtOnceWhileStalled()
{
    // QtKeychain runs one job at a time: a new one would only queue behind the stuck one.
    const JobOutcome outcome = waitForJob(m_store->read(u"hangs"_s));
    qInfo("read while stalled: %s", describe(outcome).constData());
    QCOMPARE(outcome.result.status, SecretStatus::TimedOut);
    QCOMPARE(outcome.result.detail, SecretResult::stillWaiting().detail);
    QVERIFY2(outcome.elapsedMs < kTimeoutMs, describe(outcome).constData());
}

void TestKeychainTimeout::lateAnswerAfterTimeoutIsHarmless()
{
    // The helper goes away: the bus fails the pending call, QtKeychain finally
    // finishes the job whose SecretJob is long gone. Nothing may call into it.
    m_holder.kill();
    QVERIFY(m_holder.waitForFinished(5'000));
    QTRY_COMPARE_WITH_TIMEOUT(m_store->stalledJobCount(), 0, 30'000);

    const JobOutcome next = waitForJob(m_store->read(u"hangs"_s), 30'000);
    qInfo("read once the stuck job ended: %s", describe(next).constData());
    QVERIFY2(next.finished, describe(next).constData());
    QVERIFY(next.result.status != SecretStatus::TimedOut);
}

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], kHoldOption) == 0)
            return holdSecretServiceName(argc, argv);
    }
    QCoreApplication app(argc, argv);
    TestKeychainTimeout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychaintimeout.moc"
