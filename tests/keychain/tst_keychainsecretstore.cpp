// KeychainSecretStore and ProfileStore against a real, private gnome-keyring
// (run through with-private-keyring.sh: never the developer's own keyring).

#include "AppInfo.h"
#include "SecretJobWaiter.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProfileStore.h"
#include "secrets/SessionSecretStore.h"
#include "viewmodels/ServicePasswordVault.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace chcloud;
using namespace chcloud::test;
using namespace Qt::StringLiterals;

namespace {

using KeyringItem = QHash<QString, QString>;

/// The items `secret-tool search --all server <service>` lists, as "key = value" maps.
QList<KeyringItem> keyringItems()
{
    // secret-tool prints attributes on stderr and the rest on stdout; unbuffered
    // into one channel, each item's lines stay together.
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(u"stdbuf"_s,
               { u"-o0"_s, u"secret-tool"_s, u"search"_s, u"--all"_s, u"server"_s, AppInfo::keychainService() });
    if (!tool.waitForFinished(10'000))
        return {};
    QList<KeyringItem> items;
    const QString output = QString::fromUtf8(tool.readAll());
    for (const QString &line : output.split(u'\n')) {
        // An item starts with its object path in brackets, e.g. "[/3]".
        const qsizetype open = line.indexOf(u"[/"_s);
        if (open >= 0 && line.endsWith(u']')) {
            items.append({ { u"path"_s, line.mid(open + 1, line.size() - open - 2) } });
            continue;
        }
        const qsizetype equals = line.indexOf(u" = "_s);
        if (equals > 0 && !items.isEmpty())
            items.last().insert(line.left(equals).trimmed(), line.mid(equals + 3));
    }
    return items;
}

/// Removes every item of the application from the private keyring.
void clearKeyring()
{
    QProcess::execute(u"secret-tool"_s, { u"clear"_s, u"server"_s, AppInfo::keychainService() });
}

QList<KeyringItem> keyringItemsFor(const QString &account)
{
    QList<KeyringItem> matching;
    const QList<KeyringItem> items = keyringItems();
    for (const KeyringItem &item : items) {
        if (item.value(u"attribute.user"_s) == account)
            matching.append(item);
    }
    return matching;
}

QByteArray randomSecret()
{
    QByteArray raw(24, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    return "chc_" + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Profile makeProfile(const QString &label)
{
    Profile profile;
    profile.label = label;
    profile.baseUrl = QUrl(u"https://api.clickhouse.cloud"_s);
    profile.organizationId = u"4f1c2a9e-0000-4000-8000-000000000001"_s;
    profile.organizationName = u"Keychain Test Org"_s;
    profile.keyId = u"KEYCHAINTESTKEY"_s;
    return profile;
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void probeFindsWorkingKeychain();
    void writeReadOverwriteRemove();
    void accountsDoNotSeeEachOther();
    void keyringItemHasAppAttributes();
    void secretIsInNoFile();
    void removingProfileRemovesKeychainEntry();
    void forgetEverythingLeavesNoEntry();
    void forgetEverythingRemovesServicePasswords();
    void sessionOnlyServicePasswordStaysOutOfTheKeychain();

private:
    QString m_sandbox; ///< the wrapper's temporary directory (HOME, XDG dirs)
};

void TestKeychainSecretStore::initTestCase()
{
    // Refuse to run against a real keyring.
    const QString home = qEnvironmentVariable("HOME");
    if (!home.contains(u"chcloud-keyring."_s))
        QFAIL("Run this test through tests/keychain/with-private-keyring.sh (ctest does)");
    m_sandbox = QDir(home).absoluteFilePath(u".."_s);
    m_sandbox = QDir::cleanPath(m_sandbox);
    QVERIFY(qEnvironmentVariableIsEmpty("DISPLAY"));
    QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    clearKeyring();
    QVERIFY(keyringItems().isEmpty());
}

void TestKeychainSecretStore::cleanup()
{
    // A failed check may leave items behind; the next test starts from an empty keyring.
    clearKeyring();
    QFile::remove(QDir(qEnvironmentVariable("HOME")).filePath(u".config/chcloud-desktop/profiles.ini"_s));
}

void TestKeychainSecretStore::probeFindsWorkingKeychain()
{
    KeychainSecretStore store;
    QCOMPARE(store.availability(), KeychainSecretStore::Availability::Unknown);
    const JobOutcome probe = waitForJob(store.probe());
    qInfo("probe: %s", describe(probe).constData());
    QVERIFY2(probe.result.isOk(), describe(probe).constData());
    QCOMPARE(store.availability(), KeychainSecretStore::Availability::Available);
    QVERIFY(keyringItemsFor(KeychainSecretStore::probeAccount()).isEmpty());

    const JobOutcome cached = waitForJob(store.probe());
    QVERIFY(cached.result.isOk());
    qInfo("cached probe: %s", describe(cached).constData());
}

void TestKeychainSecretStore::writeReadOverwriteRemove()
{
    KeychainSecretStore store;
    const QString account = u"round-trip"_s;
    const QByteArray first = randomSecret();
    const QByteArray second = randomSecret();

    const JobOutcome written = waitForJob(store.write(account, SecretBytes(first)));
    qInfo("write: %s", describe(written).constData());
    QVERIFY2(written.result.isOk(), describe(written).constData());
    QCOMPARE(written.finishedCount, 1);

    const JobOutcome read = waitForJob(store.read(account));
    qInfo("read: %s", describe(read).constData());
    QVERIFY2(read.result.isOk(), describe(read).constData());
    QCOMPARE(read.secret, first);

    const JobOutcome overwritten = waitForJob(store.write(account, SecretBytes(second)));
    qInfo("overwrite: %s", describe(overwritten).constData());
    QVERIFY2(overwritten.result.isOk(), describe(overwritten).constData());
    QCOMPARE(waitForJob(store.read(account)).secret, second);
    QCOMPARE(keyringItemsFor(account).size(), 1); // replaced, not added

    const JobOutcome removed = waitForJob(store.remove(account));
    qInfo("remove: %s", describe(removed).constData());
    QVERIFY2(removed.result.isOk(), describe(removed).constData());

    const JobOutcome gone = waitForJob(store.read(account));
    qInfo("read after remove: %s", describe(gone).constData());
    QCOMPARE(gone.result.status, SecretStatus::NotFound);
    QVERIFY(gone.secret.isEmpty());
    QVERIFY(!gone.result.message.isEmpty());
}

void TestKeychainSecretStore::accountsDoNotSeeEachOther()
{
    KeychainSecretStore store;
    const QString alpha = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString bravo = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray alphaSecret = randomSecret();
    const QByteArray bravoSecret = randomSecret();
    QVERIFY(waitForJob(store.write(alpha, SecretBytes(alphaSecret))).result.isOk());
    QVERIFY(waitForJob(store.write(bravo, SecretBytes(bravoSecret))).result.isOk());

    QCOMPARE(waitForJob(store.read(alpha)).secret, alphaSecret);
    QCOMPARE(waitForJob(store.read(bravo)).secret, bravoSecret);

    QVERIFY(waitForJob(store.remove(alpha)).result.isOk());
    QCOMPARE(waitForJob(store.read(alpha)).result.status, SecretStatus::NotFound);
    QCOMPARE(waitForJob(store.read(bravo)).secret, bravoSecret);
    QVERIFY(waitForJob(store.remove(bravo)).result.isOk());
}

void TestKeychainSecretStore::keyringItemHasAppAttributes()
{
    KeychainSecretStore store;
    const QString account = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray secret = randomSecret();
    QVERIFY(waitForJob(store.write(account, SecretBytes(secret))).result.isOk());

    const QList<KeyringItem> items = keyringItemsFor(account);
    QCOMPARE(items.size(), 1);
    const KeyringItem &item = items.constFirst();
    qInfo() << "keyring item:" << item.value(u"path"_s) << "schema" << item.value(u"schema"_s);
    QVERIFY(!item.value(u"path"_s).isEmpty());
    QCOMPARE(item.value(u"schema"_s), u"org.qt.keychain"_s);
    QCOMPARE(item.value(u"attribute.server"_s), AppInfo::keychainService());
    QCOMPARE(item.value(u"attribute.user"_s), account);
    QCOMPARE(item.value(u"secret"_s).toUtf8(), secret);

    QVERIFY(waitForJob(store.remove(account)).result.isOk());
    QVERIFY(keyringItemsFor(account).isEmpty());
}

void TestKeychainSecretStore::secretIsInNoFile()
{
    KeychainSecretStore keychain;
    SessionSecretStore session;
    ProfileStore profiles(keychain, session);
    const QString label = u"File scan profile"_s;
    const QUuid id = profiles.add(makeProfile(label));
    QVERIFY(!id.isNull());
    const QByteArray secret = randomSecret();
    QVERIFY(waitForJob(profiles.writeSecret(id, SecretBytes(secret))).result.isOk());
    QCOMPARE(waitForJob(profiles.readSecret(id)).secret, secret);
    QVERIFY(profiles.settingsFileName().startsWith(m_sandbox));

    int scanned = 0;
    bool labelSeen = false;
    QDirIterator files(m_sandbox, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        ++scanned;
        labelSeen = labelSeen || content.contains(label.toUtf8());
        QVERIFY2(!content.contains(secret), qPrintable(path));
        QVERIFY2(!content.contains(secret.toBase64()), qPrintable(path));
    }
    qInfo("scanned %d files under %s", scanned, qPrintable(m_sandbox));
    QVERIFY(labelSeen); // the scan did reach the settings file
    QCOMPARE(keyringItemsFor(id.toString(QUuid::WithoutBraces)).size(), 1);

    QVERIFY(waitForJob(profiles.remove(id)).result.isOk());
}

void TestKeychainSecretStore::removingProfileRemovesKeychainEntry()
{
    KeychainSecretStore keychain;
    SessionSecretStore session;
    ProfileStore profiles(keychain, session);
    const QUuid keep = profiles.add(makeProfile(u"Kept"_s));
    const QUuid drop = profiles.add(makeProfile(u"Dropped"_s));
    QVERIFY(waitForJob(profiles.writeSecret(keep, SecretBytes(randomSecret()))).result.isOk());
    QVERIFY(waitForJob(profiles.writeSecret(drop, SecretBytes(randomSecret()))).result.isOk());
    const QString dropAccount = drop.toString(QUuid::WithoutBraces);
    QCOMPARE(keyringItemsFor(dropAccount).size(), 1);

    const JobOutcome removed = waitForJob(profiles.remove(drop));
    qInfo("profile remove: %s", describe(removed).constData());
    QVERIFY2(removed.result.isOk(), describe(removed).constData());

    QVERIFY(keyringItemsFor(dropAccount).isEmpty());
    QCOMPARE(keyringItemsFor(keep.toString(QUuid::WithoutBraces)).size(), 1);
    QCOMPARE(profiles.keychainEntryNames(), QStringList { keep.toString(QUuid::WithoutBraces) });
    QCOMPARE(waitForJob(keychain.read(dropAccount)).result.status, SecretStatus::NotFound);

    QVERIFY(waitForJob(profiles.remove(keep)).result.isOk());
}

void TestKeychainSecretStore::forgetEverythingLeavesNoEntry()
{
    KeychainSecretStore keychain;
    SessionSecretStore session;
    ProfileStore profiles(keychain, session);
    for (const QString &label : { u"One"_s, u"Two"_s, u"Three"_s }) {
        const QUuid id = profiles.add(makeProfile(label));
        QVERIFY(waitForJob(profiles.writeSecret(id, SecretBytes(randomSecret()))).result.isOk());
    }
    QCOMPARE(keyringItems().size(), 3);

    const JobOutcome forgotten = waitForJob(profiles.forgetEverything());
    qInfo("forget everything: %s", describe(forgotten).constData());
    QVERIFY2(forgotten.result.isOk(), describe(forgotten).constData());

    QVERIFY(keyringItems().isEmpty());
    QVERIFY(profiles.profiles().isEmpty());
    QVERIFY(profiles.keychainEntryNames().isEmpty());
}

void TestKeychainSecretStore::forgetEverythingRemovesServicePasswords()
{
    KeychainSecretStore keychain;
    SessionSecretStore session;
    ProfileStore profiles(keychain, session);
    ServicePasswordVault vault(&profiles);
    const QUuid id = profiles.add(makeProfile(u"Services"_s));
    vault.setProfileId(id);
    QCOMPARE(vault.storeName(), keychain.displayName());
    QVERIFY(waitForJob(profiles.writeSecret(id, SecretBytes(randomSecret()))).result.isOk());

    QSignalSpy stored(&vault, &ServicePasswordVault::stored);
    vault.store(u"svc-0001"_s, Secret(QString::fromLatin1(randomSecret())));
    QVERIFY(stored.wait(10'000));
    QVERIFY2(stored.constFirst().constFirst().toBool(), qPrintable(stored.constFirst().at(1).toString()));
    QCOMPARE(keyringItemsFor(ServicePasswordVault::accountFor(u"svc-0001"_s)).size(), 1);
    QCOMPARE(keyringItems().size(), 2);

    const JobOutcome forgotten = waitForJob(profiles.forgetEverything());
    QVERIFY2(forgotten.result.isOk(), describe(forgotten).constData());
    // secret-tool finds nothing of the application's any more.
    QVERIFY(keyringItems().isEmpty());
    QCOMPARE(profiles.servicePasswordCount(), 0);
}

void TestKeychainSecretStore::sessionOnlyServicePasswordStaysOutOfTheKeychain()
{
    KeychainSecretStore keychain;
    SessionSecretStore session;
    ProfileStore profiles(keychain, session);
    ServicePasswordVault vault(&profiles);
    Profile demo = makeProfile(u"Demo"_s);
    demo.storage = ProfileStorage::SessionOnly;
    vault.setProfileId(profiles.add(demo));
    QCOMPARE(vault.storeName(), session.displayName());

    QSignalSpy stored(&vault, &ServicePasswordVault::stored);
    vault.store(u"svc-0002"_s, Secret(QString::fromLatin1(randomSecret())));
    QVERIFY(stored.wait(10'000));
    QVERIFY(stored.constFirst().constFirst().toBool());
    QVERIFY(session.contains(ServicePasswordVault::accountFor(u"svc-0002"_s)));
    QVERIFY(keyringItems().isEmpty());
    QVERIFY(profiles.keychainEntryNames().isEmpty());
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
