// A whole session with secrets in play — sign in with a keychain profile,
// create a key, reveal it, save it as a profile, rotate the profile's key,
// quit — while every line of debug output is captured. Afterwards none of the
// secrets may appear in a settings file, the application's data or cache
// directories, the request log, or the captured output. Nor in the process
// environment (inherited by children), on the demo emulator's command line, or
// in a core file of a crash.

#include "AppComposition.h"
#include "DemoEmulator.h"
#include "EmulatorProcess.h"
#include "ProcessHardening.h"
#include "api/ApiSession.h"
#include "api/RequestLog.h"
#include "pages/KeysPage.h"
#include "pages/keys/ApiKeyDialog.h"
#include "pages/keys/KeyRevealDialog.h"
#include "pages/keys/KeyRotationDialog.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProfileStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SessionSecretStore.h"
#include "session/SessionManager.h"
#include "viewmodels/ApiKeyEditor.h"
#include "viewmodels/ApiKeysViewModel.h"
#include "viewmodels/ClipboardGuard.h"
#include "viewmodels/KeyReveal.h"
#include "viewmodels/KeyRotation.h"
#include "widgets/ScriptedPrompter.h"

#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdlib>
#include <memory>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace chcloud;

namespace {

QMutex g_mutex;
QStringList g_captured;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&g_mutex);
    g_captured.append(QString::fromUtf8(context.category ? context.category : "") + u' ' + message);
}

QString readSecret(ProfileStore &profiles, const QUuid &id)
{
    SecretJob *job = profiles.readSecret(id);
    if (!job)
        return {};
    QString secret;
    bool done = false;
    QObject::connect(job, &SecretJob::finished, job, [&] {
        secret = QString::fromUtf8(job->takeSecret().bytes());
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        return {};
    return secret;
}

} // namespace

class TestNoSecretLeak : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorProcess> m_emulator;
    QStringList m_secrets; ///< every secret seen in the session, with its Basic-auth forms
    QList<RequestLogEntry> m_logEntries;

    QString organizationId()
    {
        return m_emulator->raw("GET", u"/v1/organizations"_s)
            .value(u"result"_s)
            .toArray()
            .first()
            .toObject()
            .value(u"id"_s)
            .toString();
    }

    void remember(const QString &keyId, const QString &secret)
    {
        QVERIFY(!secret.isEmpty());
        m_secrets.append(secret);
        m_secrets.append(QString::fromLatin1((keyId + u':' + secret).toUtf8().toBase64()));
    }

    /// Each secret (or its Basic-auth form) found in `text`, by index, for the failure message.
    QStringList leaksIn(const QByteArray &text) const
    {
        QStringList found;
        for (qsizetype i = 0; i < m_secrets.size(); ++i) {
            if (text.contains(m_secrets.at(i).toUtf8()))
                found.append(u"secret #%1"_s.arg(i));
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Everything any category would print is captured, the HTTP log lines included.
        QLoggingCategory::setFilterRules(u"*.debug=true\n*.info=true"_s);
        qInstallMessageHandler(captureMessage);
        m_emulator = std::make_unique<test::EmulatorProcess>(
            QStringList { u"--rate-limit"_s, u"50"_s, u"--rate-window-ms"_s, u"1000"_s });
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
    }

    void fullSessionLeavesNoSecretBehind()
    {
        remember(m_emulator->keyId(), m_emulator->keySecret());
        const QString orgId = organizationId();
        QVERIFY(!orgId.isEmpty());

        KeychainSecretStore keychain;
        SessionSecretStore sessionStore;
        auto profiles = std::make_unique<ProfileStore>(keychain, sessionStore);
        const QString settingsFile = profiles->settingsFileName();

        // Sign in with a keychain profile.
        Profile profile;
        profile.label = u"Production admin"_s;
        profile.baseUrl = m_emulator->baseUrl();
        profile.organizationId = orgId;
        profile.keyId = m_emulator->keyId();
        const QUuid profileId = profiles->add(profile);
        QVERIFY(!profileId.isNull());
        SecretJob *write = profiles->writeSecret(profileId, SecretBytes(m_emulator->keySecret().toUtf8()));
        QSignalSpy written(write, &SecretJob::finished);
        QVERIFY(written.wait(15000));

        auto composition = std::make_unique<AppComposition>(profiles.get());
        SessionManager *manager = composition->sessions();
        QSignalSpy sessionChanged(manager, &SessionManager::sessionChanged);
        manager->signIn(profileId);
        QVERIFY2(sessionChanged.wait(15000), qPrintable(manager->errorText()));
        QPointer<ApiSession> session = manager->session();
        QVERIFY(session);
        // A rotation hands the manager the new key's session; keep the old one's log before it goes.
        connect(manager, &SessionManager::sessionChanged, this, [this, &session] {
            if (session)
                m_logEntries += session->requestLog()->entries();
        });

        ScriptedPrompter prompter;
        ScopedPrompter installed(&prompter);
        std::unique_ptr<KeysPage> page(qobject_cast<KeysPage *>(composition->createPage(u"keys"_s)));
        QVERIFY(page);
        page->clipboardGuard()->setClearAfter(std::chrono::milliseconds(50));
        QSignalSpy loaded(page.get(), &Page::loaded);
        page->show();
        QVERIFY(loaded.wait(15000));

        // Create a key, see it once, copy it, save it as a profile.
        ApiKeyDialog *dialog = page->openCreateDialog();
        QVERIFY(dialog);
        auto *roles = dialog->findChild<QListWidget *>(u"keyRolesList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(roles->count() > 0 && !dialog->editor()->usesLegacyRoles(), 10000);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"keyNameEdit"_s), u"Deploy bot"_s);
        roles->item(0)->setCheckState(Qt::Checked);
        QSignalSpy revealed(page.get(), &KeysPage::revealOpened);
        dialog->findChild<QPushButton *>(u"keySubmitButton"_s)->click();
        QVERIFY(revealed.wait(15000));
        auto *reveal = revealed.first().first().value<KeyRevealDialog *>();
        const QString createdKeyId = reveal->findChild<QLineEdit *>(u"revealKeyIdEdit"_s)->text();
        remember(createdKeyId, reveal->findChild<QLineEdit *>(u"revealSecretEdit"_s)->text());
        QSignalSpy cleared(page->clipboardGuard(), &ClipboardGuard::clipboardCleared);
        reveal->findChild<QPushButton *>(u"copySecretButton"_s)->click();
        QVERIFY(cleared.wait(5000));
        QSignalSpy saved(reveal->reveal(), &KeyReveal::profileSaved);
        QSignalSpy saveFailed(reveal->reveal(), &KeyReveal::profileSaveFailed);
        reveal->findChild<QPushButton *>(u"saveProfileButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(saved.size() + saveFailed.size() > 0, 15000);
        QCOMPARE(saved.size(), 1);
        const QUuid savedProfile = saved.first().first().toUuid();
        QCOMPARE(readSecret(*profiles, savedProfile), m_secrets.at(2));
        reveal->findChild<QPushButton *>(u"revealCloseButton"_s)->click();
        QCOMPARE(prompter.unscripted(), 0);

        // Rotate the signed-in profile's key.
        QString currentId;
        for (int row = 0; row < page->viewModel()->rowCount(); ++row) {
            if (page->viewModel()->currentKeyMatch(row) == CurrentKeyMatch::Yes)
                currentId = page->viewModel()->keyAt(row)->id;
        }
        QVERIFY(!currentId.isEmpty());
        QVERIFY(page->selectKey(currentId));
        KeyRotationDialog *rotationDialog = page->rotateSelectedKey();
        QVERIFY(rotationDialog);
        QSignalSpy rotated(rotationDialog->rotation(), &KeyRotation::finished);
        rotationDialog->findChild<QPushButton *>(u"rotationStartButton"_s)->click();
        QVERIFY(rotated.wait(30000));
        QVERIFY2(rotated.first().first().toBool(), qPrintable(rotationDialog->rotation()->message()));
        const QString rotatedKeyId = profiles->profile(profileId)->keyId;
        remember(rotatedKeyId, readSecret(*profiles, profileId));
        // The profile's pages now run on the new key's verified session.
        QTRY_VERIFY(manager->session() && manager->session()->keyId() == rotatedKeyId);
        m_logEntries += manager->session()->requestLog()->entries();
        rotationDialog->findChild<QPushButton *>(u"rotationCloseButton"_s)->click();

        // Quit.
        page.reset();
        manager->signOut();
        composition.reset();
        profiles.reset();
        QTest::qWait(0);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

        QCOMPARE(m_secrets.size(), 6);
        QVERIFY(QFile::exists(settingsFile));
    }

    void noSecretInFiles()
    {
        QStringList roots {
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation),
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        };
        // The wrapper gives this process a throwaway HOME: everything under it is ours to check.
        roots.append(QDir::homePath());
        int filesChecked = 0;
        for (const QString &root : std::as_const(roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                ++filesChecked;
                const QStringList leaks = leaksIn(file.readAll());
                QVERIFY2(leaks.isEmpty(), qPrintable(path + u": "_s + leaks.join(u", "_s)));
            }
        }
        QVERIFY(filesChecked >= 1); // at least the profiles settings file
    }

    void noSecretInRequestLog()
    {
        QVERIFY(!m_logEntries.isEmpty());
        for (const RequestLogEntry &entry : std::as_const(m_logEntries)) {
            const QByteArray all = entry.pathAndQuery.toUtf8() + '\n' + entry.requestBody + '\n' + entry.responseBody
                + '\n' + RequestLog::toJsonLine(entry) + '\n' + RequestLog::toCurl(entry).toUtf8();
            const QStringList leaks = leaksIn(all);
            QVERIFY2(leaks.isEmpty(), qPrintable(entry.pathAndQuery + u": "_s + leaks.join(u", "_s)));
        }
    }

    void noSecretInDebugOutput()
    {
        QStringList captured;
        {
            const QMutexLocker lock(&g_mutex);
            captured = g_captured;
        }
        // The HTTP log lines were on: the check saw real traffic, not silence.
        QVERIFY(std::any_of(captured.cbegin(), captured.cend(),
                            [](const QString &line) { return line.startsWith(u"chcloud.http"_s); }));
        for (const QString &line : std::as_const(captured)) {
            const QStringList leaks = leaksIn(line.toUtf8());
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));
        }
    }

    void noSecretOnClipboardOrSelection()
    {
        // The session copied a secret (the guard has cleared it since) and showed
        // others in reveal fields: none stays on the clipboard or, where the
        // platform has one, in the primary selection.
        QVERIFY(!m_secrets.isEmpty());
        QClipboard *clipboard = QGuiApplication::clipboard();
        QList<QClipboard::Mode> modes { QClipboard::Clipboard };
        if (clipboard->supportsSelection())
            modes.append(QClipboard::Selection);
        for (const QClipboard::Mode mode : std::as_const(modes)) {
            const QStringList leaks = leaksIn(clipboard->text(mode).toUtf8());
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));
        }
    }

    /// CLICKHOUSE_CLOUD_API_SECRET is taken out at start-up: the value is returned once,
    /// the variable is gone, and a child process started afterwards does not see it.
    void noSecretInTheProcessEnvironment()
    {
        const QByteArray value = "env-" + QByteArray::number(QRandomGenerator::system()->generate64(), 36);
        QVERIFY(qputenv("CLICKHOUSE_CLOUD_API_SECRET", value));
        const Secret taken = ProcessHardening::takeEnvironmentSecret("CLICKHOUSE_CLOUD_API_SECRET");
        QCOMPARE(taken.revealUtf8(), value);
        QVERIFY(!qEnvironmentVariableIsSet("CLICKHOUSE_CLOUD_API_SECRET"));
        QProcess child;
        child.start(u"/usr/bin/env"_s, QStringList {});
        QVERIFY(child.waitForFinished(10000));
        const QByteArray childEnvironment = child.readAllStandardOutput();
        QVERIFY(childEnvironment.contains("PATH="));
        QVERIFY2(!childEnvironment.contains(value), "a child process inherited the secret");
        QVERIFY(!childEnvironment.contains("CLICKHOUSE_CLOUD_API_SECRET"));
    }

    /// The demo emulator's command line and environment, readable by other local users
    /// through /proc, hold neither the admin key's secret nor the control token.
    void noSecretOnTheDemoEmulatorsCommandLine()
    {
        DemoEmulator emulator(QStringLiteral(CHCLOUD_EMULATOR_PATH));
        QSignalSpy started(&emulator, &DemoEmulator::started);
        emulator.start();
        QVERIFY(started.wait(20000));
        QVERIFY(!emulator.keySecret().isEmpty());
        const qint64 pid = emulator.processId();
        QByteArray exposed;
        for (const char *name : { "cmdline", "environ" }) {
            QFile file(u"/proc/%1/%2"_s.arg(pid).arg(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::ReadOnly));
            exposed += file.readAll();
        }
        QVERIFY(exposed.contains("chcloud-emulator"));
        QVERIFY2(!exposed.contains(emulator.keySecret().revealUtf8()), "the key secret is visible in /proc");
        QVERIFY(!exposed.contains(emulator.controlToken()));
        QVERIFY(!exposed.contains("--key-secret"));
        emulator.stop();
    }

    /// A crash of a hardened process holding a secret writes no core file: a child
    /// made as permissive as allowed (core limit raised to the hard limit) hardens
    /// itself, then aborts.
    void noCoreDumpOfAHardenedProcess()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QByteArray path = QFile::encodeName(directory.path());
        const QByteArray secret = "core-" + QByteArray::number(QRandomGenerator::system()->generate64(), 36);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // Only async-signal-safe calls from here on: this is a fork of a threaded process.
            if (::chdir(path.constData()) != 0)
                ::_exit(10);
            rlimit core {};
            ::getrlimit(RLIMIT_CORE, &core);
            core.rlim_cur = core.rlim_max;
            ::setrlimit(RLIMIT_CORE, &core);
            if (!ProcessHardening::apply())
                ::_exit(11);
            if (ProcessHardening::isDumpable() || ProcessHardening::coreLimit() != 0)
                ::_exit(12);
            volatile const char *held = secret.constData(); // the secret is in this memory
            (void)held;
            std::abort();
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY2(WIFSIGNALED(status), qPrintable(u"the child exited with %1"_s.arg(WEXITSTATUS(status))));
        QCOMPARE(WTERMSIG(status), SIGABRT);
        QVERIFY2(!WCOREDUMP(status), "the kernel wrote a core dump");
        const QStringList files = QDir(directory.path()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        m_emulator.reset();
        for (QString &secret : m_secrets)
            secret.fill(u'0');
    }
};

QTEST_MAIN(TestNoSecretLeak)
#include "tst_nosecretleak.moc"
