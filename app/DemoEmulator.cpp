#include "DemoEmulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace chcloud {

namespace {
constexpr int DefaultStartTimeoutMs = 20000;
constexpr int StopGraceMs = 3000;
constexpr qsizetype MaxStderrTail = 4096;
} // namespace

DemoEmulator::DemoEmulator(QString executablePath, QObject *parent)
    : QObject(parent)
    , m_executablePath(std::move(executablePath))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
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
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("chcloud-emulator"));
}

QString DemoEmulator::randomToken(int length)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString token;
    token.reserve(length);
    for (int i = 0; i < length; ++i)
        token.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]));
    return token;
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
    m_keyId = randomToken(20);
    QString secret = randomToken(40);
    m_keySecret = Secret(secret);

    QStringList arguments { QStringLiteral("--seed"),       QStringLiteral("demo"),
                            QStringLiteral("--port"),       QStringLiteral("0"),
                            QStringLiteral("--key-id"),     m_keyId,
                            QStringLiteral("--key-secret"), secret };
    arguments << extraArguments;
    m_startTimeout.start();
    m_process.start(m_executablePath, arguments);
    // The command line is the emulator's only way to learn the key; drop our copies.
    arguments.clear();
    secret.fill(QLatin1Char('\0'));
}

void DemoEmulator::readStandardOutput()
{
    const QByteArray output = m_process.readAllStandardOutput();
    if (m_state != State::Starting)
        return; // later lines are the emulator's own chatter; the pipe just needs draining
    m_stdoutLine += output;
    const qsizetype newline = m_stdoutLine.indexOf('\n');
    if (newline < 0)
        return;
    static const QRegularExpression listening(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)\\s*$"));
    const QString firstLine = QString::fromUtf8(m_stdoutLine.left(newline));
    m_stdoutLine.clear();
    const auto match = listening.match(firstLine);
    if (!match.hasMatch()) {
        fail(tr("The demo emulator printed an unexpected first line: %1").arg(firstLine));
        return;
    }
    m_startTimeout.stop();
    m_baseUrl = QUrl(match.captured(1));
    m_state = State::Running;
    Q_EMIT started(m_baseUrl);
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
