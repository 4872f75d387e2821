// A Secret Service without a default collection: D-Bus starts gnome-keyring on
// demand, but nobody created or unlocked a "login" keyring and there is no
// display for a prompt. Writes fail; reads then claim "not found", which the
// store must not pass on as the truth.

#include "SecretJobWaiter.h"
#include "secrets/KeychainSecretStore.h"

#include <QTest>

using namespace chcloud;
using namespace chcloud::test;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kGenerousBoundMs = 10'000;
}

class TestKeychainNoCollection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rawReadClaimsNotFound();
    void probeReportsNoKeychain();
    void readAfterFailedWriteIsNotNotFound();
};

void TestKeychainNoCollection::initTestCase()
{
    if (!qEnvironmentVariable("HOME").contains(u"chcloud-bare-session."_s))
        QFAIL("Run this test through tests/keychain/with-bare-session.sh (ctest does)");
}

void TestKeychainNoCollection::rawReadClaimsNotFound()
{
    // What the backend says when asked first: indistinguishable from "no secret".
    // This is why probe() exists.
    KeychainSecretStore store;
    const JobOutcome read = waitForJob(store.read(u"anything"_s));
    qInfo("first read: %s", describe(read).constData());
    QVERIFY2(read.finished, describe(read).constData());
    QVERIFY2(read.result.status == SecretStatus::NotFound || read.result.status == SecretStatus::NoKeychain,
             describe(read).constData());
}

void TestKeychainNoCollection::probeReportsNoKeychain()
{
    KeychainSecretStore store;
    const JobOutcome probe = waitForJob(store.probe());
    qInfo("probe: %s", describe(probe).constData());
    QCOMPARE(probe.result.status, SecretStatus::NoKeychain);
    QVERIFY2(probe.elapsedMs < kGenerousBoundMs, describe(probe).constData());
    QCOMPARE(store.availability(), KeychainSecretStore::Availability::Unavailable);

    const JobOutcome read = waitForJob(store.read(u"anything"_s));
    qInfo("read after the probe: %s", describe(read).constData());
    QCOMPARE(read.result.status, SecretStatus::NoKeychain);
}

void TestKeychainNoCollection::readAfterFailedWriteIsNotNotFound()
{
    KeychainSecretStore store;
    const JobOutcome write = waitForJob(store.write(u"account"_s, SecretBytes("value")));
    qInfo("write: %s", describe(write).constData());
    QCOMPARE(write.result.status, SecretStatus::NoKeychain);

    const JobOutcome read = waitForJob(store.read(u"account"_s));
    qInfo("read after failed write: %s", describe(read).constData());
    QCOMPARE(read.result.status, SecretStatus::NoKeychain);
    QVERIFY(read.secret.isEmpty());
}

QTEST_GUILESS_MAIN(TestKeychainNoCollection)
#include "tst_keychainnocollection.moc"
