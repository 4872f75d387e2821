#pragma once

#include "domain/Secret.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace chcloud {

/// The local API stand-in behind `--demo`: starts `chcloud-emulator --seed demo
/// --port 0 --exit-with-parent` and reads, from its standard output (a pipe only
/// this object reads), its port, its per-run control token and the bootstrap
/// admin key it made up. No secret is on the child's command line, where every
/// local user could read it. Stops it by its PID (terminate, then kill) when
/// stopped or destroyed; if the app dies without that, the emulator exits on its
/// own (parent-death signal, end of its standard input).
class DemoEmulator : public QObject
{
    Q_OBJECT

public:
    enum class State { NotStarted, Starting, Running, Failed, Stopped };
    Q_ENUM(State)

    /// executablePath: the emulator to run; defaultExecutablePath() by default.
    explicit DemoEmulator(QString executablePath = defaultExecutablePath(), QObject *parent = nullptr);
    ~DemoEmulator() override;

    /// chcloud-emulator in QCoreApplication::applicationDirPath() (the build tree), else
    /// in the installed helper directory relative to it (`../libexec/chcloud-desktop`).
    static QString defaultExecutablePath();

    /// Starts the emulator; ends with started() or failed(), once. extraArguments
    /// are appended to the command line (e.g. a shorter rate-limit window).
    void start(const QStringList &extraArguments = {});
    /// Terminates the emulator and waits for it (kills it if it does not exit in time).
    void stop();

    State state() const { return m_state; }
    /// http://127.0.0.1:PORT once started.
    QUrl baseUrl() const { return m_baseUrl; }
    QString keyId() const { return m_keyId; }
    /// The bootstrap key's secret, for the session-only sign-in.
    const Secret &keySecret() const { return m_keySecret; }
    /// The token the emulator's /_emulator control routes require (X-Emulator-Token).
    QByteArray controlToken() const { return m_controlToken; }
    /// The child's PID while it runs, else 0.
    qint64 processId() const { return m_process.processId(); }
    QString errorString() const { return m_error; }

    int startTimeoutMs() const { return m_startTimeout.interval(); }
    void setStartTimeoutMs(int ms) { m_startTimeout.setInterval(ms); }

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);
    /// The emulator exited while it should have been running (crashed or killed).
    void exitedUnexpectedly(const QString &message);

private:
    void readStandardOutput();
    void fail(const QString &message);
    bool readStartupLine(const QByteArray &line);

    QString m_executablePath;
    QProcess m_process;
    QTimer m_startTimeout;
    State m_state = State::NotStarted;
    QUrl m_baseUrl;
    QString m_keyId;
    Secret m_keySecret;
    QByteArray m_controlToken;
    QString m_error;
    QByteArray m_stdoutLine;
    QByteArray m_stderrTail;
};

} // namespace chcloud
