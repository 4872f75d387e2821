#include "PrismProxy.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

namespace chcloud::test {

PrismProxy::PrismProxy(QUrl upstream)
    : m_upstream(std::move(upstream))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

PrismProxy::~PrismProxy()
{
    stop();
}

QString PrismProxy::specPath()
{
    return QStringLiteral(CHCLOUD_SPEC_PATH);
}

QString PrismProxy::prismPath()
{
    return QStringLiteral(CHCLOUD_PRISM_PATH);
}

bool PrismProxy::isAvailable(QString *why)
{
    if (!QFileInfo(specPath()).isReadable()) {
        if (why)
            *why = QStringLiteral("the OpenAPI document is missing: %1").arg(specPath());
        return false;
    }
    if (!QFileInfo(prismPath()).isExecutable()) {
        if (why)
            *why = QStringLiteral("Prism is not installed at %1 (run scripts/setup)").arg(prismPath());
        return false;
    }
    return true;
}

static quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool PrismProxy::start(int timeoutMs)
{
    return launch({ QStringLiteral("proxy"), QStringLiteral("--errors"), specPath(),
                    m_upstream.toString(QUrl::StripTrailingSlash) },
                  timeoutMs);
}

bool PrismProxy::startMock(const QString &seed, int timeoutMs)
{
    return beginMock(seed) && waitUntilListening(timeoutMs);
}

bool PrismProxy::beginMock(const QString &seed)
{
    return begin({ QStringLiteral("mock"), QStringLiteral("--dynamic"), QStringLiteral("--seed"), seed, specPath() },
                 60000);
}

bool PrismProxy::launch(const QStringList &arguments, int timeoutMs)
{
    return begin(arguments, timeoutMs) && waitUntilListening(timeoutMs);
}

bool PrismProxy::begin(const QStringList &arguments, int timeoutMs)
{
    if (!isAvailable(&m_error))
        return false;
    const quint16 port = freeLoopbackPort();
    if (port == 0) {
        m_error = QStringLiteral("no free loopback port");
        return false;
    }
    // Prism is started directly (not through npx) so that the PID we stop is Prism's.
    m_output.clear();
    m_process.start(prismPath(),
                    QStringList { arguments.first(), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                                  QStringLiteral("-p"), QString::number(port) }
                        + arguments.mid(1));
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("could not start Prism: %1").arg(m_process.errorString());
        return false;
    }
    m_port = port;
    return true;
}

bool PrismProxy::waitUntilListening(int timeoutMs)
{
    const quint16 port = m_port;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 500)));
        m_output += m_process.readAll();
        if (m_output.contains("Prism is listening on")) {
            m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
            return true;
        }
    }
    m_error = QStringLiteral("Prism did not start listening: %1").arg(QString::fromUtf8(m_output.right(2000)));
    stop();
    return false;
}

void PrismProxy::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QByteArray PrismProxy::output()
{
    m_output += m_process.readAll();
    return m_output;
}

QList<PrismViolation> PrismProxy::parseViolations(const QByteArray &headerValue)
{
    QList<PrismViolation> violations;
    if (headerValue.isEmpty())
        return violations;
    const QJsonDocument doc = QJsonDocument::fromJson(headerValue);
    if (!doc.isArray()) {
        violations.append(
            { QStringLiteral("Error"), QStringLiteral("unparsable-header"), QString::fromUtf8(headerValue), {} });
        return violations;
    }
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject object = value.toObject();
        QStringList location;
        for (const QJsonValue &part : object.value(QLatin1String("location")).toArray())
            location.append(part.isString() ? part.toString() : QString::number(part.toInt()));
        violations.append({ object.value(QLatin1String("severity")).toString(),
                            object.value(QLatin1String("code")).toVariant().toString(),
                            object.value(QLatin1String("message")).toString(), location.join(QLatin1Char('.')) });
    }
    return violations;
}

QList<PrismViolation> PrismProxy::errorViolations(const QByteArray &headerValue)
{
    QList<PrismViolation> errors;
    const auto all = parseViolations(headerValue);
    for (const PrismViolation &violation : all) {
        if (violation.severity.compare(QLatin1String("error"), Qt::CaseInsensitive) == 0)
            errors.append(violation);
    }
    return errors;
}

} // namespace chcloud::test
