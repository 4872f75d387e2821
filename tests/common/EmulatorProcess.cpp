#include "EmulatorProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

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
    m_keyId.clear();
    m_keySecret.clear();
    m_controlToken.clear();
    m_baseUrl.clear();

    QStringList arguments { QStringLiteral("--port"), QStringLiteral("0") };
    if (!m_extraArguments.contains(QStringLiteral("--seed")))
        arguments << QStringLiteral("--seed") << QStringLiteral("demo");
    arguments << m_extraArguments;

    // A test may choose the admin key itself (the emulator then prints no bootstrap line).
    for (qsizetype i = 0; i + 1 < m_extraArguments.size(); ++i) {
        if (m_extraArguments.at(i) == QLatin1String("--key-id"))
            m_keyId = m_extraArguments.at(i + 1);
        else if (m_extraArguments.at(i) == QLatin1String("--key-secret"))
            m_keySecret = m_extraArguments.at(i + 1);
    }

    m_process.start(executablePath(), arguments);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("could not start %1: %2").arg(executablePath(), m_process.errorString());
        return false;
    }

    static const QRegularExpression listening(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)\\s*$"));
    static const QRegularExpression token(QStringLiteral("^control token: (\\S+)\\s*$"));
    static const QRegularExpression bootstrap(QStringLiteral("^bootstrap key id: (\\S+) secret: (\\S+)\\s*$"));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine());
            if (const auto match = listening.match(line); match.hasMatch())
                m_baseUrl = QUrl(match.captured(1));
            else if (const auto match = token.match(line); match.hasMatch())
                m_controlToken = match.captured(1).toLatin1();
            else if (const auto match = bootstrap.match(line); match.hasMatch()) {
                m_keyId = match.captured(1);
                m_keySecret = match.captured(2);
            }
            if (m_baseUrl.isValid() && !m_controlToken.isEmpty() && !m_keySecret.isEmpty())
                return true;
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

QJsonObject EmulatorProcess::raw(const QByteArray &method, const QString &path, const QJsonObject &body,
                                 const QByteArray &authorization, int timeoutMs) const
{
    QNetworkAccessManager manager;
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    request.setRawHeader("Authorization", authorization.isEmpty() ? this->authorization() : authorization);
    request.setRawHeader(controlTokenHeader(), m_controlToken);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = manager.sendCustomRequest(
        request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    QJsonObject answer;
    if (reply->isFinished()) {
        answer = QJsonDocument::fromJson(reply->readAll()).object();
        answer.insert(QStringLiteral("httpStatus"), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
    } else {
        reply->abort();
        answer.insert(QStringLiteral("httpStatus"), 0);
    }
    delete reply;
    return answer;
}

} // namespace chcloud::test
