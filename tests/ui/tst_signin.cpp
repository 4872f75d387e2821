#include "EmulatorProcess.h"
#include "dialogs/ProfileDialog.h"
#include "dialogs/ProfileManagerDialog.h"
#include "secrets/ProfileStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SessionSecretStore.h"
#include "session/ProfilesViewModel.h"
#include "widgets/ScriptedPrompter.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
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

/// The sign-in dialog against the emulator: a wrong secret shows the server's
/// error in place and keeps the input; the right one names the organization;
/// saving stores the secret (here in memory) and the metadata; with no keychain
/// the user may continue with a session-only profile.
class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
    }

    void init()
    {
        m_keychain = std::make_unique<SessionSecretStore>();
        m_session = std::make_unique<SessionSecretStore>();
        m_profiles = std::make_unique<ProfileStore>(*m_keychain, *m_session);
        for (const Profile &profile : m_profiles->profiles())
            m_profiles->remove(profile.id);
        m_model = std::make_unique<ProfilesViewModel>(m_profiles.get());
        m_dialog = std::make_unique<ProfileDialog>(m_model.get());
        m_dialog->setBaseUrl(m_emulator.baseUrl());
        m_dialog->show();
    }

    void cleanup()
    {
        m_dialog.reset();
        m_model.reset();
        if (m_profiles) {
            for (const Profile &profile : m_profiles->profiles())
                m_profiles->remove(profile.id);
        }
        m_profiles.reset();
    }

    void formLabelsHaveBuddies()
    {
        // A label with a mnemonic and no buddy shows a literal "&".
        int withMnemonic = 0;
        const QList<QLabel *> labels = m_dialog->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            QString text = label->text();
            text.remove(u"&&"_s);
            if (!text.contains(u'&'))
                continue;
            ++withMnemonic;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
            QVERIFY2(label->buddy()->focusPolicy() != Qt::NoFocus, qPrintable(label->text()));
        }
        QVERIFY(withMnemonic >= 3); // Label, Key ID, Key secret
    }

    void wrongSecretShowsTheErrorInPlace()
    {
        fill(u"Production"_s, m_emulator.keyId(), u"wrong-secret"_s);
        click(u"testConnectionButton"_s);
        auto *error = m_dialog->findChild<QLabel *>(u"connectionErrorLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        QVERIFY2(error->text().contains(u"401"_s) || error->text().contains(u"UNAUTHORIZED"_s, Qt::CaseInsensitive),
                 qPrintable(error->text()));
        // Nothing typed is lost.
        QCOMPARE(edit(u"labelEdit"_s)->text(), u"Production"_s);
        QCOMPARE(edit(u"keyIdEdit"_s)->text(), m_emulator.keyId());
        QCOMPARE(edit(u"secretEdit"_s)->text(), u"wrong-secret"_s);
        QVERIFY(m_dialog->isVisible());
    }

    void rightSecretNamesTheOrganization()
    {
        fill({}, m_emulator.keyId(), m_emulator.keySecret());
        click(u"testConnectionButton"_s);
        auto *organization = m_dialog->findChild<QLabel *>(u"organizationLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->testedOrganizationId().isEmpty(), 20000);
        QVERIFY(organization->text().contains(m_model->testedOrganizationName()));
        QVERIFY(organization->text().contains(m_model->testedOrganizationId()));
        QVERIFY(!m_dialog->findChild<QLabel *>(u"connectionErrorLabel"_s)->isVisible());
        // An empty label takes the organization's name.
        QCOMPARE(edit(u"labelEdit"_s)->text(), m_model->testedOrganizationName());
    }

    void secretIsMaskedUntilShown()
    {
        QCOMPARE(edit(u"secretEdit"_s)->echoMode(), QLineEdit::Password);
        m_dialog->findChild<QCheckBox *>(u"showSecretCheck"_s)->setChecked(true);
        QCOMPARE(edit(u"secretEdit"_s)->echoMode(), QLineEdit::Normal);
    }

    void saveStoresSecretAndMetadata()
    {
        fill(u"Emulator"_s, m_emulator.keyId(), m_emulator.keySecret());
        click(u"testConnectionButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->testedOrganizationId().isEmpty(), 20000);
        QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
        click(u"saveButton"_s);
        QVERIFY(accepted.wait(5000));

        const auto saved = m_profiles->profile(m_dialog->savedProfileId());
        QVERIFY(saved);
        QCOMPARE(saved->label, u"Emulator"_s);
        QCOMPARE(saved->keyId, m_emulator.keyId());
        QCOMPARE(saved->baseUrl, m_emulator.baseUrl());
        QCOMPARE(saved->organizationId, m_model->testedOrganizationId());
        QCOMPARE(saved->storage, ProfileStorage::Keychain);
        QCOMPARE(m_profiles->defaultProfileId(), saved->id);

        SecretJob *read = m_profiles->readSecret(saved->id);
        QSignalSpy done(read, &SecretJob::finished);
        QString secret;
        connect(read, &SecretJob::finished, this, [&] { secret = QString::fromUtf8(read->takeSecret().bytes()); });
        QVERIFY(done.wait(5000));
        QCOMPARE(secret, m_emulator.keySecret());
    }

    void noKeychainOffersASessionOnlyProfile_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("savedSessionOnly");
        QTest::newRow("continue for this session") << int(QMessageBox::Yes) << true;
        QTest::newRow("cancel keeps the dialog open") << int(QMessageBox::Cancel) << false;
    }

    void noKeychainOffersASessionOnlyProfile()
    {
        QFETCH(int, answer);
        QFETCH(bool, savedSessionOnly);
        // The same dialog over a store whose keychain does not answer.
        m_dialog.reset();
        m_model.reset();
        m_profiles.reset();
        NoKeychainStore noKeychain;
        SessionSecretStore memory;
        ProfileStore profiles(noKeychain, memory);
        ProfilesViewModel model(&profiles);
        ProfileDialog dialog(&model);
        dialog.setBaseUrl(m_emulator.baseUrl());
        dialog.findChild<QLineEdit *>(u"labelEdit"_s)->setText(u"Laptop"_s);
        dialog.findChild<QLineEdit *>(u"keyIdEdit"_s)->setText(m_emulator.keyId());
        dialog.findChild<QLineEdit *>(u"secretEdit"_s)->setText(m_emulator.keySecret());

        ScriptedPrompter prompter;
        ScopedPrompter installed(&prompter);
        prompter.answerNext(QMessageBox::StandardButton(answer));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        QTRY_COMPARE(prompter.questions().size(), 1);
        QCOMPARE(prompter.questions().constFirst().objectName, u"keychainUnavailableBox"_s);

        if (savedSessionOnly) {
            QVERIFY(accepted.wait(5000));
            const auto saved = profiles.profile(dialog.savedProfileId());
            QVERIFY(saved);
            QCOMPARE(saved->storage, ProfileStorage::SessionOnly);
            QVERIFY(memory.contains(saved->secretAccount()));
        } else {
            auto *error = dialog.findChild<QLabel *>(u"connectionErrorLabel"_s);
            QTRY_VERIFY(!error->text().isEmpty());
            QCOMPARE(accepted.size(), 0);
            QVERIFY(profiles.profiles().isEmpty()); // no profile without its secret
            QCOMPARE(dialog.findChild<QLineEdit *>(u"secretEdit"_s)->text(), m_emulator.keySecret());
        }
        QCOMPARE(prompter.unscripted(), 0);
    }

    void managerRemovesAfterAskingAndSetsTheDefault()
    {
        // Two saved profiles, with their secrets.
        QList<QUuid> ids;
        for (const QString &label : { u"First"_s, u"Second"_s }) {
            Profile profile;
            profile.label = label;
            profile.baseUrl = m_emulator.baseUrl();
            profile.keyId = m_emulator.keyId();
            const QUuid id = m_profiles->add(profile);
            QVERIFY(!id.isNull());
            QString secret = m_emulator.keySecret();
            QSignalSpy written(m_profiles->writeSecret(id, SecretBytes::fromText(secret)), &SecretJob::finished);
            QVERIFY(written.wait(5000));
            ids << id;
        }
        QCOMPARE(m_profiles->defaultProfileId(), ids.at(0));

        ProfileManagerDialog manager(m_model.get());
        auto *list = manager.findChild<QListWidget *>(u"profileList"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), 2);

        QVERIFY(manager.selectProfile(ids.at(1)));
        QTest::mouseClick(manager.findChild<QPushButton *>(u"setDefaultButton"_s), Qt::LeftButton);
        QCOMPARE(m_profiles->defaultProfileId(), ids.at(1));

        ScriptedPrompter prompter;
        ScopedPrompter installed(&prompter);
        const QString account = m_profiles->profile(ids.at(0))->secretAccount();
        QVERIFY(m_keychain->contains(account));
        // Declined: nothing happens.
        QVERIFY(manager.selectProfile(ids.at(0)));
        prompter.answerNext(QMessageBox::No);
        QTest::mouseClick(manager.findChild<QPushButton *>(u"removeProfileButton"_s), Qt::LeftButton);
        QVERIFY(m_profiles->contains(ids.at(0)));
        // Confirmed: the profile and its keychain entry go.
        QSignalSpy removed(m_model.get(), &ProfilesViewModel::removed);
        prompter.answerNext(QMessageBox::Yes);
        QTest::mouseClick(manager.findChild<QPushButton *>(u"removeProfileButton"_s), Qt::LeftButton);
        QVERIFY(removed.wait(5000));
        QVERIFY(!m_profiles->contains(ids.at(0)));
        QVERIFY(!m_keychain->contains(account));
        QCOMPARE(list->count(), 1);
        QCOMPARE(prompter.questions().size(), 2);
        QCOMPARE(prompter.questions().constFirst().objectName, u"confirmRemoveProfile"_s);

        QSignalSpy signIn(&manager, &ProfileManagerDialog::signInRequested);
        QTest::mouseClick(manager.findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
        QCOMPARE(signIn.size(), 1);
        QCOMPARE(signIn.constFirst().constFirst().toUuid(), ids.at(1));
    }

private:
    QLineEdit *edit(const QString &name) const { return m_dialog->findChild<QLineEdit *>(name); }
    void fill(const QString &label, const QString &keyId, const QString &secret)
    {
        edit(u"labelEdit"_s)->setText(label);
        edit(u"keyIdEdit"_s)->setText(keyId);
        edit(u"secretEdit"_s)->setText(secret);
    }
    void click(const QString &name)
    {
        auto *button = m_dialog->findChild<QPushButton *>(name);
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    test::EmulatorProcess m_emulator;
    std::unique_ptr<SessionSecretStore> m_keychain;
    std::unique_ptr<SessionSecretStore> m_session;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<ProfilesViewModel> m_model;
    std::unique_ptr<ProfileDialog> m_dialog;
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
