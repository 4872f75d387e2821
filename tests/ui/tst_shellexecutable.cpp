#include "CannedServer.h"
#include "EmulatorProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString desktopPath()
{
    return QStringLiteral(CHCLOUD_DESKTOP_PATH);
}

/// Processes whose parent is this test and whose command line names chcloud-emulator.
/// This test is a child subreaper, so an emulator the app left behind ends up here.
QList<qint64> orphanedEmulators()
{
    QList<qint64> found;
    const QString self = QString::number(::getpid());
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile status(u"/proc/%1/status"_s.arg(entry));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(status.readAll());
        if (!text.contains(u"\nPPid:\t"_s + self + u'\n'))
            continue;
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(entry));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains("chcloud-emulator"))
            found << pid;
    }
    return found;
}

/// The PID of a chcloud-emulator whose parent is `parent`, or 0.
qint64 childEmulatorOf(qint64 parent)
{
    const QString parentText = QString::number(parent);
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        QFile status(u"/proc/%1/status"_s.arg(entry));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        if (!QString::fromUtf8(status.readAll()).contains(u"\nPPid:\t"_s + parentText + u'\n'))
            continue;
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(entry));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains("chcloud-emulator"))
            return entry.toLongLong();
    }
    return 0;
}

/// Reads a /proc file of another process whole (empty when it cannot be read).
QByteArray procFile(qint64 pid, const QString &name)
{
    QFile file(u"/proc/%1/%2"_s.arg(pid).arg(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Whether pid has ended: reaped here (this test is the subreaper of orphans), or gone.
bool hasEnded(qint64 pid)
{
    if (::waitpid(pid_t(pid), nullptr, WNOHANG) == pid_t(pid))
        return true;
    const QByteArray status = procFile(pid, u"status"_s);
    return status.isEmpty() || status.contains("\nState:\tZ");
}

/// The "Max core file size" soft limit from /proc/PID/limits, as printed ("0", "unlimited").
QByteArray coreLimitOf(qint64 pid)
{
    for (const QByteArray &line : procFile(pid, u"limits"_s).split('\n')) {
        if (line.startsWith("Max core file size"))
            return line.mid(26).simplified().split(' ').value(0);
    }
    return {};
}

QProcessEnvironment appEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    environment.remove(u"CLICKHOUSE_CLOUD_API_KEY"_s);
    environment.remove(u"CLICKHOUSE_CLOUD_API_SECRET"_s);
    environment.remove(u"CLICKHOUSE_CLOUD_API_URL"_s);
    environment.remove(u"CHCLOUD_ALLOW_CORE_DUMPS"_s);
    return environment;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &arguments, const QString &home, const QProcessEnvironment &extra = {}, int timeoutMs = 60000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // A private home: the app's settings and profiles never touch the developer's.
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    environment.remove(u"CLICKHOUSE_CLOUD_API_KEY"_s);
    environment.remove(u"CLICKHOUSE_CLOUD_API_SECRET"_s);
    environment.remove(u"CLICKHOUSE_CLOUD_API_URL"_s);
    environment.remove(u"CHCLOUD_ALLOW_CORE_DUMPS"_s);
    const QStringList extraNames = extra.keys();
    for (const QString &name : extraNames)
        environment.insert(name, extra.value(name));
    process.setProcessEnvironment(environment);
    process.start(desktopPath(), arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

/// The real chcloud-desktop executable: its options, and a --demo screenshot run
/// that leaves a PNG and no emulator behind.
class TestShellExecutable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(::prctl(PR_SET_CHILD_SUBREAPER, 1) == 0);
        // Children inherit the largest core limit allowed, so only the app's own hardening can make it 0.
        rlimit core {};
        QVERIFY(::getrlimit(RLIMIT_CORE, &core) == 0);
        core.rlim_cur = core.rlim_max;
        QVERIFY(::setrlimit(RLIMIT_CORE, &core) == 0);
    }

    void version()
    {
        const Run result = run({ u"--version"_s }, m_home.path());
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(CHCLOUD_VERSION), result.out.constData());
    }

    void help_data()
    {
        QTest::addColumn<QString>("option");
        for (const char *option :
             { "--demo", "--screenshot", "--page", "--size", "--api-url", "--version", "CLICKHOUSE_CLOUD_API_KEY" })
            QTest::newRow(option) << QString::fromLatin1(option);
    }

    void help()
    {
        QFETCH(QString, option);
        const Run result = run({ u"--help"_s }, m_home.path());
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(QString::fromUtf8(result.out).contains(option), result.out.constData());
    }

    void helpAndVersionWithoutDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--version") << QStringList { u"--version"_s } << QStringLiteral(CHCLOUD_VERSION);
        QTest::newRow("-v") << QStringList { u"-v"_s } << QStringLiteral(CHCLOUD_VERSION);
        QTest::newRow("--help") << QStringList { u"--help"_s } << u"--screenshot"_s;
        QTest::newRow("-h with other options") << QStringList { u"--demo"_s, u"-h"_s } << u"--api-url"_s;
    }

    /// Neither a display nor a platform plugin choice: --help and --version are answered
    /// before the GUI starts (a QApplication would abort here, finding no display).
    void helpAndVersionWithoutDisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QProcessEnvironment environment = appEnvironment(m_home.path());
        environment.remove(u"QT_QPA_PLATFORM"_s);
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(desktopPath(), arguments);
        QVERIFY(process.waitForFinished(60000));
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, err.constData());
        QVERIFY2(QString::fromUtf8(out).contains(expected), out.constData());
        QVERIFY2(err.isEmpty(), err.constData());
    }

    /// Without a display, anything else still needs the GUI: it fails, it does not hang
    /// or answer as if it were --help.
    void otherOptionsStillNeedTheGui()
    {
        QProcessEnvironment environment = appEnvironment(m_home.path());
        environment.remove(u"QT_QPA_PLATFORM"_s);
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(desktopPath(), { u"--page"_s, u"keys"_s });
        QVERIFY(process.waitForFinished(60000));
        const bool failed = process.exitStatus() == QProcess::CrashExit || process.exitCode() != 0;
        QVERIFY(failed);
        QVERIFY(!process.readAllStandardOutput().contains("--screenshot"));
    }

    void rejectsUnknownPage()
    {
        const Run result
            = run({ u"--page"_s, u"nowhere"_s, u"--screenshot"_s, m_home.filePath(u"x.png"_s) }, m_home.path());
        QVERIFY(result.exitCode != 0);
        QVERIFY(result.err.contains("nowhere"));
        QVERIFY(!QFile::exists(m_home.filePath(u"x.png"_s)));
    }

    void demoScreenshot()
    {
        const QString png = m_home.filePath(u"organization.png"_s);
        const Run result
            = run({ u"--demo"_s, u"--screenshot"_s, png, u"--page"_s, u"organization"_s, u"--size"_s, u"1024x700"_s },
                  m_home.path());
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1024 && image.height() >= 700);
        QVERIFY(QFileInfo(png).size() > 0);
        QVERIFY2(orphanedEmulators().isEmpty(), "the demo emulator outlived the app");
    }

    void demoScreenshotOfADetailsTab_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("a tab") << u"services/settings"_s << 0;
        QTest::newRow("a tab of a named service") << u"services/query-endpoint/production-analytics"_s << 0;
        QTest::newRow("no such tab") << u"services/nowhere"_s << 1;
    }

    /// --page PAGE/TAB[/SERVICE]: the details tab comes forward and the run waits for its data.
    void demoScreenshotOfADetailsTab()
    {
        QFETCH(QString, page);
        QFETCH(int, exitCode);
        const QString png = m_home.filePath(u"tab.png"_s);
        QFile::remove(png);
        const Run result = run({ u"--demo"_s, u"--screenshot"_s, png, u"--page"_s, page }, m_home.path());
        QCOMPARE(result.exitCode, exitCode);
        if (exitCode != 0)
            QVERIFY2(result.err.contains("nowhere"), result.err.constData());
        QVERIFY(!QImage(png).isNull()); // a failed run still leaves a picture
        QVERIFY2(orphanedEmulators().isEmpty(), "the demo emulator outlived the app");
    }

    void environmentSignsIn_data()
    {
        QTest::addColumn<bool>("rightSecret");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("right key signs in and loads the page") << true << 0;
        QTest::newRow("wrong secret fails the screenshot run") << false << 1;
    }

    void environmentSignsIn()
    {
        QFETCH(bool, rightSecret);
        QFETCH(int, exitCode);
        chcloud::test::EmulatorProcess emulator;
        QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
        QProcessEnvironment credentials;
        credentials.insert(u"CLICKHOUSE_CLOUD_API_KEY"_s, emulator.keyId());
        credentials.insert(u"CLICKHOUSE_CLOUD_API_SECRET"_s, rightSecret ? emulator.keySecret() : u"wrong"_s);
        credentials.insert(u"CLICKHOUSE_CLOUD_API_URL"_s, emulator.baseUrl().toString());
        const QString png = m_home.filePath(u"environment.png"_s);
        QFile::remove(png);
        const Run result = run({ u"--screenshot"_s, png, u"--page"_s, u"keys"_s }, m_home.path(), credentials);
        QVERIFY2(result.exitCode == exitCode, result.err.constData());
        QVERIFY(!QImage(png).isNull()); // a failed run still leaves a picture of what it showed
        QVERIFY(!result.err.contains(emulator.keySecret().toUtf8()));
    }

    void screenshotExitStatusTellsTheTruth_data()
    {
        QTest::addColumn<QByteArray>("servicesResult");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrHas");
        QTest::newRow("every row read: 0")
            << QByteArray(R"([{"id":"s1","name":"alpha","state":"running"}])") << 0 << u"Saved"_s;
        QTest::newRow("one unreadable row: still 0, warning on stderr")
            << QByteArray(R"([{"id":"s1","name":"alpha","state":"running"},{"id":"s2","name":7}])") << 0
            << u"1 of 2 services could not be read"_s;
        QTest::newRow("unreadable list: 2, the error on stderr")
            << QByteArray(R"({"not":"a list"})") << 2 << u"the page shows an error"_s;
    }

    /// --screenshot's exit status: 0 loaded (a partly readable list counts), 2 the
    /// page shows a load error, 1 signing in failed (see environmentSignsIn).
    void screenshotExitStatusTellsTheTruth()
    {
        QFETCH(QByteArray, servicesResult);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrHas);
        chcloud::test::CannedServer server;
        QVERIFY(server.listen());
        const QString organizationId = u"0f6a1c2e-0000-4000-8000-0000000000c1"_s;
        const QByteArray envelope = R"({"status":200,"requestId":"5f2b8e4e-1c1d-4d4e-9a55-3f0c4b6f7a12","result":)";
        server.setAnswer(u"/v1/organizations"_s,
                         envelope + R"([{"id":")" + organizationId.toUtf8() + R"(","name":"Canned"}]})");
        server.setAnswer(u"/v1/organizations/"_s + organizationId + u"/services"_s, envelope + servicesResult + "}");

        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"HOME"_s, m_home.path());
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home.path() + u"/.config"_s);
        environment.insert(u"CLICKHOUSE_CLOUD_API_KEY"_s, u"canned-key"_s);
        environment.insert(u"CLICKHOUSE_CLOUD_API_SECRET"_s, u"canned-secret"_s);
        environment.insert(u"CLICKHOUSE_CLOUD_API_URL"_s, server.baseUrl().toString());
        app.setProcessEnvironment(environment);
        const QString png = m_home.filePath(u"truth.png"_s);
        // The server lives in this process: wait with the event loop running.
        QSignalSpy finished(&app, &QProcess::finished);
        app.start(desktopPath(), { u"--screenshot"_s, png, u"--page"_s, u"services"_s });
        QVERIFY(finished.wait(60000));
        const QByteArray err = app.readAllStandardError();
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitCode() == exitCode, err.constData());
        QVERIFY2(err.contains(stderrHas.toUtf8()), err.constData());
        QVERIFY(!QImage(png).isNull());
    }

    void terminationStopsTheDemoEmulator()
    {
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"HOME"_s, m_home.path());
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home.path() + u"/.config"_s);
        app.setProcessEnvironment(environment);
        app.start(desktopPath(), { u"--demo"_s });
        QVERIFY(app.waitForStarted());
        // The emulator is the app's child until the app ends.
        qint64 emulatorPid = 0;
        QTRY_VERIFY_WITH_TIMEOUT((emulatorPid = childEmulatorOf(app.processId())) > 0, 20000);
        app.terminate(); // SIGTERM, as a session logout or Ctrl+C would
        QVERIFY(app.waitForFinished(15000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        // Stopped and reaped by the app: an orphan would have been handed to this test instead.
        QVERIFY2(!QFileInfo::exists(u"/proc/%1"_s.arg(emulatorPid)), "the demo emulator outlived the app");
        QVERIFY(orphanedEmulators().isEmpty());
    }

    void hardeningStatus_data()
    {
        QTest::addColumn<QString>("allowCoreDumps");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("hardened by default: not dumpable, no core file")
            << QString() << QByteArray("hardened: 1\ndumpable: 0\ncore limit: 0\n");
        QTest::newRow("developer opt-out CHCLOUD_ALLOW_CORE_DUMPS=1: dumpable")
            << u"1"_s << QByteArray("hardened: 0\ndumpable: 1\n");
    }

    void hardeningStatus()
    {
        QFETCH(QString, allowCoreDumps);
        QFETCH(QByteArray, expected);
        QProcessEnvironment extra;
        if (!allowCoreDumps.isEmpty())
            extra.insert(u"CHCLOUD_ALLOW_CORE_DUMPS"_s, allowCoreDumps);
        const Run result = run({ u"--hardening-status"_s }, m_home.path(), extra);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(expected), result.out.constData());
    }

    /// The demo emulator's command line (readable by every local user) carries no key
    /// secret, and SIGKILL on the app (no orderly shutdown) still ends the emulator.
    void killedAppLeavesNoEmulator()
    {
        QProcess app;
        app.setProcessEnvironment(appEnvironment(m_home.path()));
        app.start(desktopPath(), { u"--demo"_s });
        QVERIFY(app.waitForStarted());
        qint64 emulatorPid = 0;
        QTRY_VERIFY_WITH_TIMEOUT((emulatorPid = childEmulatorOf(app.processId())) > 0, 20000);
        const QByteArray commandLine = procFile(emulatorPid, u"cmdline"_s);
        QVERIFY(commandLine.contains("chcloud-emulator"));
        QVERIFY2(!commandLine.contains("--key-secret"), commandLine.constData());
        QVERIFY2(!commandLine.contains("secret"), commandLine.constData());
        QVERIFY(commandLine.contains("--exit-with-parent"));
        QCOMPARE(coreLimitOf(app.processId()), QByteArray("0"));

        QVERIFY(::kill(pid_t(app.processId()), SIGKILL) == 0);
        QVERIFY(app.waitForFinished(15000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);
        // "Within a few seconds": the parent-death signal is immediate; stdin EOF backs it up.
        QTRY_VERIFY2_WITH_TIMEOUT(hasEnded(emulatorPid), "the demo emulator outlived a killed app", 5000);
    }

    /// A crash after sign-in (the demo signs in at once) writes no core file, and the
    /// emulator goes with the app.
    void crashWritesNoCoreFile()
    {
        QTemporaryDir workDir;
        QVERIFY(workDir.isValid());
        QProcess app;
        QProcessEnvironment environment = appEnvironment(m_home.path());
        // Under AddressSanitizer the sanitizer's own SIGSEGV handler would report and exit
        // normally; the crash must reach the default action for this test to mean anything.
        const QString asanOptions = environment.value(u"ASAN_OPTIONS"_s);
        environment.insert(u"ASAN_OPTIONS"_s,
                           asanOptions.isEmpty() ? u"handle_segv=0"_s : asanOptions + u":handle_segv=0"_s);
        app.setProcessEnvironment(environment);
        app.setWorkingDirectory(workDir.path());
        app.start(desktopPath(), { u"--demo"_s });
        QVERIFY(app.waitForStarted());
        qint64 emulatorPid = 0;
        QTRY_VERIFY_WITH_TIMEOUT((emulatorPid = childEmulatorOf(app.processId())) > 0, 20000);
        QCOMPARE(coreLimitOf(app.processId()), QByteArray("0"));
        QVERIFY(::kill(pid_t(app.processId()), SIGSEGV) == 0);
        QVERIFY(app.waitForFinished(15000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);
        const QStringList cores = QDir(workDir.path()).entryList({ u"core*"_s }, QDir::Files);
        QVERIFY2(cores.isEmpty(), qPrintable(cores.join(u", "_s)));
        QTRY_VERIFY2_WITH_TIMEOUT(hasEnded(emulatorPid), "the demo emulator outlived a crashed app", 5000);
    }

    /// CLICKHOUSE_CLOUD_API_SECRET is read and removed at start-up: neither the app's
    /// environment nor the demo emulator's (a child started after start-up) holds it.
    void environmentSecretIsGoneAfterStartUp()
    {
        const QByteArray marker = "env-secret-" + QByteArray::number(::getpid()) + "-b7c1";
        QProcessEnvironment environment = appEnvironment(m_home.path());
        environment.insert(u"CLICKHOUSE_CLOUD_API_KEY"_s, u"ENVKEYID0000"_s);
        environment.insert(u"CLICKHOUSE_CLOUD_API_SECRET"_s, QString::fromLatin1(marker));
        QProcess app;
        app.setProcessEnvironment(environment);
        app.start(desktopPath(), { u"--demo"_s });
        QVERIFY(app.waitForStarted());
        qint64 emulatorPid = 0;
        QTRY_VERIFY_WITH_TIMEOUT((emulatorPid = childEmulatorOf(app.processId())) > 0, 20000);
        const QByteArray appEnvironmentBlock = procFile(app.processId(), u"environ"_s);
        const QByteArray emulatorEnvironment = procFile(emulatorPid, u"environ"_s);
        app.terminate();
        QVERIFY(app.waitForFinished(15000));
        // Readable here (the test runs as the same user, or as root); an empty read would prove nothing.
        QVERIFY(appEnvironmentBlock.contains("QT_QPA_PLATFORM=offscreen"));
        QVERIFY(emulatorEnvironment.contains("QT_QPA_PLATFORM=offscreen"));
        QVERIFY2(!appEnvironmentBlock.contains(marker), "the secret is still in the app's environment");
        QVERIFY2(!emulatorEnvironment.contains(marker), "the demo emulator inherited the secret");
        QVERIFY(!emulatorEnvironment.contains("CLICKHOUSE_CLOUD_API_SECRET"));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestShellExecutable)
#include "tst_shellexecutable.moc"
