#include "DemoEmulator.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

/// Whether a process with that PID still exists (and is not a zombie we reaped).
bool processExists(qint64 pid)
{
    return pid > 0 && QFileInfo::exists(u"/proc/%1"_s.arg(pid));
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
