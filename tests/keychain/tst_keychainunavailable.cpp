// No keychain at all: no session bus and no display. Every operation must end
// quickly with NoKeychain and a message the user can act on, never NotFound.

#include "SecretJobWaiter.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QTest>

using namespace chcloud;
using namespace chcloud::test;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kGenerousBoundMs = 10'000;
}

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operationsReportNoKeychain_data();
    void operationsReportNoKeychain();
    void probeReportsNoKeychain();
    void readAfterFailedWriteIsNotNotFound();
};

void TestKeychainUnavailable::operationsReportNoKeychain_data()
{
    QTest::addColumn<SecretJob::Operation>("operation");
    QTest::newRow("read") << SecretJob::Operation::Read;
    QTest::newRow("write") << SecretJob::Operation::Write;
    QTest::newRow("remove") << SecretJob::Operation::Remove;
}

void TestKeychainUnavailable::operationsReportNoKeychain()
{
    QFETCH(SecretJob::Operation, operation);
    KeychainSecretStore store; // fresh: nothing learned from earlier rows
    SecretJob *job = nullptr;
    switch (operation) {
    case SecretJob::Operation::Read:
        job = store.read(u"nobody-home"_s);
        break;
    case SecretJob::Operation::Write:
        job = store.write(u"nobody-home"_s, SecretBytes("never-stored"));
        break;
    default:
        job = store.remove(u"nobody-home"_s);
        break;
    }
    const JobOutcome outcome = waitForJob(job, int(kGenerousBoundMs) + 5'000);
    qInfo("%s", describe(outcome).constData());
    QVERIFY2(outcome.finished, describe(outcome).constData());
    QCOMPARE(outcome.result.status, SecretStatus::NoKeychain);
    QVERIFY(!outcome.result.message.isEmpty());
    QVERIFY(!outcome.result.detail.isEmpty());
    QVERIFY(outcome.secret.isEmpty());
    QVERIFY2(outcome.elapsedMs < kGenerousBoundMs, describe(outcome).constData());
}

void TestKeychainUnavailable::probeReportsNoKeychain()
{
    KeychainSecretStore store;
    QSignalSpy availability(&store, &KeychainSecretStore::availabilityChanged);
    const JobOutcome probe = waitForJob(store.probe(), int(kGenerousBoundMs) + 5'000);
    qInfo("probe: %s", describe(probe).constData());
    QCOMPARE(probe.result.status, SecretStatus::NoKeychain);
    QVERIFY2(probe.elapsedMs < kGenerousBoundMs, describe(probe).constData());
    QCOMPARE(store.availability(), KeychainSecretStore::Availability::Unavailable);
    QCOMPARE(availability.count(), 1);
    qInfo("message: %s", qPrintable(probe.result.message));
}

void TestKeychainUnavailable::readAfterFailedWriteIsNotNotFound()
{
    KeychainSecretStore store;
    QCOMPARE(waitForJob(store.write(u"account"_s, SecretBytes("value"))).result.status, SecretStatus::NoKeychain);
    const JobOutcome read = waitForJob(store.read(u"account"_s));
    qInfo("read after failed write: %s", describe(read).constData());
    QVERIFY(read.result.status != SecretStatus::NotFound);
    QCOMPARE(read.result.status, SecretStatus::NoKeychain);
}

int main(int argc, char *argv[])
{
    // Before anything can reach D-Bus: no session bus to talk to, no display to
    // autolaunch one on. QtKeychain decides its backend once per process.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QCoreApplication app(argc, argv);
    TestKeychainUnavailable test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainunavailable.moc"
