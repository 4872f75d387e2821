#include "DemoEmulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstring>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace chcloud {

namespace {
constexpr int DefaultStartTimeoutMs = 20000;
constexpr int StopGraceMs = 3000;
constexpr qsizetype MaxStderrTail = 4096;

/// Zeros a buffer this object alone holds, then drops it. A shared buffer is only
/// dropped: writing to it would detach and zero a fresh copy instead.
void wipeBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        std::memset(bytes.data(), 0, size_t(bytes.size()));
    bytes = QByteArray();
}
} // namespace

DemoEmulator::DemoEmulator(QString executablePath, QObject *parent)
    : QObject(parent)
    , m_executablePath(std::move(executablePath))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
#if defined(Q_OS_UNIX)
    // A process group of its own: Ctrl+C in the terminal reaches the app, which stops the
    // emulator in order, instead of both at once (which would look like an unexpected exit).
    m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    m_startTimeout.setSingleShot(true);
    m_startTimeout.setInterval(DefaultStartTimeoutMs);
    connect(&m_startTimeout, &QTimer::timeout, this,
            [this] { fail(tr("The demo emulator did not report its port in time.")); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoEmulator::readStandardOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail += m_process.readAllStandardError();
        if (m_stderrTail.size() > MaxStderrTail)
            m_stderrTail = m_stderrTail.right(MaxStderrTail);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Could not start the demo emulator %1: %2").arg(m_executablePath, m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        const QString detail = QString::fromUtf8(m_stderrTail).trimmed();
        const QString message = tr("The demo emulator exited (code %1). %2").arg(exitCode).arg(detail);
        if (m_state == State::Starting)
            fail(message);
        else if (m_state == State::Running) {
            m_state = State::Failed;
            m_error = message;
            Q_EMIT exitedUnexpectedly(message);
        }
    });
}

DemoEmulator::~DemoEmulator()
{
    stop();
}

QString DemoEmulator::defaultExecutablePath()
{
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QString name = QStringLiteral("chcloud-emulator");
    // Beside the executable in the build tree; in the private helper directory once installed.
    const QString beside = appDir.filePath(name);
    if (QFileInfo(beside).isExecutable())
        return beside;
    const QString installed
        = QDir::cleanPath(appDir.filePath(QStringLiteral(CHCLOUD_HELPERDIR_FROM_BINDIR "/") + name));
    return installed; // also what the error message names when it is missing
}

void DemoEmulator::start(const QStringList &extraArguments)
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    m_state = State::Starting;
    m_error.clear();
    m_baseUrl.clear();
    m_stdoutLine.clear();
    m_stderrTail.clear();
    m_keyId.clear();
    m_keySecret.wipe();
    m_controlToken.clear();

    // The emulator makes up the key and prints it on the pipe: nothing secret on its command line.
    QStringList arguments { QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--port"),
                            QStringLiteral("0"), QStringLiteral("--exit-with-parent") };
    arguments << extraArguments;
    m_startTimeout.start();
    m_process.start(m_executablePath, arguments);
}

void DemoEmulator::readStandardOutput()
{
    QByteArray output = m_process.readAllStandardOutput();
    if (m_state != State::Starting) {
        wipeBytes(output);
        return; // later lines are the emulator's own chatter; the pipe just needs draining
    }
    m_stdoutLine.append(output.constData(), output.size()); // a copy, so output stays unshared and wipeable
    wipeBytes(output);
    qsizetype newline = -1;
    while (m_state == State::Starting && (newline = m_stdoutLine.indexOf('\n')) >= 0) {
        QByteArray line = m_stdoutLine.left(newline);
        // Shift the rest down in place, then zero the tail, so no copy of the secret line stays behind.
        const qsizetype rest = m_stdoutLine.size() - newline - 1;
        char *data = m_stdoutLine.data();
        std::memmove(data, data + newline + 1, size_t(rest));
        std::memset(data + rest, 0, size_t(newline + 1));
        m_stdoutLine.truncate(rest);
        const bool ok = readStartupLine(line);
        wipeBytes(line);
        if (!ok)
            return;
    }
    if (m_state == State::Starting && !m_baseUrl.isEmpty() && !m_controlToken.isEmpty() && !m_keySecret.isEmpty()) {
        wipeBytes(m_stdoutLine);
        m_startTimeout.stop();
        m_state = State::Running;
        Q_EMIT started(m_baseUrl);
    }
}

bool DemoEmulator::readStartupLine(const QByteArray &line)
{
    static const QRegularExpression listening(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)\\s*$"));
    static constexpr QByteArrayView tokenPrefix = "control token: ";
    static constexpr QByteArrayView keyPrefix = "bootstrap key id: ";
    static constexpr QByteArrayView secretMarker = " secret: ";
    if (m_baseUrl.isEmpty()) {
        const QString firstLine = QString::fromUtf8(line);
        const auto match = listening.match(firstLine);
        if (!match.hasMatch()) {
            fail(tr("The demo emulator printed an unexpected first line: %1").arg(firstLine));
            return false;
        }
        m_baseUrl = QUrl(match.captured(1));
        return true;
    }
    if (line.startsWith(tokenPrefix)) {
        m_controlToken = line.mid(tokenPrefix.size()).trimmed();
        return true;
    }
    if (line.startsWith(keyPrefix)) {
        const qsizetype marker = line.indexOf(secretMarker);
        if (marker < 0) {
            fail(tr("The demo emulator did not hand over its key."));
            return false;
        }
        const qsizetype idStart = keyPrefix.size();
        m_keyId = QString::fromLatin1(line.mid(idStart, marker - idStart));
        // The secret goes straight from the pipe's bytes into the wiping buffer, never into a QString.
        qsizetype end = line.size();
        while (end > 0 && (line.at(end - 1) == '\r' || line.at(end - 1) == ' '))
            --end;
        const qsizetype secretStart = marker + secretMarker.size();
        QByteArray secret(line.constData() + secretStart, end - secretStart);
        m_keySecret = Secret(std::move(secret));
        return true;
    }
    return true; // a line this launcher does not need
}

void DemoEmulator::fail(const QString &message)
{
    if (m_state != State::Starting)
        return;
    m_startTimeout.stop();
    m_state = State::Failed;
    m_error = message;
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(StopGraceMs);
    }
    Q_EMIT failed(message);
}

void DemoEmulator::stop()
{
    m_startTimeout.stop();
    if (m_state == State::Starting || m_state == State::Running)
        m_state = State::Stopped;
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(StopGraceMs)) {
        m_process.kill();
        m_process.waitForFinished(StopGraceMs);
    }
}

} // namespace chcloud
