// File ▸ Import from clickhousectl… offscreen, with a private keyring and the
// emulator: a credentials file this test writes becomes a keychain profile once
// the key is checked; the plaintext key goes only when asked ("Keep" is the
// default) and only after the keychain took the secret.

#include "EmulatorProcess.h"
#include "dialogs/ClickhousectlImportDialog.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProfileStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SessionSecretStore.h"
#include "session/ProfilesViewModel.h"
#include "widgets/ScriptedPrompter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

/// A keychain that does not answer, as on a machine without a Secret Service.
class NoKeychainStore final : public SecretStore
{
public:
    SecretJob *read(const QString &account) override { return failed(SecretJob::Operation::Read, account); }
    SecretJob *write(const QString &account, SecretBytes) override
    {
        return failed(SecretJob::Operation::Write, account);
    }
    SecretJob *remove(const QString &account) override { return failed(SecretJob::Operation::Remove, account); }
    bool isPersistent() const override { return true; }
    QString displayName() const override { return u"No keychain"_s; }

private:
    SecretJob *failed(SecretJob::Operation operation, const QString &account)
    {
        auto *job = new SecretJob(operation, account, this);
        job->finishLater(SecretResult::noKeychain(u"org.freedesktop.secrets was not provided"_s));
        return job;
    }
};

} // namespace

class TestClickhousectlImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
    }

    void init()
    {
        m_session = std::make_unique<SessionSecretStore>();
        m_profiles = std::make_unique<ProfileStore>(m_keychain, *m_session);
        removeAllProfiles();
        m_model = std::make_unique<ProfilesViewModel>(m_profiles.get());
    }

    void cleanup()
    {
        m_dialog.reset();
        m_model.reset();
        removeAllProfiles();
        m_profiles.reset();
    }

    void goodFileBecomesAKeychainProfileAndIsKeptByDefault()
    {
        const QString path = writeCredentials(u"keep"_s, m_emulator.keyId(), m_emulator.keySecret());
        ScriptedPrompter prompter; // nothing scripted: the question gets its escape answer
        ScopedPrompter installed(&prompter);
        openDialog(path);
        QCOMPARE(label(u"keyIdLabel"_s)->text(), m_emulator.keyId());
        QVERIFY(!label(u"permissionsWarningLabel"_s)->isVisible());
        QVERIFY(!m_dialog->findChild<QLabel *>(u"keyIdLabel"_s)->text().contains(m_emulator.keySecret()));

        button(u"importButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), 30000);

        // The question came after the keychain write, with "Keep" as the default.
        QCOMPARE(prompter.questions().size(), 1);
        const Prompter::Question &question = prompter.questions().constFirst();
        QCOMPARE(question.objectName, u"confirmRemovePlaintextKey"_s);
        QCOMPARE(question.defaultButton, QMessageBox::No);
        QCOMPARE(question.buttonTexts.value(QMessageBox::No), u"Keep"_s);
        QVERIFY(QFile::exists(path));

        const QList<Profile> profiles = m_profiles->profiles();
        QCOMPARE(profiles.size(), 1);
        const Profile &profile = profiles.constFirst();
        QCOMPARE(profile.id, m_dialog->importedProfileId());
        QCOMPARE(profile.keyId, m_emulator.keyId());
        QCOMPARE(profile.storage, ProfileStorage::Keychain);
        QVERIFY(!profile.organizationId.isEmpty());
        QCOMPARE(profile.label, profile.organizationName);
        QCOMPARE(profile.baseUrl, m_emulator.baseUrl());

        // The secret is in the keychain, and in no settings file.
        QCOMPARE(readSecret(profile.id), m_emulator.keySecret().toUtf8());
        QFile settings(m_profiles->settingsFileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray stored = settings.readAll();
        QVERIFY(stored.contains(m_emulator.keyId().toUtf8()));
        QVERIFY(!stored.contains(m_emulator.keySecret().toUtf8()));
    }

    void removalIsDoneOnlyWhenChosen()
    {
        const QString path = writeCredentials(u"remove"_s, m_emulator.keyId(), m_emulator.keySecret());
        ScriptedPrompter prompter;
        ScopedPrompter installed(&prompter);
        prompter.answerNext(QMessageBox::Yes);
        openDialog(path);
        edit(u"labelEdit"_s)->setText(u"From the CLI"_s);
        button(u"importButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), 30000);
        QCOMPARE(prompter.unscripted(), 0);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(m_profiles->profiles().size(), 1);
        QCOMPARE(m_profiles->profiles().constFirst().label, u"From the CLI"_s);
    }

    void otherEntriesOfTheFileSurviveRemoval()
    {
        QJsonObject queryKey { { u"key_id"_s, u"q1"_s }, { u"key_secret"_s, u"qs1"_s } };
        const QString path = writeCredentials(u"others"_s, m_emulator.keyId(), m_emulator.keySecret(),
                                              { { u"service_query_keys"_s, QJsonObject { { u"svc"_s, queryKey } } } });
        ScriptedPrompter prompter;
        ScopedPrompter installed(&prompter);
        prompter.answerNext(QMessageBox::Yes);
        openDialog(path);
        button(u"importButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), 30000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject rest = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(rest.keys(), QStringList { u"service_query_keys"_s });
    }

    void wrongSecretImportsNothing()
    {
        const QString path = writeCredentials(u"wrong"_s, m_emulator.keyId(), u"not-the-secret"_s);
        ScriptedPrompter prompter;
        ScopedPrompter installed(&prompter);
        openDialog(path);
        button(u"importButton"_s)->click();
        QLabel *error = label(u"errorLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
        QVERIFY2(error->text().contains(u"401"_s) || error->text().contains(u"UNAUTHORIZED"_s, Qt::CaseInsensitive),
                 qPrintable(error->text()));
        QVERIFY(m_dialog->isVisible());
        QVERIFY(button(u"importButton"_s)->isEnabled()); // the user may try again
        QVERIFY(m_profiles->profiles().isEmpty());
        QVERIFY(prompter.questions().isEmpty());
        QVERIFY(QFile::exists(path));
    }

    void noKeychainImportsNothingAndKeepsTheFile()
    {
        m_model.reset();
        m_profiles = std::make_unique<ProfileStore>(m_noKeychain, *m_session);
        m_model = std::make_unique<ProfilesViewModel>(m_profiles.get());
        const QString path = writeCredentials(u"nokeychain"_s, m_emulator.keyId(), m_emulator.keySecret());
        ScriptedPrompter prompter;
        ScopedPrompter installed(&prompter);
        openDialog(path);
        button(u"importButton"_s)->click();
        QLabel *error = label(u"errorLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
        QVERIFY2(error->text().contains(u"Nothing was imported"_s), qPrintable(error->text()));
        QVERIFY(prompter.questions().isEmpty());
        QVERIFY(m_profiles->profiles().isEmpty());
        QVERIFY(QFile::exists(path));
    }

    void exposedFileIsPointedOut()
    {
        const QString path = writeCredentials(u"exposed"_s, m_emulator.keyId(), m_emulator.keySecret());
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        openDialog(path);
        QVERIFY(label(u"permissionsWarningLabel"_s)->isVisible());
    }

    void malformedFileCannotBeImported()
    {
        const QString path = m_dir.filePath(u"malformed.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"api_key\": \"k\", \"api_secret\": ");
        file.close();
        openDialog(path);
        QVERIFY(label(u"errorLabel"_s)->isVisible());
        QVERIFY2(label(u"errorLabel"_s)->text().contains(u"JSON"_s), qPrintable(label(u"errorLabel"_s)->text()));
        QVERIFY(!button(u"importButton"_s)->isEnabled());
    }

private:
    void openDialog(const QString &path)
    {
        m_dialog = std::make_unique<ClickhousectlImportDialog>(m_model.get());
        m_dialog->setBaseUrl(m_emulator.baseUrl());
        m_dialog->setPath(path);
        m_dialog->show();
    }

    QString writeCredentials(const QString &name, const QString &keyId, const QString &secret, QJsonObject extra = {})
    {
        extra.insert(u"api_key"_s, keyId);
        extra.insert(u"api_secret"_s, secret);
        const QString path = m_dir.filePath(name + u".json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(QJsonDocument(extra).toJson());
        file.close();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    QByteArray readSecret(const QUuid &id)
    {
        SecretJob *job = m_profiles->readSecret(id);
        if (!job)
            return {};
        QByteArray secret;
        connect(job, &SecretJob::finished, this, [job, &secret] {
            SecretBytes bytes = job->takeSecret();
            secret = QByteArray(bytes.bytes().constData(), bytes.size());
        });
        QSignalSpy(job, &SecretJob::finished).wait(15000);
        return secret;
    }

    void removeAllProfiles()
    {
        if (!m_profiles)
            return;
        for (const Profile &profile : m_profiles->profiles()) {
            SecretJob *job = m_profiles->remove(profile.id);
            if (job)
                QSignalSpy(job, &SecretJob::finished).wait(15000);
        }
    }

    QLabel *label(const QString &name) const { return m_dialog->findChild<QLabel *>(name); }
    QLineEdit *edit(const QString &name) const { return m_dialog->findChild<QLineEdit *>(name); }
    QPushButton *button(const QString &name) const { return m_dialog->findChild<QPushButton *>(name); }

    test::EmulatorProcess m_emulator;
    QTemporaryDir m_dir;
    KeychainSecretStore m_keychain;
    NoKeychainStore m_noKeychain;
    std::unique_ptr<SessionSecretStore> m_session;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<ProfilesViewModel> m_model;
    std::unique_ptr<ClickhousectlImportDialog> m_dialog;
};

QTEST_MAIN(TestClickhousectlImport)
#include "tst_clickhousectlimport.moc"
