#include "EmulatorProcess.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace chcloud::test {

EmulatorProcess::EmulatorProcess(QStringList extraArguments)
    : m_extraArguments(std::move(extraArguments))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

EmulatorProcess::~EmulatorProcess()
{
    stop();
}

QString EmulatorProcess::executablePath()
{
    return QStringLiteral(CHCLOUD_EMULATOR_PATH);
}

QString EmulatorProcess::randomToken(int length)
{
    static const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString token;
    token.reserve(length);
    for (int i = 0; i < length; ++i)
        token.append(QLatin1Char(alphabet.at(int(QRandomGenerator::system()->bounded(alphabet.size())))));
    return token;
}

bool EmulatorProcess::start(int timeoutMs)
{
    m_keyId = randomToken(20);
    m_keySecret = QStringLiteral("4b1d") + randomToken(38);

    QStringList arguments { QStringLiteral("--port"),       QStringLiteral("0"), QStringLiteral("--key-id"), m_keyId,
                            QStringLiteral("--key-secret"), m_keySecret };
    if (!m_extraArguments.contains(QStringLiteral("--seed")))
        arguments << QStringLiteral("--seed") << QStringLiteral("demo");
    arguments << m_extraArguments;

    m_process.start(executablePath(), arguments);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("could not start %1: %2").arg(executablePath(), m_process.errorString());
        return false;
    }

    static const QRegularExpression listening(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)\\s*$"));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine());
            const auto match = listening.match(line);
            if (match.hasMatch()) {
                m_baseUrl = QUrl(match.captured(1));
                return true;
            }
        }
        if (m_process.state() != QProcess::Running)
            break;
    }
    m_error = QStringLiteral("the emulator did not report its port: %1").arg(QString::fromUtf8(standardError()));
    stop();
    return false;
}

void EmulatorProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QByteArray EmulatorProcess::authorization() const
{
    return "Basic " + (m_keyId + QLatin1Char(':') + m_keySecret).toUtf8().toBase64();
}

QByteArray EmulatorProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

} // namespace chcloud::test
