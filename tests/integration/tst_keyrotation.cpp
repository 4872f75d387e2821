// KeyRotation against the emulator and a real (private) keychain: a full
// rotation ends with the new key stored and working and the old one disabled;
// a failure at any step stops there and says precisely what state things are in.

#include "EmulatorProcess.h"
#include "api/ApiSession.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProfileStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SessionSecretStore.h"
#include "viewmodels/KeyRotation.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace chcloud;

namespace {

/// The real keychain, made to refuse writes on demand, as a keychain locked in the
/// middle of a rotation does. Reads still reach the real entries.
class LockableSecretStore final : public SecretStore
{
public:
    explicit LockableSecretStore(SecretStore &inner)
        : m_inner(inner)
    {
    }
    void setRefusingWrites(bool refusing) { m_refusing = refusing; }

    SecretJob *read(const QString &account) override { return m_inner.read(account); }
    SecretJob *write(const QString &account, SecretBytes secret) override
    {
        if (!m_refusing)
            return m_inner.write(account, std::move(secret));
        secret.wipe();
        auto *job = new SecretJob(SecretJob::Operation::Write, account, this);
        job->finishLater(SecretResult::noKeychain(u"test: the keychain is locked"_s));
        return job;
    }
    SecretJob *remove(const QString &account) override { return m_inner.remove(account); }
    bool isPersistent() const override { return true; }
    QString displayName() const override { return u"Lockable keychain"_s; }

private:
    SecretStore &m_inner;
    bool m_refusing = false;
};

} // namespace

class TestKeyRotation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorProcess> m_emulator;
    QString m_organizationId;
    int m_counter = 0;

    QJsonObject raw(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    const QByteArray &authorization = {})
    {
        return m_emulator->raw(method, path, body, authorization);
    }

    static QByteArray basic(const QString &keyId, const QString &secret)
    {
        return "Basic " + (keyId + u':' + secret).toUtf8().toBase64();
    }

    /// Creates a fresh admin key to rotate (so every data row starts clean).
    QJsonObject createAdminKey(const QString &name)
    {
        return raw("POST", u"/v1/organizations/%1/keys"_s.arg(m_organizationId),
                   QJsonObject { { u"name"_s, name },
                                 { u"roles"_s, QJsonArray { u"admin"_s } },
                                 { u"ipAccessList"_s,
                                   QJsonArray { QJsonObject { { u"source"_s, u"0.0.0.0/0"_s },
                                                              { u"description"_s, u"anywhere"_s } } } } })
            .value(u"result"_s)
            .toObject();
    }

    /// What the profile's store holds for it now (empty when nothing could be read).
    static QString storedSecret(ProfileStore &profiles, const QUuid &profileId)
    {
        SecretJob *read = profiles.readSecret(profileId);
        if (!read)
            return {};
        QSignalSpy done(read, &SecretJob::finished);
        QString secret;
        connect(read, &SecretJob::finished, read, [&secret, read] {
            if (read->result().isOk())
                secret = QString::fromUtf8(read->takeSecret().bytes());
        });
        if (!done.wait(10000))
            return {};
        return secret;
    }

    int statusWith(const QString &keyId, const QString &secret)
    {
        return raw("GET", u"/v1/organizations"_s, {}, basic(keyId, secret)).value(u"httpStatus"_s).toInt();
    }

    ApiKey fetchKey(const QString &id)
    {
        const QJsonObject answer = raw("GET", u"/v1/organizations/%1/keys/%2"_s.arg(m_organizationId, id));
        auto key = ApiKey::fromJson(answer.value(u"result"_s), u"result"_s);
        return key ? key.value() : ApiKey {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_emulator = std::make_unique<test::EmulatorProcess>(
            QStringList { u"--rate-limit"_s, u"50"_s, u"--rate-window-ms"_s, u"1000"_s });
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        m_organizationId = raw("GET", u"/v1/organizations"_s)
                               .value(u"result"_s)
                               .toArray()
                               .first()
                               .toObject()
                               .value(u"id"_s)
                               .toString();
        QVERIFY(!m_organizationId.isEmpty());
    }

    void cleanupTestCase() { m_emulator.reset(); }

    void rotates_data()
    {
        QTest::addColumn<bool>("sessionOnly");
        QTest::addColumn<bool>("deleteOld");
        QTest::newRow("keychain profile, old key disabled") << false << false;
        QTest::newRow("keychain profile, old key deleted") << false << true;
        QTest::newRow("session-only profile keeps the secret in memory") << true << false;
    }

    void rotates()
    {
        QFETCH(bool, sessionOnly);
        QFETCH(bool, deleteOld);

        const QJsonObject created = createAdminKey(u"Laptop %1 with a rather long descriptive name"_s.arg(++m_counter));
        const QString oldKeyId = created.value(u"keyId"_s).toString();
        const QString oldSecret = created.value(u"keySecret"_s).toString();
        const QString oldApiId = created.value(u"key"_s).toObject().value(u"id"_s).toString();
        QVERIFY(!oldKeyId.isEmpty());

        KeychainSecretStore keychain;
        SessionSecretStore session;
        ProfileStore profiles(keychain, session);
        Profile profile;
        profile.label = u"Rotation test"_s;
        profile.baseUrl = m_emulator->baseUrl();
        profile.organizationId = m_organizationId;
        profile.keyId = oldKeyId;
        profile.storage = sessionOnly ? ProfileStorage::SessionOnly : ProfileStorage::Keychain;
        const QUuid profileId = profiles.add(profile);
        QVERIFY(!profileId.isNull());

        std::unique_ptr<ApiSession> oldSession
            = std::move(ApiSession::open(m_emulator->baseUrl(), oldKeyId, Secret(oldSecret))).value();
        KeyRotation rotation(oldSession.get(), &profiles, profileId, m_organizationId, fetchKey(oldApiId));
        rotation.setDeleteOldKey(deleteOld);
        QSignalSpy finished(&rotation, &KeyRotation::finished);
        QSignalSpy steps(&rotation, &KeyRotation::stepFinished);
        QSignalSpy reveal(&rotation, &KeyRotation::secretNeedsReveal);
        rotation.start();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(rotation.message()));
        QCOMPARE(rotation.state(), KeyRotation::State::Succeeded);
        QCOMPARE(steps.size(), deleteOld ? 6 : 5);
        QCOMPARE(reveal.size(), 0);
        QCOMPARE(rotation.isSessionOnlyProfile(), sessionOnly);
        QCOMPARE(rotation.message().contains(u"session only"_s), sessionOnly);

        // The profile now names the new key, and its store holds a secret that works.
        const QString newKeyId = profiles.profile(profileId)->keyId;
        QCOMPARE(newKeyId, rotation.newKeyId());
        QVERIFY(newKeyId != oldKeyId);
        SecretJob *read = profiles.readSecret(profileId);
        QString newSecret;
        connect(read, &SecretJob::finished, this, [&] { newSecret = QString::fromUtf8(read->takeSecret().bytes()); });
        QTRY_VERIFY_WITH_TIMEOUT(!newSecret.isEmpty(), 10000);
        QVERIFY(newSecret != oldSecret);
        QCOMPARE(raw("GET", u"/v1/organizations"_s, {}, basic(newKeyId, newSecret)).value(u"httpStatus"_s).toInt(),
                 200);

        // The new key kept the roles and the IP list; the old one is disabled or gone.
        const ApiKey replacement = fetchKey(rotation.newKeyApiId());
        QVERIFY(replacement.name.endsWith(u" (rotated %1)"_s.arg(QDate::currentDate().toString(Qt::ISODate))));
        QVERIFY(replacement.name.size() <= KeyRotation::maxReplacementNameLength);
        QCOMPARE(replacement.ipAccessList.size(), 1);
        QCOMPARE(replacement.ipAccessList.first().source, u"0.0.0.0/0"_s);
        QCOMPARE(replacement.roles, QStringList { u"admin"_s });
        const QJsonObject old = raw("GET", u"/v1/organizations/%1/keys/%2"_s.arg(m_organizationId, oldApiId));
        if (deleteOld)
            QCOMPARE(old.value(u"httpStatus"_s).toInt(), 404);
        else
            QCOMPARE(old.value(u"result"_s).toObject().value(u"state"_s).toString(), u"disabled"_s);
        QCOMPARE(raw("GET", u"/v1/organizations"_s, {}, basic(oldKeyId, oldSecret)).value(u"httpStatus"_s).toInt(),
                 401);
        profiles.remove(profileId);
    }

    void stopsSafely_data()
    {
        QTest::addColumn<KeyRotation::Step>("failAt");
        QTest::addColumn<QString>("expectedMessage");
        QTest::newRow("create refused: nothing changed")
            << KeyRotation::Step::CreateReplacement << u"Nothing was changed"_s;
        QTest::newRow("new key refused when checked: profile keeps the old key")
            << KeyRotation::Step::VerifyNewKey << u"still signs in with the old key"_s;
        QTest::newRow("keychain refuses the write: secret revealed, profile keeps the old key")
            << KeyRotation::Step::StoreSecret << u"could not be stored"_s;
        QTest::newRow("profile removed before the switch: secret revealed")
            << KeyRotation::Step::SwitchProfile << u"add a profile with key ID"_s;
        QTest::newRow("disable refused: profile uses the new key, old key still enabled")
            << KeyRotation::Step::DisableOldKey << u"which now signs in with it, but the old key"_s;
    }

    void stopsSafely()
    {
        QFETCH(KeyRotation::Step, failAt);
        QFETCH(QString, expectedMessage);

        const QJsonObject created = createAdminKey(u"Server %1"_s.arg(int(failAt)));
        const QString oldKeyId = created.value(u"keyId"_s).toString();
        const QString oldSecret = created.value(u"keySecret"_s).toString();
        const QString oldApiId = created.value(u"key"_s).toObject().value(u"id"_s).toString();

        KeychainSecretStore keychain;
        LockableSecretStore lockable(keychain);
        SessionSecretStore session;
        ProfileStore profiles(lockable, session);
        Profile profile;
        profile.label = u"Failure test"_s;
        profile.baseUrl = m_emulator->baseUrl();
        profile.organizationId = m_organizationId;
        profile.keyId = oldKeyId;
        const QUuid profileId = profiles.add(profile);
        QVERIFY(!profileId.isNull());
        QString copy = oldSecret;
        QSignalSpy written(profiles.writeSecret(profileId, SecretBytes::fromText(copy)), &SecretJob::finished);
        QVERIFY(written.wait(10000));
        QCOMPARE(storedSecret(profiles, profileId), oldSecret);

        std::unique_ptr<ApiSession> oldSession
            = std::move(ApiSession::open(m_emulator->baseUrl(), oldKeyId, Secret(oldSecret))).value();
        KeyRotation rotation(oldSession.get(), &profiles, profileId, m_organizationId, fetchKey(oldApiId));

        // Faults hit the next matching request only; they are set just before the step that should fail.
        const auto injectFault = [this](const QString &method, int status) {
            raw("POST", u"/_emulator/faults"_s,
                QJsonObject { { u"failNext"_s, 1 },
                              { u"failNextStatus"_s, status },
                              { u"methods"_s, QJsonArray { method } },
                              { u"pathContains"_s, u"/v1/organizations"_s } });
        };
        if (failAt == KeyRotation::Step::CreateReplacement)
            injectFault(u"POST"_s, 500);
        connect(&rotation, &KeyRotation::stepStarted, this, [&](KeyRotation::Step step) {
            if (step != failAt)
                return;
            if (step == KeyRotation::Step::VerifyNewKey)
                injectFault(u"GET"_s, 401);
            if (step == KeyRotation::Step::StoreSecret)
                lockable.setRefusingWrites(true);
            if (step == KeyRotation::Step::DisableOldKey)
                injectFault(u"PATCH"_s, 500);
        });
        connect(&rotation, &KeyRotation::stepFinished, this, [&](KeyRotation::Step step, bool ok) {
            // The user removes the profile while the rotation runs, just before it would switch.
            if (failAt == KeyRotation::Step::SwitchProfile && step == KeyRotation::Step::StoreSecret && ok)
                profiles.remove(profileId);
        });
        QSignalSpy finished(&rotation, &KeyRotation::finished);
        QSignalSpy stepResults(&rotation, &KeyRotation::stepFinished);
        QSignalSpy reveals(&rotation, &KeyRotation::secretNeedsReveal);
        QString revealedSecret;
        connect(&rotation, &KeyRotation::secretNeedsReveal, this,
                [&](const QString &, const QString &, const Secret &secret) { revealedSecret = secret.reveal(); });
        rotation.start();
        QVERIFY(finished.wait(30000));
        raw("POST", u"/_emulator/faults/reset"_s);
        lockable.setRefusingWrites(false);

        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(rotation.state(), KeyRotation::State::Failed);
        QCOMPARE(rotation.currentStep(), failAt);
        const QList<QVariant> last = stepResults.last();
        QCOMPARE(last.at(0).value<KeyRotation::Step>(), failAt);
        QCOMPARE(last.at(1).toBool(), false);
        QVERIFY2(rotation.message().contains(expectedMessage), qPrintable(rotation.message()));

        // The old key is still there, enabled and working, whatever failed.
        const QJsonObject old = raw("GET", u"/v1/organizations/%1/keys/%2"_s.arg(m_organizationId, oldApiId));
        QCOMPARE(old.value(u"result"_s).toObject().value(u"state"_s).toString(), u"enabled"_s);
        QCOMPARE(statusWith(oldKeyId, oldSecret), 200);

        switch (failAt) {
        case KeyRotation::Step::CreateReplacement:
        case KeyRotation::Step::VerifyNewKey:
        case KeyRotation::Step::StoreSecret:
            // The profile still signs in with the old key: its entry and key ID are untouched.
            QCOMPARE(profiles.profile(profileId)->keyId, oldKeyId);
            QCOMPARE(storedSecret(profiles, profileId), oldSecret);
            QVERIFY(!rotation.profileSwitched());
            QVERIFY(!rotation.takeNewSession());
            if (failAt == KeyRotation::Step::CreateReplacement)
                QVERIFY(rotation.newKeyId().isEmpty());
            break;
        case KeyRotation::Step::SwitchProfile:
            QVERIFY(!profiles.contains(profileId));
            break;
        case KeyRotation::Step::DisableOldKey: {
            // The profile already uses the new key, and its entry holds a secret that works.
            QCOMPARE(profiles.profile(profileId)->keyId, rotation.newKeyId());
            const QString stored = storedSecret(profiles, profileId);
            QVERIFY(!stored.isEmpty() && stored != oldSecret);
            QCOMPARE(statusWith(rotation.newKeyId(), stored), 200);
            QVERIFY(rotation.profileSwitched());
            std::unique_ptr<ApiSession> handedOver(rotation.takeNewSession());
            QVERIFY(handedOver);
            break;
        }
        case KeyRotation::Step::DeleteOldKey:
            QFAIL("no such row");
        }

        // The new secret is offered exactly when nothing else holds it, and then it works.
        const bool mustReveal = failAt == KeyRotation::Step::StoreSecret || failAt == KeyRotation::Step::SwitchProfile;
        QCOMPARE(reveals.size(), mustReveal ? 1 : 0);
        if (mustReveal) {
            QCOMPARE(reveals.first().at(1).toString(), rotation.newKeyId());
            QVERIFY(rotation.message().contains(rotation.newKeyId()));
            QCOMPARE(statusWith(rotation.newKeyId(), revealedSecret), 200);
        }
        if (profiles.contains(profileId))
            profiles.remove(profileId);
    }
};

QTEST_MAIN(TestKeyRotation)
#include "tst_keyrotation.moc"
