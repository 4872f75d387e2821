#pragma once

#include "domain/Secret.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace chcloud {

/// The local API stand-in behind `--demo`: starts `chcloud-emulator --seed demo
/// --port 0` with a bootstrap admin key made up here (random key ID and secret,
/// never written anywhere), learns its port from the first line it prints
/// ("listening on http://127.0.0.1:PORT"), and stops it by its PID (terminate,
/// then kill) when stopped or destroyed, so no emulator outlives the app.
class DemoEmulator : public QObject
{
    Q_OBJECT

public:
    enum class State { NotStarted, Starting, Running, Failed, Stopped };
    Q_ENUM(State)

    /// executablePath: the emulator to run; defaultExecutablePath() beside the app.
    explicit DemoEmulator(QString executablePath = defaultExecutablePath(), QObject *parent = nullptr);
    ~DemoEmulator() override;

    /// chcloud-emulator in QCoreApplication::applicationDirPath().
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
    /// The child's PID while it runs, else 0.
    qint64 processId() const { return m_process.processId(); }
    QString errorString() const { return m_error; }

    int startTimeoutMs() const { return m_startTimeout.interval(); }
    void setStartTimeoutMs(int ms) { m_startTimeout.setInterval(ms); }

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);
    /// The emulator exited while it should have been running.
    void exitedUnexpectedly(const QString &message);

private:
    void readStandardOutput();
    void fail(const QString &message);
    static QString randomToken(int length);

    QString m_executablePath;
    QProcess m_process;
    QTimer m_startTimeout;
    State m_state = State::NotStarted;
    QUrl m_baseUrl;
    QString m_keyId;
    Secret m_keySecret;
    QString m_error;
    QByteArray m_stdoutLine;
    QByteArray m_stderrTail;
};

} // namespace chcloud
