#include "DemoEmulator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

/// Whether a process with that PID still exists (and is not a zombie we reaped).
bool processExists(qint64 pid)
{
    return pid > 0 && QFileInfo::exists(u"/proc/%1"_s.arg(pid));
}

QByteArray procFile(qint64 pid, const char *name)
{
    QFile file(u"/proc/%1/%2"_s.arg(pid).arg(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// One request to the emulator; returns the HTTP status (0 when none came).
int statusOf(const QUrl &url, const QByteArray &headerName = {}, const QByteArray &headerValue = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    if (!headerName.isEmpty())
        request.setRawHeader(headerName, headerValue);
    QNetworkReply *reply = manager.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

} // namespace

/// The --demo launcher: starts the emulator, learns its port, signs in with the
/// key it made up, and leaves no emulator behind.
class TestShellDemoEmulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAnswersAndStops()
    {
        DemoEmulator emulator(QStringLiteral(CHCLOUD_EMULATOR_PATH));
        QSignalSpy started(&emulator, &DemoEmulator::started);
        QSignalSpy failed(&emulator, &DemoEmulator::failed);
        emulator.start();
        QVERIFY(started.wait(20000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(emulator.state(), DemoEmulator::State::Running);
        QCOMPARE(emulator.baseUrl().host(), u"127.0.0.1"_s);
        QVERIFY(emulator.baseUrl().port() > 0);
        QVERIFY(!emulator.keyId().isEmpty());
        QVERIFY(emulator.keySecret().size() >= 32);

        // The made-up key is the emulator's admin key.
        QNetworkAccessManager manager;
        QNetworkRequest request(emulator.baseUrl().resolved(QUrl(u"/v1/organizations"_s)));
        const QByteArray credentials = emulator.keyId().toUtf8() + ':' + emulator.keySecret().revealUtf8();
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
        QNetworkReply *reply = manager.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();

        const qint64 pid = emulator.processId();
        QVERIFY(processExists(pid));
        emulator.stop();
        QCOMPARE(emulator.processId(), 0);
        QVERIFY(!processExists(pid));
        QCOMPARE(emulator.state(), DemoEmulator::State::Stopped);
    }

    void destructorStopsTheChild()
    {
        qint64 pid = 0;
        {
            DemoEmulator emulator(QStringLiteral(CHCLOUD_EMULATOR_PATH));
            QSignalSpy started(&emulator, &DemoEmulator::started);
            emulator.start();
            QVERIFY(started.wait(20000));
            pid = emulator.processId();
            QVERIFY(processExists(pid));
        }
        QVERIFY(!processExists(pid));
    }

    /// The key comes back over the pipe; the command line, which every local user can
    /// read, holds no secret, and the control routes want the run's token.
    void noSecretOnTheCommandLineAndAControlToken()
    {
        DemoEmulator emulator(QStringLiteral(CHCLOUD_EMULATOR_PATH));
        QSignalSpy started(&emulator, &DemoEmulator::started);
        emulator.start();
        QVERIFY(started.wait(20000));
        const QByteArray commandLine = procFile(emulator.processId(), "cmdline");
        QVERIFY(commandLine.contains("chcloud-emulator"));
        QVERIFY2(!commandLine.contains(emulator.keySecret().revealUtf8()), "the key secret is on the command line");
        QVERIFY(!commandLine.contains("--key-secret"));
        QVERIFY(!commandLine.contains(emulator.controlToken()));
        QVERIFY(!procFile(emulator.processId(), "environ").contains(emulator.keySecret().revealUtf8()));

        const QUrl health = emulator.baseUrl().resolved(QUrl(u"/_emulator/health"_s));
        QCOMPARE(statusOf(health), 401);
        QCOMPARE(statusOf(health, "X-Emulator-Token", "not-the-token"), 401);
        QVERIFY(emulator.controlToken().size() >= 32);
        QCOMPARE(statusOf(health, "X-Emulator-Token", emulator.controlToken()), 200);
    }

    /// Killed behind the app's back: the app hears of it once, as exitedUnexpectedly().
    void unexpectedExitIsReported()
    {
        DemoEmulator emulator(QStringLiteral(CHCLOUD_EMULATOR_PATH));
        QSignalSpy started(&emulator, &DemoEmulator::started);
        QSignalSpy exited(&emulator, &DemoEmulator::exitedUnexpectedly);
        emulator.start();
        QVERIFY(started.wait(20000));
        QVERIFY(::kill(pid_t(emulator.processId()), SIGKILL) == 0);
        QVERIFY(exited.wait(10000));
        QCOMPARE(exited.size(), 1);
        QCOMPARE(emulator.state(), DemoEmulator::State::Failed);
        QVERIFY(!exited.first().first().toString().isEmpty());
        emulator.stop();
        QCOMPARE(exited.size(), 1);
    }

    /// --exit-with-parent: the end of standard input (the parent's pipe closing with it)
    /// ends the emulator, cleanly.
    void emulatorExitsWhenItsStandardInputCloses()
    {
        QProcess process;
        process.start(QStringLiteral(CHCLOUD_EMULATOR_PATH),
                      { u"--port"_s, u"0"_s, u"--seed"_s, u"empty"_s, u"--exit-with-parent"_s });
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
        QVERIFY(process.readLine().startsWith("listening on "));
        QCOMPARE(process.state(), QProcess::Running);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void missingExecutableFails()
    {
        DemoEmulator emulator(QDir::temp().filePath(u"no-such-chcloud-emulator"_s));
        QSignalSpy failed(&emulator, &DemoEmulator::failed);
        emulator.start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(emulator.state(), DemoEmulator::State::Failed);
        QVERIFY(emulator.errorString().contains(u"no-such-chcloud-emulator"_s));
    }

    void emulatorThatPrintsNoPortFails()
    {
        // /bin/true prints nothing and exits: the start must end with failed(), once.
        DemoEmulator emulator(u"/bin/true"_s);
        QSignalSpy failed(&emulator, &DemoEmulator::failed);
        QSignalSpy started(&emulator, &DemoEmulator::started);
        emulator.start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(started.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestShellDemoEmulator)
#include "tst_shelldemoemulator.moc"
