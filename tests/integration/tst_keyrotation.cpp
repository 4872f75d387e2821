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

/// A keychain that refuses every write, as a locked or absent one does.
class RefusingSecretStore final : public SecretStore
{
public:
    SecretJob *read(const QString &account) override
    {
        auto *job = new SecretJob(SecretJob::Operation::Read, account, this);
        job->finishLater(SecretResult::noKeychain(u"test: no keychain"_s));
        return job;
    }
    SecretJob *write(const QString &account, SecretBytes secret) override
    {
        secret.wipe();
        auto *job = new SecretJob(SecretJob::Operation::Write, account, this);
        job->finishLater(SecretResult::noKeychain(u"test: no keychain"_s));
        return job;
    }
    SecretJob *remove(const QString &account) override
    {
        auto *job = new SecretJob(SecretJob::Operation::Remove, account, this);
        job->finishLater(SecretResult::notFound());
        return job;
    }
    bool isPersistent() const override { return true; }
    QString displayName() const override { return u"Refusing keychain"_s; }
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
        QNetworkAccessManager manager;
        QNetworkRequest request(m_emulator->baseUrl().resolved(QUrl(path)));
        request.setRawHeader("Authorization", authorization.isEmpty() ? m_emulator->authorization() : authorization);
        request.setRawHeader(test::EmulatorProcess::controlTokenHeader(), m_emulator->controlToken());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = manager.sendCustomRequest(
            request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        answer.insert(u"httpStatus"_s, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        reply->deleteLater();
        return answer;
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
        QCOMPARE(steps.size(), deleteOld ? 5 : 4);
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
        QTest::addColumn<QString>("failAt");
        QTest::addColumn<int>("failedStep");
        QTest::addColumn<QString>("expectedMessage");
        QTest::addColumn<bool>("oldStillEnabled");
        QTest::newRow("create refused: nothing changed")
            << u"create"_s << int(KeyRotation::Step::CreateReplacement) << u"Nothing was changed"_s << true;
        QTest::newRow("keychain refuses: secret revealed, old key enabled")
            << u"store"_s << int(KeyRotation::Step::StoreSecret) << u"could not be stored"_s << true;
        QTest::newRow("verify fails: new key stored, old key still enabled")
            << u"verify"_s << int(KeyRotation::Step::VerifyNewKey) << u"The old key is still enabled"_s << true;
        QTest::newRow("disable fails: new key works, old key still enabled")
            << u"disable"_s << int(KeyRotation::Step::DisableOldKey)
            << u"exists, works and is stored for this profile, but the old key"_s << true;
    }

    void stopsSafely()
    {
        QFETCH(QString, failAt);
        QFETCH(int, failedStep);
        QFETCH(QString, expectedMessage);
        QFETCH(bool, oldStillEnabled);

        const QJsonObject created = createAdminKey(u"Server %1"_s.arg(failAt));
        const QString oldKeyId = created.value(u"keyId"_s).toString();
        const QString oldSecret = created.value(u"keySecret"_s).toString();
        const QString oldApiId = created.value(u"key"_s).toObject().value(u"id"_s).toString();

        KeychainSecretStore keychain;
        RefusingSecretStore refusing;
        SessionSecretStore session;
        ProfileStore profiles(failAt == u"store"_s ? static_cast<SecretStore &>(refusing) : keychain, session);
        Profile profile;
        profile.label = u"Failure test"_s;
        profile.baseUrl = m_emulator->baseUrl();
        profile.organizationId = m_organizationId;
        profile.keyId = oldKeyId;
        const QUuid profileId = profiles.add(profile);
        QVERIFY(!profileId.isNull());

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
        if (failAt == u"create"_s)
            injectFault(u"POST"_s, 500);
        connect(&rotation, &KeyRotation::stepStarted, this, [&](KeyRotation::Step step) {
            if (failAt == u"verify"_s && step == KeyRotation::Step::VerifyNewKey)
                injectFault(u"GET"_s, 401);
            if (failAt == u"disable"_s && step == KeyRotation::Step::DisableOldKey)
                injectFault(u"PATCH"_s, 500);
        });
        QSignalSpy finished(&rotation, &KeyRotation::finished);
        QSignalSpy stepResults(&rotation, &KeyRotation::stepFinished);
        QString revealedSecret;
        connect(&rotation, &KeyRotation::secretNeedsReveal, this,
                [&](const QString &, const QString &, const Secret &secret) { revealedSecret = secret.reveal(); });
        rotation.start();
        QVERIFY(finished.wait(30000));
        raw("POST", u"/_emulator/faults/reset"_s);

        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(rotation.state(), KeyRotation::State::Failed);
        QCOMPARE(int(rotation.currentStep()), failedStep);
        const QList<QVariant> last = stepResults.last();
        QCOMPARE(last.at(0).value<KeyRotation::Step>(), KeyRotation::Step(failedStep));
        QCOMPARE(last.at(1).toBool(), false);
        QVERIFY2(rotation.message().contains(expectedMessage), qPrintable(rotation.message()));

        // The old key: still there and enabled, still working.
        const QJsonObject old = raw("GET", u"/v1/organizations/%1/keys/%2"_s.arg(m_organizationId, oldApiId));
        QCOMPARE(old.value(u"result"_s).toObject().value(u"state"_s).toString() == u"enabled"_s, oldStillEnabled);

        if (failAt == u"create"_s) {
            QVERIFY(rotation.newKeyId().isEmpty());
            QCOMPARE(profiles.profile(profileId)->keyId, oldKeyId);
        } else if (failAt == u"store"_s) {
            // The only copy of the new secret was handed over, and it works.
            QVERIFY(!revealedSecret.isEmpty());
            QCOMPARE(profiles.profile(profileId)->keyId, oldKeyId);
            QCOMPARE(raw("GET", u"/v1/organizations"_s, {}, basic(rotation.newKeyId(), revealedSecret))
                         .value(u"httpStatus"_s)
                         .toInt(),
                     200);
        } else {
            QVERIFY(revealedSecret.isEmpty());
            QCOMPARE(profiles.profile(profileId)->keyId, rotation.newKeyId());
        }
        profiles.remove(profileId);
    }
};

QTEST_MAIN(TestKeyRotation)
#include "tst_keyrotation.moc"
