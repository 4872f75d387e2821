// ProfileStore: metadata in QSettings, secrets only in a SecretStore, session-only
// profiles never written anywhere.

#include "secrets/ProfileStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SessionSecretStore.h"
#include "session/ProfilesViewModel.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <utility>
#include <vector>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

/// A keychain stand-in whose removals fail, as a locked keychain's would.
class RefusingSecretStore final : public SecretStore
{
public:
    SecretJob *read(const QString &account) override { return refuse(SecretJob::Operation::Read, account); }
    SecretJob *write(const QString &account, SecretBytes) override
    {
        return refuse(SecretJob::Operation::Write, account);
    }
    SecretJob *remove(const QString &account) override { return refuse(SecretJob::Operation::Remove, account); }
    bool isPersistent() const override { return true; }
    QString displayName() const override { return u"refusing"_s; }

private:
    SecretJob *refuse(SecretJob::Operation operation, const QString &account)
    {
        auto *job = new SecretJob(operation, account, this);
        job->finishLater(SecretResult::accessDenied(u"collection is locked"_s));
        return job;
    }
};

/// A keychain stand-in that works until told to refuse writes or to let them hang;
/// a hung write can be made to land later, as a stalled keychain job may.
class FlakySecretStore final : public SecretStore
{
public:
    enum class Writes { Work, Fail, Stall };

    SecretJob *read(const QString &account) override { return m_inner.read(account); }
    SecretJob *write(const QString &account, SecretBytes secret) override
    {
        switch (writes) {
        case Writes::Work:
            return m_inner.write(account, std::move(secret));
        case Writes::Fail:
            break;
        case Writes::Stall: {
            m_stalled.emplace_back(account, std::move(secret));
            auto *job = new SecretJob(SecretJob::Operation::Write, account, this);
            job->finishLater(SecretResult::timedOut(500));
            return job;
        }
        }
        auto *job = new SecretJob(SecretJob::Operation::Write, account, this);
        job->finishLater(SecretResult::accessDenied(u"collection is locked"_s));
        return job;
    }
    SecretJob *remove(const QString &account) override { return m_inner.remove(account); }
    bool isPersistent() const override { return true; }
    QString displayName() const override { return u"flaky"_s; }

    /// The stalled writes complete now, as the keychain would report them.
    void landStalledWrites()
    {
        for (auto &[account, secret] : m_stalled) {
            m_inner.write(account, std::move(secret));
            Q_EMIT lateWriteLanded(account);
        }
        m_stalled.clear();
    }
    bool contains(const QString &account) const { return m_inner.contains(account); }

    Writes writes = Writes::Work;

private:
    SessionSecretStore m_inner;
    std::vector<std::pair<QString, SecretBytes>> m_stalled;
};

Profile makeProfile(const QString &label, ProfileStorage storage = ProfileStorage::Keychain)
{
    Profile profile;
    profile.label = label;
    profile.baseUrl = QUrl(u"https://api.clickhouse.cloud"_s);
    profile.organizationId = u"9a1b3c4d-0000-4000-8000-00000000000a"_s;
    profile.organizationName = u"Acme Analytics"_s;
    profile.keyId = u"KEYID" % label.toUpper().remove(u' ');
    profile.storage = storage;
    return profile;
}

/// Reads a secret back (a test-only copy).
QByteArray readBack(SecretStore &store, const QString &account)
{
    SecretJob *job = store.read(account);
    QSignalSpy finished(job, &SecretJob::finished);
    QByteArray copy;
    QObject::connect(job, &SecretJob::finished, job, [&copy, job] {
        SecretBytes secret = job->takeSecret();
        copy = QByteArray(secret.bytes().constData(), secret.size());
    });
    if (!finished.wait(5000))
        return "(no answer)";
    return copy;
}

/// Waits for a job to end and returns its result.
SecretResult waitFor(SecretJob *job)
{
    if (!job)
        return SecretResult::other(u"no job"_s);
    QSignalSpy finished(job, &SecretJob::finished);
    SecretResult result;
    QObject::connect(job, &SecretJob::finished, job, [&result, job] { result = job->result(); });
    if (!finished.wait(5000))
        return SecretResult::other(u"the job did not finish"_s);
    return result;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addGivesIdAndFirstBecomesDefault();
    void addRejectsInvalidProfiles_data();
    void addRejectsInvalidProfiles();
    void profilesSurviveRestart();
    void updateChangesMetadata();
    void updateRefusesStorageChangeAndUnknownIds();
    void removeForgetsProfileSecretAndEntryName();
    void removingDefaultPicksAnother();
    void setDefaultIsRemembered();
    void sessionOnlyProfileIsNeverPersisted();
    void settingsFileNeverContainsSecret_data();
    void settingsFileNeverContainsSecret();
    void failedRemovalKeepsEntryName();
    void forgetEverythingRemovesAllEntries();
    void unknownProfileHasNoSecretJob();
    void failedSecretWriteLeavesExistingProfileAsItWas();
    void failedSecretWriteAddsNoNewProfile();
    void servicePasswordsFollowTheProfileStorage();
    void lateWriteForVanishedProfileIsRemoved();
    void lateWriteForUnchangedProfileCompletesTheSave();
    void forgetEverythingListsAndRemovesWhatGoes();

private:
    std::unique_ptr<ProfileStore> makeStore();
    QByteArray rawSettings(const ProfileStore &store) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionSecretStore> m_keychain; // stands in for the keychain
    std::unique_ptr<SessionSecretStore> m_session;
};

void TestProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->path());
    m_keychain = std::make_unique<SessionSecretStore>();
    m_session = std::make_unique<SessionSecretStore>();
}

void TestProfileStore::cleanup()
{
    m_session.reset();
    m_keychain.reset();
    m_dir.reset();
}

std::unique_ptr<ProfileStore> TestProfileStore::makeStore()
{
    return std::make_unique<ProfileStore>(*m_keychain, *m_session);
}

QByteArray TestProfileStore::rawSettings(const ProfileStore &store) const
{
    QFile file(store.settingsFileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestProfileStore::addGivesIdAndFirstBecomesDefault()
{
    auto store = makeStore();
    QCOMPARE(store->settingsFileName().startsWith(m_dir->path()), true);
    QSignalSpy changed(store.get(), &ProfileStore::profilesChanged);
    QSignalSpy defaultChanged(store.get(), &ProfileStore::defaultChanged);

    const QUuid first = store->add(makeProfile(u"Production"_s));
    const QUuid second = store->add(makeProfile(u"Staging"_s));

    QVERIFY(!first.isNull());
    QVERIFY(!second.isNull());
    QVERIFY(first != second);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(defaultChanged.count(), 1);
    QCOMPARE(store->defaultProfileId(), first);
    QCOMPARE(store->profiles().size(), 2);
    QCOMPARE(store->profile(second)->label, u"Staging"_s);
}

void TestProfileStore::addRejectsInvalidProfiles_data()
{
    QTest::addColumn<Profile>("profile");
    Profile profile = makeProfile(u"Valid"_s);

    Profile noLabel = profile;
    noLabel.label = u"   "_s;
    QTest::newRow("blank label") << noLabel;

    Profile notUrl = profile;
    notUrl.baseUrl = QUrl();
    QTest::newRow("no base URL") << notUrl;

    Profile ftp = profile;
    ftp.baseUrl = QUrl(u"ftp://api.clickhouse.cloud"_s);
    QTest::newRow("unsupported scheme") << ftp;

    Profile withPassword = profile;
    withPassword.baseUrl = QUrl(u"https://user:hunter2@api.clickhouse.cloud"_s);
    QTest::newRow("password in base URL") << withPassword;

    Profile noKeyId = profile;
    noKeyId.keyId.clear();
    QTest::newRow("no key ID") << noKeyId;
}

void TestProfileStore::addRejectsInvalidProfiles()
{
    QFETCH(Profile, profile);
    auto store = makeStore();
    QSignalSpy changed(store.get(), &ProfileStore::profilesChanged);

    QVERIFY(!profile.validationError().isEmpty());
    QVERIFY(store->add(profile).isNull());
    QCOMPARE(store->profiles().size(), 0);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!rawSettings(*store).contains("hunter2"));
}

void TestProfileStore::profilesSurviveRestart()
{
    Profile original = makeProfile(u"Production"_s);
    QUuid id;
    {
        auto store = makeStore();
        id = store->add(original);
        QVERIFY(!id.isNull());
    }
    original.id = id;

    auto reopened = makeStore();
    QCOMPARE(reopened->profiles().size(), 1);
    QCOMPARE(reopened->profiles().constFirst(), original);
    QCOMPARE(reopened->defaultProfileId(), id);
}

void TestProfileStore::updateChangesMetadata()
{
    auto store = makeStore();
    const QUuid id = store->add(makeProfile(u"Production"_s));
    QSignalSpy changed(store.get(), &ProfileStore::profilesChanged);

    Profile edited = *store->profile(id);
    edited.label = u"Production (admin)"_s;
    edited.keyId = u"ROTATEDKEY"_s;
    QVERIFY(store->update(edited));
    QCOMPARE(changed.count(), 1);

    auto reopened = makeStore();
    QCOMPARE(reopened->profile(id)->label, u"Production (admin)"_s);
    QCOMPARE(reopened->profile(id)->keyId, u"ROTATEDKEY"_s);
}

void TestProfileStore::updateRefusesStorageChangeAndUnknownIds()
{
    auto store = makeStore();
    const QUuid id = store->add(makeProfile(u"Production"_s));

    Profile moved = *store->profile(id);
    moved.storage = ProfileStorage::SessionOnly;
    QVERIFY(!store->update(moved));

    Profile unknown = makeProfile(u"Unknown"_s);
    unknown.id = QUuid::createUuid();
    QVERIFY(!store->update(unknown));

    Profile invalid = *store->profile(id);
    invalid.label.clear();
    QVERIFY(!store->update(invalid));

    QCOMPARE(store->profile(id)->storage, ProfileStorage::Keychain);
    QCOMPARE(store->profile(id)->label, u"Production"_s);
}

void TestProfileStore::removeForgetsProfileSecretAndEntryName()
{
    auto store = makeStore();
    const QUuid id = store->add(makeProfile(u"Production"_s));
    const QString account = store->profile(id)->secretAccount();
    QCOMPARE(waitFor(store->writeSecret(id, SecretBytes("s3cr3t-value"))).status, SecretStatus::Ok);
    QVERIFY(m_keychain->contains(account));
    QCOMPARE(store->keychainEntryNames(), QStringList { account });

    const SecretResult removed = waitFor(store->remove(id));

    QCOMPARE(removed.status, SecretStatus::Ok);
    QVERIFY(!store->contains(id));
    QVERIFY(!m_keychain->contains(account));
    QVERIFY(store->keychainEntryNames().isEmpty());
    QVERIFY(!rawSettings(*store).contains(account.toLatin1()));
    QCOMPARE(store->remove(id), nullptr);
}

void TestProfileStore::removingDefaultPicksAnother()
{
    auto store = makeStore();
    const QUuid first = store->add(makeProfile(u"Production"_s));
    const QUuid second = store->add(makeProfile(u"Staging"_s));
    QSignalSpy defaultChanged(store.get(), &ProfileStore::defaultChanged);

    waitFor(store->remove(first));

    QCOMPARE(defaultChanged.count(), 1);
    QCOMPARE(defaultChanged.constFirst().constFirst().value<QUuid>(), second);
    QCOMPARE(store->defaultProfileId(), second);
    waitFor(store->remove(second));
    QVERIFY(store->defaultProfileId().isNull());
}

void TestProfileStore::setDefaultIsRemembered()
{
    QUuid second;
    {
        auto store = makeStore();
        store->add(makeProfile(u"Production"_s));
        second = store->add(makeProfile(u"Staging"_s));
        QSignalSpy defaultChanged(store.get(), &ProfileStore::defaultChanged);
        QVERIFY(store->setDefault(second));
        QVERIFY(!store->setDefault(QUuid::createUuid()));
        QCOMPARE(defaultChanged.count(), 1);
    }
    auto reopened = makeStore();
    QCOMPARE(reopened->defaultProfileId(), second);
}

void TestProfileStore::sessionOnlyProfileIsNeverPersisted()
{
    QUuid sessionId;
    QUuid savedId;
    {
        auto store = makeStore();
        savedId = store->add(makeProfile(u"Saved profile"_s));
        sessionId = store->add(makeProfile(u"Borrowed laptop"_s, ProfileStorage::SessionOnly));
        QVERIFY(!sessionId.isNull());
        QVERIFY(store->setDefault(sessionId));
        QCOMPARE(waitFor(store->writeSecret(sessionId, SecretBytes("session-secret"))).status, SecretStatus::Ok);

        QVERIFY(m_session->contains(sessionId.toString(QUuid::WithoutBraces)));
        QVERIFY(store->keychainEntryNames().isEmpty());
        QCOMPARE(store->profiles().size(), 2);
        QCOMPARE(store->profiles().constLast().id, sessionId);

        const QByteArray raw = rawSettings(*store);
        QVERIFY(raw.contains("Saved profile")); // the file is the one we think it is
        QVERIFY(!raw.contains("Borrowed laptop"));
        QVERIFY(!raw.contains(sessionId.toString(QUuid::WithoutBraces).toLatin1()));
        QVERIFY(!raw.contains("session-secret"));
    }
    auto reopened = makeStore();
    QVERIFY(!reopened->contains(sessionId));
    QCOMPARE(reopened->profiles().size(), 1);
    QCOMPARE(reopened->defaultProfileId(), savedId);
}

void TestProfileStore::settingsFileNeverContainsSecret_data()
{
    QTest::addColumn<ProfileStorage>("storage");
    QTest::newRow("keychain profile") << ProfileStorage::Keychain;
    QTest::newRow("session-only profile") << ProfileStorage::SessionOnly;
}

void TestProfileStore::settingsFileNeverContainsSecret()
{
    QFETCH(ProfileStorage, storage);
    const QByteArray secret = "ZmFrZS1zZWNyZXQtZm9yLXRlc3Rz-4a7c";
    auto store = makeStore();
    store->add(makeProfile(u"Anchor"_s)); // always something in the file
    const QUuid id = store->add(makeProfile(u"Under test"_s, storage));
    QCOMPARE(waitFor(store->writeSecret(id, SecretBytes(QByteArray(secret)))).status, SecretStatus::Ok);

    SecretJob *read = store->readSecret(id);
    QVERIFY(read);
    QSignalSpy finished(read, &SecretJob::finished);
    QByteArray readBack;
    connect(read, &SecretJob::finished, read, [read, &readBack] { readBack = read->takeSecret().bytes(); });
    QVERIFY(finished.wait(5000));
    QCOMPARE(readBack, secret);

    const QByteArray raw = rawSettings(*store);
    QVERIFY(raw.contains("Anchor"));
    QVERIFY(!raw.contains(secret));
    QVERIFY(!raw.contains(secret.toBase64()));
    QVERIFY(!raw.contains(secret.toHex()));
    // Nothing else got written beside it either.
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::NoDotAndDotDot);
    for (const QString &name : files) {
        QFile file(QDir(m_dir->path()).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret), qPrintable(name));
    }
}

void TestProfileStore::failedRemovalKeepsEntryName()
{
    RefusingSecretStore refusing;
    auto store = std::make_unique<ProfileStore>(refusing, *m_session);
    const QUuid id = store->add(makeProfile(u"Production"_s));
    const QString account = store->profile(id)->secretAccount();
    QCOMPARE(waitFor(store->writeSecret(id, SecretBytes("value"))).status, SecretStatus::AccessDenied);
    // Recorded before the write was attempted: a later cleanup must try this name.
    QCOMPARE(store->keychainEntryNames(), QStringList { account });

    QCOMPARE(waitFor(store->remove(id)).status, SecretStatus::AccessDenied);
    QVERIFY(!store->contains(id));
    QCOMPARE(store->keychainEntryNames(), QStringList { account });
    QVERIFY(rawSettings(*store).contains(account.toLatin1()));

    QCOMPARE(waitFor(store->forgetEverything()).status, SecretStatus::AccessDenied);
    QCOMPARE(store->keychainEntryNames(), QStringList { account });
}

void TestProfileStore::forgetEverythingRemovesAllEntries()
{
    auto store = makeStore();
    const QUuid first = store->add(makeProfile(u"Production"_s));
    const QUuid second = store->add(makeProfile(u"Staging"_s));
    const QUuid session = store->add(makeProfile(u"Session"_s, ProfileStorage::SessionOnly));
    QCOMPARE(waitFor(store->writeSecret(first, SecretBytes("one"))).status, SecretStatus::Ok);
    QCOMPARE(waitFor(store->writeSecret(second, SecretBytes("two"))).status, SecretStatus::Ok);
    QCOMPARE(waitFor(store->writeSecret(session, SecretBytes("three"))).status, SecretStatus::Ok);
    QCOMPARE(store->keychainEntryNames().size(), 2);
    QSignalSpy changed(store.get(), &ProfileStore::profilesChanged);

    QCOMPARE(waitFor(store->forgetEverything()).status, SecretStatus::Ok);

    QCOMPARE(changed.count(), 1);
    QVERIFY(store->profiles().isEmpty());
    QVERIFY(store->defaultProfileId().isNull());
    QVERIFY(store->keychainEntryNames().isEmpty());
    QVERIFY(!m_keychain->contains(first.toString(QUuid::WithoutBraces)));
    QVERIFY(!m_keychain->contains(second.toString(QUuid::WithoutBraces)));
    QVERIFY(!m_session->contains(session.toString(QUuid::WithoutBraces)));
    QVERIFY(makeStore()->profiles().isEmpty());
}

void TestProfileStore::unknownProfileHasNoSecretJob()
{
    auto store = makeStore();
    const QUuid unknown = QUuid::createUuid();
    QCOMPARE(store->readSecret(unknown), nullptr);
    QCOMPARE(store->writeSecret(unknown, SecretBytes("x")), nullptr);
    QCOMPARE(store->remove(unknown), nullptr);
}

void TestProfileStore::failedSecretWriteLeavesExistingProfileAsItWas()
{
    FlakySecretStore keychain;
    ProfileStore store(keychain, *m_session);
    ProfilesViewModel model(&store);
    QSignalSpy saved(&model, &ProfilesViewModel::saved);
    QSignalSpy failed(&model, &ProfilesViewModel::saveFailed);

    model.save(makeProfile(u"Production"_s), Secret(u"old-secret"_s));
    QVERIFY(saved.wait(5000));
    const QUuid id = saved.constFirst().constFirst().toUuid();
    const Profile before = *store.profile(id);
    const QByteArray settingsBefore = rawSettings(store);

    // A new key for the same profile, and the keychain refuses the secret.
    keychain.writes = FlakySecretStore::Writes::Fail;
    Profile changed = before;
    changed.keyId = u"NEWKEYID"_s;
    changed.label = u"Production (rotated)"_s;
    model.save(changed, Secret(u"new-secret"_s));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.constFirst().at(1).toBool(), true); // a session-only profile would work

    QCOMPARE(store.profile(id)->keyId, before.keyId);
    QCOMPARE(*store.profile(id), before);
    QCOMPARE(readBack(keychain, before.secretAccount()), QByteArray("old-secret"));
    QCOMPARE(rawSettings(store), settingsBefore);
    QCOMPARE(makeStore()->profile(id)->keyId, before.keyId);
    QCOMPARE(saved.count(), 1);
}

void TestProfileStore::failedSecretWriteAddsNoNewProfile()
{
    FlakySecretStore keychain;
    keychain.writes = FlakySecretStore::Writes::Fail;
    ProfileStore store(keychain, *m_session);
    ProfilesViewModel model(&store);
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    QSignalSpy failed(&model, &ProfilesViewModel::saveFailed);
    model.save(makeProfile(u"Production"_s), Secret(u"secret"_s));
    QVERIFY(failed.wait(5000));
    QVERIFY(store.profiles().isEmpty());
    QCOMPARE(changed.count(), 0); // never shown, not even for a moment
    QVERIFY(store.keychainEntryNames().isEmpty());
    QVERIFY(!rawSettings(store).contains("KEYIDPRODUCTION"));
}

void TestProfileStore::servicePasswordsFollowTheProfileStorage()
{
    auto store = makeStore();
    const QUuid saved = store->add(makeProfile(u"Production"_s));
    const QUuid session = store->add(makeProfile(u"Demo"_s, ProfileStorage::SessionOnly));
    const QString inKeychain = ProfileStore::servicePasswordAccount(u"svc-keychain"_s);
    const QString inMemory = ProfileStore::servicePasswordAccount(u"svc-demo"_s);

    QCOMPARE(waitFor(store->writeServicePassword(saved, u"svc-keychain"_s, SecretBytes("pw-one"))).status,
             SecretStatus::Ok);
    QCOMPARE(waitFor(store->writeServicePassword(session, u"svc-demo"_s, SecretBytes("pw-two"))).status,
             SecretStatus::Ok);
    QCOMPARE(store->writeServicePassword(QUuid::createUuid(), u"svc"_s, SecretBytes("x")), nullptr);

    QVERIFY(m_keychain->contains(inKeychain));
    QVERIFY(!m_session->contains(inKeychain));
    // A session-only profile (the demo, an environment sign-in) touches no keychain.
    QVERIFY(m_session->contains(inMemory));
    QVERIFY(!m_keychain->contains(inMemory));
    QCOMPARE(store->keychainEntryNames(), QStringList { inKeychain });
    QCOMPARE(store->servicePasswordCount(), 2);
    QVERIFY(!rawSettings(*store).contains("pw-one"));
    QVERIFY(!rawSettings(*store).contains("svc-demo"));

    QCOMPARE(waitFor(store->forgetEverything()).status, SecretStatus::Ok);
    QVERIFY(!m_keychain->contains(inKeychain));
    QVERIFY(!m_session->contains(inMemory));
    QCOMPARE(store->servicePasswordCount(), 0);
    QVERIFY(store->keychainEntryNames().isEmpty());
}

void TestProfileStore::lateWriteForVanishedProfileIsRemoved()
{
    FlakySecretStore keychain;
    keychain.writes = FlakySecretStore::Writes::Stall;
    ProfileStore store(keychain, *m_session);
    Profile profile = makeProfile(u"Production"_s);
    profile.id = QUuid::createUuid();
    const QString account = profile.secretAccount();

    QCOMPARE(waitFor(store.commit(profile, SecretBytes("late-secret"))).status, SecretStatus::TimedOut);
    QVERIFY(!store.contains(profile.id));
    // The user moves on with a session-only profile instead.
    Profile sessionOnly = makeProfile(u"Production"_s, ProfileStorage::SessionOnly);
    sessionOnly.id = QUuid::createUuid();
    QCOMPARE(waitFor(store.commit(sessionOnly, SecretBytes("late-secret"))).status, SecretStatus::Ok);

    keychain.landStalledWrites();
    QVERIFY(keychain.contains(account)); // it did land
    QTRY_VERIFY(!keychain.contains(account));
    QTRY_VERIFY(!store.keychainEntryNames().contains(account));
    QVERIFY(store.contains(sessionOnly.id));
    QVERIFY(m_session->contains(sessionOnly.secretAccount()));
}

void TestProfileStore::lateWriteForUnchangedProfileCompletesTheSave()
{
    FlakySecretStore keychain;
    ProfileStore store(keychain, *m_session);
    Profile profile = makeProfile(u"Production"_s);
    profile.id = QUuid::createUuid();
    QCOMPARE(waitFor(store.commit(profile, SecretBytes("old-secret"))).status, SecretStatus::Ok);

    keychain.writes = FlakySecretStore::Writes::Stall;
    Profile rotated = profile;
    rotated.keyId = u"NEWKEYID"_s;
    QCOMPARE(waitFor(store.commit(rotated, SecretBytes("new-secret"))).status, SecretStatus::TimedOut);
    QCOMPARE(store.profile(profile.id)->keyId, profile.keyId);

    // The keychain finally stores the new secret: key id and secret must match again.
    keychain.landStalledWrites();
    QTRY_COMPARE(store.profile(profile.id)->keyId, u"NEWKEYID"_s);
    QCOMPARE(readBack(keychain, profile.secretAccount()), QByteArray("new-secret"));
    QVERIFY(store.keychainEntryNames().contains(profile.secretAccount()));
}

void TestProfileStore::forgetEverythingListsAndRemovesWhatGoes()
{
    auto store = makeStore();
    const QUuid first = store->add(makeProfile(u"Production"_s));
    store->add(makeProfile(u"Staging"_s));
    QCOMPARE(waitFor(store->writeSecret(first, SecretBytes("one"))).status, SecretStatus::Ok);
    QCOMPARE(waitFor(store->writeServicePassword(first, u"svc-1"_s, SecretBytes("pw"))).status, SecretStatus::Ok);
    QSettings().setValue(u"mainWindow/page"_s, u"services"_s);

    ProfilesViewModel model(store.get());
    const QStringList summary = model.forgetEverythingSummary();
    const QString text = summary.join(u'\n');
    QVERIFY2(text.contains(u"Production"_s) && text.contains(u"Staging"_s), qPrintable(text));
    QVERIFY2(text.contains(u"1 stored service password"_s), qPrintable(text));
    QVERIFY2(text.contains(u"settings"_s), qPrintable(text));

    QSignalSpy forgotten(&model, &ProfilesViewModel::forgotten);
    model.forgetEverything();
    QVERIFY(forgotten.wait(5000));
    QCOMPARE(forgotten.constFirst().constFirst().toBool(), true);
    QVERIFY(store->profiles().isEmpty());
    QCOMPARE(store->servicePasswordCount(), 0);
    QVERIFY(!m_keychain->contains(ProfileStore::servicePasswordAccount(u"svc-1"_s)));
    QVERIFY(!m_keychain->contains(first.toString(QUuid::WithoutBraces)));
    QVERIFY(!QSettings().contains(u"mainWindow/page"_s));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
