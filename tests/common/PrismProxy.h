#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QUrl>

namespace chcloud::test {

/// One violation Prism reported in a response's `sl-violations` header.
struct PrismViolation
{
    QString severity; ///< "Error" or "Warning"
    QString code;
    QString message;
    QString location;
};

/// Stoplight Prism in proxy mode with --errors, between a client and the emulator.
/// Any request or response that breaks the OpenAPI document is reported in the
/// `sl-violations` header (a non-conformant response also becomes a 500, a
/// non-conformant request a 422 that is not forwarded).
///
/// Without an upstream, startMock() runs Prism as a dynamic mock instead: random
/// data that obeys the document, drawn from a seed so a run can be replayed.
class PrismProxy
{
public:
    explicit PrismProxy(QUrl upstream = {});
    ~PrismProxy();

    PrismProxy(const PrismProxy &) = delete;
    PrismProxy &operator=(const PrismProxy &) = delete;

    /// True when Prism and the spec are installed (scripts/setup installs them).
    static bool isAvailable(QString *why = nullptr);
    static QString specPath();
    static QString prismPath();

    /// Starts Prism on a free loopback port and waits until it listens.
    bool start(int timeoutMs = 60000);
    /// Starts `prism mock --dynamic --seed seed` on a free loopback port and waits until
    /// it listens. The same seed answers the same request with the same data.
    bool startMock(const QString &seed, int timeoutMs = 60000);
    /// startMock() in two steps, so that several Prisms can start side by side:
    /// beginMock() starts the process, waitUntilListening() waits for it.
    bool beginMock(const QString &seed);
    bool waitUntilListening(int timeoutMs = 60000);
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_error; }
    /// Everything Prism printed so far (stdout and stderr merged).
    QByteArray output();

    /// Parses an `sl-violations` header value (a JSON array).
    static QList<PrismViolation> parseViolations(const QByteArray &headerValue);
    /// Only the error-level ones: warnings (e.g. undeclared 401/404/429 statuses) are not failures.
    static QList<PrismViolation> errorViolations(const QByteArray &headerValue);

private:
    bool launch(const QStringList &arguments, int timeoutMs);
    bool begin(const QStringList &arguments, int timeoutMs);

    QProcess m_process;
    QUrl m_upstream;
    QUrl m_baseUrl;
    quint16 m_port = 0;
    QString m_error;
    QByteArray m_output;
};

} // namespace chcloud::test
